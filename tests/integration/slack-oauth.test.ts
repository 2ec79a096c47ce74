/**
 * Installs without tokens: the composition root in OAuth mode (SLACK_CLIENT_ID, no bot token),
 * Bolt's real install flow against a loopback fake of oauth.v2.access. Two workspaces install
 * the app through /slack/install; an admin of the second subscribes a channel; the second
 * workspace's alert goes out with its own token. Uninstalling forgets the workspace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { eventually, fixture, slackSignature, startFakeSlack, type FakeSlack } from '../adapters/slack/fake-slack.ts';
import { oneFeedEnv } from '../helpers/app-env.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';

const SIGNING_SECRET = 'oauth-signing-secret';
const WORKSPACES: Record<string, { team: string; name: string; token: string; bot: string }> = {
  'code-first': { team: 'T0FIRST', name: 'First Coalition', token: 'xoxb-first-workspace', bot: 'B0FIRST' },
  'code-second': { team: 'T0SECOND', name: 'Second Legal Aid', token: 'xoxb-second-workspace', bot: 'B0SECOND' },
};

let slack: FakeSlack;
let feeds: FixtureServer;
let app: App | undefined;
let dataDir: string;

afterEach(async () => {
  await app?.stop();
  app = undefined;
  await slack?.close();
  await feeds?.close();
});

function fakeOAuth(fake: FakeSlack): void {
  // oauth.v2.access in Slack's shape: the bot token, its scopes and the workspace it belongs to.
  fake.on('oauth.v2.access', (p) => {
    const ws = WORKSPACES[String(p.code)];
    if (!ws || p.client_id !== 'C0CLIENT' || p.client_secret !== 'client-secret-value') return { ok: false, error: 'invalid_code' };
    return {
      ok: true,
      app_id: 'A0POLICY',
      authed_user: { id: 'U0INSTALLER' },
      scope: 'commands,chat:write,chat:write.public,users:read',
      token_type: 'bot',
      access_token: ws.token,
      bot_user_id: `U${ws.bot}`,
      team: { id: ws.team, name: ws.name },
      enterprise: null,
      is_enterprise_install: false,
    };
  });
  fake.on('auth.test', (_p, req) => {
    const ws = Object.values(WORKSPACES).find((w) => req.headers.authorization === `Bearer ${w.token}`);
    if (!ws) return { ok: false, error: 'invalid_auth' };
    return {
      ok: true,
      url: 'https://example.slack.com/',
      team: ws.name,
      user: 'policywatch',
      team_id: ws.team,
      user_id: `U${ws.bot}`,
      bot_id: ws.bot,
      is_enterprise_install: false,
    };
  });
  fake.on('users.info', (p, req) => ({
    ok: req.headers.authorization === `Bearer ${WORKSPACES['code-second']!.token}`,
    user: { id: p.user, is_admin: p.user === 'U0ADMIN', is_owner: false },
  }));
}

const base = () => `http://127.0.0.1:${app!.web!.port}`;

/** A browser going through the install: the Add to Slack page, Slack's consent, the redirect back. */
async function install(code: string): Promise<Response> {
  const pageRes = await fetch(`${base()}/slack/install`);
  expect(pageRes.status).toBe(200);
  const html = await pageRes.text();
  expect(html).toContain('Add to Slack');
  const cookie = (pageRes.headers.get('set-cookie') ?? '').split(';')[0]!;
  const authorizeUrl = new URL(/href="([^"]+)"/.exec(html)![1]!.replaceAll('&#38;', '&'));
  expect(authorizeUrl.searchParams.get('client_id')).toBe('C0CLIENT');
  expect(authorizeUrl.searchParams.get('scope')).toBe('commands,chat:write,chat:write.public,users:read,channels:history,groups:history');
  const state = authorizeUrl.searchParams.get('state')!;
  return fetch(`${base()}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, { headers: { cookie } });
}

async function signedPost(path: string, body: string, contentType: string): Promise<Response> {
  return fetch(`${base()}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...slackSignature(body, SIGNING_SECRET, Math.floor(Date.now() / 1000)) },
    body,
  });
}

async function slash(team: string, text: string, userId = 'U0ADMIN'): Promise<Record<string, unknown>> {
  const before = slack.responses().length;
  const form = new URLSearchParams(fixture('slash-command.form'));
  form.set('team_id', team);
  form.set('channel_id', 'C0SECONDALERTS');
  form.set('response_url', slack.responseUrl);
  form.set('text', text);
  form.set('user_id', userId);
  const res = await signedPost('/slack/events', form.toString(), 'application/x-www-form-urlencoded');
  expect(res.status).toBe(200);
  return eventually(() => slack.responses()[before], `reply to /policy ${text}`);
}

async function startApp(): Promise<void> {
  slack = await startFakeSlack();
  fakeOAuth(slack);
  feeds = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS.slice(0, 1)) } });
  const { env: feedEnv } = oneFeedEnv(`${feeds.url}/ct.xml`);
  dataDir = feedEnv.DATA_DIR!;
  const env = loadEnv({
    ...feedEnv,
    SLACK_CLIENT_ID: 'C0CLIENT',
    SLACK_CLIENT_SECRET: 'client-secret-value',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_STATE_SECRET: 'state-secret-for-the-test',
    INSTALLATION_KEY: 'k'.repeat(40),
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
  });
  app = await createApp({ env, log: silentLogger() });
  await app.start();
}

describe('Slack installs through OAuth', () => {
  it('a second workspace installs from the Add to Slack page and then receives its alerts with its own token', async () => {
    await startApp();
    expect((await install('code-first')).status).toBe(200);
    const done = await install('code-second');
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('policywatch is installed in Second Legal Aid');
    expect(slack.calls('oauth.v2.access').map((c) => c.code)).toEqual(['code-first', 'code-second']);

    // Tokens are stored, but never in the clear.
    const stored = readFileSync(join(dataDir, 'installations.json'), 'utf8');
    expect(Object.keys(JSON.parse(stored).records).sort()).toEqual(['slack:T0FIRST', 'slack:T0SECOND']);
    expect(stored).not.toContain('xoxb-');

    // An admin of the second workspace subscribes (users.info is asked with that workspace's token).
    const subscribed = await slash('T0SECOND', 'subscribe state:CT');
    expect(JSON.stringify(subscribed)).toMatch(/subscribed/i);
    expect(slack.authHeaders('users.info')).toEqual(['Bearer xoxb-second-workspace']);

    feeds.route('/ct.xml', { body: rss(CT_BILLS) });
    await app!.engine.cycle({ force: true });
    const posts = slack.calls('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: 'C0SECONDALERTS', text: expect.stringContaining('SB 212') });
    expect(slack.authHeaders('chat.postMessage')).toEqual(['Bearer xoxb-second-workspace']);
  });

  it('an install that does not come back with the state it was given is refused and stores nothing', async () => {
    await startApp();
    const res = await fetch(`${base()}/slack/oauth_redirect?code=code-first&state=forged`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('was not installed');
    expect(slack.calls('oauth.v2.access')).toEqual([]);
  });

  it('app_uninstalled forgets the workspace: its channel is marked broken and nothing more is posted there', async () => {
    await startApp();
    await install('code-second');
    await slash('T0SECOND', 'subscribe state:CT');
    const event = JSON.stringify({
      token: 'verification-token',
      team_id: 'T0SECOND',
      api_app_id: 'A0POLICY',
      event: { type: 'app_uninstalled', event_ts: '1700000000.000100' },
      type: 'event_callback',
      event_id: 'Ev0UNINSTALL',
      event_time: 1700000000,
    });
    expect((await signedPost('/slack/events', event, 'application/json')).status).toBe(200);
    const forgotten = await eventually(() => {
      const records = JSON.parse(readFileSync(join(dataDir, 'installations.json'), 'utf8')).records as Record<string, unknown>;
      return 'slack:T0SECOND' in records ? undefined : records;
    }, 'the installation to be forgotten');
    expect(forgotten).toEqual({});

    feeds.route('/ct.xml', { body: rss(CT_BILLS) });
    const cycle = await app!.engine.cycle({ force: true });
    expect(cycle.dispatch.failed).toBe(1);
    expect(slack.calls('chat.postMessage')).toEqual([]);
    const [sub] = await app!.store.listSubscriptions();
    expect(sub?.broken?.reason).toMatch(/not installed/);
  });

  it('a request with a bad signature is refused before it reaches the app', async () => {
    await startApp();
    const res = await fetch(`${base()}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...slackSignature('{}', 'wrong-secret', Math.floor(Date.now() / 1000)) },
      body: '{"type":"event_callback","team_id":"T0SECOND","event":{"type":"app_uninstalled"}}',
    });
    expect(res.status).toBe(401);
  });
});
