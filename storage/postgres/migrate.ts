/**
 * Numbered migrations: `migrations/NNN_name.sql`, applied in order, each once, in one
 * transaction under an advisory lock (several instances starting together apply them once).
 * A new migration is a new file with the next number; a shipped file is never edited.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SqlClient } from './sql.ts';

const DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

interface Migration {
  version: number;
  name: string;
  sql: string;
}

function migrations(): Migration[] {
  return readdirSync(DIR)
    .flatMap((f) => {
      const m = /^(\d+)_(.+)\.sql$/.exec(f);
      return m ? [{ version: Number(m[1]), name: m[2]!, sql: readFileSync(`${DIR}${f}`, 'utf8') }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

/** Applies every migration not applied yet; returns the versions applied now. */
export async function migrate(client: SqlClient): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':policywatch-migrate'))`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    for (const m of migrations()) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
  return applied;
}
