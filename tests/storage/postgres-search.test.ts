import { createPostgresSearchIndex } from '../../storage/postgres/search.ts';
import { openPostgresStore } from '../../storage/postgres/store.ts';
import { testDatabaseUrl, testSchema } from '../helpers/postgres.ts';
import { searchContract } from './search-contract.ts';

searchContract('PostgreSQL search (weighted tsvector)', async () => {
  const store = await openPostgresStore({ connectionString: testDatabaseUrl(), schema: await testSchema('search'), max: 2 });
  return { store, index: createPostgresSearchIndex(store) };
});
