/**
 * deliver() through the real WebClient to a fake Slack Web API on 127.0.0.1 (SLACK_API_URL).
 * Failures come back as DeliveryResult values the outbox acts on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, renderSlackMessage, type SlackAdapter } from '../../../adapters/slack/index.ts';
import type { ChannelRef, RichMessage } from '../../../src/domain/index.ts';
import { captureLogger, startFakeSlack, type FakeSlack } from './fake-slack.ts';

const channel: ChannelRef = { platform: 'slack', workspaceId: 'T0001', channelId: 'C0ALERTS' };
const message: RichMessage = {
  type: 'alert',
  title: 'Fake <!channel> bill',
  url: 'https://example.org/bill',
  context: ['bill · CT · HB 5001'],
  badges: ['state-databases'],
  body: [[{ text: 'shares ' }, { text: 'license plates', emphasis: 'hit' }]],
  fallbackText: 'New bill: Fake <!channel> bill',
};

let slack: FakeSlack;
let adapter: SlackAdapter;
let clock: number;
let sleeps: number[];
let logs: ReturnType<typeof captureLogger>;

beforeEach(async () => {
  slack = await startFakeSlack();
  clock = 1_000_000;
  sleeps = [];
  logs = captureLogger();
  adapter = createSlackAdapter({
    botToken: 'xoxb-test-token',
    signingSecret: 'secret',
    apiUrl: slack.apiUrl,
    log: logs.log,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
  });
});

afterEach(async () => {
  await adapter.stop();
  await slack.close();
});

describe('deliver', () => {
  it('posts the rendered blocks and escaped fallback text with the bot token and returns the ts', async () => {
    const result = await adapter.deliver(channel, message);
    expect(result).toEqual({ ok: true, messageRef: '1700000001.000100' });
    const rendered = renderSlackMessage(message);
    expect(slack.calls('chat.postMessage')).toEqual([
      {
        channel: 'C0ALERTS',
        text: 'New bill: Fake &lt;!channel&gt; bill',
        blocks: rendered.blocks,
        unfurl_links: 'false',
        unfurl_media: 'false',
      },
    ]);
    expect(slack.calls('chat.postMessage')[0]?.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*<https://example.org/bill|Fake &lt;!channel&gt; bill>*', verbatim: true } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'bill · CT · HB 5001', verbatim: true }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '`state-databases`', verbatim: true }] },
      { type: 'section', text: { type: 'mrkdwn', text: 'shares *license plates*', verbatim: true } },
    ]);
    expect(slack.authHeaders('chat.postMessage')).toEqual(['Bearer xoxb-test-token']);
  });

  it('posts a follow-up in the thread of the first alert', async () => {
    const first = await adapter.deliver(channel, message);
    expect(first.ok).toBe(true);
    const ref = first.ok ? first.messageRef : '';
    await adapter.deliver(channel, { ...message, type: 'update', title: 'Status changed' }, { threadRef: ref });
    const [a, b] = slack.calls('chat.postMessage');
    expect(a?.thread_ts).toBeUndefined();
    expect(b?.thread_ts).toBe('1700000001.000100');
  });

  it('paces posts to the same channel about a second apart, but not posts to different channels', async () => {
    await adapter.deliver(channel, message);
    await adapter.deliver({ ...channel, channelId: 'C0OTHER' }, message);
    expect(sleeps).toEqual([]);
    await Promise.all([adapter.deliver(channel, message), adapter.deliver(channel, message)]);
    expect(sleeps).toEqual([1100, 1100]);
    expect(slack.calls('chat.postMessage').map((c) => c.channel)).toEqual(['C0ALERTS', 'C0OTHER', 'C0ALERTS', 'C0ALERTS']);
  });

  it('does not wait when the last post in the channel was long enough ago', async () => {
    await adapter.deliver(channel, message);
    clock += 5000;
    await adapter.deliver(channel, message);
    expect(sleeps).toEqual([]);
  });

  it('returns retryable with Retry-After on 429, at once (no retries inside the client)', async () => {
    slack.on('chat.postMessage', () => ({
      status: 429,
      headers: { 'retry-after': '30', 'content-type': 'application/json' },
      body: '{"ok":false,"error":"ratelimited"}',
    }));
    const result = await adapter.deliver(channel, message);
    expect(result).toEqual({ ok: false, error: 'rate limited by Slack (retry after 30 s)', retryable: true, retryAfterMs: 30_000 });
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
  });

  it.each([500, 503])(
    'returns retryable on HTTP %i without retrying inside the client (the post may exist: outcome unknown)',
    async (status) => {
      slack.on('chat.postMessage', () => ({ status, body: 'upstream trouble' }));
      const result = await adapter.deliver(channel, message);
      expect(result).toEqual({ ok: false, error: `Slack answered HTTP ${status}`, retryable: true, unknownOutcome: true });
      expect(slack.calls('chat.postMessage')).toHaveLength(1);
    },
  );

  it('returns retryable when Slack cannot be reached', async () => {
    const down = createSlackAdapter({ botToken: 'xoxb-x', signingSecret: 's', apiUrl: 'http://127.0.0.1:1/api/', log: logs.log });
    const result = await down.deliver(channel, message);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.retryable).toBe(true);
    expect(result.ok === false && result.error).toMatch(/^could not reach Slack/);
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived'])('marks the channel broken on %s (no retry)', async (error) => {
    slack.on('chat.postMessage', () => ({ ok: false, error }));
    expect(await adapter.deliver(channel, message)).toEqual({ ok: false, error, retryable: false, channelBroken: true });
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
  });

  it('returns a permanent failure for other platform errors', async () => {
    slack.on('chat.postMessage', () => ({ ok: false, error: 'msg_too_long' }));
    expect(await adapter.deliver(channel, message)).toEqual({ ok: false, error: 'msg_too_long', retryable: false });
  });

  it('resends as plain text once when Slack refuses the blocks', async () => {
    let n = 0;
    slack.on('chat.postMessage', (p) =>
      ++n === 1 ? { ok: false, error: 'invalid_blocks' } : { ok: true, channel: p.channel, ts: '1700000099.000100' },
    );
    expect(await adapter.deliver(channel, message)).toEqual({ ok: true, messageRef: '1700000099.000100' });
    const [first, second] = slack.calls('chat.postMessage');
    expect(first?.blocks).toBeDefined();
    expect(second).toEqual({
      channel: 'C0ALERTS',
      text: 'New bill: Fake &lt;!channel&gt; bill',
      unfurl_links: 'false',
      unfurl_media: 'false',
    });
  });

  it('stops on invalid_auth with a clear log line, and later deliveries fail fast without calling Slack', async () => {
    slack.on('chat.postMessage', () => ({ ok: false, error: 'invalid_auth' }));
    expect(await adapter.deliver(channel, message)).toEqual({ ok: false, error: 'invalid_auth', retryable: false, fatal: true });
    expect(await adapter.deliver(channel, message)).toEqual({
      ok: false,
      error: 'Slack adapter stopped: invalid_auth',
      retryable: false,
      fatal: true,
    });
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
    const line = logs.lines().find((l) => l.level === 50);
    expect(line?.msg).toMatch(/Slack rejected the bot token \(invalid_auth\); the Slack adapter has stopped\. Fix: check SLACK_BOT_TOKEN/);
    expect(JSON.stringify(logs.lines())).not.toContain('xoxb-test-token');
  });

  it.each(['account_inactive', 'token_revoked'])('treats %s as fatal', async (error) => {
    slack.on('chat.postMessage', () => ({ ok: false, error }));
    expect(await adapter.deliver(channel, message)).toMatchObject({ ok: false, error, fatal: true, retryable: false });
  });

  it('tags the post with the delivery key as message metadata', async () => {
    await adapter.deliver(channel, message, { deliveryKey: 'item1#2>slack:T0001:C0ALERTS' });
    expect(slack.calls('chat.postMessage')[0]?.metadata).toEqual({
      event_type: 'policywatch_delivery',
      event_payload: { key: 'item1#2>slack:T0001:C0ALERTS' },
    });
  });

  it('for an interrupted delivery, returns the message Slack already has (found by its metadata) instead of posting again', async () => {
    const first = await adapter.deliver(channel, message, { deliveryKey: 'k1' });
    await adapter.deliver(channel, message, { deliveryKey: 'k2' });
    const resumed = await adapter.deliver(channel, message, { deliveryKey: 'k1', resumeSince: '2023-11-14T00:00:00.000Z' });
    expect(resumed).toEqual(first);
    expect(slack.calls('chat.postMessage')).toHaveLength(2);
    expect(slack.calls('conversations.history')[0]).toMatchObject({ channel: 'C0ALERTS', include_all_metadata: 'true' });
  });

  it('looks in the alert thread for an interrupted follow-up, and posts it when it is not there', async () => {
    const alert = await adapter.deliver(channel, message, { deliveryKey: 'a' });
    const threadRef = alert.ok ? alert.messageRef : '';
    const reply = await adapter.deliver(channel, message, { deliveryKey: 'u1', threadRef });
    expect(await adapter.deliver(channel, message, { deliveryKey: 'u1', threadRef, resumeSince: '2023-11-14T00:00:00.000Z' })).toEqual(
      reply,
    );
    const fresh = await adapter.deliver(channel, message, { deliveryKey: 'u2', threadRef, resumeSince: '2023-11-14T00:00:00.000Z' });
    expect(fresh).toMatchObject({ ok: true });
    expect(slack.calls('conversations.replies').map((c) => c.ts)).toEqual([threadRef, threadRef]);
    expect(slack.messages('C0ALERTS').map((m) => m.metadata?.event_payload.key)).toEqual(['a', 'u1', 'u2']);
  });

  it('retries later, posting nothing, when the history lookup is rate limited', async () => {
    slack.failNext('conversations.history', { ok: false, error: 'ratelimited' });
    const result = await adapter.deliver(channel, message, { deliveryKey: 'k', resumeSince: '2023-11-14T00:00:00.000Z' });
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
  });

  it('posts (at least once) when the app may not read the history, and says which scope is missing', async () => {
    slack.failNext('conversations.history', { ok: false, error: 'missing_scope' });
    expect(await adapter.deliver(channel, message, { deliveryKey: 'k', resumeSince: '2023-11-14T00:00:00.000Z' })).toMatchObject({
      ok: true,
    });
    expect(logs.lines().some((l) => /channels:history/.test(l.msg))).toBe(true);
  });

  it('refuses a channel of another platform without calling Slack', async () => {
    expect(await adapter.deliver({ ...channel, platform: 'discord' }, message)).toEqual({
      ok: false,
      error: 'not a Slack channel (discord)',
      retryable: false,
    });
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
  });
});
