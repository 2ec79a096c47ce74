import { afterEach } from 'vitest';
import { openPgliteStore } from '../../storage/postgres/pglite.ts';
import type { PostgresStore } from '../../storage/postgres/store.ts';
import { storeContract } from './contract.ts';

const open: PostgresStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

storeContract('PostgreSQL store on PGlite (in-process)', async () => {
  const store = await openPgliteStore('memory://');
  open.push(store);
  return store;
});
