/**
 * Which store the daemon uses: PostgreSQL when DATABASE_URL is set (items, outbox, state and
 * search all in the database, for one instance or several), otherwise the embedded store
 * under DATA_DIR (SQLite for items, outbox and search; lowdb's state.json for the small
 * operator-facing state). Both search themselves in SQL: no in-memory index to build at start.
 * A data directory of the earlier embedded engine is imported once, at its first start here.
 */
import type { Clock, Store } from '../src/domain/index.ts';
import type { SearchIndex } from '../src/search/types.ts';
import { createPostgresSearchIndex } from './postgres/search.ts';
import { openPostgresStore } from './postgres/store.ts';
import { importOldEngine } from './sqlite/import.ts';
import { createSqliteSearchIndex } from './sqlite/search.ts';
import { openSqliteStore } from './sqlite/store.ts';

export interface OpenedStore {
  store: Store;
  /** Set when the store searches itself (both do today); otherwise the caller builds an index. */
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
  const store = await openSqliteStore(env.DATA_DIR, { readOnly: opts.readOnly });
  const warnings: string[] = [];
  try {
    const moved = await importOldEngine(store, opts.clock?.now());
    if (moved) {
      warnings.push(
        `imported the earlier embedded engine's data (${moved.items} item(s), ${moved.deliveries} queued deliver(ies), ` +
          `${moved.sentKeys} sent key(s)) into ${store.dataDir}/policywatch.sqlite; the old files were moved to ${moved.movedTo}`,
      );
    }
  } catch (err) {
    await store.close();
    throw err;
  }
  return { store, search: createSqliteSearchIndex(store), warnings };
}
