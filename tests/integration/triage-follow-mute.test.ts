/**
 * Follow and Mute term… on alerts, pressed through the real SDKs: signed Slack `block_actions`
 * to Bolt's HTTP receiver (a forged one refused) and Discord MESSAGE_COMPONENT interactions
 * through discord.js on a fake gateway. Follow is stored per channel and item, audited, shown on
 * the alert, and brings the next change of the item into its thread even outside the channel's
 * filters; Mute term… answers a manager alone with the matched terms (Slack: with a confirm
 * dialog on each), turns the pressed one into a workspace exclusion, audited; anyone else is refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { muteRule } from '../../src/commands/mute.ts';
import { eventually, type FakeSlack } from '../adapters/slack/fake-slack.ts';
import { CHANNEL_ID, acceptMessages, bodyOf, messageObject } from '../adapters/discord/fake-discord.ts';
import type { FakeGateway } from '../adapters/discord/fake-gateway.ts';
import { pressSlackButton, startDiscordApp, startSlackApp, subscribeAll, type FakeDiscord } from '../helpers/chat-app.ts';
import { stopAfterEach } from '../helpers/stop-after-each.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';
import { discordViolations, slackViolations } from '../helpers/chat-limits.ts';

const SECRET = 'follow-mute-signing-secret';
let slack: FakeSlack | undefined;
let api: FakeDiscord | undefined;
let gateway: FakeGateway | undefined;
let feeds: FixtureServer | undefined;
let app: App | undefined;

const keep = stopAfterEach();

type Button = { action_id: string; value: string; text: { text: string }; confirm?: Record<string, { text: string }> };
type Blocks = Array<{ type: string; elements?: Button[] }>;
const blocksOf = (m: Record<string, unknown>): Blocks => (typeof m.blocks === 'string' ? JSON.parse(m.blocks) : m.blocks) as Blocks;
const buttonsOf = (m: Record<string, unknown>) => blocksOf(m).find((b) => b.type === 'actions')?.elements ?? [];

describe('Follow and Mute term… on Slack', () => {
  it('follow threads every later change; mute asks a manager, excludes the term, is audited; others and forgeries are refused', async () => {
    feeds = keep(await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS.slice(0, 1)) } }));
    const started = await startSlackApp(`${feeds.url}/ct.xml`, { secret: SECRET });
    slack = keep(started.slack);
    slack.on('users.info', (p) => ({ ok: true, user: { id: p.user, is_admin: p.user === 'U0ADMIN' } }));
    app = keep(await createApp({ env: loadEnv(started.env), log: silentLogger() }));
    await app.start();
    const sub = {
      id: 'slack:T0001:C0ALERTS',
      channel: { platform: 'slack' as const, workspaceId: 'T0001', channelId: 'C0ALERTS' },
      topics: [],
      jurisdictions: [],
      kinds: [],
      digest: null,
      createdAt: new Date(0).toISOString(),
      createdBy: 'U0ADMIN',
    };
    await app.store.upsertSubscription(sub);
    feeds.route('/ct.xml', { body: rss(CT_BILLS) });
    await app.engine.cycle({ force: true });
    const alert = slack.messages('C0ALERTS').at(-1)!;
    const post = slack.calls('chat.postMessage').at(-1)!;
    expect(slackViolations({ text: String(post.text), blocks: blocksOf(post) })).toEqual([]);
    expect(buttonsOf(post).map((e) => e.action_id)).toEqual(['pw:relevant', 'pw:not-relevant', 'pw:reviewed', 'pw:follow', 'pw:mute']);
    const itemId = buttonsOf(post)[0]!.value;
    const port = (app.adapters.find((a) => a.platform === 'slack') as unknown as { port: number }).port;

    const press = (
      actionId: string,
      value: string,
      user: { id: string; username: string },
      opts: { sign?: boolean; ephemeral?: boolean } = {},
    ) =>
      pressSlackButton({
        port,
        secret: SECRET,
        responseUrl: slack!.responseUrl,
        actionId,
        value,
        user,
        channelId: 'C0ALERTS',
        messageTs: opts.ephemeral ? '1700009999.000100' : alert.ts,
        ...opts,
      });

    // Follow (anyone may): stored for the channel, audited, the alert now offers Unfollow and says who follows.
    expect((await press('pw:follow', itemId, { id: 'U2', username: 'bo' })).status).toBe(200);
    const followed = await eventually(() => slack!.calls('chat.update')[0], 'chat.update after Follow');
    expect(followed).toMatchObject({ channel: 'C0ALERTS', ts: alert.ts });
    expect(buttonsOf(followed).map((e) => e.action_id)).toContain('pw:unfollow');
    expect(JSON.stringify(blocksOf(followed))).toContain('Followed here by bo');
    expect(slackViolations({ text: String(followed.text), blocks: blocksOf(followed) })).toEqual([]);
    expect(await app.store.listFollows([itemId])).toMatchObject([{ channel: sub.channel, itemId, userId: 'U2', userName: 'bo' }]);
    expect((await app.store.listAudit(5))[0]).toMatchObject({ action: 'triage.follow', userId: 'U2 (bo)' });

    // The channel now takes contracts only, yet the followed bill's next change comes to its thread.
    await app.store.upsertSubscription({ ...sub, kinds: ['contract'] });
    const amended = CT_BILLS.map((b, i) =>
      i === 1 ? { ...b, title: `${b.title} (as amended)` } : i === 0 ? { ...b, title: `${b.title} (substitute)` } : b,
    );
    feeds.route('/ct.xml', { body: rss(amended) });
    await app.engine.cycle({ force: true });
    const replies = slack.messages('C0ALERTS').filter((m) => m.thread_ts);
    expect(replies.map((m) => m.thread_ts)).toEqual([alert.ts]);
    expect(replies[0]!.text).toContain('as amended');

    // Unfollow toggles back.
    expect((await press('pw:unfollow', itemId, { id: 'U2', username: 'bo' })).status).toBe(200);
    const unfollowed = await eventually(() => slack!.calls('chat.update')[1], 'chat.update after Unfollow');
    expect(buttonsOf(unfollowed).map((e) => e.action_id)).toContain('pw:follow');
    expect(await app.store.listFollows([itemId])).toEqual([]);

    // Mute term… by someone who is not a manager: refused, nothing changes.
    expect((await press('pw:mute', itemId, { id: 'U2', username: 'bo' })).status).toBe(200);
    const refused = await eventually(() => slack!.responses()[0], 'refusal');
    expect(refused).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(refused.text)).toMatch(/Only managers can mute a term/);
    expect(await app.store.listWatchAdditions('T0001')).toEqual([]);

    // A manager: the matched terms, each a button with a confirm dialog, and Cancel, to them alone.
    expect((await press('pw:mute', itemId, { id: 'U0ADMIN', username: 'ana' })).status).toBe(200);
    const step = await eventually(() => slack!.responses()[1], 'mute step');
    expect(step).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(slackViolations({ text: String(step.text), blocks: blocksOf(step) })).toEqual([]);
    const termButtons = buttonsOf(step).filter((b) => b.action_id.startsWith('pw:mute-term'));
    expect(termButtons.length).toBeGreaterThan(0);
    expect(new Set(buttonsOf(step).map((b) => b.action_id)).size).toBe(buttonsOf(step).length);
    expect(buttonsOf(step).at(-1)!.action_id).toBe('pw:mute-cancel');
    for (const b of termButtons)
      expect(b.confirm).toMatchObject({ title: { text: 'Mute this term?' }, confirm: { text: 'Mute' }, deny: { text: 'Cancel' } });
    const term = /^Mute “(.+)”$/.exec(termButtons[0]!.text.text)![1]!;

    // A forged confirmation never reaches policywatch.
    expect(
      (await press(termButtons[0]!.action_id, termButtons[0]!.value, { id: 'U9', username: 'mallory' }, { sign: false, ephemeral: true }))
        .status,
    ).toBe(401);
    expect(await app.store.listWatchAdditions('T0001')).toEqual([]);

    // Confirming: an exclusion of the alert's topics, audited; the step is replaced by what was done.
    expect(
      (await press(termButtons[0]!.action_id, termButtons[0]!.value, { id: 'U0ADMIN', username: 'ana' }, { ephemeral: true })).status,
    ).toBe(200);
    const done = await eventually(() => slack!.responses()[2], 'mute done');
    expect(done).toMatchObject({ replace_original: true });
    expect(JSON.stringify(blocksOf(done))).toContain('Muted');
    const additions = await app.store.listWatchAdditions('T0001');
    expect(additions.length).toBeGreaterThan(0);
    expect(additions.every((a) => a.mode === 'exclude' && a.rule === muteRule(term) && a.addedBy === 'U0ADMIN')).toBe(true);
    expect((await app.store.listAudit(10)).filter((a) => a.action === 'triage.mute').map((a) => a.detail)).toEqual(
      additions.map((a) => `${a.topic} exclude ${a.rule}`).reverse(),
    );
  });
});

const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/discord/interaction-chat-input.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
> & { id: string; token: string; member: Record<string, unknown> };

describe('Follow and Mute term… on Discord', () => {
  it('follow toggles in place; mute is an ephemeral step with Confirm-per-term and Cancel for managers only', async () => {
    feeds = keep(await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS.slice(0, 1)) } }));
    const started = await startDiscordApp(`${feeds.url}/ct.xml`, { gateway: true });
    api = keep(started.api);
    gateway = keep(started.gateway!);
    acceptMessages(api, CHANNEL_ID);
    app = keep(await createApp({ env: loadEnv(started.env), log: silentLogger() }));
    await app.start();
    const guildId = String((FIXTURE as { guild_id?: string }).guild_id);
    await subscribeAll(app.store, { platform: 'discord', workspaceId: guildId, channelId: CHANNEL_ID }, new Date(0), 'U');
    feeds.route('/ct.xml', { body: rss(CT_BILLS) });
    await app.engine.cycle({ force: true });
    type Payload = { components: Array<{ components: Array<{ custom_id: string; label: string }> }> };
    const post = bodyOf(
      api.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`).at(-1),
    ) as Payload;
    expect(discordViolations(post as never)).toEqual([]);
    const ids = post.components.flatMap((r) => r.components.map((c) => c.custom_id));
    expect(ids.map((i) => i.split(':').slice(0, 2).join(':'))).toEqual([
      'pw:relevant',
      'pw:not-relevant',
      'pw:reviewed',
      'pw:follow',
      'pw:mute',
    ]);
    const message = { ...messageObject(CHANNEL_ID, JSON.stringify(post)), components: post.components };

    let n = 0;
    const press = async (customId: string, permissions: string, on: Record<string, unknown> = message) => {
      const id = String(BigInt(FIXTURE.id) + BigInt(++n));
      const callback = `POST /api/v10/interactions/${id}/${FIXTURE.token}/callback`;
      api!.route(callback, { status: 204 });
      gateway!.dispatch('INTERACTION_CREATE', {
        ...structuredClone(FIXTURE),
        id,
        type: 3,
        member: { ...FIXTURE.member, permissions },
        data: { custom_id: customId, component_type: 2 },
        message: on,
      });
      await vi.waitFor(() => expect(api!.requests.some((r) => `${r.method} ${r.path}`.startsWith(callback))).toBe(true), {
        timeout: 5000,
        interval: 10,
      });
      return bodyOf(api!.requests.find((r) => `${r.method} ${r.path}`.startsWith(callback))) as {
        type: number;
        data: Payload & { flags?: number; content?: string; embeds: unknown[] };
      };
    };
    const MEMBER = '3072'; // View Channel + Send Messages
    const MANAGER = '3088'; // … + Manage Channels

    const followed = await press(ids[3]!, MEMBER);
    expect(followed.type).toBe(7);
    expect(followed.data.components.flatMap((r) => r.components.map((c) => c.label))).toContain('Unfollow');
    expect(JSON.stringify(followed.data.embeds)).toContain('Followed here by');
    expect(discordViolations(followed.data as never)).toEqual([]);
    expect(await app.store.listFollows()).toMatchObject([
      { channel: { platform: 'discord', workspaceId: guildId, channelId: CHANNEL_ID } },
    ]);
    expect((await app.store.listAudit(1))[0]!.action).toBe('triage.follow');
    const unfollowId = followed.data.components.flatMap((r) => r.components).find((c) => c.label === 'Unfollow')!.custom_id;
    expect((await press(unfollowId, MEMBER)).type).toBe(7);
    expect(await app.store.listFollows()).toEqual([]);

    const refused = await press(ids[4]!, MEMBER);
    expect(refused.type).toBe(4);
    expect(refused.data.flags! & 64).toBe(64);
    expect(refused.data.content).toMatch(/Only managers can mute a term/);

    const step = await press(ids[4]!, MANAGER);
    expect(step.type).toBe(4);
    expect(step.data.flags! & 64).toBe(64);
    expect(discordViolations(step.data as never)).toEqual([]);
    const stepButtons = step.data.components.flatMap((r) => r.components);
    expect(stepButtons.at(-1)!.label).toBe('Cancel');
    const confirm = stepButtons.find((b) => b.custom_id.startsWith('pw:mute-term:'))!;
    const ephemeral = { ...messageObject(CHANNEL_ID, JSON.stringify(step.data)), flags: 64, components: step.data.components };

    const cancelled = await press(stepButtons.at(-1)!.custom_id, MANAGER, ephemeral);
    expect(cancelled.type).toBe(7);
    expect(JSON.stringify(cancelled.data.embeds)).toContain('Nothing muted');
    expect(await app.store.listWatchAdditions(guildId)).toEqual([]);

    const done = await press(confirm.custom_id, MANAGER, ephemeral);
    expect(done.type).toBe(7);
    expect(JSON.stringify(done.data.embeds)).toContain('Muted');
    const term = /^Mute “(.+)”$/.exec(confirm.label)![1]!;
    const additions = await app.store.listWatchAdditions(guildId);
    expect(additions.length).toBeGreaterThan(0);
    expect(additions.every((a) => a.mode === 'exclude' && a.rule === muteRule(term))).toBe(true);
    expect((await app.store.listAudit(1))[0]!.action).toBe('triage.mute');
  });
});
