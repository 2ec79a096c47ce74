/**
 * Buttons on alerts, pressed through the real SDKs: a signed Slack `block_actions` request to
 * Bolt's HTTP receiver (and a forged one, refused), and a Discord MESSAGE_COMPONENT interaction
 * through the real discord.js client on a fake gateway. Each press stores the label for the
 * workspace, is audited, and the alert is updated in place to show who marked it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { eventually, type FakeSlack } from '../adapters/slack/fake-slack.ts';
import { CHANNEL_ID, acceptMessages, bodyOf, messageObject } from '../adapters/discord/fake-discord.ts';
import type { FakeGateway } from '../adapters/discord/fake-gateway.ts';
import { pressSlackButton, startDiscordApp, startSlackApp, subscribeAll, type FakeDiscord } from '../helpers/chat-app.ts';
import { stopAfterEach } from '../helpers/stop-after-each.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';
import { slackViolations, discordViolations } from '../helpers/chat-limits.ts';

const SECRET = 'buttons-signing-secret';
let slack: FakeSlack | undefined;
let api: FakeDiscord | undefined;
let gateway: FakeGateway | undefined;
let feeds: FixtureServer | undefined;
let app: App | undefined;

const keep = stopAfterEach();

describe('alert buttons on Slack', () => {
  it('Relevant, Not relevant and Mark reviewed: label stored, audited, message updated in place; a forged press is refused', async () => {
    feeds = keep(await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS.slice(0, 1)) } }));
    const started = await startSlackApp(`${feeds.url}/ct.xml`, { secret: SECRET });
    slack = keep(started.slack);
    slack.on('users.info', (p) => ({ ok: true, user: { id: p.user, is_admin: true } }));
    app = keep(await createApp({ env: loadEnv(started.env), log: silentLogger() }));
    await app.start();
    await subscribeAll(app.store, { platform: 'slack', workspaceId: 'T0001', channelId: 'C0ALERTS' });
    feeds.route('/ct.xml', { body: rss(CT_BILLS) });
    await app.engine.cycle({ force: true });
    const post = slack.calls('chat.postMessage').at(-1)!;
    const blocks = (typeof post.blocks === 'string' ? JSON.parse(post.blocks) : post.blocks) as Array<{
      type: string;
      elements?: Array<{ action_id: string; value: string }>;
    }>;
    expect(slackViolations({ text: String(post.text), blocks })).toEqual([]);
    const actions = blocks.find((b) => b.type === 'actions')!;
    expect(actions.elements!.map((e) => e.action_id)).toEqual(['pw:relevant', 'pw:not-relevant', 'pw:reviewed', 'pw:follow', 'pw:mute']);
    const itemId = actions.elements![0]!.value;
    const port = (app.adapters.find((a) => a.platform === 'slack') as unknown as { port: number }).port;

    const press = (actionId: string, user: { id: string; username: string }, sign = true) =>
      pressSlackButton({
        port,
        secret: SECRET,
        responseUrl: slack!.responseUrl,
        actionId,
        value: itemId,
        user,
        channelId: 'C0ALERTS',
        messageTs: '1700000001.000100',
        sign,
      });

    expect((await press('pw:relevant', { id: 'U1', username: 'ana' })).status).toBe(200);
    const update1 = await eventually(() => slack!.calls('chat.update')[0], 'chat.update after Relevant');
    expect(update1).toMatchObject({ channel: 'C0ALERTS', ts: '1700000001.000100' });
    expect(JSON.stringify(update1.blocks)).toContain('Relevant: ana');
    expect((await press('pw:not-relevant', { id: 'U2', username: 'bo' })).status).toBe(200);
    expect((await press('pw:reviewed', { id: 'U1', username: 'ana' })).status).toBe(200);
    const last = await eventually(() => slack!.calls('chat.update')[2], 'third chat.update');
    expect(JSON.stringify(last.blocks)).toMatch(/Relevant: ana · Not relevant: bo · Reviewed: ana/);

    const labels = await app.store.listLabels('T0001');
    expect(labels.map((l) => [l.userId, l.label, l.itemId])).toEqual([
      ['U1', 'relevant', itemId],
      ['U2', 'not-relevant', itemId],
      ['U1', 'reviewed', itemId],
    ]);
    const audit = await app.store.listAudit(10);
    expect(
      audit
        .filter((a) => a.action.startsWith('triage.'))
        .map((a) => a.action)
        .reverse(),
    ).toEqual(['triage.relevant', 'triage.not-relevant', 'triage.reviewed']);

    // Forged: Bolt refuses it before any listener runs.
    const forged = await press('pw:relevant', { id: 'U9', username: 'mallory' }, false);
    expect(forged.status).toBe(401);
    expect((await app.store.listLabels()).some((l) => l.userId === 'U9')).toBe(false);
    expect(slack.calls('chat.update')).toHaveLength(3);
  });
});

const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/discord/interaction-chat-input.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
> & { id: string; token: string };

describe('alert buttons on Discord', () => {
  it('a press through discord.js stores the label, is audited, and updates the alert in place (type 7)', async () => {
    feeds = keep(await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS.slice(0, 1)) } }));
    const started = await startDiscordApp(`${feeds.url}/ct.xml`, { gateway: true });
    api = keep(started.api);
    gateway = keep(started.gateway!);
    const callback = `POST /api/v10/interactions/${FIXTURE.id}/${FIXTURE.token}/callback`;
    api.route(callback, { status: 204 });
    acceptMessages(api, CHANNEL_ID);
    app = keep(await createApp({ env: loadEnv(started.env), log: silentLogger() }));
    await app.start();
    const guildId = String((FIXTURE as { guild_id?: string }).guild_id);
    await subscribeAll(app.store, { platform: 'discord', workspaceId: guildId, channelId: CHANNEL_ID }, new Date(0), 'U');
    feeds.route('/ct.xml', { body: rss(CT_BILLS) });
    await app.engine.cycle({ force: true });
    const post = bodyOf(
      api.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`).at(-1),
    ) as { components: Array<{ components: Array<{ custom_id: string }> }> };
    expect(discordViolations(post as never)).toEqual([]);
    const ids = post.components[0]!.components.map((c) => c.custom_id);
    expect(ids.map((i) => i.split(':').slice(0, 2).join(':'))).toEqual([
      'pw:relevant',
      'pw:not-relevant',
      'pw:reviewed',
      'pw:follow',
      'pw:mute',
    ]);

    const message = messageObject(CHANNEL_ID, JSON.stringify(post));
    const interaction = {
      ...structuredClone(FIXTURE),
      type: 3,
      data: { custom_id: ids[1], component_type: 2 },
      message: { ...message, components: post.components },
    };
    gateway.dispatch('INTERACTION_CREATE', interaction);
    await vi.waitFor(() => expect(api!.requests.filter((r) => `${r.method} ${r.path}`.startsWith(callback))).toHaveLength(1), {
      timeout: 5000,
      interval: 10,
    });
    const answer = bodyOf(api.requests.find((r) => `${r.method} ${r.path}`.startsWith(callback))) as {
      type: number;
      data: { embeds: Array<{ description: string }>; components: unknown[] };
    };
    expect(answer.type).toBe(7);
    expect(JSON.stringify(answer.data.embeds)).toContain('Not relevant:');
    expect(answer.data.components).toHaveLength(1);
    const labels = await app.store.listLabels(guildId);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatchObject({ label: 'not-relevant', platform: 'discord' });
    expect((await app.store.listAudit(5))[0]!.action).toBe('triage.not-relevant');
  });
});
