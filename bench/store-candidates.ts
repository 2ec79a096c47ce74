/**
 * Store candidates, measured on the same generated items and the same queries:
 *  - lowdb:          today's embedded engine (journals + bodies file) with the in-memory index
 *                    built at start (today's start-up), and the same with the index built
 *                    after ready ("ready" = answering commands and delivering);
 *  - pglite:         the PostgreSQL store's SQL on PGlite (WASM, in-process, a directory);
 *  - postgres:       the PostgreSQL store on the server in DATABASE_URL (when set).
 * Rows: open-to-first-answer (a fresh process: open the store, answer one search), RSS after
 * that answer, search p50/p95 over the query set, and one poll-cycle write (50 new items + 50
 * new versions of stored ones, then flush).
 *
 *   node --import tsx bench/store-candidates.ts [--items 100000] [--only lowdb,pglite,postgres]
 *
 * Fixtures are built once per size and cached under bench/.cache (gitignored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Item, MatchResult, Store, StoredItem } from '../src/domain/index.ts';
import { recordItems } from '../src/pipeline/item-changes.ts';
import { loadSearchIndex, type SearchIndex, type SearchQuery } from '../src/search/index.ts';
import { openLowdbStore } from '../storage/lowdb.ts';
import { openPgliteStore } from '../storage/postgres/pglite.ts';
import { createPostgresSearchIndex } from '../storage/postgres/search.ts';
import { openPostgresStore, type PostgresStore } from '../storage/postgres/store.ts';
import { GEN_EPOCH, searchQueries, storedItems } from './gen.ts';
import { fmtMs, percentile, REPO_ROOT } from './util.ts';

const CACHE = join(REPO_ROOT, 'bench', '.cache');
const CANDIDATES = ['lowdb', 'lowdb-bg', 'pglite', 'postgres'] as const;
type Candidate = (typeof CANDIDATES)[number];

function toEntry(s: StoredItem): { item: Item; match: MatchResult } {
  const { firstSeenAt: _f, lastSeenAt: _l, match, history: _h, ...item } = s;
  return { item, match };
}

const schemaFor = (n: number) => `bench_store_${n}`;
const dirFor = (c: 'lowdb' | 'pglite', n: number) => join(CACHE, `${c}-${n}`);

async function openCandidate(c: Candidate, n: number): Promise<Store> {
  if (c === 'lowdb' || c === 'lowdb-bg') return openLowdbStore(dirFor('lowdb', n));
  if (c === 'pglite') return openPgliteStore(dirFor('pglite', n));
  return openPostgresStore({ connectionString: process.env.DATABASE_URL!, schema: schemaFor(n) });
}

/** Writes the `n` items once into the candidate's cached directory or schema. */
async function build(c: 'lowdb' | 'pglite' | 'postgres', n: number): Promise<number> {
  const marker = join(CACHE, `${c}-${n}.done`);
  if (existsSync(marker)) return 0;
  if (c !== 'postgres') rmSync(dirFor(c, n), { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  const items = storedItems(7, n);
  const t = performance.now();
  const store = await openCandidate(c, n);
  for (let i = 0; i < items.length; i += 5000) await recordItems(store, items.slice(i, i + 5000).map(toEntry), new Date(GEN_EPOCH));
  await store.close();
  const ms = performance.now() - t;
  spawnSync('touch', [marker]);
  return ms;
}

function queries(): SearchQuery[] {
  const now = new Date(GEN_EPOCH);
  return searchQueries(11, 200).map((q) => ({
    text: q.text,
    jurisdictions: q.jurisdictions,
    kinds: q.kinds,
    topics: q.topics,
    since: q.sinceDays ? new Date(GEN_EPOCH - q.sinceDays * 86_400_000) : undefined,
    now,
    limit: 5,
  }));
}

/** In a fresh process: open, first answer, RSS, search percentiles, poll-cycle write. */
async function child(c: Candidate, n: number): Promise<void> {
  const t0 = performance.now();
  const store = await openCandidate(c, n);
  const openMs = performance.now() - t0;
  let search: SearchIndex;
  let indexReadyMs: number | undefined;
  const qs = queries();
  let firstAnswerMs: number;
  if (c === 'lowdb') {
    search = await loadSearchIndex(store);
    await search.search(qs[0]!);
    firstAnswerMs = performance.now() - t0;
    indexReadyMs = firstAnswerMs;
  } else if (c === 'lowdb-bg') {
    // Ready once the store is open: a command that needs no index (status) answers now.
    await store.countItems();
    await store.deliveryCounts();
    firstAnswerMs = performance.now() - t0;
    search = await loadSearchIndex(store);
    indexReadyMs = performance.now() - t0;
  } else {
    search = createPostgresSearchIndex(store as PostgresStore);
    await search.search(qs[0]!);
    firstAnswerMs = performance.now() - t0;
  }
  global.gc?.();
  const rssMB = process.memoryUsage().rss / 2 ** 20;
  const times: number[] = [];
  for (const q of qs) {
    const t = performance.now();
    await search.search(q);
    times.push(performance.now() - t);
  }
  const writeMs: number[] = [];
  const all = storedItems(7, Math.min(n, 2000));
  for (let run = 0; run < 3; run++) {
    const fresh = storedItems(900 + run, 50).map((s) => ({ ...toEntry(s) }));
    const changed = all.slice(run * 50, run * 50 + 50).map((s) => {
      const e = toEntry(s);
      return { item: { ...e.item, version: `${e.item.version}-b${run}-${Date.now()}`, status: 'Amended' }, match: e.match };
    });
    const t = performance.now();
    await recordItems(store, [...fresh, ...changed], new Date(GEN_EPOCH + (run + 1) * 60_000));
    await store.flush();
    writeMs.push(performance.now() - t);
  }
  await store.close();
  process.stdout.write(
    JSON.stringify({ candidate: c, n, openMs, firstAnswerMs, indexReadyMs, rssMB, searchP50: percentile(times, 50), searchP95: percentile(times, 95), writeMs: percentile(writeMs, 50) }) + '\n',
  );
}

async function mainBench(): Promise<void> {
  const { values } = parseArgs({ options: { items: { type: 'string', default: '100000' }, only: { type: 'string' }, child: { type: 'string' } } });
  const n = Number(values.items);
  if (values.child) return child(values.child as Candidate, n);
  const wanted = (values.only?.split(',') ?? [...CANDIDATES]).filter((c): c is Candidate => (CANDIDATES as readonly string[]).includes(c));
  const rows: Array<Record<string, number | string | undefined>> = [];
  for (const c of wanted) {
    if (c === 'postgres' && !process.env.DATABASE_URL) continue;
    const buildMs = await build(c === 'lowdb-bg' ? 'lowdb' : c, n);
    if (buildMs) console.error(`built ${c} with ${n} items in ${fmtMs(buildMs)}`);
    // The write rows add items: measure on a copy-free fixture by re-running is fine (+150 items).
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/store-candidates.ts', '--items', String(n), '--child', c], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: process.env,
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`${c}: ${r.stderr}`);
    rows.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!));
  }
  console.log(`store candidates at ${n.toLocaleString('en-US')} items`);
  console.log('| candidate | open | first answer | index ready | RSS | search p50 | search p95 | poll-cycle write |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const ms = (k: string) => (typeof r[k] === 'number' ? fmtMs(r[k]) : '—');
    console.log(`| ${r.candidate} | ${ms('openMs')} | ${ms('firstAnswerMs')} | ${ms('indexReadyMs')} | ${Math.round(r.rssMB as number)} MB | ${ms('searchP50')} | ${ms('searchP95')} | ${ms('writeMs')} |`);
  }
}

await mainBench();
