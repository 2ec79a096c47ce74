/** The SQL connection the PostgreSQL store and its helpers use (node-postgres or PGlite), and transactions on it. */
/** What the store needs of a connection: node-postgres clients and the PGlite adapter both fit. */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

export interface SqlPool extends SqlClient {
  connect(): Promise<SqlClient & { release(): void }>;
  end(): Promise<void>;
}

/** Runs `work` in one transaction on a connection of `pool`: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: SqlPool, work: (c: SqlClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const out = await work(c);
    await c.query('COMMIT');
    return out;
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}
