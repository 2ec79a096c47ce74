import { afterEach } from 'vitest';
import { openPostgresStore, type PostgresStore } from '../../storage/postgres/store.ts';
import { testDatabaseUrl, testSchema } from '../helpers/postgres.ts';
import { storeContract } from './contract.ts';

const open: PostgresStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

storeContract('PostgreSQL store', async () => {
  const store = await openPostgresStore({ connectionString: testDatabaseUrl(), schema: await testSchema('contract'), max: 2 });
  open.push(store);
  return store;
});
