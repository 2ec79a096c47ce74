/**
 * The whole product through Slack: the composition root built from env (SLACK_API_URL at a
 * fake Slack Web API on 127.0.0.1), a signed `/policy subscribe` from a workspace admin,
 * a poll of a local feed, the alert posted with chat.postMessage, then `/policy search`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeClock } from '../helpers/clock.ts';
import { createApp, type App } from '../../src/main.ts';
import { eventually, fixture, slackSignature, type FakeSlack } from '../adapters/slack/fake-slack.ts';
import { startSlackApp, subscribeAll } from '../helpers/chat-app.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';

const SECRET = 'e2e-signing-secret';
let slack: FakeSlack;
let feeds: FixtureServer;
let app: App | undefined;

afterEach(async () => {
  await app?.stop();
  await slack?.close();
  await feeds?.close();
});

async function slash(text: string, userId = 'U0ADMIN'): Promise<Record<string, unknown>> {
  const before = slack.responses().length;
  const form = new URLSearchParams(fixture('slash-command.form'));
  form.set('response_url', slack.responseUrl);
  form.set('text', text);
  form.set('user_id', userId);
  const body = form.toString();
  const port = (app!.adapters.find((a) => a.platform === 'slack') as unknown as { port: number }).port;
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(body, SECRET, Math.floor(Date.now() / 1000)) },
    body,
  });
  expect(res.status).toBe(200);
  return eventually(() => slack.responses()[before], `reply to /policy ${text}`);
}

describe('policywatch on Slack, end to end', () => {
  it('an admin subscribes a channel, a new matching bill is alerted there with Block Kit, and search finds it', async () => {
    feeds = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS.slice(0, 1)) } });
    const started = await startSlackApp(`${feeds.url}/ct.xml`, { secret: SECRET });
    slack = started.slack;
    slack.on('users.info', (p) => ({ ok: true, user: { id: p.user, is_admin: p.user === 'U0ADMIN', is_owner: false } }));
    app = await createApp({ env: loadEnv(started.env), log: silentLogger() });
    await app.start();
    expect(app.adapters.map((a) => a.platform)).toEqual(['slack']);

    const refused = await slash('subscribe state:CT', 'U0MEMBER');
    expect(JSON.stringify(refused)).toMatch(/manager/i);
    const subscribed = await slash('subscribe state:CT');
    expect(JSON.stringify(subscribed)).toMatch(/subscribed/i);

    feeds.route('/ct.xml', { body: rss(CT_BILLS) });
    await app.engine.cycle({ force: true });
    const posts = slack.calls('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: expect.any(String), text: expect.stringContaining('SB 212') });
    expect(JSON.stringify(posts[0]!.blocks)).toContain('SB 212 - An Act Limiting Civil Immigration Detainers');

    const found = await slash('search detainers');
    expect(JSON.stringify(found)).toContain('SB 212');
    expect(found).toMatchObject({ response_type: 'ephemeral' });
  });
});

describe('policywatch when Slack is down at start', () => {
  it('keeps polling, queues the alerts, reconnects on a later tick and then delivers them once', async () => {
    feeds = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS.slice(0, 1)) } });
    const started = await startSlackApp(`${feeds.url}/ct.xml`, { secret: SECRET });
    slack = started.slack;
    let slackUp = false;
    slack.on('auth.test', () =>
      slackUp
        ? {
            ok: true,
            url: 'https://example.slack.com/',
            team: 'T',
            user: 'policywatch',
            team_id: 'T0001',
            user_id: 'U0BOT',
            bot_id: 'B0BOT',
          }
        : { status: 503, body: 'upstream unavailable' },
    );
    const clock = new FakeClock(new Date());
    app = await createApp({ env: loadEnv(started.env), log: silentLogger(), clock });
    // A channel subscribed in an earlier run.
    await subscribeAll(app.store, { platform: 'slack', workspaceId: 'T0001', channelId: 'C0ALERTS' }, clock.now());

    await app.start();
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
    expect(await app.store.deliveryCounts()).toMatchObject({ pending: 1 });

    slackUp = true;
    clock.advance(61_000);
    await app.scheduler.tick();
    const posts = slack.calls('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: 'C0ALERTS', text: expect.stringContaining('HB 5001') });
    expect(await app.store.deliveryCounts()).toMatchObject({ pending: 0, sent: 1 });

    // /policy is registered once even though start() ran twice: one command, one reply. No
    // sleep: a second command is the barrier. Both listeners of a twice-registered command run
    // on the same request, so the duplicate reply to /policy status would come before the
    // reply to a /policy help sent only after the first reply arrived.
    const before = slack.responses().length;
    await slash('status');
    await slash('help');
    const replies = () =>
      slack
        .responses()
        .slice(before)
        .map((r) => String(r.text));
    await eventually(() => replies().find((t) => t.startsWith('/policy help')), 'the reply to /policy help');
    expect(replies().filter((t) => t.startsWith('Version:'))).toHaveLength(1);
    expect(replies()).toHaveLength(2);
  });
});
