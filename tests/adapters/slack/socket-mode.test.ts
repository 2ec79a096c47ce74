/**
 * Socket Mode can't reach Slack here, but everything before the WebSocket can be checked:
 * building the adapter makes no network call, and start() verifies the bot token and asks
 * apps.connections.open (with the app-level token) at SLACK_API_URL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/index.ts';
import { captureLogger, startFakeSlack, type FakeSlack } from './fake-slack.ts';

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(async () => {
  await slack.close();
});

describe('Socket Mode', () => {
  it('is chosen when an app token is set and constructing it makes no request', () => {
    const adapter = createSlackAdapter({ botToken: 'xoxb-b', appToken: 'xapp-1-a', apiUrl: slack.apiUrl, log: captureLogger().log });
    expect(adapter.mode).toBe('socket');
    expect(adapter.port).toBeUndefined();
    expect(slack.server.requests).toHaveLength(0);
  });

  it('opens the connection through SLACK_API_URL with the app token; a rejected app token stops the adapter with a clear log line', async () => {
    slack.on('apps.connections.open', () => ({ ok: false, error: 'invalid_auth' }));
    const logs = captureLogger();
    const adapter = createSlackAdapter({
      botToken: 'xoxb-b',
      appToken: 'xapp-1-a',
      apiUrl: slack.apiUrl.replace(/\/$/, ''),
      log: logs.log,
    });
    await expect(adapter.start(async () => ({ type: 'reply', title: 'x', fallbackText: 'x' }))).rejects.toThrow(
      'Slack start failed: invalid_auth',
    );
    expect(slack.authHeaders('auth.test')).toEqual(['Bearer xoxb-b']);
    expect(slack.authHeaders('apps.connections.open')).toEqual(['Bearer xapp-1-a']);
    const errors = logs
      .lines()
      .filter((l) => l.level === 50)
      .map((l) => l.msg);
    expect(errors).toContain(
      'slack: Slack rejected the app token (invalid_auth); the Slack adapter has stopped. Fix: check SLACK_APP_TOKEN (Basic Information → App-Level Tokens, scope connections:write, starts with xapp-), then restart policywatch',
    );
    expect(
      await adapter.deliver({ platform: 'slack', workspaceId: 'T1', channelId: 'C1' }, { type: 'alert', title: 't', fallbackText: 't' }),
    ).toMatchObject({ ok: false, fatal: true });
    expect(JSON.stringify(logs.lines())).not.toMatch(/xapp-1-a|xoxb-b/);
  });

  it('refuses to start when auth.test rejects the bot token', async () => {
    slack.on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const logs = captureLogger();
    const adapter = createSlackAdapter({ botToken: 'xoxb-b', appToken: 'xapp-1-a', apiUrl: slack.apiUrl, log: logs.log });
    await expect(adapter.start(async () => ({ type: 'reply', title: 'x', fallbackText: 'x' }))).rejects.toThrow(
      'Slack start failed: invalid_auth',
    );
    expect(slack.calls('apps.connections.open')).toHaveLength(0);
    expect(logs.lines().some((l) => l.level === 50 && /rejected the bot token \(invalid_auth\).*SLACK_BOT_TOKEN/.test(l.msg))).toBe(true);
  });
});

describe('HTTP mode configuration', () => {
  it('needs a signing secret: signature verification is never turned off', () => {
    expect(() => createSlackAdapter({ botToken: 'xoxb-b', apiUrl: slack.apiUrl, log: captureLogger().log })).toThrow(
      /SLACK_SIGNING_SECRET/,
    );
  });
});
