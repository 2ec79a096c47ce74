import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from '../../src/config/env.ts';

function problems(env: Record<string, string>): string[] {
  try {
    loadEnv(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('environment configuration', () => {
  it('runs on embedded defaults when nothing is set', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      DATA_DIR: './data',
      POLICYWATCH_CONFIG: './policywatch.yml',
      POLL_INTERVAL_MINUTES: 30,
      ITEM_RETENTION_DAYS: 365,
      HTTP_TIMEOUT_MS: 15000,
      TZ: 'UTC',
      PORT: 3000,
    });
    expect(env.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it('reports every problem at once, naming the variable and what it expects', () => {
    const found = problems({
      POLL_INTERVAL_MINUTES: 'often',
      PORT: '70000',
      TZ: 'Mars/Olympus',
      LOG_LEVEL: 'loud',
      SLACK_API_URL: 'ftp://x',
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^POLL_INTERVAL_MINUTES: expected a whole number \(got "often"\)/),
        expect.stringMatching(/^PORT: expected a number from 0 to 65535/),
        expect.stringMatching(/^TZ: expected an IANA time zone/),
        expect.stringMatching(/^LOG_LEVEL: /),
        expect.stringMatching(/^SLACK_API_URL: expected an http\(s\) URL/),
      ]),
    );
    expect(found).toHaveLength(5);
  });

  it('requires DISCORD_APPLICATION_ID with DISCORD_TOKEN and the Slack secrets that fit the mode', () => {
    expect(problems({ DISCORD_TOKEN: 'abc' })).toEqual([
      expect.stringMatching(/^DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set/),
    ]);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([expect.stringMatching(/^SLACK_SIGNING_SECRET: required in HTTP mode/)]);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual([]);
    expect(problems({ SLACK_BOT_TOKEN: 'oops', SLACK_APP_TOKEN: 'xapp-1' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: expected a bot token starting with xoxb-/),
    ]);
  });

  it('never echoes a secret value in an error', () => {
    const found = problems({ SLACK_BOT_TOKEN: 'xoxp-very-secret', SLACK_APP_TOKEN: 'xapp-1' });
    expect(found.join('\n')).not.toContain('very-secret');
  });

  it('reads secrets from NAME_FILE and reports an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-env-'));
    writeFileSync(join(dir, 'sam'), 'sam-key-123\n');
    expect(loadEnv({ SAM_API_KEY_FILE: join(dir, 'sam') }).SAM_API_KEY).toBe('sam-key-123');
    expect(problems({ SAM_API_KEY_FILE: join(dir, 'missing') })).toEqual([expect.stringMatching(/^SAM_API_KEY_FILE: cannot read/)]);
  });
});
