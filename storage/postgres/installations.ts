/**
 * Installation records in PostgreSQL (with DATABASE_URL), shared by every instance: one row
 * per platform and key ('T0123' workspace, 'E0456' org). The values arrive sealed
 * (src/hosting/seal.ts); this table never sees a token in the clear.
 */
import type { InstallationRecords } from '../../src/domain/installations.ts';
import type { SqlClient } from './sql.ts';

export function postgresInstallations(db: SqlClient): InstallationRecords {
  return {
    async get(platform, key) {
      const { rows } = await db.query<{ sealed: string }>('SELECT sealed FROM installations WHERE platform = $1 AND key = $2', [
        platform,
        key,
      ]);
      return rows[0]?.sealed;
    },
    async put(platform, key, sealed, now) {
      await db.query(
        `INSERT INTO installations (platform, key, sealed, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, key) DO UPDATE SET sealed = EXCLUDED.sealed, updated_at = EXCLUDED.updated_at`,
        [platform, key, sealed, now],
      );
    },
    async delete(platform, key) {
      const { rowCount } = await db.query('DELETE FROM installations WHERE platform = $1 AND key = $2', [platform, key]);
      return (rowCount ?? 0) > 0;
    },
    async keys(platform) {
      const { rows } = await db.query<{ key: string }>('SELECT key FROM installations WHERE platform = $1 ORDER BY key', [platform]);
      return rows.map((r) => r.key);
    },
  };
}
