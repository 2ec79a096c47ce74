/**
 * One-time move of a data directory written by the earlier embedded engine (lowdb snapshots,
 * journals and bodies files: items.json/.log, outbox.json/.log, items-<g>.jsonl) into the
 * SQLite store, at the first start that finds them. It reads them the way `policywatch db
 * import` does (the old engine, read-only), writes items, seen-ids and the outbox in one
 * transaction, records that it ran, then moves the old files into `lowdb-engine-<time>/` (kept,
 * not deleted). state.json has the same shape in both and stays where it is.
 * A crash before the commit leaves nothing half-done (the next start imports again); a crash
 * after it leaves the old files in place, which the recorded marker then ignores.
 */
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredItem } from '../../src/domain/index.ts';
import { openLowdbStore } from '../lowdb.ts';
import type { SqliteStore } from './store.ts';

const MARKER = 'lowdb-engine-import';
const OLD_FILES = /^(items|outbox)\.(json|log)(\.bak)?$|^items-\d+\.jsonl(\.tmp)?$/;

export interface EngineImport {
  items: number;
  seen: number;
  deliveries: number;
  sentKeys: number;
  threads: number;
  /** Where the old files were moved. */
  movedTo: string;
}

/** True when `dir` holds files of the earlier engine that were not imported yet. */
export function hasOldEngineFiles(store: SqliteStore): boolean {
  if (store.meta(MARKER)) return false;
  return readdirSync(store.dataDir).some((f) => OLD_FILES.test(f) && !f.endsWith('.bak'));
}

export async function importOldEngine(store: SqliteStore, now = new Date()): Promise<EngineImport | undefined> {
  if (store.readOnly || !hasOldEngineFiles(store)) return undefined;
  const dir = store.dataDir;
  const src = await openLowdbStore(dir, { readOnly: true });
  const counts = { items: 0, seen: 0, deliveries: 0, sentKeys: 0, threads: 0 };
  try {
    const { seen, outbox } = src.exportParts();
    const batches: StoredItem[][] = [];
    await src.forEachItem((b) => batches.push(b));
    const { db } = store;
    db.transaction(() => {
      for (const b of batches.splice(0)) {
        store.upsertItems(b);
        counts.items += b.length;
      }
      const seenRow = db.prepare('INSERT OR REPLACE INTO seen_items (id, version, seen_at) VALUES (?, ?, ?)');
      for (const [id, s] of Object.entries(seen)) {
        seenRow.run(id, s.v, Date.parse(s.t));
        counts.seen++;
      }
      for (const d of Object.values(outbox.deliveries)) {
        store.putDelivery(d);
        counts.deliveries++;
      }
      const sent = db.prepare('INSERT OR REPLACE INTO sent_keys (key, sent_at) VALUES (?, ?)');
      for (const [key, at] of Object.entries(outbox.sentKeys)) {
        sent.run(key, Date.parse(at));
        counts.sentKeys++;
      }
      const thread = db.prepare(
        `INSERT INTO threads (item_id, subscription_id, message_ref) VALUES (?, ?, ?)
         ON CONFLICT (item_id, subscription_id) DO UPDATE SET message_ref = CASE WHEN excluded.message_ref <> '' THEN excluded.message_ref ELSE message_ref END`,
      );
      for (const [key, ref] of Object.entries(outbox.threads)) {
        const cut = key.lastIndexOf('|');
        thread.run(key.slice(0, cut), key.slice(cut + 1), ref);
        counts.threads++;
      }
      store.setMeta(MARKER, now.toISOString());
    })();
  } finally {
    await src.close();
  }
  const movedTo = join(dir, `lowdb-engine-${now.toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(movedTo, { recursive: true });
  for (const f of readdirSync(dir)) if (OLD_FILES.test(f) && existsSync(join(dir, f))) renameSync(join(dir, f), join(movedTo, f));
  return { ...counts, movedTo };
}
