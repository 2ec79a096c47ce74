/**
 * Scenario "search": p50/p95 latency of `/policy search` queries at 10k and 100k stored items,
 * as the daemon runs them: the inverted index built with loadSearchIndex over a lowdb store
 * (the index holds no items; hits and quoted-phrase candidates are read from the store's
 * bodies file), against the linear scan (every query re-tokenizes every in-memory item) over
 * the same items and the same queries. The scan gets fewer queries at 100k so the bench stays
 * short; the ratio compares the two on that same subset.
 */
import type { StoredItem } from '../src/domain/index.ts';
import { linearScanSearch, loadSearchIndex, type SearchQuery } from '../src/search/index.ts';
import { openLowdbStore } from '../storage/lowdb.ts';
import { GEN_EPOCH, searchQueries } from './gen.ts';
import { buildStoreDir, type StoreFixture } from './store.ts';
import { fmt, fmtMs, fmtRatio, percentile, verdict, type Row } from './util.ts';

async function latencies(queries: SearchQuery[], reps: number, run: (q: SearchQuery) => unknown, warmup = queries.length): Promise<number[]> {
  for (const q of queries.slice(0, warmup)) await run(q);
  const out: number[] = [];
  for (let r = 0; r < reps; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      await run(q);
      out.push(performance.now() - t0);
    }
  }
  return out;
}

/** `fixtureFor(n)` may hand over an existing store of the first n items (not cleaned up here). */
export async function benchSearch(all: StoredItem[], sizes = [10_000, 100_000], fixtureFor?: (n: number) => StoreFixture | undefined): Promise<Row[]> {
  const now = new Date(GEN_EPOCH);
  const queries: SearchQuery[] = searchQueries(11, 40).map(({ sinceDays, ...q }) => ({ ...q, ...(sinceDays ? { since: new Date(GEN_EPOCH - sinceDays * 86_400_000) } : {}), now, limit: 5 }));
  const rows: Row[] = [];
  for (const n of sizes) {
    const items = all.slice(0, n);
    const given = fixtureFor?.(n);
    const fixture = given ?? (await buildStoreDir(items));
    const store = await openLowdbStore(fixture.dir, { readOnly: true });
    const t0 = performance.now();
    const index = await loadSearchIndex(store);
    const buildMs = performance.now() - t0;
    const ours = await latencies(queries, 3, (q) => index.search(q));
    const subset = n >= 100_000 ? queries.slice(0, 6) : queries.slice(0, 12);
    const oursSubset = await latencies(subset, 3, (q) => index.search(q));
    const scan = await latencies(subset, 1, (q) => linearScanSearch(items, q), 1);
    await store.close();
    if (!given) fixture.cleanup();
    const [p50, p95] = [percentile(ours, 50), percentile(ours, 95)];
    const [s50, s95] = [percentile(scan, 50), percentile(scan, 95)];
    const ratio = s95 / percentile(oursSubset, 95);
    const last = n === sizes.at(-1);
    rows.push({
      scenario: `search at ${fmt(n)} items (${queries.length} queries)`,
      measure: 'p50 / p95',
      value: `${fmtMs(p50)} / ${fmtMs(p95)}`,
      baseline: `scan ${fmtMs(s50)} / ${fmtMs(s95)}`,
      ratio: `${fmtRatio(ratio)} (p95)`,
      target: last ? 'p95 < 20 ms' : '',
      verdict: last ? verdict(p95 < 20) : 'info',
      raw: { n, buildMs, buildTime: fmtMs(buildMs), p50, p95, max: Math.max(...ours), scanP50: s50, scanP95: s95, scanQueries: subset.length, samples: ours.length },
    });
  }
  return rows;
}
