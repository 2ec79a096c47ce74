/** Scenario "idle memory": RSS of a fresh process after start-up with 100k stored items (idle-child.ts). */
import { fmt, fmtMs, median, runJsonChild, verdict, type Row } from './util.ts';

interface IdleResult {
  items: number;
  indexed: number;
  startMs: number;
  /** Heap right after opening the store (before the search index). */
  storeHeapMB: number;
  beforeRssMB: number;
  rssMB: number;
  heapUsedMB: number;
  externalMB: number;
  peakRssMB: number;
  /** RSS after 6 s more of idling (information; V8 has shrunk its young generation by then). */
  idleRssMB: number;
}

function runChild(dir: string): Promise<IdleResult> {
  return runJsonChild<IdleResult>('bench/idle-child.ts', [dir], ['--expose-gc']);
}

export async function benchIdle(storeDir: string, runs = 2): Promise<Row[]> {
  const results: IdleResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await runChild(storeDir));
  const rss = median(results.map((r) => r.rssMB));
  const r0 = results[0]!;
  return [
    {
      scenario: `idle memory after start (${fmt(r0.items)} stored items)`,
      measure: 'RSS (heap; peak during start)',
      value: `${fmt(rss)} MB (heap ${fmt(median(results.map((r) => r.heapUsedMB)))} MB, of which store ${fmt(median(results.map((r) => r.storeHeapMB)))} MB; peak ${fmt(median(results.map((r) => r.peakRssMB)))} MB; ${fmt(median(results.map((r) => r.idleRssMB)))} MB after 6 s more idle)`,
      baseline: `empty process ${fmt(r0.beforeRssMB)} MB`,
      ratio: '—',
      target: '< 200 MB',
      verdict: verdict(rss < 200),
      raw: { runs: results, startTime: fmtMs(median(results.map((r) => r.startMs))) },
    },
  ];
}
