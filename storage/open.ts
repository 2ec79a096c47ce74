/**
 * Which store the daemon uses: PostgreSQL when DATABASE_URL is set (items, outbox, state,
 * search and Slack installs all in the database, for one instance or several), otherwise the
 * embedded store under DATA_DIR (SQLite for items, outbox and search; lowdb's state.json for
 * the small operator-facing state). Both search themselves in SQL: no in-memory index to build
 * at start. For PostgreSQL it also returns the coordinator that lets several instances share
 * the work, and the installations.
 */
import type { Clock, Store } from '../src/domain/index.ts';
import { systemClock } from '../src/domain/index.ts';
import type { InstallationRecords } from '../src/domain/installations.ts';
import type { WorkCoordinator } from '../src/hosting/coordinator.ts';
import type { SearchIndex } from '../src/search/types.ts';
import type { ChainIndex } from '../src/chains/index.ts';
import type { DeadlineIndex } from '../src/deadlines/index-store.ts';
import { PostgresCoordinator } from './postgres/coordinator.ts';
import { postgresInstallations } from './postgres/installations.ts';
import { createPostgresSearchIndex } from './postgres/search.ts';
import { openPostgresStore } from './postgres/store.ts';
import { createSqliteIndexes } from './sqlite/chains.ts';
import { createSqliteSearchIndex } from './sqlite/search.ts';
import { openSqliteStore } from './sqlite/store.ts';

export interface OpenedStore {
  store: Store;
  /** Set when the store searches itself (both do today); otherwise the caller builds an index. */
  search?: SearchIndex;
  /** Set when several instances may share the store (PostgreSQL); otherwise the process is alone. */
  coordinator?: WorkCoordinator;
  /** Set when the store keeps the chain and open-deadline indexes itself (SQLite); otherwise the caller fills them in memory. */
  chains?: ChainIndex & { readonly ready: Promise<void> };
  deadlines?: DeadlineIndex;
  /** Set when the store keeps Slack installs itself (PostgreSQL); otherwise installations.json. */
  installations?: InstallationRecords;
  /** Non-fatal findings at open, to log. */
  warnings: string[];
}

export interface OpenStoreOptions {
  readOnly?: boolean;
  clock?: Clock;
  /** This instance's id and lease length, for the coordinator (PostgreSQL). */
  instance?: { id: string; leaseMs: number };
}

export async function openConfiguredStore(
  env: { DATA_DIR: string; DATABASE_URL?: string },
  opts: OpenStoreOptions = {},
): Promise<OpenedStore> {
  if (env.DATABASE_URL) {
    const store = await openPostgresStore({ connectionString: env.DATABASE_URL, migrate: !opts.readOnly });
    const coordinator = new PostgresCoordinator(store.pool, {
      instanceId: opts.instance?.id ?? `cli:${process.pid}`,
      leaseMs: opts.instance?.leaseMs ?? 120_000,
      clock: opts.clock ?? systemClock,
    });
    return { store, search: createPostgresSearchIndex(store), coordinator, installations: postgresInstallations(store.pool), warnings: [] };
  }
  const store = await openSqliteStore(env.DATA_DIR, { readOnly: opts.readOnly });
  return { store, search: createSqliteSearchIndex(store), ...createSqliteIndexes(store), warnings: [] };
}
