/** Opening lowdb stores in temp directories (closed after each test) and simulating a kill -9. */
import { cpSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openLowdbStore, type LowdbStore, type LowdbStoreOptions } from '../../storage/lowdb.ts';

const open: LowdbStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pw-store-'));
}

/** Open a store that the test's afterEach closes. */
export async function openStore(dir: string, opts: LowdbStoreOptions = {}): Promise<LowdbStore> {
  const s = await openLowdbStore(dir, opts);
  open.push(s);
  return s;
}

/** The data directory as a kill -9 would leave it: every file but the (dead) lock, no close(). */
export function crashCopy(dir: string): string {
  const copy = tempDir();
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.endsWith('policywatch.lock') });
  return copy;
}

export const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
