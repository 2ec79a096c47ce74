import { describe, expect, it } from 'vitest';
import type { ConfigError } from '../../src/config/env.ts';
import { loadEnv } from '../../src/config/env.ts';

const problems = (env: Record<string, string>): string[] => {
  try {
    loadEnv(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

const OAUTH = {
  SLACK_CLIENT_ID: '123.456',
  SLACK_CLIENT_SECRET: 'client-secret',
  SLACK_SIGNING_SECRET: 'signing-secret',
  SLACK_STATE_SECRET: 'state-secret',
  INSTALLATION_KEY: 'x'.repeat(32),
};

describe('hosting configuration', () => {
  it('accepts a complete OAuth set-up and a Discord public key', () => {
    expect(problems({ ...OAUTH, DISCORD_PUBLIC_KEY: 'ab'.repeat(32), DISCORD_APPLICATION_ID: '1' })).toEqual([]);
  });

  it('names every missing piece of an OAuth set-up at once', () => {
    const found = problems({ SLACK_CLIENT_ID: '123.456', INSTALLATION_KEY: 'short' });
    expect(found.map((p) => p.split(':')[0])).toEqual([
      'SLACK_CLIENT_SECRET',
      'SLACK_SIGNING_SECRET',
      'SLACK_STATE_SECRET',
      'INSTALLATION_KEY',
    ]);
  });

  it('refuses a bot token or Socket Mode alongside OAuth installs', () => {
    const found = problems({ ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(found.some((p) => p.startsWith('SLACK_BOT_TOKEN: leave it unset'))).toBe(true);
    expect(found.some((p) => p.startsWith('SLACK_APP_TOKEN: leave it unset'))).toBe(true);
  });

  it('checks the Discord public key and never echoes secrets', () => {
    const found = problems({ DISCORD_PUBLIC_KEY: 'not-hex', INSTALLATION_KEY_FILE: '/nonexistent/key' });
    expect(found.join('\n')).toMatch(/DISCORD_PUBLIC_KEY: expected the 64 hex digits/);
    expect(found.join('\n')).toMatch(/DISCORD_APPLICATION_ID: required when DISCORD_PUBLIC_KEY is set/);
    expect(found.join('\n')).toMatch(/INSTALLATION_KEY_FILE: cannot read/);
  });
});
