import { afterEach, vi } from 'vitest';
import { openPostgresStore, type PostgresStore } from '../../storage/postgres/store.ts';
import { testDatabaseUrl, testSchema } from '../helpers/postgres.ts';
import { storeContract } from './contract.ts';

// A busy machine can take seconds per schema and migration.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const open: PostgresStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

storeContract('PostgreSQL store', async () => {
  const store = await openPostgresStore({ connectionString: testDatabaseUrl(), schema: await testSchema('contract'), max: 2 });
  open.push(store);
  return store;
});
