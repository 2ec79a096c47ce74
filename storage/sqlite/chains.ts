/**
 * The chain index (src/chains) and the open-deadline index (src/deadlines) kept in the SQLite
 * file instead of memory: every stored item's chain keys (item_chain_keys) and the instants
 * its deadlines close (item_deadlines) are written with the item, in the same transaction
 * (`chainRows`, called by the store's upsert and prune). A restart reads nothing up front and
 * holds no per-item state, whatever the number of items; a look-up reads the few rows it needs.
 *
 * A data file from before these tables has its rows filled once, in the background, in
 * batches that yield between them (`ready` settles when done; meanwhile `related` knows only
 * the items filled so far, as the in-memory index did while it loaded).
 */
import type Database from 'better-sqlite3';
import { linkOf, type ChainIndex, type ChainLink } from '../../src/chains/index.ts';
import { chainKeys } from '../../src/chains/keys.ts';
import { closesAt } from '../../src/deadlines/dates.ts';
import type { DeadlineIndex } from '../../src/deadlines/index-store.ts';
import type { StoredItem } from '../../src/domain/index.ts';
import type { SqliteStore } from './store.ts';

/** meta key: set once every stored item has its chain and deadline rows. */
const COMPLETE = 'chain_rows_complete';
/** meta key: the last items.seq filled by the background fill. */
const FILLED_TO = 'chain_rows_filled_to';
const FILL_BATCH = 1000;

/** Writes and drops one item's chain-key and deadline rows (prepared once per transaction). */
export function chainRows(db: Database.Database) {
  const addKey = db.prepare('INSERT OR IGNORE INTO item_chain_keys (key, seq) VALUES (?, ?)');
  const addDeadline = db.prepare('INSERT OR IGNORE INTO item_deadlines (seq, closes_at) VALUES (?, ?)');
  const dropKeys = db.prepare('DELETE FROM item_chain_keys WHERE seq = ?');
  const dropDeadlines = db.prepare('DELETE FROM item_deadlines WHERE seq = ?');
  return {
    add(seq: number, item: StoredItem): void {
      for (const k of chainKeys(item)) addKey.run(k, seq);
      for (const d of item.deadlines ?? []) {
        const end = closesAt(d);
        if (!Number.isNaN(end)) addDeadline.run(seq, end);
      }
    },
    drop(seq: number): void {
      dropKeys.run(seq);
      dropDeadlines.run(seq);
    },
  };
}

/** Marks a new (empty) data file as complete; an older file with items is filled by `fillInBackground`. */
export function markChainRowsIfEmpty(db: Database.Database): void {
  if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(COMPLETE)) return;
  if (db.prepare('SELECT 1 FROM items LIMIT 1').get()) return;
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(COMPLETE, '1');
}

/** Fills the rows of items stored before the tables existed, a batch per turn of the event loop. */
async function fillInBackground(store: SqliteStore): Promise<void> {
  const { db } = store;
  if (db.readonly || store.meta(COMPLETE)) return;
  const page = db.prepare('SELECT seq, body FROM item_bodies WHERE seq > ? ORDER BY seq LIMIT ?');
  let after = Number(store.meta(FILLED_TO) ?? 0);
  for (;;) {
    await new Promise<void>((r) => setImmediate(r));
    if (!db.open) return; // closed while filling: the rest is filled at the next start
    const done = db.transaction(() => {
      const rows = page.all(after, FILL_BATCH) as Array<{ seq: number; body: string }>;
      const write = chainRows(db);
      for (const r of rows) {
        write.drop(r.seq);
        write.add(r.seq, JSON.parse(r.body) as StoredItem);
      }
      if (rows.length) after = rows.at(-1)!.seq;
      store.setMeta(FILLED_TO, String(after));
      if (rows.length < FILL_BATCH) store.setMeta(COMPLETE, '1');
      return rows.length < FILL_BATCH;
    })();
    if (done) return;
  }
}

export interface SqliteIndexes {
  chains: ChainIndex & { readonly ready: Promise<void> };
  deadlines: DeadlineIndex;
}

/**
 * Both indexes over the store's tables. Their addOrUpdate and remove do nothing: the store
 * writes the rows itself with every item it stores or prunes.
 */
export function createSqliteIndexes(store: SqliteStore): SqliteIndexes {
  const { db } = store;
  const ready = fillInBackground(store);
  ready.catch(() => {}); // surfaced by whoever awaits it
  const idle = () => {};
  // related() runs for every routed item: one prepared statement per number of keys.
  const byKeyCount = new Map<number, Database.Statement>();
  const relatedQuery = (n: number): Database.Statement => {
    let q = byKeyCount.get(n);
    if (!q)
      byKeyCount.set(
        n,
        (q = db.prepare(
          `SELECT b.body FROM items i JOIN item_bodies b ON b.seq = i.seq
           WHERE i.seq IN (SELECT seq FROM item_chain_keys WHERE key IN (${Array(n).fill('?').join(',')}))
           AND i.id <> ? ORDER BY i.seq DESC LIMIT ?`,
        )),
      );
    return q;
  };
  return {
    chains: {
      ready,
      addOrUpdate: idle,
      remove: idle,
      related(item, limit = 10): ChainLink[] {
        const keys = chainKeys(item);
        if (!keys.length || !db.open) return [];
        const rows = relatedQuery(keys.length).all(...keys, item.id, limit) as Array<{ body: string }>;
        return rows.map((r) => linkOf(JSON.parse(r.body) as StoredItem));
      },
      /** Items indexed: all of them once filled (count(*) is cheaper than counting distinct keyed items). */
      size: () => (db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n,
    },
    deadlines: {
      addOrUpdate: idle,
      remove: idle,
      closingWithin(now, days) {
        const t = now.getTime();
        const horizon = t + (days + 1) * 86_400_000;
        const rows = db
          .prepare(
            `SELECT DISTINCT i.id FROM item_deadlines d JOIN items i ON i.seq = d.seq
             WHERE d.closes_at > ? AND d.closes_at <= ? ORDER BY i.seq`,
          )
          .all(t, horizon) as Array<{ id: string }>;
        return rows.map((r) => r.id);
      },
      size: () => (db.prepare('SELECT count(DISTINCT seq) AS n FROM item_deadlines').get() as { n: number }).n,
    },
  };
}
