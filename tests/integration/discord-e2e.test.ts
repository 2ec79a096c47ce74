/**
 * The whole product through Discord: the composition root built from env (DISCORD_API_URL at
 * a fake Discord API whose /gateway/bot points the real discord.js client at a fake gateway
 * on 127.0.0.1), `/policy subscribe` as an INTERACTION_CREATE, a poll of a local feed, and
 * the alert posted as an embed with mentions disabled.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { APP_ID, CHANNEL_ID, acceptMessages, bodyOf, json, messageObject } from '../adapters/discord/fake-discord.ts';
import type { FakeGateway } from '../adapters/discord/fake-gateway.ts';
import { startDiscordApp, type FakeDiscord } from '../helpers/chat-app.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';

const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/discord/interaction-chat-input.json', import.meta.url), 'utf8')) as {
  id: string;
  token: string;
  data: { options: unknown[] };
};
const ORIGINAL = `PATCH /api/v10/webhooks/${APP_ID}/${FIXTURE.token}/messages/%40original`;

let api: FakeDiscord;
let gateway: FakeGateway;
let feeds: FixtureServer;
let app: App | undefined;

afterEach(async () => {
  await app?.stop();
  await gateway?.close();
  await api?.close();
  await feeds?.close();
});

describe('policywatch on Discord, end to end', () => {
  it('a manager subscribes with /policy, and a new matching bill arrives as an embed that cannot ping anyone', async () => {
    feeds = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS.slice(0, 1)) } });
    const started = await startDiscordApp(`${feeds.url}/ct.xml`, { gateway: true });
    api = started.api;
    gateway = started.gateway!;
    api.route(`POST /api/v10/interactions/${FIXTURE.id}/${FIXTURE.token}/callback`, { status: 204 });
    api.route(ORIGINAL, (req) => json(200, messageObject(CHANNEL_ID, req.body)));
    acceptMessages(api, CHANNEL_ID);
    const env = loadEnv(started.env);
    app = await createApp({ env, log: silentLogger() });
    await app.start();

    const interaction = structuredClone(FIXTURE);
    interaction.data.options = [{ name: 'subscribe', type: 1, options: [{ name: 'states', type: 3, value: 'CT' }] }];
    gateway.dispatch('INTERACTION_CREATE', interaction);
    await vi.waitFor(() => expect(api.requests.filter((r) => `${r.method} ${r.path}` === ORIGINAL)).toHaveLength(1), {
      timeout: 5000,
      interval: 10,
    });
    const edited = bodyOf(api.requests.find((r) => `${r.method} ${r.path}` === ORIGINAL));
    expect(JSON.stringify(edited)).toMatch(/subscribed/i);
    expect((await app.store.listSubscriptions())[0]).toMatchObject({
      channel: { platform: 'discord', channelId: CHANNEL_ID },
      jurisdictions: ['CT'],
    });

    const hostile = { ...CT_BILLS[1]!, title: `${CT_BILLS[1]!.title} @everyone <@&1300> [click](javascript:alert(1))` };
    feeds.route('/ct.xml', { body: rss([CT_BILLS[0]!, hostile, CT_BILLS[2]!]) });
    await app.engine.cycle({ force: true });
    const posts = api.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(posts).toHaveLength(1);
    const body = bodyOf(posts[0]) as { embeds: Array<{ title: string }>; allowed_mentions: unknown };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]!.title).toContain('SB 212 - An Act Limiting Civil Immigration Detainers');
    // Mentions are broken with a zero-width space and the masked link is escaped to literal text.
    expect(body.embeds[0]!.title).toContain('@\u200beveryone');
    expect(body.embeds[0]!.title).not.toMatch(/(?<!\u200b)@everyone/);
    expect(body.embeds[0]!.title).toContain('\\[click\\](javascript:');
  });
});
