/** Scenario "idle memory": RSS of a fresh process after start-up with 100k stored items (idle-child.ts). */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fmt, fmtMs, median, verdict, type Row } from './util.ts';

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

const root = fileURLToPath(new URL('..', import.meta.url));

function runChild(dir: string): Promise<IdleResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/idle-child.ts', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`idle-child exited ${code}: ${err.slice(-2000)}`));
      resolve(JSON.parse(line) as IdleResult);
    });
  });
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
