/**
 * The chat side of a whole-app test, set up one way for every integration test: a loopback fake
 * Slack Web API, or a fake Discord REST API (with a fake gateway when the test needs
 * discord.js's client), each with the environment that points the app at it next to one local
 * feed (tests/helpers/app-env.ts); the subscription of a channel that takes every alert; a
 * signed (or forged) Slack button press.
 *
 * Slack posts are not paced here (SLACK_CHANNEL_INTERVAL_MS=0): the pacing has its own tests
 * (tests/adapters/slack), and a whole-app test would otherwise wait 1.1 s of real time between
 * two posts to a channel.
 */
import type { ChannelRef, Subscription } from '../../src/domain/index.ts';
import { APP_ID, json, startFakeDiscord } from '../adapters/discord/fake-discord.ts';
import { startFakeGateway, type FakeGateway } from '../adapters/discord/fake-gateway.ts';
import { slackSignature, startFakeSlack, type FakeSlack, type FakeSlackOptions } from '../adapters/slack/fake-slack.ts';
import { oneFeedEnv } from './app-env.ts';

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

/** The app's sources: one RSS feed at this URL (tests/helpers/app-env.ts), or an env that names them. */
type Sources = string | Record<string, string>;
const sourcesEnv = (sources: Sources): Record<string, string> => (typeof sources === 'string' ? oneFeedEnv(sources).env : sources);

/** A fake Slack Web API and the env of an app that polls `sources` and posts there (HTTP mode, any port). */
export async function startSlackApp(
  sources: Sources,
  opts: { secret?: string; fake?: FakeSlackOptions } = {},
): Promise<{ slack: FakeSlack; env: Record<string, string> }> {
  const slack = await startFakeSlack(opts.fake);
  return {
    slack,
    env: {
      ...sourcesEnv(sources),
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: opts.secret ?? 'secret',
      SLACK_API_URL: slack.apiUrl,
      SLACK_CHANNEL_INTERVAL_MS: '0',
      PORT: '0',
    },
  };
}

/**
 * A fake Discord API and the env of an app that polls `sources` and posts there. With
 * `gateway`, the API's /gateway/bot points discord.js at a fake gateway on 127.0.0.1 (for
 * interactions over the gateway); without it the REST side alone is used.
 */
export async function startDiscordApp(
  sources: Sources,
  opts: { gateway?: boolean } = {},
): Promise<{ api: FakeDiscord; gateway: FakeGateway | undefined; env: Record<string, string> }> {
  const api = await startFakeDiscord();
  const gateway = opts.gateway ? await startFakeGateway() : undefined;
  if (gateway) pointAtGateway(api, gateway);
  return {
    api,
    gateway,
    env: { ...sourcesEnv(sources), DISCORD_TOKEN: 'fake-bot-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: api.api },
  };
}

/** Makes the fake API's /gateway/bot send discord.js to `gateway`. */
export function pointAtGateway(api: FakeDiscord, gateway: FakeGateway): void {
  api.route(
    'GET /api/v10/gateway/bot',
    json(200, {
      url: gateway.url,
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    }),
  );
}

/** Subscribes `channel` to every alert (no filters, no digest). */
export async function subscribeAll(
  store: { upsertSubscription(sub: Subscription): Promise<unknown> },
  channel: ChannelRef,
  createdAt: Date = new Date(0),
  createdBy = 'U0ADMIN',
): Promise<void> {
  await store.upsertSubscription({
    id: `${channel.platform}:${channel.workspaceId}:${channel.channelId}`,
    channel,
    topics: [],
    jurisdictions: [],
    kinds: [],
    digest: null,
    createdAt: createdAt.toISOString(),
    createdBy,
  });
}

export interface SlackPress {
  /** The app's HTTP port (Bolt's receiver at /slack/events). */
  port: number;
  secret: string;
  responseUrl: string;
  actionId: string;
  value: string;
  user: { id: string; username: string };
  channelId: string;
  /** The message the button is on; with `ephemeral`, an ephemeral message (no `message` in the payload). */
  messageTs: string;
  ephemeral?: boolean;
  /** false: a forged signature. */
  sign?: boolean;
}

/** A `block_actions` request for one button press, as Slack sends it to Bolt's HTTP receiver. */
export function pressSlackButton(p: SlackPress): Promise<Response> {
  const payload = {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'x' },
    user: { ...p.user, team_id: 'T0001' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: p.messageTs, channel_id: p.channelId, is_ephemeral: p.ephemeral === true },
    trigger_id: '1.2.3',
    channel: { id: p.channelId, name: 'alerts' },
    ...(p.ephemeral ? {} : { message: { type: 'message', ts: p.messageTs, text: 'x' } }),
    response_url: p.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: p.actionId,
        block_id: 'pw-triage',
        value: p.value,
        action_ts: '1700000002.0001',
        text: { type: 'plain_text', text: 'x' },
      },
    ],
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const now = Math.floor(Date.now() / 1000);
  const headers =
    p.sign === false ? { 'x-slack-signature': 'v0=forged', 'x-slack-request-timestamp': String(now) } : slackSignature(body, p.secret, now);
  return fetch(`http://127.0.0.1:${p.port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}
