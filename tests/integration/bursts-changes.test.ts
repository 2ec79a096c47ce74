/**
 * Bursts and changes through the whole app and the real adapters (Bolt against a fake Slack
 * Web API, discord.js REST against a fake Discord API): a poll with 7 new matching bills for a
 * channel (over the default 5) posts one summary listing them and puts the 7 cards in its
 * thread; a later real status change of one of them is one line "old → new" in that thread
 * and is also shown in the channel (Slack reply_broadcast; Discord a channel line linking to
 * it), while a cosmetic edit stays in the thread. Each post exactly once, in order.
 */
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { burstMessage } from '../../src/pipeline/bursts.ts';
import { renderDiscordMessage } from '../../adapters/discord/render.ts';
import { renderSlackMessage } from '../../adapters/slack/render.ts';
import type { FakeSlack } from '../adapters/slack/fake-slack.ts';
import { CHANNEL_ID, GUILD_ID, acceptMessages, bodyOf } from '../adapters/discord/fake-discord.ts';
import { startDiscordApp, startSlackApp, subscribeAll, type FakeDiscord } from '../helpers/chat-app.ts';
import { stopAfterEach } from '../helpers/stop-after-each.ts';
import { FakeClock } from '../helpers/clock.ts';
import { discordViolations, slackViolations } from '../helpers/chat-limits.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss, type FeedEntry } from '../fixtures/pipeline/feeds.ts';

const bills = (n: number): FeedEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    ...CT_BILLS[0]!,
    guid: `CT-2027-HB0${5001 + i}`,
    title: `HB ${5001 + i} - An Act Concerning the Trust Act and Access to COLLECT by Federal Immigration Authorities`,
    link: `https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp?bill_num=${5001 + i}`,
  }));
const SEVEN = bills(7);
const passed = SEVEN.map((b, i) => (i === 0 ? { ...b, category: 'Passed Senate' } : b));
const edited = passed.map((b, i) => (i === 1 ? { ...b, title: `${b.title} (Substitute)` } : b));

let feeds: FixtureServer | undefined;
let slack: FakeSlack | undefined;
let discord: FakeDiscord | undefined;

const keep = stopAfterEach();

async function boot(
  env: Record<string, string>,
  channel: { platform: 'slack' | 'discord'; workspaceId: string; channelId: string },
  clock: FakeClock,
): Promise<App> {
  const a = keep(await createApp({ env: loadEnv(env), log: silentLogger(), clock }));
  await subscribeAll(a.store, channel, clock.now());
  return a;
}

async function poll(a: App, clock: FakeClock, entries: FeedEntry[]): Promise<void> {
  clock.advance(1000);
  feeds!.route('/ct.xml', { body: rss(entries) });
  await a.engine.cycle({ force: true });
}

describe('bursts and changes', () => {
  it('Slack: summary + 7 cards in its thread; a status change is broadcast from the thread, a cosmetic edit is not', async () => {
    feeds = keep(await startFixtureServer({ '/ct.xml': { body: rss([]) } }));
    const started = await startSlackApp(`${feeds.url}/ct.xml`);
    slack = keep(started.slack);
    const clock = new FakeClock(new Date());
    const env = started.env;
    const a = await boot(env, { platform: 'slack', workspaceId: 'T0001', channelId: 'C0ALERTS' }, clock);
    await poll(a, clock, SEVEN);

    const posts = slack.messages('C0ALERTS');
    expect(posts).toHaveLength(8);
    const [summary, ...cards] = posts;
    expect(summary!.thread_ts).toBeUndefined();
    expect(summary!.text).toMatch(/^7 new alerts from one poll \(7 priority\)/);
    for (const b of SEVEN) expect(JSON.stringify(summary!.blocks)).toContain(b.title.slice(0, 40));
    expect(slackViolations({ text: summary!.text, blocks: summary!.blocks as object[] })).toEqual([]);
    expect(cards.map((c) => c.thread_ts)).toEqual(Array(7).fill(summary!.ts));
    expect(new Set(cards.map((c) => c.metadata?.event_payload.key)).size).toBe(7);

    await poll(a, clock, passed);
    const change = slack.messages('C0ALERTS')[8]!;
    expect(change.thread_ts).toBe(summary!.ts); // the card's own thread (Slack threads do not nest)
    expect(change.reply_broadcast).toBe(true);
    expect(change.text).toContain('HB 5001');
    expect(change.text).toContain('no status → Passed Senate');

    await poll(a, clock, edited);
    const cosmetic = slack.messages('C0ALERTS')[9]!;
    expect(cosmetic.thread_ts).toBe(summary!.ts);
    expect(cosmetic.reply_broadcast).toBeUndefined();
    expect(cosmetic.text).toContain('(Substitute)');

    await poll(a, clock, edited); // nothing new: nothing posted
    expect(slack.messages('C0ALERTS')).toHaveLength(10);
    expect(await a.store.deliveryCounts()).toMatchObject({ pending: 0, sent: 10 });
  }, 60_000);

  it('Discord: summary + 7 cards in a thread on it; a status change goes to that thread and a channel line links to it; a cosmetic edit does not', async () => {
    feeds = keep(await startFixtureServer({ '/ct.xml': { body: rss([]) } }));
    const started = await startDiscordApp(`${feeds.url}/ct.xml`);
    discord = keep(started.api);
    const api = discord;
    const threads = new Map<string, string[]>();
    // A thread started from a message has that message's id.
    const inChannel = acceptMessages(api, CHANNEL_ID, {
      onCreated: (m) => void threads.set(String(m.id), acceptMessages(api, String(m.id))),
    });
    const clock = new FakeClock(new Date());
    const env = started.env;
    const a = await boot(env, { platform: 'discord', workspaceId: GUILD_ID, channelId: CHANNEL_ID }, clock);
    await poll(a, clock, SEVEN);

    expect(inChannel).toHaveLength(1);
    const summaryId = inChannel[0]!;
    const thread = threads.get(summaryId)!;
    expect(thread).toHaveLength(7);
    const channelBodies = () => api.requests.filter((r) => r.path === `/api/v10/channels/${CHANNEL_ID}/messages`).map(bodyOf);
    const summary = channelBodies()[0] as unknown as Parameters<typeof discordViolations>[0] & {
      embeds: Array<{ title: string; description: string }>;
    };
    expect(summary.embeds[0]!.title).toBe('7 new alerts from one poll (7 priority)');
    expect(discordViolations(summary)).toEqual([]);

    await poll(a, clock, passed);
    expect(thread).toHaveLength(8);
    const line = bodyOf(api.requests.filter((r) => r.path === `/api/v10/channels/${summaryId}/messages`).at(-1)) as {
      embeds: Array<{ title: string }>;
    };
    expect(line.embeds[0]!.title).toContain('no status → Passed Senate');
    expect(inChannel).toHaveLength(2);
    const broadcast = channelBodies().at(-1) as { embeds: Array<{ title: string; description: string }> };
    expect(broadcast.embeds[0]!.title).toContain('no status → Passed Senate');
    expect(broadcast.embeds[0]!.description).toContain(`https://discord.com/channels/${GUILD_ID}/${summaryId}/${thread[7]}`);

    await poll(a, clock, edited);
    expect(thread).toHaveLength(9);
    expect(inChannel).toHaveLength(2); // cosmetic: the thread only
    expect(await a.store.deliveryCounts()).toMatchObject({ pending: 0, sent: 10 });
  }, 60_000);
});

describe('burst summary payloads', () => {
  it('stay within Block Kit and Discord limits with 50 entries of 5,000-character titles and URLs', () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({
      id: `i${i}`,
      kind: 'bill' as const,
      jurisdiction: 'CT',
      identifier: `HB ${i}`,
      title: `${i} ${'T'.repeat(4990)}`,
      url: `https://example.org/${'x'.repeat(4980)}`,
      priority: i % 2 === 0,
    }));
    const msg = burstMessage({ burst: { entries }, match: { topics: [], terms: [], snippet: '', highlights: [], priority: true } });
    expect(slackViolations(renderSlackMessage(msg))).toEqual([]);
    expect(discordViolations(renderDiscordMessage(msg))).toEqual([]);
    expect(msg.title).toBe('50 new alerts from one poll (25 priority)');
  });
});
