/**
 * `/policy` over Discord's HTTP interactions endpoint: the composition root with
 * DISCORD_PUBLIC_KEY (no gateway connection at all), requests signed with a real Ed25519 key
 * made for the test, replies through the interaction webhook on a fake Discord API.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { APP_ID, CHANNEL_ID, acceptMessages, bodyOf, json, messageObject, startFakeDiscord } from '../adapters/discord/fake-discord.ts';
import { oneFeedEnv } from '../helpers/app-env.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';

type Interaction = Record<string, unknown> & { token: string; data: { options: unknown[] }; member: { permissions: string } };
const FIXTURE = JSON.parse(
  readFileSync(new URL('../fixtures/discord/interaction-chat-input.json', import.meta.url), 'utf8'),
) as Interaction;
const ORIGINAL = `PATCH /api/v10/webhooks/${APP_ID}/${FIXTURE.token}/messages/%40original`;

let privateKey: KeyObject;
let publicKeyHex: string;
let api: Awaited<ReturnType<typeof startFakeDiscord>>;
let feeds: FixtureServer;
let app: App | undefined;

beforeAll(() => {
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  publicKeyHex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
});

afterEach(async () => {
  await app?.stop();
  app = undefined;
  await api?.close();
  await feeds?.close();
});

async function startApp(): Promise<void> {
  api = await startFakeDiscord();
  api.route(ORIGINAL, (req) => json(200, messageObject(CHANNEL_ID, req.body)));
  acceptMessages(api, CHANNEL_ID);
  feeds = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS.slice(0, 1)) } });
  const env = loadEnv({
    ...oneFeedEnv(`${feeds.url}/ct.xml`).env,
    DISCORD_TOKEN: 'fake-bot-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_PUBLIC_KEY: publicKeyHex,
    DISCORD_API_URL: api.api,
    PORT: '0',
  });
  app = await createApp({ env, log: silentLogger() });
  await app.start();
}

function signed(body: string, at = Math.floor(Date.now() / 1000), key = privateKey): Record<string, string> {
  const timestamp = String(at);
  return {
    'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), key).toString('hex'),
    'x-signature-timestamp': timestamp,
  };
}

async function post(body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`http://127.0.0.1:${app!.web!.port}/discord/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('Discord interactions over HTTP', () => {
  it('answers PING with PONG when the signature is good', async () => {
    await startApp();
    const body = JSON.stringify({ type: 1, id: '1', application_id: APP_ID, token: 't' });
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('refuses missing, wrong, tampered and stale signatures with 401 and runs nothing', async () => {
    await startApp();
    const body = JSON.stringify({ ...FIXTURE, data: { ...FIXTURE.data, options: [{ name: 'subscribe', type: 1, options: [] }] } });
    const otherKey = generateKeyPairSync('ed25519').privateKey;
    expect((await post(body, {})).status).toBe(401);
    expect((await post(body, signed(body, undefined, otherKey))).status).toBe(401);
    expect((await post(body.replace('subscribe', 'unsubscribe'), signed(body))).status).toBe(401);
    expect((await post(body, signed(body, Math.floor(Date.now() / 1000) - 3600))).status).toBe(401);
    expect((await post(body, { ...signed(body), 'x-signature-ed25519': 'zz' })).status).toBe(401);
    expect(await app!.store.listSubscriptions()).toEqual([]);
    expect(api.requests).toEqual([]);
  });

  it('a manager subscribes with a signed /policy; the deferred reply is filled in and alerts follow without a gateway', async () => {
    await startApp();
    const interaction = structuredClone(FIXTURE);
    interaction.data.options = [{ name: 'subscribe', type: 1, options: [{ name: 'states', type: 3, value: 'CT' }] }];
    const body = JSON.stringify(interaction);
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 5, data: {} });
    await app!.discordHttp!.settle();
    const edited = api.requests.filter((r) => `${r.method} ${r.path}` === ORIGINAL);
    expect(edited).toHaveLength(1);
    expect(edited[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(bodyOf(edited[0]))).toMatch(/subscribed/i);
    expect(bodyOf(edited[0]).allowed_mentions).toEqual({ parse: [] });
    expect((await app!.store.listSubscriptions())[0]).toMatchObject({
      channel: { platform: 'discord', channelId: CHANNEL_ID },
      jurisdictions: ['CT'],
    });
    expect(api.requests.some((r) => r.path.includes('/gateway'))).toBe(false);

    feeds.route('/ct.xml', { body: rss(CT_BILLS) });
    await app!.engine.cycle({ force: true });
    const posts = api.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers.authorization).toBe('Bot fake-bot-token');
  });

  it('a member without Manage Channels is refused privately: the public placeholder is swapped for an ephemeral follow-up', async () => {
    await startApp();
    api.route(`DELETE /api/v10/webhooks/${APP_ID}/${FIXTURE.token}/messages/%40original`, { status: 204 });
    api.route(`POST /api/v10/webhooks/${APP_ID}/${FIXTURE.token}`, (req) => json(200, messageObject(CHANNEL_ID, req.body)));
    const interaction = structuredClone(FIXTURE);
    interaction.member.permissions = '1024';
    interaction.data.options = [{ name: 'subscribe', type: 1, options: [] }];
    const body = JSON.stringify(interaction);
    expect(await (await post(body, signed(body))).json()).toEqual({ type: 5, data: {} });
    await app!.discordHttp!.settle();
    const followUp = api.requests.find((r) => r.method === 'POST' && r.path === `/api/v10/webhooks/${APP_ID}/${FIXTURE.token}`);
    expect(bodyOf(followUp).flags).toBe(64);
    expect(JSON.stringify(bodyOf(followUp))).toMatch(/manager/i);
    expect(await app!.store.listSubscriptions()).toEqual([]);
  });

  it('a press on an alert button is recorded and answered inline: the alert updated in place (type 7)', async () => {
    await startApp();
    await app!.store.upsertSubscription({
      id: `discord:${FIXTURE.guild_id as string}:${CHANNEL_ID}`,
      channel: { platform: 'discord', workspaceId: FIXTURE.guild_id as string, channelId: CHANNEL_ID },
      topics: [],
      jurisdictions: [],
      kinds: [],
      digest: null,
      createdAt: new Date(0).toISOString(),
      createdBy: 'U',
    });
    feeds.route('/ct.xml', { body: rss(CT_BILLS) });
    await app!.engine.cycle({ force: true });
    const alert = bodyOf(
      api.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`).at(-1),
    ) as { components: Array<{ components: Array<{ custom_id: string }> }> };
    const notRelevant = alert.components[0]!.components.find((c) => c.custom_id.startsWith('pw:not-relevant:'))!.custom_id;
    const press = { ...structuredClone(FIXTURE), type: 3, data: { custom_id: notRelevant, component_type: 2 } };
    const body = JSON.stringify(press);
    const answer = (await (await post(body, signed(body))).json()) as { type: number; data: { embeds: unknown[]; components: unknown[] } };
    expect(answer.type).toBe(7);
    expect(JSON.stringify(answer.data.embeds)).toContain('Not relevant:');
    expect(answer.data.components).toHaveLength(1);
    const labels = await app!.store.listLabels(FIXTURE.guild_id as string);
    expect(labels).toEqual([expect.objectContaining({ label: 'not-relevant', platform: 'discord' })]);
    expect((await app!.store.listAudit(5))[0]!.action).toBe('triage.not-relevant');

    // Not one of our buttons, or outside a server: a private note, nothing recorded.
    const foreign = JSON.stringify({ ...press, data: { custom_id: 'other:thing', component_type: 2 } });
    expect(await (await post(foreign, signed(foreign))).json()).toMatchObject({ type: 4, data: { flags: 64 } });
    const forged = JSON.stringify(press).replace('not-relevant', 'relevant');
    expect((await post(forged, signed(body))).status).toBe(401);
    expect(await app!.store.listLabels(FIXTURE.guild_id as string)).toHaveLength(1);
  });

  it('answers autocomplete inline', async () => {
    await startApp();
    const interaction = structuredClone(FIXTURE) as Interaction & { type: number };
    interaction.type = 4;
    interaction.data.options = [{ name: 'search', type: 1, options: [{ name: 'state', type: 3, value: 'c', focused: true }] }];
    const body = JSON.stringify(interaction);
    const answer = (await (await post(body, signed(body))).json()) as { type: number; data: { choices: Array<{ value: string }> } };
    expect(answer.type).toBe(8);
    expect(answer.data.choices.map((c) => c.value)).toContain('CT');
  });
});
