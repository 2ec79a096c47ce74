import type { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { openPgliteStoreIn } from '../../storage/postgres/pglite.ts';
import type { PostgresStore } from '../../storage/postgres/store.ts';
import { createTestPglite } from '../helpers/pglite.ts';
import { storeContract } from './contract.ts';

// Starting PGlite (PostgreSQL in WebAssembly) takes seconds on a busy machine: once per file,
// from a data directory made once (tests/helpers/pglite.ts).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });
let db: PGlite;
let n = 0;
beforeAll(async () => {
  db = await createTestPglite();
});
afterAll(async () => db.close());

const open: PostgresStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

storeContract('PostgreSQL store on PGlite (in-process)', async () => {
  const store = await openPgliteStoreIn(db, `contract_${++n}`);
  open.push(store);
  return store;
});
