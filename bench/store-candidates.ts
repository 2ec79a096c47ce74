/**
 * Store candidates for items, outbox and search, measured in one run on the same generated
 * items (bench/gen.ts storedItems, seed 7: the 100k set is the first 100k of the 1M set) and
 * the same 40 queries as the search scenario (searchQueries seed 11):
 *  - pglite:    the PostgreSQL store's SQL on PGlite (WASM, in-process, data dir on disk);
 *  - sqlite:    the embedded SQLite store (storage/sqlite: better-sqlite3, FTS5 search);
 *  - postgres:  the PostgreSQL store on the server in DATABASE_URL (when set).
 * Rows, each measured in a fresh process: open-to-first-answer, RSS after it, search p50/p95
 * (40 queries × 3 after one warm-up pass), one poll-cycle write (2,000 items: 1,000 new +
 * 1,000 new versions of stored ones, as recordItems writes them, then flush; median of 3).
 *
 *   node --import tsx bench/store-candidates.ts [--items 100000,1000000] [--only sqlite,pglite]
 *   npm run bench -- --only=stores
 *
 * The items are generated once into bench/.cache/items-7-<n>.ndjson and each candidate's data
 * is built once per size under bench/.cache (gitignored); later runs reuse them. The writes
 * add 1,000 items per run to the cached data (unique ids), which does not move the numbers.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Item, MatchResult, Store, StoredItem } from '../src/domain/index.ts';
import { recordItems } from '../src/pipeline/item-changes.ts';
import type { SearchIndex, SearchQuery } from '../src/search/index.ts';
import { openPgliteStore } from '../storage/postgres/pglite.ts';
import { createPostgresSearchIndex } from '../storage/postgres/search.ts';
import { openPostgresStore, type PostgresStore } from '../storage/postgres/store.ts';
import { createSqliteSearchIndex } from '../storage/sqlite/search.ts';
import { openSqliteStore } from '../storage/sqlite/store.ts';
import { GEN_EPOCH, searchQueries, storedItems } from './gen.ts';
import { fmt, fmtMs, percentile, REPO_ROOT, type Row } from './util.ts';

const CACHE = join(REPO_ROOT, 'bench', '.cache');
const CANDIDATES = ['pglite', 'sqlite', 'postgres'] as const;
export type Candidate = (typeof CANDIDATES)[number];
type Kind = Candidate;
const kindOf = (c: Candidate): Kind => c;
const WRITE_HALF = 1000;
const CHUNK = 5000;

type Entry = { item: Item; match: MatchResult };
function toEntry(s: StoredItem): Entry {
  const { firstSeenAt: _f, lastSeenAt: _l, match, history: _h, ...item } = s;
  return { item, match };
}

const schemaFor = (n: number) => `bench_store_${n}`;
const dirFor = (k: Kind, n: number) => join(CACHE, `${k === 'sqlite' ? 'sqlite-store' : k}-${n}`);
const itemsFile = (n: number) => join(CACHE, `items-7-${n}.ndjson`);

// ─── The generated items, once per size (the largest size's file serves the smaller ones) ──
function ensureItems(sizes: number[]): void {
  const max = Math.max(...sizes);
  if (sizes.every((n) => existsSync(itemsFile(n))) || existsSync(itemsFile(max))) return;
  mkdirSync(CACHE, { recursive: true });
  const t = performance.now();
  const tmp = `${itemsFile(max)}.tmp`;
  const all = storedItems(7, max);
  writeFileSync(tmp, '');
  for (let i = 0; i < all.length; i += 10_000) {
    appendFileSync(
      tmp,
      `${all
        .slice(i, i + 10_000)
        .map((s) => JSON.stringify(s))
        .join('\n')}\n`,
    );
  }
  renameSync(tmp, itemsFile(max));
  console.error(`generated ${fmt(max)} items in ${fmtMs(performance.now() - t)}`);
}

/** The first `n` items, in chunks, from the smallest cached file that holds them. */
async function* itemChunks(n: number): AsyncGenerator<StoredItem[]> {
  const have = existsSync(CACHE) ? readdirSync(CACHE).flatMap((f) => /^items-7-(\d+)\.ndjson$/.exec(f)?.[1] ?? []) : [];
  const size = have
    .map(Number)
    .filter((m) => m >= n)
    .sort((a, b) => a - b)[0];
  if (size === undefined) throw new Error(`no generated items for ${n}`);
  const rl = createInterface({ input: createReadStream(itemsFile(size)), crlfDelay: Infinity });
  let chunk: StoredItem[] = [];
  let seen = 0;
  for await (const line of rl) {
    if (!line || seen >= n) break;
    chunk.push(JSON.parse(line) as StoredItem);
    seen++;
    if (chunk.length === CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  rl.close();
  if (chunk.length) yield chunk;
}

// ─── Opening and building ──────────────────────────────────────────────────────────────
interface Opened {
  store: Store;
  /** The store's own SQL search. */
  search: () => SearchIndex;
}

async function openCandidate(k: Kind, n: number): Promise<Opened> {
  if (k === 'sqlite') {
    const store = await openSqliteStore(dirFor('sqlite', n));
    return { store, search: () => createSqliteSearchIndex(store) };
  }
  const store: PostgresStore =
    k === 'pglite'
      ? await openPgliteStore(dirFor('pglite', n))
      : await openPostgresStore({ connectionString: process.env.DATABASE_URL!, schema: schemaFor(n) });
  return { store, search: () => createPostgresSearchIndex(store) };
}

/** Writes the `n` items once into the candidate's cached directory or schema; ms, or 0 when cached. */
async function build(k: Kind, n: number): Promise<number> {
  const marker = `${dirFor(k, n)}.done`;
  if (existsSync(marker)) return 0;
  if (k === 'postgres') {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schemaFor(n)} CASCADE`);
    await c.end();
  } else rmSync(dirFor(k, n), { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  const t = performance.now();
  const o = await openCandidate(k, n);
  let done = 0;
  for await (const chunk of itemChunks(n)) {
    await recordItems(o.store, chunk.map(toEntry), new Date(GEN_EPOCH));
    done += chunk.length;
    if (done % 100_000 === 0) process.stderr.write(`  ${k}: ${fmt(done)} items after ${fmtMs(performance.now() - t)}\n`);
  }
  await o.store.flush();
  await o.store.close();
  const ms = performance.now() - t;
  writeFileSync(marker, `${ms}\n`);
  return ms;
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
  openMs: number;
  firstAnswerMs: number;
  rssMB: number;
  searchP50: number;
  searchP95: number;
  writeMs: number;
  buildMs?: number;
}

/** In a fresh process: open, first answer, RSS, search percentiles, poll-cycle write. */
async function child(c: Candidate, n: number): Promise<CandidateResult> {
  const qs = benchQueries();
  const t0 = performance.now();
  const o = await openCandidate(kindOf(c), n);
  const openMs = performance.now() - t0;
  const index = o.search();
  await index.search(qs[0]!);
  const firstAnswerMs = performance.now() - t0;
  const search = (q: SearchQuery) => index.search(q);
  global.gc?.();
  const rssMB = process.memoryUsage().rss / 2 ** 20;
  for (const q of qs) await search(q);
  const times: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    for (const q of qs) {
      const t = performance.now();
      await search(q);
      times.push(performance.now() - t);
    }
  }
  // Poll-cycle writes: 1,000 new items (ids unique to this run) + 1,000 new versions of stored ones.
  const writeMs: number[] = [];
  const stored: StoredItem[] = [];
  for await (const chunk of itemChunks(Math.min(n, 3 * WRITE_HALF))) stored.push(...chunk);
  const runSeed = 1000 + (Date.now() % 1_000_000);
  for (let run = 0; run < 3; run++) {
    const fresh = storedItems(runSeed + run, WRITE_HALF).map(toEntry);
    const changed = stored.slice(run * WRITE_HALF, (run + 1) * WRITE_HALF).map((s) => {
      const e = toEntry(s);
      return { item: { ...e.item, version: `${e.item.version}-b${runSeed}-${run}`, status: 'Amended' }, match: e.match };
    });
    const now = new Date(GEN_EPOCH + (run + 1) * 60_000);
    const t = performance.now();
    await recordItems(o.store, [...fresh, ...changed], now);
    await o.store.flush();
    writeMs.push(performance.now() - t);
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
  };
}

/** Builds what is missing, then measures every candidate at every size, each in a fresh process. */
export async function runCandidates(sizes: number[], wanted: Candidate[] = [...CANDIDATES]): Promise<CandidateResult[]> {
  const list = wanted.filter((c) => c !== 'postgres' || process.env.DATABASE_URL);
  ensureItems(sizes);
  const out: CandidateResult[] = [];
  for (const n of sizes) {
    for (const c of list) {
      const buildMs = await build(kindOf(c), n);
      if (buildMs) console.error(`built ${kindOf(c)} with ${fmt(n)} items in ${fmtMs(buildMs)}`);
      const script = fileURLToPath(import.meta.url);
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '--items', String(n), '--child', c], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: process.env,
        maxBuffer: 1 << 24,
      });
      if (r.status !== 0) throw new Error(`${c} at ${n}: ${r.stderr}`);
      const res = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as CandidateResult;
      if (buildMs) res.buildMs = buildMs;
      out.push(res);
      console.error(`  ${c} at ${fmt(n)}: ${JSON.stringify(res)}`);
    }
  }
  return out;
}

/** The results as rows of the `npm run bench` table. */
export function candidateRows(results: CandidateResult[]): Row[] {
  return results.map((r) => ({
    scenario: `store candidate ${r.candidate} at ${fmt(r.n)} items`,
    measure: 'open→first answer · RSS · search p50/p95 · 2k-item write',
    value: `${fmtMs(r.firstAnswerMs)} · ` + `${fmt(r.rssMB)} MB · ${fmtMs(r.searchP50)} / ${fmtMs(r.searchP95)} · ${fmtMs(r.writeMs)}`,
    baseline: '—',
    ratio: '—',
    target: '',
    verdict: 'info',
    raw: { ...r },
  }));
}

function candidateTable(results: CandidateResult[]): string {
  const lines = [
    '| candidate | items | open | first answer | RSS | search p50 | search p95 | 2k-item write |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const ms = (v: number | undefined) => (typeof v === 'number' ? fmtMs(v) : '—');
  for (const r of results) {
    lines.push(
      `| ${r.candidate} | ${fmt(r.n)} | ${ms(r.openMs)} | ${ms(r.firstAnswerMs)} | ${fmt(r.rssMB)} MB | ` +
        `${ms(r.searchP50)} | ${ms(r.searchP95)} | ${ms(r.writeMs)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { items: { type: 'string', default: '100000' }, only: { type: 'string' }, child: { type: 'string' } },
  });
  const sizes = values.items.split(',').map(Number);
  if (values.child) {
    process.stdout.write(`${JSON.stringify(await child(values.child as Candidate, sizes[0]!))}\n`);
    return;
  }
  const wanted = (values.only?.split(',') ?? [...CANDIDATES]).filter((c): c is Candidate => (CANDIDATES as readonly string[]).includes(c));
  const results = await runCandidates(sizes, wanted);
  console.log(candidateTable(results));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
