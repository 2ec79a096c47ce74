/**
 * Scenario "full poll cycle": 200 RSS sources × 100 items served by one local HTTP server
 * that honours If-None-Match (304 when the ETag matches). Each run is a fresh child process
 * (poll-child.ts) with an empty embedded store (SQLite + state.json): cycle 1 fetches, parses, matches and stores
 * everything; cycle 2 is all 304s. Median of the runs. The alerts go to a subscription that
 * wants none of them, so polling is measured alone; one extra run subscribes to everything
 * and shows what sending the resulting alerts costs (each delivery's update is one SQLite
 * transaction).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rssFeed } from './gen.ts';
import { fmt, fmtMs, median, runJsonChild, spread, verdict, type Row } from './util.ts';

interface CycleNumbers {
  wallMs: number;
  cpuMs: number;
  fetched: number;
  created: number;
  enqueued: number;
  sent: number;
  outcomes: Record<string, number>;
  rssMB: number;
}
interface ChildResult {
  mode: 'poll' | 'alerts';
  first: CycleNumbers;
  second: CycleNumbers;
  startRssMB: number;
  peakRssMB: number;
  indexed: number;
  pending: number;
}

async function startFeedServer(sources: number, itemsPerFeed: number) {
  const feeds = Array.from({ length: sources }, (_, i) => Buffer.from(rssFeed(9000 + i, { items: itemsPerFeed, name: `src-${i}` })));
  const counts = { ok: 0, notModified: 0 };
  const server = createServer((req, res) => {
    const m = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? '');
    const body = m ? feeds[Number(m[1])] : undefined;
    if (!body) return void res.writeHead(404).end();
    const etag = `"src-${m![1]}-v1"`;
    if (req.headers['if-none-match'] === etag) {
      counts.notModified++;
      return void res.writeHead(304, { etag }).end();
    }
    counts.ok++;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bytes = feeds.reduce((s, b) => s + b.length, 0);
  return { url, counts, bytes, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function runChild(base: string, sources: number, mode: 'poll' | 'alerts'): Promise<ChildResult> {
  return runJsonChild<ChildResult>('bench/poll-child.ts', [base, String(sources), mode]);
}

export async function benchPoll(runs = 3, sources = 200, items = 100): Promise<Row[]> {
  const server = await startFeedServer(sources, items);
  const results: ChildResult[] = [];
  let alerts: ChildResult;
  try {
    for (let i = 0; i < runs; i++) results.push(await runChild(server.url, sources, 'poll'));
    alerts = await runChild(server.url, sources, 'alerts');
  } finally {
    await server.close();
  }
  const med = (f: (r: ChildResult) => number) => median(results.map(f));
  const w1 = med((r) => r.first.wallMs);
  const w2 = med((r) => r.second.wallMs);
  const c1 = med((r) => r.first.cpuMs);
  const c2 = med((r) => r.second.cpuMs);
  const peak = med((r) => r.peakRssMB);
  const startRss = med((r) => r.startRssMB);
  const last = results.at(-1)!;
  const allNotModified = last.second.outcomes['not-modified'] === sources;
  const ratio = w2 / w1;
  const label = `full poll cycle (${sources} sources × ${items} items, ${fmt(server.bytes / 1024 / 1024, 1)} MB)`;
  return [
    {
      scenario: label,
      measure: 'cycle 1: wall / CPU / peak RSS',
      value: `${fmtMs(w1)} / ${fmtMs(c1)} / ${fmt(peak)} MB (${fmt(startRss)} MB at start)`,
      baseline: '—',
      ratio: '—',
      noise: `wall ${spread(
        results.map((r) => r.first.wallMs),
        fmtMs,
      )}`,
      target: '',
      verdict: 'info',
      raw: {
        runs,
        first: results.map((r) => r.first),
        peakRssMB: results.map((r) => r.peakRssMB),
        bytes: server.bytes,
        indexed: last.indexed,
      },
    },
    {
      scenario: '  cycle 2 (conditional GET)',
      measure: 'wall / CPU',
      value: `${fmtMs(w2)} / ${fmtMs(c2)}`,
      baseline: `cycle 1 ${fmtMs(w1)}`,
      ratio: `${fmt(ratio * 100, 1)}% of cycle 1`,
      noise: spread(
        results.map((r) => (r.second.wallMs / r.first.wallMs) * 100),
        (x) => `${fmt(x, 1)}%`,
      ),
      target: '< 10% of cycle 1, all 304',
      verdict: verdict(ratio < 0.1 && allNotModified),
      raw: { runs, second: results.map((r) => r.second), server: server.counts, cpuRatio: c2 / c1 },
    },
    {
      scenario: '  with alerts: sending queued alerts',
      measure: 'ms per alert sent (cycle 2)',
      value: `${fmtMs(alerts.second.wallMs / Math.max(1, alerts.second.sent))} (${fmt(alerts.second.sent)} sent, ${fmt(alerts.first.enqueued)} queued)`,
      baseline: '—',
      ratio: '—',
      noise: '1 run',
      target: '',
      verdict: 'info',
      raw: { alerts },
    },
  ];
}
