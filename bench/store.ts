/**
 * Scenario "store write": the embedded store (SQLite + state.json) holding 1k, 10k and 100k
 * matching items; one poll-cycle write = recordItems of 100 entries (50 new matching items,
 * 50 new versions of stored ones) + flush, as the engine does once per cycle. Also the
 * size of policywatch.sqlite and the time to open the store.
 */
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item, MatchResult, StoredItem } from '../src/domain/index.ts';
import { openSqliteStore, SQLITE_FILE } from '../storage/sqlite/store.ts';
import { bulkLoadSqlite } from './bulk-load.ts';
import { GEN_EPOCH, storedItems } from './gen.ts';
import { fmt, fmtMs, MB, median, spread, verdict, type Row } from './util.ts';
import { recordItems } from '../src/pipeline/item-changes.ts';

function toEntry(s: StoredItem): { item: Item; match: MatchResult } {
  const { firstSeenAt: _f, lastSeenAt: _l, match, history: _h, ...item } = s;
  return { item, match };
}

export interface StoreFixture {
  dir: string;
  items: StoredItem[];
  cleanup(): void;
}

/** An embedded store directory holding `items` (bulk-loaded once, then closed). */
export async function buildStoreDir(items: StoredItem[]): Promise<StoreFixture> {
  const dir = mkdtempSync(join(tmpdir(), `pw-bench-store-${items.length}-`));
  const store = await openSqliteStore(dir);
  bulkLoadSqlite(store, items);
  await store.close();
  return { dir, items, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function copyFixture(f: StoreFixture): StoreFixture {
  const dir = mkdtempSync(join(tmpdir(), `pw-bench-store-${f.items.length}-`));
  cpSync(f.dir, dir, { recursive: true });
  return { ...f, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

interface SizeResult {
  n: number;
  writeMs: number[];
  openMs: number;
  fileBytes: number;
}

async function measureSize(fixture: StoreFixture, runs: number, seed: number): Promise<SizeResult> {
  const t0 = performance.now();
  const store = await openSqliteStore(fixture.dir);
  const openMs = performance.now() - t0;
  const writeMs: number[] = [];
  try {
    for (let run = -1; run < runs; run++) {
      const fresh = storedItems(seed + run + 1, 50).map(toEntry);
      const changed = Array.from({ length: 50 }, (_, k) => fixture.items[(run + 1) * 50 + k]!).map((s) => {
        const e = toEntry(s);
        return { item: { ...e.item, version: `${e.item.version}-r${run + 1}`, status: 'Amended' }, match: e.match };
      });
      const now = new Date(GEN_EPOCH + (run + 2) * 60_000);
      const t = performance.now();
      await recordItems(store, [...fresh, ...changed], now);
      await store.flush();
      if (run >= 0) writeMs.push(performance.now() - t);
    }
  } finally {
    await store.close();
  }
  return { n: fixture.items.length, writeMs, openMs, fileBytes: statSync(join(fixture.dir, SQLITE_FILE)).size };
}

/** Builds the three stores, measures, and hands back the 100k fixture for the idle scenario. */
export async function benchStore(all: StoredItem[], sizes = [1_000, 10_000, 100_000]): Promise<{ rows: Row[]; largest: StoreFixture }> {
  const results: SizeResult[] = [];
  let largest: StoreFixture | undefined;
  for (const n of sizes) {
    const fixture = await buildStoreDir(all.slice(0, n));
    const keep = n === sizes.at(-1);
    // The writes add and change items: the search scenario gets the largest directory as built.
    const measured = keep ? copyFixture(fixture) : fixture;
    results.push(await measureSize(measured, n >= 100_000 ? 3 : n >= 10_000 ? 5 : 7, 50_000 + n));
    measured.cleanup();
    if (keep) largest = fixture;
  }
  const med = results.map((r) => median(r.writeMs));
  // Growth exponent k in time ∝ items^k over the whole range: 1 is linear (whole-file rewrite),
  // 0 is constant (only the changed part written). "Sublinear" here means k ≤ 0.5.
  const k = Math.log(med.at(-1)! / med[0]!) / Math.log(results.at(-1)!.n / results[0]!.n);
  const rows = results.map((r, i): Row => {
    const last = i === results.length - 1;
    const growth = i > 0 ? med[i]! / med[i - 1]! : NaN;
    const sizeRatio = i > 0 ? r.n / results[i - 1]!.n : NaN;
    return {
      scenario: `store write at ${fmt(r.n)} items (policywatch.sqlite ${fmt(r.fileBytes / MB, 1)} MB)`,
      measure: 'ms per poll-cycle write',
      // Growth against the smaller size is not a baseline: it goes with the value, not in the ratio column.
      value:
        i > 0
          ? `${fmtMs(med[i]!)} (${fmt(growth, 1)}× the time for ${fmt(sizeRatio)}× the items${last ? `; time ∝ n^${fmt(k, 2)}` : ''})`
          : fmtMs(med[i]!),
      baseline: '—',
      ratio: '—',
      noise: spread(r.writeMs, fmtMs),
      target: last ? '< 50 ms; sublinear (n^≤0.5)' : '',
      verdict: last ? verdict(med[i]! < 50 && k <= 0.5) : 'info',
      raw: { ...r, medianWriteMs: med[i], openTime: fmtMs(r.openMs), ...(last ? { growthExponent: k } : {}) },
    };
  });
  return { rows, largest: largest! };
}
