/**
 * Which store the daemon uses: PostgreSQL when DATABASE_URL is set (items, outbox, state and
 * search all in the database, for one instance or several), otherwise the embedded store
 * under DATA_DIR. Returns the store and, for PostgreSQL, its SQL-backed search index.
 */
import type { Clock, Store } from '../src/domain/index.ts';
import type { SearchIndex } from '../src/search/types.ts';
import { openLowdbStore } from './lowdb.ts';
import { createPostgresSearchIndex } from './postgres/search.ts';
import { openPostgresStore } from './postgres/store.ts';

export interface OpenedStore {
  store: Store;
  /** Set when the store searches itself (PostgreSQL); otherwise the caller builds an index. */
  search?: SearchIndex;
  /** Non-fatal findings at open, to log. */
  warnings: string[];
}

export async function openConfiguredStore(
  env: { DATA_DIR: string; DATABASE_URL?: string },
  opts: { readOnly?: boolean; clock?: Clock } = {},
): Promise<OpenedStore> {
  if (env.DATABASE_URL) {
    const store = await openPostgresStore({ connectionString: env.DATABASE_URL, migrate: !opts.readOnly });
    return { store, search: createPostgresSearchIndex(store), warnings: [] };
  }
  const store = await openLowdbStore(env.DATA_DIR, opts);
  return { store, warnings: store.warnings };
}
