/** Timing and statistics helpers shared by the bench scenarios, and the result row shape. */
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Row {
  scenario: string;
  /** What is measured, e.g. 'items/s (MB/s)'. */
  measure: string;
  /** Our number, formatted. */
  value: string;
  /** The baseline measured in the same run, formatted ('—' when none). */
  baseline: string;
  /** ours/baseline in the direction where > 1 is better for us, formatted ('—' when none). */
  ratio: string;
  /** Spread over the runs: 'min–max (k runs)', or '1 run' for rows measured once. */
  noise?: string;
  target: string;
  /** 'pass' | 'FAIL' | 'info' */
  verdict: 'pass' | 'FAIL' | 'info';
  /** Raw numbers for results.json. */
  raw: Record<string, unknown>;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1]!;
}

export function fmt(n: number, digits = 0): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function fmtMs(ms: number): string {
  return ms < 10 ? `${fmt(ms, 2)} ms` : ms < 1000 ? `${fmt(ms, 1)} ms` : `${fmt(ms / 1000, 2)} s`;
}

export function fmtRatio(r: number): string {
  if (!Number.isFinite(r)) return '—';
  return r < 0.01 ? `${r.toPrecision(2)}×` : `${fmt(r, r < 10 ? 2 : 0)}×`;
}

export const MB = 1024 * 1024;

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  date: string;
}

export function machineInfo(): MachineInfo {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}

/** 'min–max (k runs)' of samples formatted with `f`; '1 run' for one. */
export function spread(xs: number[], f: (x: number) => string): string {
  if (xs.length <= 1) return '1 run';
  return `${f(Math.min(...xs))}–${f(Math.max(...xs))} (${xs.length} runs)`;
}

export function verdict(ok: boolean): 'pass' | 'FAIL' {
  return ok ? 'pass' : 'FAIL';
}

/** Renders rows as a Markdown table (also readable in a terminal). */
export function table(rows: Row[]): string {
  const head = ['scenario', 'measure', 'ours', 'baseline', 'ratio', 'noise (runs)', 'target', ''];
  const body = rows.map((r) => [r.scenario, r.measure, r.value, r.baseline, r.ratio, r.noise ?? '', r.target, r.verdict]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/**
 * Runs a bench child script (`node [nodeArgs] --import tsx <script> …args`) from the repo root
 * and parses the last stdout line as its JSON result.
 */
export function runJsonChild<T>(script: string, args: string[], nodeArgs: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`${script} exited ${code}: ${err.slice(-2000)}`));
      resolve(JSON.parse(line) as T);
    });
  });
}
