import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryInstallations, openFileInstallations } from '../../storage/installations.ts';
import { createSlackInstallations } from '../../adapters/slack/installations.ts';
import { createSealer } from '../../src/hosting/seal.ts';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('installation records in DATA_DIR', () => {
  it('survive a reopen, list by platform, and are removed once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-inst-'));
    const first = await openFileInstallations(dir);
    await first.put('slack', 'T1', 'sealed-1', NOW);
    await first.put('slack', 'T2', 'sealed-2', NOW);
    const again = await openFileInstallations(dir);
    expect(await again.get('slack', 'T1')).toBe('sealed-1');
    expect(await again.keys('slack')).toEqual(['T1', 'T2']);
    expect(await again.keys('discord')).toEqual([]);
    expect(await again.delete('slack', 'T1')).toBe(true);
    expect(await again.delete('slack', 'T1')).toBe(false);
    expect(await (await openFileInstallations(dir)).keys('slack')).toEqual(['T2']);
    expect(statSync(join(dir, 'installations.json')).mode & 0o777).toBe(0o600);
  });

  it('refuse a file that is not an installations file, with a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-inst-'));
    writeFileSync(join(dir, 'installations.json'), '{"version":9}');
    await expect(openFileInstallations(dir)).rejects.toThrow(/not a policywatch installations file/);
  });
});

describe('Slack installations over the records', () => {
  const install = (team: string, token: string) =>
    ({
      team: { id: team },
      enterprise: undefined,
      user: { id: 'U1', token: undefined, scopes: undefined },
      bot: { token, scopes: ['chat:write'], id: 'B1', userId: 'UB1' },
      isEnterpriseInstall: false,
    }) as never;

  it('keep one sealed install per workspace and give each workspace its own token', async () => {
    const records = memoryInstallations();
    const slack = createSlackInstallations({ records, sealer: createSealer('k'.repeat(32)), now: () => NOW });
    await slack.storeInstallation(install('T1', 'xoxb-one'));
    await slack.storeInstallation(install('T2', 'xoxb-two'));
    expect(await slack.botTokenFor('T1')).toBe('xoxb-one');
    expect(await slack.botTokenFor('T2')).toBe('xoxb-two');
    expect(await slack.botTokenFor('T3')).toBeUndefined();
    expect((await slack.fetchInstallation({ teamId: 'T2', isEnterpriseInstall: false, enterpriseId: undefined })).bot?.token).toBe(
      'xoxb-two',
    );
    await expect(slack.fetchInstallation({ teamId: 'T3', isEnterpriseInstall: false, enterpriseId: undefined })).rejects.toThrow(
      /not installed/,
    );
    expect(await records.get('slack', 'T1')).not.toContain('xoxb');
    expect(await slack.forget('T1')).toBe(true);
    expect(await slack.botTokenFor('T1')).toBeUndefined();
    expect(await slack.botTokenFor('T2')).toBe('xoxb-two');
  });

  it('answer for a workspace of an org-wide install', async () => {
    const records = memoryInstallations();
    const slack = createSlackInstallations({ records, sealer: createSealer('k'.repeat(32)) });
    await slack.storeInstallation({
      ...(install('T9', 'xoxb-org') as object),
      team: undefined,
      enterprise: { id: 'E1' },
      isEnterpriseInstall: true,
    } as never);
    expect(await records.keys('slack')).toEqual(['E1']);
    expect(await slack.botTokenFor('T5', 'E1')).toBe('xoxb-org');
    expect(await slack.botTokenFor('T5')).toBeUndefined();
  });
});
