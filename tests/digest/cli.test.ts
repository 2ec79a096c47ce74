import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.ts';
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { captureIO } from '../helpers/cli-io.ts';
import { BOTH, makeSub, record } from './helpers.ts';

const capture = (env: NodeJS.ProcessEnv) => captureIO(env, new PassThrough());

describe('policywatch digest', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-digest-cli-'));
    env = { DATA_DIR: dir, POLICYWATCH_CONFIG: join(dir, 'absent.yml'), TZ: 'America/New_York', LOG_LEVEL: 'silent' };
    const store = await openSqliteStore(dir);
    const dayAgo = new Date(Date.now() - 86_400_000).toISOString();
    await record(
      store,
      {
        native: 'ct-hb-5001',
        title: 'Trust Act and COLLECT access',
        jurisdiction: 'CT',
        identifier: 'HB 5001',
        status: 'Referred',
        topics: BOTH,
      },
      dayAgo,
    );
    await record(
      store,
      { native: 'ca-sb-54', title: 'California Values Act amendments', jurisdiction: 'CA', identifier: 'SB 54', status: 'Passed Senate' },
      dayAgo,
    );
    await record(
      store,
      { native: 'old', title: 'A bill from last month', jurisdiction: 'NY' },
      new Date(Date.now() - 20 * 86_400_000).toISOString(),
    );
    await store.upsertSubscription(
      makeSub({ id: 'slack:T1:C-CT', channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C-CT' }, jurisdictions: ['CT'] }),
    );
    await store.close();
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints every matching item of the last 7 days through the console renderer', async () => {
    const c = capture(env);
    expect(await main(['digest'], c.io)).toBe(0);
    const out = c.out();
    expect(out).toMatch(/^Weekly policy digest: /);
    expect(out).toContain('2 new or changed items in the last 7 days (2 new, 0 updated, 1 priority).');
    expect(out).toContain('★ Priority (both topics)');
    expect(out).toContain('Trust Act and COLLECT access <https://example.org/items/ct-hb-5001> · CT · `HB 5001` · Referred · new');
    expect(out).toContain('California (CA)');
    expect(out).not.toContain('A bill from last month');
  });

  it("--channel applies that channel's subscription; --since widens the window", async () => {
    const ct = capture(env);
    expect(await main(['digest', '--channel', 'C-CT'], ct.io)).toBe(0);
    expect(ct.out()).toContain('Trust Act and COLLECT access');
    expect(ct.out()).not.toContain('California Values Act');
    expect(ct.out()).toContain('Filters: CT');

    const month = capture(env);
    expect(await main(['digest', '--since', '30d'], month.io)).toBe(0);
    expect(month.out()).toContain('A bill from last month');
    expect(month.out()).toContain('in the last 30 days');
  });

  it('names the known channels when the channel is unknown, and rejects a bad --since', async () => {
    const unknown = capture(env);
    expect(await main(['digest', '--channel', 'C-NOPE'], unknown.io)).toBe(1);
    expect(unknown.err()).toContain('no subscribed channel "C-NOPE". Subscribed channels: C-CT (slack).');

    const bad = capture(env);
    expect(await main(['digest', '--since', 'week'], bad.io)).toBe(2);
    expect(bad.err()).toContain('--since expects a number of days from 1d to 365d');
  });

  it('works while the daemon holds the data directory (read-only)', async () => {
    const daemon = await openSqliteStore(dir);
    try {
      const c = capture(env);
      expect(await main(['digest'], c.io)).toBe(0);
      expect(c.out()).toContain('California Values Act amendments');
    } finally {
      await daemon.close();
    }
  });
});
