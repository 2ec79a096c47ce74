/**
 * A bill whose status goes In committee → Tabled → In committee → Tabled → Passed, polled
 * through the whole app with the real Slack (Bolt) and Discord (discord.js REST) adapters
 * against loopback fakes, while the first alert hits a 500 and backs off: one alert and four
 * follow-ups, every follow-up in the alert's thread, in order. Each follow-up is one line
 * "old → new" and, being a real status change, is shown in the channel too (Slack
 * reply_broadcast; Discord a channel line linking to it in the thread).
 */
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import type { FakeSlack } from '../adapters/slack/fake-slack.ts';
import { CHANNEL_ID, GUILD_ID, acceptMessages, apiError, bodyOf } from '../adapters/discord/fake-discord.ts';
import { startDiscordApp, startSlackApp, subscribeAll, type FakeDiscord } from '../helpers/chat-app.ts';
import { stopAfterEach } from '../helpers/stop-after-each.ts';
import { FakeClock } from '../helpers/clock.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';

const STATUSES = ['In committee', 'Tabled', 'In committee', 'Tabled', 'Passed'];
const bill = (status: string) => rss([{ ...CT_BILLS[0]!, category: status }]);

let feeds: FixtureServer;
let slack: FakeSlack | undefined;
let discord: FakeDiscord | undefined;

const keep = stopAfterEach();

/** Start the app on `env`, subscribe `channel`, then poll the flip-flop a second apart. */
async function flipFlop(
  env: Record<string, string>,
  channel: { platform: 'slack' | 'discord'; workspaceId: string; channelId: string },
  clock: FakeClock,
): Promise<App> {
  const a = keep(await createApp({ env: loadEnv(env), log: silentLogger(), clock }));
  await subscribeAll(a.store, channel, clock.now());
  await a.start(); // polls "In committee"; its alert gets a 500 and backs off
  for (const status of STATUSES.slice(1)) {
    clock.advance(1000);
    feeds.route('/ct.xml', { body: bill(status) });
    await a.engine.cycle({ force: true });
  }
  return a;
}

describe('a status that flip-flops, through the real adapters', () => {
  it('Slack: 1 alert + 4 follow-ups in its thread, in order, after the alert first hit a 500', async () => {
    feeds = keep(await startFixtureServer({ '/ct.xml': { body: bill(STATUSES[0]!) } }));
    const started = await startSlackApp(`${feeds.url}/ct.xml`);
    slack = keep(started.slack);
    slack.failNext('chat.postMessage', { status: 500, body: 'internal error' });
    const clock = new FakeClock(new Date());
    const env = started.env;
    const a = await flipFlop(env, { platform: 'slack', workspaceId: 'T0001', channelId: 'C0ALERTS' }, clock);

    expect(slack.calls('chat.postMessage')).toHaveLength(1); // the 500; every follow-up waited
    expect(slack.messages('C0ALERTS')).toHaveLength(0);
    clock.advance(60_000);
    await a.engine.cycle();

    const posted = slack.messages('C0ALERTS');
    expect(posted).toHaveLength(5);
    const [alert, ...followUps] = posted;
    expect(alert!.thread_ts).toBeUndefined();
    expect(followUps.map((m) => m.thread_ts)).toEqual(Array(4).fill(alert!.ts));
    expect(followUps.map((m) => m.reply_broadcast)).toEqual(Array(4).fill(true));
    const status = (m: (typeof posted)[number]) =>
      m.thread_ts ? /→ (.+)$/.exec(m.text)?.[1] : /\*Status\*\n([^"]+)/.exec(JSON.stringify(m.blocks).replace(/\\n/g, '\n'))?.[1];
    expect(posted.map(status)).toEqual(STATUSES);
    expect(followUps.map((m) => m.text)).toEqual(
      STATUSES.slice(1).map((s, i) => expect.stringContaining(`HB 5001: ${STATUSES[i]} → ${s}`)),
    );
    expect(posted.map((m) => /#(\d+)>/.exec(String(m.metadata?.event_payload.key))?.[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(await a.store.deliveryCounts()).toMatchObject({ pending: 0, sent: 5 });
  }, 60_000);

  it('Discord: 1 alert + 4 follow-ups in its thread, in order, after the alert first hit a 500', async () => {
    feeds = keep(await startFixtureServer({ '/ct.xml': { body: bill(STATUSES[0]!) } }));
    const started = await startDiscordApp(`${feeds.url}/ct.xml`, { gateway: true });
    discord = keep(started.api);
    keep(started.gateway!);
    const api = discord;
    // Two 500s: the REST client retries a 5xx once itself, then the outbox backs off.
    const route = `POST /api/v10/channels/${CHANNEL_ID}/messages`;
    const threads = new Map<string, string[]>();
    const created = acceptMessages(api, CHANNEL_ID, {
      failFirst: [apiError(500, 0, '500: Internal Server Error'), apiError(500, 0, '500: Internal Server Error')],
      // A thread started from a message has that message's id.
      onCreated: (m) => void threads.set(String(m.id), acceptMessages(api, String(m.id))),
    });

    const clock = new FakeClock(new Date());
    const env = started.env;
    const a = await flipFlop(env, { platform: 'discord', workspaceId: GUILD_ID, channelId: CHANNEL_ID }, clock);

    expect(created).toHaveLength(0);
    clock.advance(60_000);
    await a.engine.cycle();

    // The alert, then one channel line per change linking to it in the thread.
    expect(created).toHaveLength(5);
    const inThread = threads.get(created[0]!)!;
    expect(inThread).toHaveLength(4);
    const posts = api.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${created[0]}/messages`).map(bodyOf);
    const embed = (b: Record<string, unknown>) =>
      (b.embeds as Array<{ title: string; description?: string; fields?: Array<{ name: string; value: string }> }>)[0]!;
    const status = (b: Record<string, unknown>) =>
      embed(b).fields?.find((f) => f.name === 'Status')?.value ?? /→ (.+)$/.exec(embed(b).title)?.[1];
    const channelPosts = api.requests.filter((r) => `${r.method} ${r.path}` === route).map(bodyOf);
    const alertBody = channelPosts.findLast((b) => embed(b).fields?.some((f) => f.name === 'Status'));
    expect([alertBody!, ...posts].map(status)).toEqual(STATUSES);
    const lines = channelPosts.filter((b) => !embed(b).fields?.some((f) => f.name === 'Status'));
    expect(lines.map(status)).toEqual(STATUSES.slice(1));
    for (const [i, b] of lines.entries())
      expect(embed(b).description).toContain(`https://discord.com/channels/${GUILD_ID}/${created[0]}/${inThread[i]}`);
    expect([...channelPosts, ...posts].every((b) => typeof b.nonce === 'string' && b.enforce_nonce === true)).toBe(true);
    expect(await a.store.deliveryCounts()).toMatchObject({ pending: 0, sent: 5 });
  }, 60_000);
});
