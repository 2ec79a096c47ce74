/**
 * Fast paths for building the bench's data (never used by the daemon): whole items written
 * straight into a store, a large chunk per transaction with prepared statements, instead of
 * the poll path (recordItems: look-ups, decisions, one transaction per call).
 */
import type { StoredItem } from '../src/domain/index.ts';
import type { SqliteStore } from '../storage/sqlite/store.ts';

const SQLITE_CHUNK = 10_000;

/** Writes `items` into an empty or populated SQLite store, SQLITE_CHUNK per transaction. */
export function bulkLoadSqlite(store: SqliteStore, items: readonly StoredItem[]): void {
  for (let i = 0; i < items.length; i += SQLITE_CHUNK) {
    const chunk = items.slice(i, i + SQLITE_CHUNK);
    store.db.transaction(() => store.upsertItems(chunk))();
  }
}
