/**
 * Feed-parser comparison (informs the choice of XML/feed parser; not a pass/fail row):
 * speed over the generated RSS/Atom/FPDS payloads, and behaviour on the awkward-feed corpus
 * (tests/fixtures/feeds/awkward), decoded as the HTTP layer decodes it. Candidates:
 *  - ours: defaultFeedParser (rss-parser/xml2js + hostile-XML guard + prepareXml + normalization)
 *  - rss-parser: plain parseString
 *  - feedsmith: parseFeed (fast-xml-parser underneath, with its own normalization)
 * Awkward-corpus score: files where the candidate yields the same number of entries as ours
 * (which tests/feeds/parse/awkward.test.ts holds to the right answer), or refuses the files
 * ours must refuse. Candidates run without our hostile-XML guard, which would stay in front.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFeed } from 'feedsmith';
import Parser from 'rss-parser';
import { decodeBody } from '../feeds/http/index.ts';
import { defaultFeedParser } from '../feeds/parse/index.ts';
import type { Payload } from './parse.ts';
import { fmt, median, spread, type Row } from './util.ts';

type Candidate = { name: string; count: (xml: string) => Promise<number | 'refused'> };

const rssParser = new Parser();
const CANDIDATES: Candidate[] = [
  {
    name: 'ours (rss-parser + guard + normalize)',
    count: async (xml) => {
      const r = await defaultFeedParser.parse(xml, 'https://example.gov/feed');
      return r.ok ? r.entries.length : 'refused';
    },
  },
  { name: 'rss-parser parseString', count: async (xml) => (await rssParser.parseString(xml)).items.length },
  {
    name: 'feedsmith parseFeed',
    count: async (xml) => {
      const { feed } = parseFeed(xml) as { feed: { items?: unknown[]; entries?: unknown[] } };
      return (feed.items ?? feed.entries ?? []).length;
    },
  },
];

async function safeCount(c: Candidate, xml: string): Promise<number | 'refused'> {
  try {
    return await c.count(xml);
  } catch {
    return 'refused';
  }
}

function awkwardCorpus(): Array<{ file: string; xml: string }> {
  const dir = fileURLToPath(new URL('../tests/fixtures/feeds/awkward/', import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((file) => ({ file, xml: decodeBody(readFileSync(`${dir}${file}`)).text }));
}

export async function benchParsers(corpus: Payload[], runs = 3): Promise<Row[]> {
  const xml = corpus.filter((p) => p.format !== 'federal-register');
  const items = xml.reduce((s, p) => s + p.items, 0);
  const awkward = awkwardCorpus();
  const reference = new Map<string, number | 'refused'>();
  for (const a of awkward) reference.set(a.file, await safeCount(CANDIDATES[0]!, a.xml));
  const rows: Row[] = [];
  for (const c of CANDIDATES) {
    const times: number[] = [];
    for (let r = -1; r < runs; r++) {
      const t0 = performance.now();
      for (const p of xml) await safeCount(c, p.body);
      if (r >= 0) times.push(performance.now() - t0);
    }
    const perFile: Record<string, number | 'refused'> = {};
    let agree = 0;
    for (const a of awkward) {
      perFile[a.file] = await safeCount(c, a.xml);
      if (perFile[a.file] === reference.get(a.file)) agree++;
    }
    const ms = median(times);
    const isRef = c === CANDIDATES[0];
    rows.push({
      scenario: `  parser: ${c.name}`,
      measure: 'XML items/s; awkward corpus',
      value: `${fmt((items / ms) * 1000)}; ${isRef ? 'reference (the awkward tests)' : `${agree}/${awkward.length} as required`}`,
      baseline: '—',
      ratio: '—',
      noise: spread(
        times.map((t) => (items / t) * 1000),
        (x) => fmt(x),
      ),
      target: '',
      verdict: 'info',
      raw: { candidate: c.name, items, ms, awkward: perFile },
    });
  }
  return rows;
}
