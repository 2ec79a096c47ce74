/**
 * The Discord adapter end to end over real sockets: the real discord.js Client logs in
 * against a fake gateway (HELLO / IDENTIFY / READY / INTERACTION_CREATE on 127.0.0.1) and
 * a fake HTTP API (gateway URL, interaction callbacks, webhook edits). No Discord.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { createDiscordAdapter, INVALID_TOKEN_LOG } from '../../../adapters/discord/index.ts';
import type { ChatAdapter, CommandRequest, RichMessage } from '../../../src/domain/index.ts';
import { APP_ID, CHANNEL_ID, GUILD_ID, apiError, bodyOf, json, messageObject, startFakeDiscord } from './fake-discord.ts';
import { startFakeGateway, type FakeGateway } from './fake-gateway.ts';
import { pointAtGateway } from '../../helpers/chat-app.ts';

const FIXTURE = JSON.parse(
  readFileSync(new URL('../../fixtures/discord/interaction-chat-input.json', import.meta.url), 'utf8'),
) as InteractionFixture;
interface InteractionFixture {
  id: string;
  token: string;
  type: number;
  data: { options: unknown[] };
  member: { permissions: string };
}
const INTERACTION_ID = FIXTURE.id;
const TOKEN = FIXTURE.token;
const CALLBACK = `POST /api/v10/interactions/${INTERACTION_ID}/${TOKEN}/callback`;
const ORIGINAL = `/api/v10/webhooks/${APP_ID}/${TOKEN}/messages/%40original`; // discord.js encodes the @
const FOLLOWUP = `POST /api/v10/webhooks/${APP_ID}/${TOKEN}`;

function interaction(options: unknown[], patch: { permissions?: string; type?: number } = {}) {
  const d = structuredClone(FIXTURE);
  d.data.options = options;
  if (patch.permissions) d.member.permissions = patch.permissions;
  if (patch.type) d.type = patch.type;
  return d;
}

const sub = (name: string, opts: Record<string, string> = {}) => ({
  name,
  type: 1,
  options: Object.entries(opts).map(([k, v]) => ({ name: k, type: 3, value: v })),
});
const group = (name: string, inner: ReturnType<typeof sub>) => ({ name, type: 2, options: [inner] });

const reply = (extra: Partial<RichMessage> = {}): RichMessage => ({
  type: 'reply',
  title: '2 results for "license plate"',
  body: [[{ text: 'HB 5001 ' }, { text: 'license plate', emphasis: 'hit' }, { text: ' readers' }]],
  fallbackText: '2 results',
  ...extra,
});

function memoryLog() {
  const lines: string[] = [];
  return { lines, log: pino({ level: 'info' }, { write: (s: string) => void lines.push(s) }) };
}

describe('Discord adapter over a fake gateway and API', () => {
  let api: Awaited<ReturnType<typeof startFakeDiscord>>;
  let gateway: FakeGateway;
  let adapter: ChatAdapter | undefined;

  beforeEach(async () => {
    api = await startFakeDiscord();
    gateway = await startFakeGateway();
    pointAtGateway(api, gateway);
    api.route(CALLBACK, { status: 204 });
    api.route(`PATCH ${ORIGINAL}`, (req) => json(200, messageObject(CHANNEL_ID, req.body)));
    api.route(`DELETE ${ORIGINAL}`, { status: 204 });
    api.route(FOLLOWUP, (req) => json(200, messageObject(CHANNEL_ID, req.body)));
  });

  afterEach(async () => {
    await adapter?.stop();
    adapter = undefined;
    await gateway.close();
    await api.close();
  });

  async function startWith(handler: (req: CommandRequest) => Promise<RichMessage>) {
    const { log, lines } = memoryLog();
    adapter = createDiscordAdapter({ token: 'fake-bot-token', applicationId: APP_ID, apiUrl: api.api, log });
    await adapter.start(handler);
    return lines;
  }

  const requestsTo = (key: string) => api.requests.filter((r) => `${r.method} ${r.path}` === key);

  it('identifies with the Guilds intent only and the bot token', async () => {
    await startWith(async () => reply());
    const identify = gateway.received.find((m) => m.op === 2)?.d as { token: string; intents: number };
    expect(identify.intents).toBe(1);
    expect(identify.token).toBe('fake-bot-token');
    expect(api.requests[0]?.headers.authorization).toBe('Bot fake-bot-token');
  });

  it('turns a search into core text, defers ephemerally, then edits the reply with the embed', async () => {
    const seen: CommandRequest[] = [];
    await startWith(async (req) => {
      seen.push(req);
      return reply({ ephemeral: true });
    });
    gateway.dispatch('INTERACTION_CREATE', interaction(FIXTURE.data.options));
    await vi.waitFor(() => expect(requestsTo(`PATCH ${ORIGINAL}`)).toHaveLength(1), { timeout: 5000, interval: 10 });

    expect(seen).toEqual([
      {
        platform: 'discord',
        workspaceId: GUILD_ID,
        channelId: CHANNEL_ID,
        userId: '1600000000000000006',
        userName: 'rosa.m',
        text: 'search "license plate" state:CT kind:bill since:30d',
        isManager: true,
      },
    ]);
    expect(bodyOf(requestsTo(CALLBACK)[0])).toEqual({ type: 5, data: { flags: 64 } });
    expect(requestsTo(CALLBACK)[0]?.headers.authorization).toBeUndefined();
    expect(bodyOf(requestsTo(`PATCH ${ORIGINAL}`)[0])).toEqual({
      tts: false,
      enforce_nonce: false,
      embeds: [
        {
          title: '2 results for "license plate"',
          description: 'HB 5001 **license plate** readers',
          color: 0x99aab5,
        },
      ],
      allowed_mentions: { parse: [] },
    });
  });

  it('maps watch and digest subcommand groups to the core grammar; ordinary members are not managers', async () => {
    const seen: CommandRequest[] = [];
    await startWith(async (req) => {
      seen.push(req);
      return reply();
    });
    gateway.dispatch(
      'INTERACTION_CREATE',
      interaction([group('watch', sub('add', { term: 'gang database', topic: 'state-databases' }))], { permissions: '3072' }),
    );
    await vi.waitFor(() => expect(requestsTo(`PATCH ${ORIGINAL}`)).toHaveLength(1), { timeout: 5000, interval: 10 });
    expect(seen[0]).toMatchObject({ text: 'watch add "gang database" topic:state-databases', isManager: false });
    // A manager subcommand defers publicly.
    expect(bodyOf(requestsTo(CALLBACK)[0])).toEqual({ type: 5, data: { flags: 0 } });
  });

  it('moves a personal answer to a public subcommand into an ephemeral follow-up', async () => {
    await startWith(async () => reply({ type: 'error', title: 'Only channel managers can subscribe', ephemeral: true, tone: 'error' }));
    gateway.dispatch('INTERACTION_CREATE', interaction([sub('subscribe', { states: 'CT ny' })], { permissions: '3072' }));
    await vi.waitFor(() => expect(requestsTo(FOLLOWUP)).toHaveLength(1), { timeout: 5000, interval: 10 });
    expect(requestsTo(`DELETE ${ORIGINAL}`)).toHaveLength(1);
    const follow = bodyOf(requestsTo(FOLLOWUP)[0]);
    expect(follow.flags).toBe(64);
    expect(follow.allowed_mentions).toEqual({ parse: [] });
    expect((follow.embeds as Array<{ title: string; color: number }>)[0]).toMatchObject({
      title: 'Only channel managers can subscribe',
      color: 0xed4245,
    });
  });

  it('answers with a friendly error when the core throws', async () => {
    const { log, lines } = memoryLog();
    adapter = createDiscordAdapter({ token: 'fake-bot-token', applicationId: APP_ID, apiUrl: api.api, log });
    await adapter.start(async () => {
      throw new Error('store exploded');
    });
    gateway.dispatch('INTERACTION_CREATE', interaction([sub('status')]));
    await vi.waitFor(() => expect(requestsTo(`PATCH ${ORIGINAL}`)).toHaveLength(1), { timeout: 5000, interval: 10 });
    const edit = bodyOf(requestsTo(`PATCH ${ORIGINAL}`)[0]) as { embeds: Array<{ title: string }> };
    expect(edit.embeds[0]?.title).toBe('Something went wrong');
    expect(lines.join('')).toContain('store exploded');
    expect(lines.join('')).not.toContain(TOKEN);
  });

  it('answers autocompletion for states with choices', async () => {
    await startWith(async () => reply());
    const focused = {
      name: 'search',
      type: 1,
      options: [
        { name: 'words', type: 3, value: 'dmv' },
        { name: 'state', type: 3, value: 'c', focused: true },
      ],
    };
    gateway.dispatch('INTERACTION_CREATE', interaction([focused], { type: 4 }));
    await vi.waitFor(() => expect(requestsTo(CALLBACK)).toHaveLength(1), { timeout: 5000, interval: 10 });
    expect(bodyOf(requestsTo(CALLBACK)[0])).toEqual({
      type: 8,
      data: { choices: ['CA', 'CO', 'CT', 'DC', 'NC', 'SC'].map((s) => ({ name: s, value: s })) },
    });
  });

  it('stops with one clear log line when the token is rejected, and delivery reports fatal', async () => {
    api.route('GET /api/v10/gateway/bot', apiError(401, 0, '401: Unauthorized'));
    const { log, lines } = memoryLog();
    adapter = createDiscordAdapter({ token: 'bad-token', applicationId: APP_ID, apiUrl: api.api, log });
    await expect(adapter.start(async () => reply())).resolves.toBeUndefined();
    expect(lines.filter((l) => l.includes(INVALID_TOKEN_LOG))).toHaveLength(1);
    const before = api.requests.length;
    const result = await adapter.deliver({ platform: 'discord', workspaceId: GUILD_ID, channelId: CHANNEL_ID }, reply());
    expect(result).toMatchObject({ ok: false, fatal: true, retryable: false });
    expect(api.requests.length).toBe(before);
    expect(gateway.received).toHaveLength(0);
  });
});
