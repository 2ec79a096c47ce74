/**
 * Fast paths for building the bench's data (never used by the daemon): whole items written
 * straight into a store, a large chunk per transaction with prepared statements, instead of
 * the poll path (recordItems: look-ups and decisions per call).
 *  - SQLite: the store's own upsert, one transaction per chunk, synchronous = OFF and a 1 GB
 *    page cache while building (the random item ids otherwise thrash the default 2 MB cache
 *    on the unique index). The FTS5 rows are written in the same transactions: writing them
 *    all at the end in one statement was measured 8 % faster at 100k (23.7 s against 25.7 s,
 *    within the noise of the shared machine), not worth a second write path.
 *  - PostgreSQL and PGlite: the store's multi-row upsert (unnest arrays, 2,000 rows a
 *    statement), one transaction per chunk, with the two GIN indexes (full text, identifier
 *    keys) dropped during the load and built once at the end.
 */
import type { Store, StoredItem } from '../src/domain/index.ts';
import { PostgresStore } from '../storage/postgres/store.ts';
import { SqliteStore } from '../storage/sqlite/store.ts';

const SQLITE_CHUNK = 10_000;

/** Writes `items` into a SQLite store, SQLITE_CHUNK per transaction (the in-process bench rows). */
export function bulkLoadSqlite(store: SqliteStore, items: readonly StoredItem[]): void {
  for (let i = 0; i < items.length; i += SQLITE_CHUNK) {
    const chunk = items.slice(i, i + SQLITE_CHUNK);
    store.db.transaction(() => store.upsertItems(chunk))();
  }
}

export interface BulkLoader {
  /** Writes one chunk of items (one transaction). */
  load(items: StoredItem[]): Promise<void>;
  /** Puts the store back as the daemon expects it (call once, after the last chunk). */
  finish(): Promise<void>;
}

/** The GIN indexes of migration 001, built once after the load. */
const PG_DEFERRED = [
  ['items_search', 'CREATE INDEX IF NOT EXISTS items_search ON items USING gin (search)'],
  ['items_identifier_keys', 'CREATE INDEX IF NOT EXISTS items_identifier_keys ON items USING gin (identifier_keys)'],
] as const;

export async function bulkLoader(store: Store): Promise<BulkLoader> {
  if (store instanceof SqliteStore) {
    const { db } = store;
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -1000000');
    return {
      async load(items) {
        db.transaction(() => store.upsertItems(items))();
      },
      async finish() {
        db.pragma('synchronous = FULL');
      },
    };
  }
  if (store instanceof PostgresStore) {
    for (const [name] of PG_DEFERRED) await store.pool.query(`DROP INDEX IF EXISTS ${name}`);
    return {
      load: (items) => store.saveItems({ created: items, changed: [], touched: [], seen: [], unseen: [] }, new Date()),
      async finish() {
        for (const [, create] of PG_DEFERRED) await store.pool.query(create);
        await store.pool.query('ANALYZE items');
      },
    };
  }
  throw new Error(`no bulk path for ${store.constructor.name}`);
}
