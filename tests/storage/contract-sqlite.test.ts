import { afterEach } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../storage/sqlite/store.ts';
import { storeContract } from './contract.ts';
import { tempDir } from './helpers.ts';

const open: SqliteStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

storeContract('embedded store (SQLite + state.json)', async () => {
  const s = await openSqliteStore(tempDir());
  open.push(s);
  return s;
});
