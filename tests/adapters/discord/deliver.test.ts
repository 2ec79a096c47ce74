/**
 * Alert delivery through the real discord.js REST client against a fake Discord API on
 * 127.0.0.1: exact payloads, threads for follow-ups, and every failure as a value.
 */
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../adapters/discord/index.ts';
import type { ChannelRef, ChatAdapter, RichMessage } from '../../../src/domain/index.ts';
import { silentLogger } from '../../../src/log.ts';
import {
  APP_ID,
  CHANNEL_ID,
  GUILD_ID,
  acceptMessages,
  apiError,
  bodyOf,
  calls,
  json,
  rateLimited,
  startFakeDiscord,
} from './fake-discord.ts';

const channel: ChannelRef = { platform: 'discord', workspaceId: GUILD_ID, channelId: CHANNEL_ID };
const MESSAGES = `/api/v10/channels/${CHANNEL_ID}/messages`;

const alert: RichMessage = {
  type: 'alert',
  title: 'An Act Concerning the Sharing of DMV Records with ICE',
  url: 'https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp?selBillType=Bill&bill_num=HB05001&which_year=2026',
  context: ['bill · CT · HB 5001', 'Joint Committee on Judiciary', '2026-01-05'],
  badges: ['immigration-enforcement', 'state-databases'],
  priority: true,
  fields: [{ label: 'Matched', value: 'DMV records, ICE' }],
  body: [
    [
      { text: '…prohibits sharing ' },
      { text: 'DMV records', emphasis: 'hit' },
      { text: ' with ' },
      { text: 'ICE', emphasis: 'hit' },
      { text: ' except…' },
    ],
  ],
  footer: 'Connecticut General Assembly',
  tone: 'priority',
  fallbackText: 'bill CT HB 5001: An Act Concerning the Sharing of DMV Records with ICE',
};

const update: RichMessage = {
  ...alert,
  type: 'update',
  title: 'HB 5001: status changed',
  body: [[{ text: 'Referred to Joint Committee on Judiciary' }]],
};

describe('deliver (Discord REST)', () => {
  let api: Awaited<ReturnType<typeof startFakeDiscord>>;
  let adapter: ChatAdapter;

  beforeEach(async () => {
    api = await startFakeDiscord();
    adapter = createDiscordAdapter({ token: 'fake-bot-token', applicationId: APP_ID, apiUrl: api.api, log: silentLogger() });
  });
  afterEach(async () => {
    await adapter.stop();
    await api.close();
  });

  it('posts the alert as one embed with mentions disabled and returns the message id', async () => {
    const ids = acceptMessages(api, CHANNEL_ID);
    const result = await adapter.deliver(channel, alert);
    expect(result).toEqual({ ok: true, messageRef: ids[0] });
    expect(calls(api)).toEqual([`POST ${MESSAGES}`]);
    expect(api.requests[0]?.headers.authorization).toBe('Bot fake-bot-token');
    expect(bodyOf(api.requests[0])).toEqual({
      embeds: [
        {
          title: 'An Act Concerning the Sharing of DMV Records with ICE',
          url: 'https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp?selBillType=Bill&bill_num=HB05001&which_year=2026',
          description:
            'bill · CT · HB 5001\nJoint Committee on Judiciary\n2026-01-05\n\n⚑ **Priority** · `immigration-enforcement` · `state-databases`\n\n…prohibits sharing **DMV records** with **ICE** except…',
          color: 0xd7263d,
          fields: [{ name: 'Matched', value: 'DMV records, ICE', inline: true }],
          footer: { text: 'Connecticut General Assembly' },
        },
      ],
      allowed_mentions: { parse: [] },
    });
  });

  it('posts a follow-up into the existing thread on the first alert', async () => {
    const ids = acceptMessages(api, '1300000000000000999');
    const result = await adapter.deliver(channel, update, { threadRef: '1300000000000000999' });
    // A message inside a thread is referred to with its thread, so a post under it joins that thread.
    expect(result).toEqual({ ok: true, messageRef: `1300000000000000999/${ids[0]}` });
    expect(calls(api)).toEqual(['POST /api/v10/channels/1300000000000000999/messages']);
  });

  it('starts a thread on the first alert when there is none yet, then posts into it', async () => {
    const first = '1300000000000000888';
    api.route(`POST /api/v10/channels/${first}/messages`, apiError(404, 10003, 'Unknown Channel'));
    api.route(`POST ${MESSAGES}/${first}/threads`, (req) => {
      api.route(`POST /api/v10/channels/${first}/messages`, json(200, { id: '1300000000000000777', channel_id: first }));
      return json(201, {
        id: first,
        type: 11,
        guild_id: GUILD_ID,
        parent_id: CHANNEL_ID,
        name: JSON.parse(req.body).name,
        thread_metadata: { archived: false, auto_archive_duration: 10080, locked: false },
      });
    });
    const result = await adapter.deliver(channel, update, { threadRef: first });
    expect(result).toEqual({ ok: true, messageRef: `${first}/1300000000000000777` });
    expect(calls(api)).toEqual([
      `POST /api/v10/channels/${first}/messages`,
      `POST ${MESSAGES}/${first}/threads`,
      `POST /api/v10/channels/${first}/messages`,
    ]);
    expect(bodyOf(api.requests[1])).toEqual({ name: 'HB 5001: status changed', auto_archive_duration: 10080 });
    expect(bodyOf(api.requests[2])).toMatchObject({ allowed_mentions: { parse: [] }, embeds: [{ title: 'HB 5001: status changed' }] });
  });

  it('replies to the first alert when the channel does not allow threads', async () => {
    const first = '1300000000000000666';
    api.route(`POST /api/v10/channels/${first}/messages`, apiError(404, 10003, 'Unknown Channel'));
    api.route(`POST ${MESSAGES}/${first}/threads`, apiError(400, 50024, 'Cannot execute action on this channel type'));
    const ids = acceptMessages(api, CHANNEL_ID);
    const result = await adapter.deliver(channel, update, { threadRef: first });
    expect(result).toEqual({ ok: true, messageRef: ids[0] });
    expect(bodyOf(api.requests[2])).toMatchObject({
      message_reference: { message_id: first, fail_if_not_exists: false },
      allowed_mentions: { parse: [] },
    });
  });

  it("surfaces a 429 at once as retryable with Discord's retry_after, without sleeping or retrying", async () => {
    api.route(`POST ${MESSAGES}`, rateLimited(2));
    const result = await adapter.deliver(channel, alert);
    // Retry-After seconds plus @discordjs/rest's 50 ms safety offset.
    expect(result).toEqual({ ok: false, retryable: true, retryAfterMs: 2050, error: expect.stringContaining('rate limited') });
    expect(calls(api)).toEqual([`POST ${MESSAGES}`]);
  });

  it('reports 5xx as retryable after one retry', async () => {
    api.route(`POST ${MESSAGES}`, json(502, { message: 'Bad Gateway' }));
    const result = await adapter.deliver(channel, alert);
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(calls(api)).toEqual([`POST ${MESSAGES}`, `POST ${MESSAGES}`]);
  });

  it('reports an unreachable API as retryable', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const offline = createDiscordAdapter({
      token: 't',
      applicationId: APP_ID,
      apiUrl: `http://127.0.0.1:${port}/api`,
      log: silentLogger(),
    });
    expect(await offline.deliver(channel, alert)).toMatchObject({ ok: false, retryable: true });
  });

  it.each([
    [404, 10003, 'Unknown Channel'],
    [403, 50001, 'Missing Access'],
    [403, 50013, 'Missing Permissions'],
  ])('marks the channel broken on %i %i %s', async (status, code, message) => {
    api.route(`POST ${MESSAGES}`, apiError(status, code, message));
    expect(await adapter.deliver(channel, alert)).toEqual({
      ok: false,
      retryable: false,
      channelBroken: true,
      error: `discord: ${status} ${code} ${message}`,
    });
  });

  it('marks the channel broken when a follow-up finds the parent channel gone', async () => {
    const first = '1300000000000000555';
    api.route(`POST /api/v10/channels/${first}/messages`, apiError(404, 10003, 'Unknown Channel'));
    api.route(`POST ${MESSAGES}/${first}/threads`, apiError(404, 10003, 'Unknown Channel'));
    expect(await adapter.deliver(channel, update, { threadRef: first })).toMatchObject({ ok: false, channelBroken: true });
  });

  it('reports other client errors as permanent, not broken', async () => {
    api.route(`POST ${MESSAGES}`, json(400, { code: 50035, message: 'Invalid Form Body', errors: {} }));
    expect(await adapter.deliver(channel, alert)).toEqual({ ok: false, retryable: false, error: 'discord: 400 50035 Invalid Form Body' });
  });

  it('stops on 401: fatal now, and no further requests', async () => {
    api.route(`POST ${MESSAGES}`, apiError(401, 0, '401: Unauthorized'));
    expect(await adapter.deliver(channel, alert)).toMatchObject({ ok: false, fatal: true, retryable: false });
    expect(await adapter.deliver(channel, alert)).toMatchObject({ ok: false, fatal: true });
    expect(api.requests).toHaveLength(1);
  });
});
