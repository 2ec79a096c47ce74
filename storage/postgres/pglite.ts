/**
 * The PostgreSQL store on PGlite (PostgreSQL compiled to WebAssembly, an npm package): the
 * same SQL, migrations and search as the server, in one process, in a directory. PGlite has
 * one connection; this adapter gives it the pool shape the store uses, one transaction (or
 * one statement) at a time.
 */
import { PGlite } from '@electric-sql/pglite';
import { PostgresStore } from './store.ts';
import type { SqlClient, SqlPool } from './sql.ts';

class Mutex {
  private tail: Promise<void> = Promise.resolve();
  lock(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }
}

/** node-postgres sends a JSON text for objects; PGlite's own serializers take plain values. */
function param(v: unknown): unknown {
  return v === undefined ? null : v;
}

function client(db: PGlite): SqlClient {
  return {
    async query<R>(text: string, values?: unknown[]) {
      if (!values || values.length === 0) {
        const results = await db.exec(text);
        const last = results.at(-1);
        const rows = (last?.rows ?? []) as R[];
        return { rows, rowCount: last?.affectedRows || rows.length };
      }
      const res = await db.query<R>(text, values.map(param));
      return { rows: res.rows, rowCount: res.affectedRows || res.rows.length };
    },
  };
}

/** `closeDb` false: ending the pool leaves the database open (its owner closes it). */
function pglitePool(db: PGlite, closeDb = true): SqlPool {
  const mutex = new Mutex();
  const c = client(db);
  return {
    async query<R>(text: string, values?: unknown[]) {
      const release = await mutex.lock();
      try {
        return await c.query<R>(text, values);
      } finally {
        release();
      }
    },
    async connect() {
      const release = await mutex.lock();
      return { query: c.query, release };
    },
    async end() {
      if (closeDb) await db.close();
    },
  };
}

/** Opens (creating when missing) a PGlite database in `dir` ('memory://' for none) and migrates it. */
export async function openPgliteStore(dir: string): Promise<PostgresStore> {
  const db = await PGlite.create(dir);
  const pool = pglitePool(db);
  await PostgresStore.migrate(pool);
  return new PostgresStore(pool);
}

/**
 * A store in schema `schema` of an open PGlite database (tests: one database per file, a
 * schema per test). Closing the store leaves the database open. PGlite has one session, so
 * only one such store may be in use at a time.
 */
export async function openPgliteStoreIn(db: PGlite, schema: string): Promise<PostgresStore> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  await db.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"; SET search_path TO "${schema}"`);
  const pool = pglitePool(db, false);
  await PostgresStore.migrate(pool);
  return new PostgresStore(pool);
}
