/**
 * A PGlite database for a test file. `PGlite.create()` runs initdb inside WebAssembly, about
 * 6 s of CPU; loading the data directory that initdb made (kept as a tarball under
 * node_modules/.cache, per PGlite version) takes about 1 s. The first run of a checkout makes it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const VERSION = (JSON.parse(readFileSync(resolve('node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string })
  .version;
const TEMPLATE = resolve(`node_modules/.cache/policywatch-test-pg/pglite-${VERSION}.tar`);

export async function createTestPglite(): Promise<PGlite> {
  if (existsSync(TEMPLATE)) return PGlite.create({ loadDataDir: new Blob([readFileSync(TEMPLATE)]) });
  const db = await PGlite.create('memory://');
  const dump = await db.dumpDataDir('none');
  mkdirSync(dirname(TEMPLATE), { recursive: true });
  const tmp = `${TEMPLATE}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, TEMPLATE);
  return db;
}
