/**
 * Scenario "parse + normalize": the real connectors (rss, federal-register, fpds) turn a
 * corpus of payloads into Items, each fetch answered in memory so only parsing and
 * normalization are timed. Baselines over the same payloads: rss-parser's plain
 * `parseString` (what a parseURL-style bot does; no guard, no normalization) and
 * fast-xml-parser's raw parse (the near-limit reference). JSON pages are JSON.parse'd by
 * both baselines. Both must find as many items as ours in every payload (asserted).
 */
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { federalRegisterConnector } from '../feeds/connectors/federal-register.ts';
import { fpdsConnector } from '../feeds/connectors/fpds.ts';
import { rssConnector } from '../feeds/connectors/rss.ts';
import type { HttpResult, SafeHttp, SourceConnector, SourceConfig } from '../src/domain/index.ts';
import { silentLogger } from '../src/log.ts';
import { atomFeed, federalRegisterPage, fpdsPage, GEN_EPOCH, rssFeed } from './gen.ts';
import { fmt, fmtRatio, MB, median, spread, verdict, type Row } from './util.ts';

export interface Payload {
  format: 'rss' | 'atom' | 'federal-register' | 'fpds';
  body: string;
  items: number;
}

export function parseCorpus(seed = 1): Payload[] {
  const out: Payload[] = [];
  for (let i = 0; i < 30; i++) out.push({ format: 'rss', body: rssFeed(seed * 1000 + i, { items: 100, name: `rss-${i}` }), items: 100 });
  for (let i = 0; i < 15; i++) out.push({ format: 'atom', body: atomFeed(seed * 2000 + i, { items: 100, name: `atom-${i}` }), items: 100 });
  for (let i = 0; i < 10; i++)
    out.push({ format: 'federal-register', body: federalRegisterPage(seed * 3000 + i, { items: 100 }), items: 100 });
  for (let i = 0; i < 30; i++) out.push({ format: 'fpds', body: fpdsPage(seed * 4000 + i, { items: 10 }), items: 10 });
  return out;
}

function memoryHttp(body: string): SafeHttp {
  return {
    async request(url: string): Promise<HttpResult> {
      return { status: 'ok', httpStatus: 200, body, finalUrl: url, headers: {} };
    },
  };
}

const SOURCES: Record<Payload['format'], { connector: SourceConnector; source: SourceConfig }> = {
  rss: {
    connector: rssConnector,
    source: {
      id: 'b-rss',
      type: 'rss',
      name: 'b',
      enabled: true,
      intervalMinutes: 30,
      params: { url: 'https://legislature.example.gov/feed', kind: 'bill', jurisdiction: 'CT' },
    },
  },
  atom: {
    connector: rssConnector,
    source: {
      id: 'b-atom',
      type: 'rss',
      name: 'b',
      enabled: true,
      intervalMinutes: 30,
      params: { url: 'https://agency.example.gov/feed.atom' },
    },
  },
  'federal-register': {
    connector: federalRegisterConnector,
    source: { id: 'b-fr', type: 'federal-register', name: 'b', enabled: true, intervalMinutes: 60, params: { maxPages: 1 } },
  },
  fpds: {
    connector: fpdsConnector,
    source: { id: 'b-fpds', type: 'fpds', name: 'b', enabled: true, intervalMinutes: 60, params: { maxPages: 1 } },
  },
};

const log = silentLogger();
const now = new Date(GEN_EPOCH);

/** Ours: the connector's fetch over an in-memory response. Returns the number of Items. */
async function ours(p: Payload): Promise<number> {
  const { connector, source } = SOURCES[p.format];
  const out = await connector.fetch({
    source,
    state: { sourceId: source.id, consecutiveFailures: 0, itemsSeen: 0 },
    http: memoryHttp(p.body),
    now,
    secrets: {},
    log,
  });
  if (out.status !== 'ok') throw new Error(`bench corpus ${p.format} did not parse: ${out.status === 'failed' ? out.message : out.status}`);
  return out.items.length;
}

const rssParser = new Parser();
async function rssParserBaseline(p: Payload): Promise<number> {
  if (p.format === 'federal-register') return (JSON.parse(p.body) as { results: unknown[] }).results.length;
  return (await rssParser.parseString(p.body)).items.length;
}

const fxp = new XMLParser({ ignoreAttributes: false });
const many = (x: unknown): number => (Array.isArray(x) ? x.length : x ? 1 : 0);
/** fast-xml-parser's raw parse; returns the number of <item>/<entry> elements. */
async function rawReference(p: Payload): Promise<number> {
  if (p.format === 'federal-register') return (JSON.parse(p.body) as { results: unknown[] }).results.length;
  const doc = fxp.parse(p.body) as { rss?: { channel?: { item?: unknown } }; feed?: { entry?: unknown } };
  return many(doc.rss?.channel?.item) + many(doc.feed?.entry);
}

type Impl = (p: Payload) => Promise<number>;

/** ms per format for each of `runs` passes (after a warm-up). */
async function timeByFormat(corpus: Payload[], impl: Impl, runs: number): Promise<Map<Payload['format'], number[]>> {
  const samples = new Map<Payload['format'], number[]>();
  for (let run = -1; run < runs; run++) {
    const totals = new Map<Payload['format'], number>();
    for (const p of corpus) {
      const t0 = performance.now();
      await impl(p);
      totals.set(p.format, (totals.get(p.format) ?? 0) + performance.now() - t0);
    }
    if (run < 0) continue; // warm-up
    for (const [f, ms] of totals) samples.set(f, [...(samples.get(f) ?? []), ms]);
  }
  return samples;
}

export async function benchParse(runs = 5): Promise<Row[]> {
  const corpus = parseCorpus();
  // Same answers: every payload yields its items through the real connectors, and both baselines find as many.
  for (const p of corpus) {
    const counts = [await ours(p), await rssParserBaseline(p), await rawReference(p)];
    if (counts.some((n) => n !== p.items))
      throw new Error(
        `bench corpus: ${p.format} payload yielded ${counts.join(' / ')} items (ours / rss-parser / fxp), expected ${p.items}`,
      );
  }
  const formats = [...new Set(corpus.map((p) => p.format))];
  const size = (f?: string) => corpus.filter((p) => !f || p.format === f).reduce((s, p) => s + Buffer.byteLength(p.body), 0);
  const count = (f?: string) => corpus.filter((p) => !f || p.format === f).reduce((s, p) => s + p.items, 0);
  const [o, rp, fx] = [
    await timeByFormat(corpus, ours, runs),
    await timeByFormat(corpus, rssParserBaseline, runs),
    await timeByFormat(corpus, rawReference, runs),
  ];
  // Per pass: the format's time, or all formats together; the value is the median pass.
  const perRun = (m: Map<string, number[]>, f?: string) =>
    Array.from({ length: runs }, (_, k) => (f ? (m.get(f)?.[k] ?? NaN) : [...m.values()].reduce((a, xs) => a + xs[k]!, 0)));
  const sum = (m: Map<string, number[]>, f?: string) => median(perRun(m, f));

  const rows: Row[] = [];
  for (const f of [undefined, ...formats]) {
    const items = count(f);
    const bytes = size(f);
    const [tOurs, tRss, tRaw] = [sum(o, f), sum(rp, f), sum(fx, f)];
    const rate = (ms: number) => (items / ms) * 1000;
    const mbs = (ms: number) => bytes / MB / (ms / 1000);
    const ratioRaw = tRaw / tOurs;
    const all = f === undefined;
    const label = all ? `parse + normalize (${corpus.length} payloads, ${fmt(bytes / MB, 1)} MB)` : `  ${f} (${fmt(bytes / MB, 1)} MB)`;
    rows.push({
      scenario: label,
      measure: 'items/s (MB/s)',
      value: `${fmt(rate(tOurs))} (${fmt(mbs(tOurs), 1)})`,
      baseline: `fxp ${fmt(rate(tRaw))} (${fmt(mbs(tRaw), 1)}); rss-parser ${fmt(rate(tRss))}`,
      ratio: `${fmtRatio(ratioRaw)} fxp; ${fmtRatio(tRss / tOurs)} rss-parser`,
      noise: `fxp ratio ${spread(
        perRun(fx, f).map((t, k) => t / perRun(o, f)[k]!),
        fmtRatio,
      )}`,
      target: all ? '≥ 0.5× raw parse' : '',
      verdict: all ? verdict(ratioRaw >= 0.5) : 'info',
      raw: { format: f ?? 'all', items, bytes, msOurs: tOurs, msRssParser: tRss, msRawReference: tRaw, runs },
    });
  }
  return rows;
}
