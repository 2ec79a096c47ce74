/** Temp data directories, and SQLite stores opened in them that the test's afterEach closes. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openSqliteStore, type SqliteStore, type SqliteStoreOptions } from '../../storage/sqlite/store.ts';

const open: SqliteStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pw-store-'));
}

/** Open the embedded store on `dir`; the test's afterEach closes it. */
export async function openStore(dir: string, opts: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const s = await openSqliteStore(dir, opts);
  open.push(s);
  return s;
}
