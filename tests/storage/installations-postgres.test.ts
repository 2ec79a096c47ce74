/**
 * Slack installs kept in PostgreSQL (DATABASE_URL): shared by every instance, sealed before
 * they reach the table, and what openConfiguredStore hands the app instead of installations.json.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createSlackInstallations } from '../../adapters/slack/installations.ts';
import { createSealer } from '../../src/hosting/seal.ts';
import { openConfiguredStore, type OpenedStore } from '../../storage/open.ts';
import { schemaDatabaseUrl, testSchema } from '../helpers/postgres.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const NOW = new Date('2026-12-01T00:00:00Z');
const opened: OpenedStore[] = [];
afterAll(async () => {
  for (const o of opened) await o.store.close();
});

describe('installation records in PostgreSQL', () => {
  it('are shared by instances on one database, sealed, and never written to DATA_DIR', async () => {
    const url = schemaDatabaseUrl(await testSchema('inst'));
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-inst-pg-'));
    const one = await openConfiguredStore({ DATA_DIR: dataDir, DATABASE_URL: url });
    const two = await openConfiguredStore({ DATA_DIR: dataDir, DATABASE_URL: url });
    opened.push(one, two);
    const sealer = createSealer('k'.repeat(32));
    const slack = createSlackInstallations({ records: one.installations!, sealer, now: () => NOW });
    const install = {
      team: { id: 'T0SECOND' },
      enterprise: undefined,
      user: { id: 'U1', token: undefined, scopes: undefined },
      bot: { token: 'xoxb-second-workspace', scopes: ['chat:write'], id: 'B1', userId: 'UB1' },
      isEnterpriseInstall: false,
    };
    await slack.storeInstallation(install as never);

    // The other instance answers with the same token.
    const other = createSlackInstallations({ records: two.installations!, sealer, now: () => NOW });
    expect(await other.botTokenFor('T0SECOND')).toBe('xoxb-second-workspace');
    expect(await two.installations!.keys('slack')).toEqual(['T0SECOND']);
    // Sealed in the table: the token is not there in the clear.
    const pool = (two.store as unknown as { pool: { query(q: string): Promise<{ rows: Array<{ sealed: string }> }> } }).pool;
    const { rows } = await pool.query('SELECT sealed FROM installations');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sealed).not.toContain('xoxb-second-workspace');
    expect(existsSync(join(dataDir, 'installations.json'))).toBe(false);

    expect(await two.installations!.delete('slack', 'T0SECOND')).toBe(true);
    expect(await one.installations!.get('slack', 'T0SECOND')).toBeUndefined();
    expect(await one.installations!.delete('slack', 'T0SECOND')).toBe(false);
  });
});
