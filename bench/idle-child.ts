/**
 * Child process for the "idle memory" scenario: does what the daemon does at start with the
 * store in argv[2] (open the lowdb store, build the search index from every stored item as
 * src/main.ts does with loadSearchIndex,
 * compile the matchers), lets the garbage collector settle, and prints one JSON line with
 * the resident set size. Run with --expose-gc so the number is the steady state.
 */
import { defaultWatchlist } from '../src/matching/index.ts';
import { createMatcherSet } from '../src/pipeline/matchers.ts';
import { loadSearchIndex } from '../src/search/index.ts';
import { openLowdbStore } from '../storage/lowdb.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: idle-child.ts <store dir>');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (n: number) => n / 1024 / 1024;

gc();
const beforeRssMB = mb(process.memoryUsage().rss);
const t0 = performance.now();
const store = await openLowdbStore(dir, { readOnly: true });
gc();
const storeHeapMB = mb(process.memoryUsage().heapUsed);
const search = await loadSearchIndex(store);
const matchers = createMatcherSet(defaultWatchlist(), store);
matchers.base();
const startMs = performance.now() - t0;
for (let i = 0; i < 3; i++) {
  gc();
  await new Promise((r) => setTimeout(r, 50));
}
const m = process.memoryUsage();
// Information only (the verdict uses rssMB above): V8 keeps the young generation it grew
// during start-up committed until ~5 s of low allocation have passed; this is RSS after that.
await new Promise((r) => setTimeout(r, 6000));
gc();
const idleRssMB = mb(process.memoryUsage().rss);
process.stdout.write(
  `${JSON.stringify({ items: await store.countItems(), indexed: search.size, storeHeapMB, startMs, beforeRssMB, rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), externalMB: mb(m.external), peakRssMB: process.resourceUsage().maxRSS / 1024, idleRssMB })}\n`,
);
await store.close();
