/**
 * Store candidates for items, outbox and search, measured in one run on the same generated
 * items (bench/gen.ts iterStoredItems, seed 7: the 100k set is the first 100k of the 1M set)
 * and the same 40 queries as the search scenario (searchQueries seed 11):
 *  - sqlite:    the embedded default (storage/sqlite: better-sqlite3, FTS5 search);
 *  - pglite:    the PostgreSQL store's SQL on PGlite (WASM, in-process, data dir on disk);
 *  - postgres:  the PostgreSQL store on the server in DATABASE_URL (when set).
 * Rows, each measured in a fresh process: open-to-first-answer (open + one search answered),
 * RSS after it, search p50/p95 (40 queries × 3 after one warm-up pass), and one poll-cycle
 * write: 2,000 new versions of stored items through recordItems + flush, as the engine writes
 * a poll (median of 3).
 *
 *   node --import tsx bench/store-candidates.ts [--items 100000,1000000] [--only sqlite,pglite]
 *   npm run bench -- --only=stores --store-items=100000,1000000
 *
 * Each candidate's data is built once per size under bench/.cache (gitignored), keyed by
 * DATA_VERSION, by the bulk path of bulk-load.ts (large chunks per transaction, no fsync
 * while building; PostgreSQL builds its full-text and key indexes once, after the load).
 * The build also writes the 6,000 items the write rows change (WRITE_SEED), so every
 * measurement, first or later, sees the same item count; the writes then only change
 * versions (the data grows by nothing from run to run). A build that outruns its budget
 * (--build-budget-s, per candidate and size) stops where it is, keeps what it wrote and
 * continues at the next run; its row says how far it got and at what rate.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Item, MatchResult, Store, StoredItem } from '../src/domain/index.ts';
import { recordItems } from '../src/pipeline/item-changes.ts';
import type { SearchIndex, SearchQuery } from '../src/search/index.ts';
import { openPgliteStore } from '../storage/postgres/pglite.ts';
import { createPostgresSearchIndex } from '../storage/postgres/search.ts';
import { openPostgresStore, type PostgresStore } from '../storage/postgres/store.ts';
import { createSqliteSearchIndex } from '../storage/sqlite/search.ts';
import { SCHEMA_VERSION } from '../storage/sqlite/schema.ts';
import { openSqliteStore } from '../storage/sqlite/store.ts';
import { bulkLoader } from './bulk-load.ts';
import { GEN_EPOCH, iterStoredItems, searchQueries } from './gen.ts';
import { fmt, fmtMs, percentile, REPO_ROOT, type Row } from './util.ts';

const CACHE = join(REPO_ROOT, 'bench', '.cache');
/** Bump when the generated items, the extra write items or the bulk load change. */
const DATA_VERSION = 2;
const SEED = 7;
/** The items the write rows change: 3 runs × 1,000, written at build time. */
const WRITE_SEED = 99;
const WRITE_HALF = 1000;
const RUNS = 3;
const CHUNK = 20_000;
/** Default build budget per candidate and size (seconds); a longer build continues at the next run. */
const BUILD_BUDGET_S = 600;
const CANDIDATES = ['sqlite', 'pglite', 'postgres'] as const;
export type Candidate = (typeof CANDIDATES)[number];

type Entry = { item: Item; match: MatchResult };
function toEntry(s: StoredItem): Entry {
  const { firstSeenAt: _f, lastSeenAt: _l, match, history: _h, ...item } = s;
  return { item, match };
}

const schemaFor = (n: number) => `bench_stores_v${DATA_VERSION}_${n}`;
/** SQLite's data is also kept per schema version (an older file would be upgraded inside the measured open). */
const dirFor = (c: Candidate, n: number) =>
  join(CACHE, `stores-v${DATA_VERSION}-${c === 'sqlite' ? `sqlite-schema${SCHEMA_VERSION}` : c}-${n}`);
const progressFile = (c: Candidate, n: number) => `${dirFor(c, n)}.json`;

interface Progress {
  /** Items written so far (of n + the write items). */
  done: number;
  total: number;
  /** Build time spent so far, over all runs. */
  ms: number;
  complete: boolean;
}

function readProgress(c: Candidate, n: number): Progress | undefined {
  const f = progressFile(c, n);
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as Progress) : undefined;
}

// ─── Opening and building ──────────────────────────────────────────────────────────────
interface Opened {
  store: Store;
  search: () => SearchIndex;
}

async function openCandidate(c: Candidate, n: number): Promise<Opened> {
  if (c === 'sqlite') {
    const store = await openSqliteStore(dirFor(c, n));
    return { store, search: () => createSqliteSearchIndex(store) };
  }
  const store: PostgresStore =
    c === 'pglite'
      ? await openPgliteStore(dirFor(c, n))
      : await openPostgresStore({ connectionString: process.env.DATABASE_URL!, schema: schemaFor(n) });
  return { store, search: () => createPostgresSearchIndex(store) };
}

/** The items of size n, then the write items, from `skip` on, in chunks. */
function* buildChunks(n: number, skip: number): Generator<StoredItem[]> {
  let chunk: StoredItem[] = [];
  let k = 0;
  const all = function* () {
    yield* iterStoredItems(SEED, n);
    yield* iterStoredItems(WRITE_SEED, 2 * RUNS * WRITE_HALF);
  };
  for (const item of all()) {
    if (k++ < skip) continue;
    chunk.push(item);
    if (chunk.length === CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** Builds (or continues building) the candidate's data for n items, within `budgetMs`. */
async function build(c: Candidate, n: number, budgetMs: number, log: (s: string) => void): Promise<Progress> {
  const total = n + 2 * RUNS * WRITE_HALF;
  let progress = readProgress(c, n);
  if (progress?.complete) return progress;
  if (!progress) {
    if (c === 'postgres') {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schemaFor(n)} CASCADE`);
      await client.end();
    } else rmSync(dirFor(c, n), { recursive: true, force: true });
    mkdirSync(CACHE, { recursive: true });
    progress = { done: 0, total, ms: 0, complete: false };
  }
  const t0 = performance.now();
  const o = await openCandidate(c, n);
  const loader = await bulkLoader(o.store);
  // Resume from what is stored (whole chunks: each is one transaction).
  const done = await o.store.countItems();
  try {
    for (const chunk of buildChunks(n, done)) {
      await loader.load(chunk);
      progress.done = (await o.store.countItems()) || progress.done + chunk.length;
      if (progress.done % 100_000 < CHUNK)
        log(`${c} ${fmt(n)}: ${fmt(progress.done)} items after ${fmtMs(progress.ms + performance.now() - t0)}`);
      if (performance.now() - t0 > budgetMs && progress.done < total) break;
    }
    progress.complete = progress.done >= total;
    if (progress.complete) await loader.finish();
  } finally {
    await o.store.close();
    progress.ms += performance.now() - t0;
    writeFileSync(progressFile(c, n), `${JSON.stringify(progress)}\n`);
  }
  return progress;
}

function benchQueries(): SearchQuery[] {
  const now = new Date(GEN_EPOCH);
  return searchQueries(11, 40).map(({ sinceDays, ...q }) => ({
    ...q,
    ...(sinceDays ? { since: new Date(GEN_EPOCH - sinceDays * 86_400_000) } : {}),
    now,
    limit: 5,
  }));
}

export interface CandidateResult {
  candidate: Candidate;
  n: number;
  /** Set when the data is not complete: nothing else was measured. */
  incomplete?: { done: number; total: number; buildMs: number };
  openMs?: number;
  firstAnswerMs?: number;
  rssMB?: number;
  searchP50?: number;
  searchP95?: number;
  writeMs?: number;
  /** Build time of the data, when it was (or finished being) built in this run. */
  buildMs?: number;
  /** The load average (1 min) when the child started. */
  load?: number;
}

/** In a fresh process: open, first answer, RSS, search percentiles, poll-cycle write. */
async function child(c: Candidate, n: number): Promise<CandidateResult> {
  const { loadavg } = await import('node:os');
  const load = loadavg()[0]!;
  const qs = benchQueries();
  const t0 = performance.now();
  const o = await openCandidate(c, n);
  const openMs = performance.now() - t0;
  const index = o.search();
  await index.search(qs[0]!);
  const firstAnswerMs = performance.now() - t0;
  global.gc?.();
  const rssMB = process.memoryUsage().rss / 2 ** 20;
  for (const q of qs) await index.search(q);
  const times: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    for (const q of qs) {
      const t = performance.now();
      await index.search(q);
      times.push(performance.now() - t);
    }
  }
  // Poll-cycle writes: 2,000 new versions of stored items (the write items and as many of the base ones).
  const extra = [...iterStoredItems(WRITE_SEED, 2 * RUNS * WRITE_HALF)];
  const nonce = Date.now().toString(36);
  const writeMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const batch = extra.slice(run * 2 * WRITE_HALF, (run + 1) * 2 * WRITE_HALF).map((s) => {
      const e = toEntry(s);
      return { item: { ...e.item, version: `${e.item.version}-${nonce}-${run}`, status: `Amended ${nonce}` }, match: e.match };
    });
    const now = new Date(GEN_EPOCH + (run + 1) * 60_000);
    const t = performance.now();
    const res = await recordItems(o.store, batch, now);
    await o.store.flush();
    writeMs.push(performance.now() - t);
    if (res.changed.length !== batch.length) throw new Error(`${c}: expected ${batch.length} changed items, got ${res.changed.length}`);
  }
  await o.store.close();
  return {
    candidate: c,
    n,
    openMs,
    firstAnswerMs,
    rssMB,
    searchP50: percentile(times, 50),
    searchP95: percentile(times, 95),
    writeMs: percentile(writeMs, 50),
    load,
  };
}

/** Builds what is missing (within the budget), then measures every candidate at every size, each in a fresh process. */
export async function runCandidates(
  sizes: number[],
  wanted: Candidate[] = [...CANDIDATES],
  budgetS = BUILD_BUDGET_S,
  log: (s: string) => void = (s) => console.error(`  ${s}`),
): Promise<CandidateResult[]> {
  const list = wanted.filter((c) => c !== 'postgres' || process.env.DATABASE_URL);
  const out: CandidateResult[] = [];
  for (const n of sizes) {
    for (const c of list) {
      const before = readProgress(c, n);
      const progress = await build(c, n, budgetS * 1000, log);
      const builtNow = !before?.complete ? progress.ms : undefined;
      if (!progress.complete) {
        log(`${c} at ${fmt(n)}: build stopped at ${fmt(progress.done)} of ${fmt(progress.total)} items after ${fmtMs(progress.ms)}`);
        out.push({ candidate: c, n, incomplete: { done: progress.done, total: progress.total, buildMs: progress.ms } });
        continue;
      }
      if (builtNow !== undefined) log(`built ${c} with ${fmt(n)} items in ${fmtMs(builtNow)}`);
      const script = fileURLToPath(import.meta.url);
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '--items', String(n), '--child', c], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: process.env,
        maxBuffer: 1 << 24,
      });
      if (r.status !== 0) throw new Error(`${c} at ${n}: ${r.stderr}`);
      const res = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as CandidateResult;
      if (builtNow !== undefined) res.buildMs = builtNow;
      out.push(res);
      log(`${c} at ${fmt(n)}: ${JSON.stringify(res)}`);
    }
  }
  return out;
}

const NAMES: Record<Candidate, string> = {
  sqlite: 'SQLite (better-sqlite3, FTS5): the embedded default',
  pglite: 'PGlite (the PostgreSQL store in WASM)',
  postgres: 'PostgreSQL server (DATABASE_URL)',
};

function valueOf(r: CandidateResult): string {
  if (r.incomplete) {
    const rate = r.incomplete.done / (r.incomplete.buildMs / 1000);
    return (
      `not measured: build stopped at ${fmt(r.incomplete.done)} of ${fmt(r.incomplete.total)} items after ${fmtMs(r.incomplete.buildMs)} ` +
      `(${fmt(rate)} items/s, ≈ ${fmtMs(((r.incomplete.total - r.incomplete.done) / rate) * 1000)} more; continues at the next run)`
    );
  }
  return `${fmtMs(r.firstAnswerMs!)} · ${fmt(r.rssMB!)} MB · ${fmtMs(r.searchP50!)} / ${fmtMs(r.searchP95!)} · ${fmtMs(r.writeMs!)}`;
}

/** The results as rows of the `npm run bench` table. */
export function candidateRows(results: CandidateResult[]): Row[] {
  return results.map((r) => ({
    scenario: `store ${NAMES[r.candidate]} at ${fmt(r.n)} items`,
    measure: 'open→first answer · RSS · search p50 / p95 · 2k-item poll write',
    value: valueOf(r),
    baseline: '—',
    ratio: '—',
    noise: r.incomplete ? '—' : `1 process; search ${RUNS * 40} samples; write median of ${RUNS}; load ${fmt(r.load ?? 0, 1)}`,
    target: '',
    verdict: 'info',
    raw: { ...r },
  }));
}

function candidateTable(results: CandidateResult[]): string {
  const lines = [
    '| candidate | items | open | first answer | RSS | search p50 | search p95 | 2k-item write | build | load |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const ms = (v: number | undefined) => (typeof v === 'number' ? fmtMs(v) : '—');
  for (const r of results) {
    if (r.incomplete) {
      lines.push(`| ${r.candidate} | ${fmt(r.n)} | ${valueOf(r)} |||||||| `);
      continue;
    }
    lines.push(
      `| ${r.candidate} | ${fmt(r.n)} | ${ms(r.openMs)} | ${ms(r.firstAnswerMs)} | ${fmt(r.rssMB ?? 0)} MB | ` +
        `${ms(r.searchP50)} | ${ms(r.searchP95)} | ${ms(r.writeMs)} | ${ms(r.buildMs)} | ${fmt(r.load ?? 0, 1)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '100000' },
      only: { type: 'string' },
      child: { type: 'string' },
      'build-budget-s': { type: 'string', default: String(BUILD_BUDGET_S) },
    },
  });
  const sizes = values.items.split(',').map(Number);
  if (values.child) {
    process.stdout.write(`${JSON.stringify(await child(values.child as Candidate, sizes[0]!))}\n`);
    return;
  }
  const wanted = (values.only?.split(',') ?? [...CANDIDATES]).filter((c): c is Candidate => (CANDIDATES as readonly string[]).includes(c));
  const results = await runCandidates(sizes, wanted, Number(values['build-budget-s']));
  console.log(candidateTable(results));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
