import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testDatabaseUrl, testSchema } from '../helpers/postgres.ts';

describe('test PostgreSQL', () => {
  it('is reachable, and each test file works in a schema of its own', async () => {
    const schema = await testSchema();
    const client = new pg.Client({ connectionString: testDatabaseUrl(), options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query('CREATE TABLE probe (n int)');
      await client.query('INSERT INTO probe VALUES (1)');
      const { rows } = await client.query<{ schema: string; n: number }>('SELECT current_schema() AS schema, n FROM probe');
      expect(rows).toEqual([{ schema, n: 1 }]);
    } finally {
      await client.end();
    }
  });
});
