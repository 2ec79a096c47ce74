import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.ts';
import { captureIO } from '../helpers/cli-io.ts';

const io = captureIO;

describe('policywatch CLI', () => {
  it('lists every command with --help', async () => {
    const t = io();
    expect(await main(['--help'], t.io)).toBe(0);
    for (const name of ['run', 'poll', 'sources', 'search', 'demo', 'match', 'eval', 'digest', 'slack:manifest', 'discord:register']) {
      expect(t.out()).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it('prints usage and exits 2 for no command, an unknown command or a bad flag', async () => {
    const none = io();
    expect(await main([], none.io)).toBe(2);
    const unknown = io();
    expect(await main(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err()).toContain('unknown command "frobnicate"');
    expect(unknown.err()).toContain('Usage: policywatch <command>');
    const badFlag = io();
    expect(await main(['poll', '--once', '--sauce', 'x'], badFlag.io)).toBe(2);
    expect(badFlag.err()).toMatch(/Unknown option '--sauce'/);
    expect(badFlag.err()).toContain('Usage: policywatch poll --once [--source ID]');
    const missing = io();
    expect(await main(['poll'], missing.io)).toBe(2);
    expect(missing.err()).toContain('--once is required');
  });

  it('exits 1 with every configuration problem listed', async () => {
    const t = io({ POLL_INTERVAL_MINUTES: 'soon', DISCORD_TOKEN: 'x' });
    expect(await main(['sources'], t.io)).toBe(1);
    expect(t.err()).toContain('POLL_INTERVAL_MINUTES: expected a whole number');
    expect(t.err()).toContain('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  });
});
