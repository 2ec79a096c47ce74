/**
 * Deadlines through the whole app and the real adapters: a Federal Register notice in the
 * API's documented shape (`comments_close_on`, `regulations_dot_gov_info.document_id`) is
 * alerted with its comment deadline, then reminded of once, N days before it closes, with a
 * direct Regulations.gov "Comment" link — on Slack (Bolt against a fake Web API) and Discord
 * (discord.js REST against a fake API) — and not again after more checks or a restart.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { reminderMessage } from '../../src/deadlines/reminders.ts';
import { renderDiscordMessage } from '../../adapters/discord/render.ts';
import { renderSlackMessage } from '../../adapters/slack/render.ts';
import type { FakeSlack } from '../adapters/slack/fake-slack.ts';
import { CHANNEL_ID, GUILD_ID, acceptMessages, bodyOf } from '../adapters/discord/fake-discord.ts';
import { startDiscordApp, startSlackApp, subscribeAll, type FakeDiscord } from '../helpers/chat-app.ts';
import { FakeClock } from '../helpers/clock.ts';
import { discordViolations, slackViolations } from '../helpers/chat-limits.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';

const COMMENT = 'https://www.regulations.gov/commenton/DHS-2026-0031-0001';
const page = JSON.parse(readFileSync(new URL('../fixtures/feeds/federal-register/page1.json', import.meta.url), 'utf8')) as {
  results: Array<Record<string, unknown>>;
};
/** The ICE SORN of the fixture, its comment period closing on Dec 14, with its Regulations.gov ids. */
const SORN = {
  ...page.results[0]!,
  comments_close_on: '2026-12-14',
  comment_url: COMMENT,
  regulations_dot_gov_info: { document_id: 'DHS-2026-0031-0001', docket_id: 'DHS-2026-0031', comments_count: 12 },
  docket_ids: ['Docket No. DHS-2026-0031'],
};
const documents = JSON.stringify({ description: 'Documents', count: 1, total_pages: 1, results: [SORN] });

let fr: FixtureServer | undefined;
let slack: FakeSlack | undefined;
let discord: FakeDiscord | undefined;
let app: App | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
  await slack?.close();
  await discord?.close();
  await fr?.close();
});

function frEnv(url: string): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-deadlines-'));
  const config = join(dir, 'policywatch.yml');
  writeFileSync(
    config,
    `catalog: false\nsources:\n  - id: fr-ice\n    type: federal-register\n    name: FR ICE\n    params: { baseUrl: "${url}/api/v1" }\n`,
  );
  return { DATA_DIR: join(dir, 'data'), POLICYWATCH_CONFIG: config, ALLOW_PRIVATE_HOSTS: '127.0.0.1' };
}

/** Start the app at `clock`, subscribed in `channel`, and let it poll once. */
async function boot(
  env: Record<string, string>,
  channel: { platform: 'slack' | 'discord'; workspaceId: string; channelId: string },
  clock: FakeClock,
  subscribe = true,
): Promise<App> {
  const a = await createApp({ env: loadEnv(env), log: silentLogger(), clock });
  app = a;
  if (subscribe) await subscribeAll(a.store, channel, clock.now());
  await a.start();
  return a;
}

/** Queue due reminders and send them, as the minute tick does. */
async function remind(a: App): Promise<number> {
  const queued = await a.reminders.tick(true);
  await a.dispatcher.dispatchDue();
  return queued;
}

describe('deadline reminders', () => {
  it('Slack: the alert shows the deadline; one reminder 3 days before with the Comment link; never twice, even after a restart', async () => {
    fr = await startFixtureServer({ '/api/v1/documents.json': { body: documents } });
    const started = await startSlackApp(frEnv(fr.url));
    slack = started.slack;
    const clock = new FakeClock(new Date('2026-12-01T15:00:00Z'));
    const env = started.env;
    let a = await boot(env, { platform: 'slack', workspaceId: 'T0001', channelId: 'C0ALERTS' }, clock);
    // The poll asked for the fields the deadline needs.
    const query = fr.requests[0]!.query.getAll('fields[]');
    expect(query).toEqual(expect.arrayContaining(['comments_close_on', 'regulations_dot_gov_info', 'comment_url', 'docket_ids']));
    const [alert] = slack.messages('C0ALERTS');
    expect(JSON.stringify(alert!.blocks)).toContain('Comment period closes');
    expect(JSON.stringify(alert!.blocks)).toContain(`<${COMMENT}|Comment>`);

    clock.current = new Date('2026-12-10T23:00:00Z'); // 3 days + 1 hour before Dec 14
    expect(await remind(a)).toBe(0);
    expect(slack.messages('C0ALERTS')).toHaveLength(1);

    clock.current = new Date('2026-12-11T00:30:00Z'); // within 3 days
    expect(await remind(a)).toBe(1);
    const posts = slack.messages('C0ALERTS');
    expect(posts).toHaveLength(2);
    const reminder = posts[1]!;
    expect(reminder.thread_ts).toBeUndefined();
    expect(reminder.text).toContain('Comment period closes Dec 14, 2026 (in 3 days)');
    expect(JSON.stringify(reminder.blocks)).toContain(`<${COMMENT}|Comment>`);
    expect(slackViolations({ text: reminder.text, blocks: reminder.blocks as object[] })).toEqual([]);

    clock.advance(3600_000);
    expect(await remind(a)).toBe(0);
    await a.stop();
    clock.advance(3600_000);
    a = await boot(env, { platform: 'slack', workspaceId: 'T0001', channelId: 'C0ALERTS' }, clock, false);
    expect(await remind(a)).toBe(0);
    expect(slack.messages('C0ALERTS')).toHaveLength(2);
  }, 60_000);

  it('Discord: a channel set to 5 days is reminded 5 days before, once, with the Comment link; 0 turns reminders off', async () => {
    fr = await startFixtureServer({ '/api/v1/documents.json': { body: documents } });
    const started = await startDiscordApp(frEnv(fr.url));
    discord = started.api;
    const posted = acceptMessages(discord, CHANNEL_ID);
    const other = acceptMessages(discord, '1200000000000000003');
    const clock = new FakeClock(new Date('2026-12-01T15:00:00Z'));
    const a = await createApp({ env: loadEnv(started.env), log: silentLogger(), clock });
    app = a;
    await subscribeAll(a.store, { platform: 'discord', workspaceId: GUILD_ID, channelId: CHANNEL_ID }, clock.now());
    await a.store.upsertSubscription({
      topics: [],
      jurisdictions: [],
      kinds: [],
      digest: null,
      createdAt: clock.now().toISOString(),
      createdBy: 'U0ADMIN',
      id: `discord:${GUILD_ID}:quiet`,
      channel: { platform: 'discord', workspaceId: GUILD_ID, channelId: '1200000000000000003' },
      reminderDays: 0,
    });
    // A manager sets 5 days through the command table (audited).
    const reply = await a.handler({
      platform: 'discord',
      workspaceId: GUILD_ID,
      channelId: CHANNEL_ID,
      userId: 'M1',
      text: 'settings reminders 5',
      isManager: true,
    });
    expect(reply.title).toMatch(/Updated/);
    const refused = await a.handler({
      platform: 'discord',
      workspaceId: GUILD_ID,
      channelId: CHANNEL_ID,
      userId: 'U2',
      text: 'settings reminders 9',
      isManager: false,
    });
    expect(refused.fallbackText).toMatch(/manager/i);
    expect((await a.store.listAudit(5)).find((e) => e.action === 'settings.reminders')).toMatchObject({
      userId: 'M1',
      detail: expect.stringContaining('3 days'),
    });
    await a.engine.cycle({ force: true });
    expect(posted).toHaveLength(1);

    clock.current = new Date('2026-12-08T23:00:00Z');
    expect(await remind(a)).toBe(0);
    clock.current = new Date('2026-12-09T00:30:00Z'); // 5 days before Dec 14
    expect(await remind(a)).toBe(1);
    expect(posted).toHaveLength(2);
    const body = bodyOf(discord.requests.filter((r) => r.path === `/api/v10/channels/${CHANNEL_ID}/messages`).at(-1)) as {
      embeds: Array<{ description: string; title: string }>;
    };
    expect(body.embeds[0]!.description).toContain(`[**Comment**](${COMMENT})`);
    expect(body.embeds[0]!.description).toContain('Comment period closes Dec 14, 2026 (in 5 days)');
    expect(discordViolations(body)).toEqual([]);
    clock.advance(86_400_000);
    expect(await remind(a)).toBe(0);
    expect(posted).toHaveLength(2);
    expect(other).toHaveLength(1); // the alert only: reminders are off there
  }, 60_000);
});

describe('reminder payloads', () => {
  it('stay within Block Kit and Discord limits with 5,000-character titles and URLs', () => {
    const long = {
      title: 'T'.repeat(5000),
      url: `https://example.org/${'x'.repeat(4980)}`,
      kind: 'notice' as const,
      jurisdiction: 'US',
      identifier: '2026-24117',
      agency: 'A'.repeat(5000),
    };
    const msg = reminderMessage(long, { kind: 'comment', at: '2026-12-14', actionUrl: COMMENT }, new Date('2026-12-11T00:00:00Z'));
    expect(slackViolations(renderSlackMessage(msg))).toEqual([]);
    expect(discordViolations(renderDiscordMessage(msg))).toEqual([]);
    expect(JSON.stringify(renderSlackMessage(msg).blocks)).toContain(COMMENT);
  });
});
