/**
 * A PostgreSQL schema of its own for each test file (so files run in parallel, and runs of
 * other checkouts against the same server never collide), dropped after the file.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

export function testDatabaseUrl(): string {
  return inject('databaseUrl');
}

/** Creates a fresh schema now; returns its name. Dropped (with everything in it) after the file. */
export async function testSchema(prefix = 't'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA "${name}"`);
  } finally {
    await client.end();
  }
  afterAll(async () => {
    const c = new pg.Client({ connectionString: testDatabaseUrl() });
    await c.connect();
    try {
      await c.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    } finally {
      await c.end();
    }
  });
  return name;
}

/** The test database's URL with `schema` as its search_path, as DATABASE_URL for an app or a child process. */
export function schemaDatabaseUrl(schema: string): string {
  const url = new URL(testDatabaseUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}
