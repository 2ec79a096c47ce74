/**
 * The Slack ChatAdapter on Bolt. Socket Mode when an app-level token is given (no public URL),
 * otherwise Bolt's HTTP receiver at /slack/events (on PORT, or mounted on the shared web
 * server), which verifies every request's signature and timestamp. Deliveries use their own
 * WebClient with retries off, so 429s and outages come back to the outbox as values at once;
 * posts are paced per channel. With OAuth (oauth.ts) there is no bot token: each workspace
 * installs the app through /slack/install and alerts go out with that workspace's own token.
 */
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, webApi } from '@slack/bolt';
import type { Log } from '../../src/domain/index.ts';
import type { ChannelRef, ChatAdapter, CommandHandler, DeliverOptions, DeliveryResult, RichMessage } from '../../src/domain/index.ts';
import { policyCommandListener, POLICY_COMMAND, type PolicyCommandArgs } from './commands.ts';
import { BLOCKS_REFUSED_ERRORS, classifySlackError, FATAL_ERRORS, platformErrorOf } from './errors.ts';
import { boltLogger } from './logger.ts';
import { ChannelPacer } from './pacing.ts';
import { createManagerCheck, type UsersInfoClient } from './permissions.ts';
import { renderSlackMessage } from './render.ts';
import { ACTION_PATTERN, triageListener, type TriageActionArgs, type UpdateClient } from './actions.ts';
import { installerOptions, registerUninstallListeners, SLACK_BOT_SCOPES, type SlackOAuthOptions } from './oauth.ts';

export interface SlackAdapterOptions {
  /** One workspace's xoxb- token; leave out with `oauth` (many workspaces, tokens from installs). */
  botToken?: string;
  /** Install flow and per-workspace tokens (HTTP mode only). */
  oauth?: SlackOAuthOptions;
  /** HTTP mode: do not listen on a port; the shared web server passes /slack/* to `requestListener`. */
  mounted?: { port(): number | undefined };
  /** xapp- token: Socket Mode. Without it the adapter listens for HTTP requests. */
  appToken?: string;
  /** Required in HTTP mode; Bolt rejects requests whose signature does not verify. */
  signingSecret?: string;
  /** Web API base URL (SLACK_API_URL: GovSlack, proxies, tests). Default https://slack.com/api/. */
  apiUrl?: string;
  /** HTTP mode port (default 3000; 0 picks a free one). */
  port?: number;
  /** HTTP mode interface to listen on (default: all). */
  host?: string;
  /** Slack user ids that may run manager commands regardless of their workspace role. */
  managers?: string[];
  log: Log;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Minimum gap between two posts in the same channel (default 1100 ms). */
  channelIntervalMs?: number;
}

export type SlackAdapter = ChatAdapter & {
  readonly mode: 'socket' | 'http';
  /** The port actually bound in HTTP mode, once started. */
  readonly port?: number;
  /** HTTP mode: Bolt's handler for /slack/events (and /slack/install, /slack/oauth_redirect with OAuth). */
  readonly requestListener?: RequestListener;
};

const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

const FATAL_HINTS: Record<string, string> = {
  bot: 'check SLACK_BOT_TOKEN (OAuth & Permissions → Bot User OAuth Token, starts with xoxb-), reinstall the app if it was removed, then restart policywatch',
  app: 'check SLACK_APP_TOKEN (Basic Information → App-Level Tokens, scope connections:write, starts with xapp-), then restart policywatch',
};

function normalizeApiUrl(url: string | undefined): string {
  const base = url?.trim() || DEFAULT_SLACK_API_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

export function createSlackAdapter(opts: SlackAdapterOptions): SlackAdapter {
  const log = opts.log.child({ adapter: 'slack' });
  const slackApiUrl = normalizeApiUrl(opts.apiUrl);
  const mode: 'socket' | 'http' = opts.appToken ? 'socket' : 'http';
  if (mode === 'http' && !opts.signingSecret) {
    throw new Error(
      'Slack HTTP mode needs SLACK_SIGNING_SECRET (Basic Information → App Credentials), or set SLACK_APP_TOKEN for Socket Mode',
    );
  }
  if (!opts.botToken && !opts.oauth)
    throw new Error('Slack needs SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (installs through OAuth)');
  if (opts.oauth && mode === 'socket')
    throw new Error('Slack installs through OAuth need HTTP mode: unset SLACK_APP_TOKEN and set SLACK_SIGNING_SECRET');
  const logger = boltLogger(log);
  const clientOptions = { slackApiUrl, retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 } };
  const receiver =
    mode === 'http'
      ? new HTTPReceiver({
          signingSecret: opts.signingSecret!,
          port: opts.port ?? 3000,
          logger,
          ...(opts.oauth
            ? {
                clientId: opts.oauth.clientId,
                clientSecret: opts.oauth.clientSecret,
                stateSecret: opts.oauth.stateSecret,
                scopes: SLACK_BOT_SCOPES,
                installationStore: opts.oauth.installations,
                ...(opts.oauth.redirectUri ? { redirectUri: opts.oauth.redirectUri } : {}),
                installerOptions: installerOptions(opts.oauth, clientOptions, log),
              }
            : {}),
        })
      : undefined;
  const app = new App({
    ...(opts.botToken ? { token: opts.botToken } : {}),
    ...(receiver ? { receiver } : { socketMode: true, appToken: opts.appToken }),
    logger,
    deferInitialization: true,
    clientOptions,
  });
  /** The token that posts to a workspace: the one bot token, or that workspace's install. */
  const tokenFor = async (teamId: string): Promise<string | undefined> =>
    opts.botToken ?? (await opts.oauth?.installations.botTokenFor(teamId));
  const client = new webApi.WebClient(opts.botToken, {
    slackApiUrl,
    logger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
  });
  const pacer = new ChannelPacer({
    intervalMs: opts.channelIntervalMs,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
  });
  const isManager = createManagerCheck({
    client: app.client as unknown as UsersInfoClient,
    ...(opts.oauth ? { tokenFor } : {}),
    managers: opts.managers,
    log,
    ...(opts.now ? { now: opts.now } : {}),
  });

  let started = false;
  /** Bolt's own receiver was started (Socket Mode or its HTTP server); a mounted receiver never is. */
  let boltStarted = false;
  let boundPort: number | undefined;
  let stopped: string | undefined;

  const stop = async (): Promise<void> => {
    if (!started) return;
    started = false;
    if (!boltStarted) return;
    boltStarted = false;
    try {
      await app.stop();
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'slack: error while stopping');
    }
  };

  let listening = false;

  const fail = (code: string, token: 'bot' | 'app'): void => {
    if (stopped) return;
    stopped = code;
    log.error(`slack: Slack rejected the ${token} token (${code}); the Slack adapter has stopped. Fix: ${FATAL_HINTS[token]}`);
    void stop();
  };

  const post = async (
    token: string,
    channelId: string,
    rendered: ReturnType<typeof renderSlackMessage>,
    deliverOpts: DeliverOptions = {},
  ): Promise<DeliveryResult> => {
    const root = deliverOpts.threadRef ? threadRoot(deliverOpts.threadRef) : undefined;
    const base = {
      ...(opts.oauth ? { token } : {}),
      channel: channelId,
      text: rendered.text,
      unfurl_links: false,
      unfurl_media: false,
      ...(root ? { thread_ts: root } : {}),
      ...(deliverOpts.deliveryKey ? { metadata: deliveryMetadata(deliverOpts.deliveryKey) } : {}),
    };
    // A meaningful change: the reply shows in the channel too.
    if (root && deliverOpts.broadcast) Object.assign(base, { reply_broadcast: true });
    const ref = (ts: string | undefined) => (root && ts ? threadedRef(root, ts) : (ts ?? ''));
    try {
      const res = await client.chat.postMessage({ ...base, blocks: rendered.blocks });
      return { ok: true, messageRef: ref(res.ts) };
    } catch (err) {
      const code = platformErrorOf(err);
      if (!code || !BLOCKS_REFUSED_ERRORS.has(code)) throw err;
      log.warn({ channelId, error: code }, 'slack: Slack refused the message blocks; sending the plain-text version');
      const res = await client.chat.postMessage(base);
      return { ok: true, messageRef: ref(res.ts) };
    }
  };

  return {
    platform: 'slack',
    mode,
    get port() {
      return opts.mounted ? opts.mounted.port() : boundPort;
    },
    ...(receiver ? { requestListener: receiver.requestListener } : {}),

    async start(handler: CommandHandler): Promise<void> {
      if (stopped) throw new Error(`Slack adapter stopped: ${stopped}`);
      if (!listening) {
        // Registered once: start() is retried after a failed connection, and a second
        // registration would answer every /policy twice.
        listening = true;
        app.command(POLICY_COMMAND, (args) => policyCommandListener({ handler, isManager, log })(args as unknown as PolicyCommandArgs));
        // Buttons on alerts. Bolt verifies the request's signature (HTTP) or the socket before this runs.
        app.action({ action_id: ACTION_PATTERN }, async (args) => {
          await args.ack();
          // Bolt's client for this press is authorized for the workspace it came from.
          await triageListener({ handler, client: args.client as unknown as UpdateClient, isManager, log })(
            args as unknown as TriageActionArgs,
          );
        });
        if (opts.oauth) registerUninstallListeners(app, opts.oauth.installations, log);
        app.error(async (err) => {
          log.error({ err: err.message }, 'slack: unhandled error in a listener');
        });
      }
      try {
        await app.init();
      } catch (err) {
        const code = platformErrorOf(err);
        if (code && FATAL_ERRORS.has(code)) fail(code, 'bot');
        else log.error({ err: (err as Error).message }, 'slack: could not verify the bot token with auth.test');
        throw new Error(`Slack start failed: ${code ?? (err as Error).message}`);
      }
      try {
        if (opts.mounted && mode === 'http') {
          started = true;
          log.info('slack: answering Slack requests at /slack/events on the web server');
        } else if (mode === 'socket') {
          await app.start();
          started = boltStarted = true;
          log.info('slack: connected in Socket Mode');
        } else {
          const server = await app.start(opts.host ? { port: opts.port ?? 3000, host: opts.host } : (opts.port ?? 3000));
          started = boltStarted = true;
          boundPort = (server.address() as AddressInfo).port;
          log.info(`slack: listening for Slack requests on port ${boundPort} at /slack/events`);
        }
      } catch (err) {
        const code = platformErrorOf(err);
        if (code && FATAL_ERRORS.has(code)) fail(code, mode === 'socket' ? 'app' : 'bot');
        else log.error({ err: (err as Error).message }, `slack: could not start in ${mode === 'socket' ? 'Socket Mode' : 'HTTP mode'}`);
        throw new Error(`Slack start failed: ${code ?? (err as Error).message}`);
      }
    },

    stop,

    async deliver(channel: ChannelRef, message: RichMessage, deliverOpts?: DeliverOptions): Promise<DeliveryResult> {
      if (stopped) return { ok: false, error: `Slack adapter stopped: ${stopped}`, retryable: false, fatal: true };
      if (channel.platform !== 'slack') return { ok: false, error: `not a Slack channel (${channel.platform})`, retryable: false };
      let rendered: ReturnType<typeof renderSlackMessage>;
      try {
        rendered = renderSlackMessage(message);
      } catch (err) {
        return { ok: false, error: `could not render the message: ${(err as Error).message}`, retryable: false };
      }
      let token: string | undefined;
      try {
        token = await tokenFor(channel.workspaceId);
      } catch (err) {
        return { ok: false, error: `could not read the workspace's installation: ${(err as Error).message}`, retryable: true };
      }
      // Uninstalled (or never installed): this channel cannot get alerts until the app is added again.
      if (!token)
        return {
          ok: false,
          error: `policywatch is not installed in Slack workspace ${channel.workspaceId}`,
          retryable: false,
          channelBroken: true,
        };
      return pacer.run(`${channel.workspaceId}/${channel.channelId}`, async () => {
        if (stopped) return { ok: false, error: `Slack adapter stopped: ${stopped}`, retryable: false, fatal: true };
        try {
          if (deliverOpts?.resumeSince && deliverOpts.deliveryKey) {
            // An earlier attempt's outcome is unknown: if Slack has that message, it is the result.
            const found = await findDelivered(client, channel.channelId, deliverOpts, log, opts.oauth ? token : undefined);
            if (found)
              return { ok: true, messageRef: deliverOpts.threadRef ? threadedRef(threadRoot(deliverOpts.threadRef), found) : found };
          }
          return await post(token, channel.channelId, rendered, deliverOpts);
        } catch (err) {
          const result = classifySlackError(err);
          // With installs, one workspace's revoked token breaks that workspace only.
          if (result.fatal && opts.oauth) return { ...result, fatal: false, channelBroken: true };
          if (result.fatal) fail(result.error, 'bot');
          else log.warn({ channelId: channel.channelId, error: result.error, retryable: result.retryable }, 'slack: delivery failed');
          return result;
        }
      });
    },
  };
}

/**
 * A reply is referred to as `<thread ts>/<reply ts>`, so a post threaded under a reply (a
 * burst card's follow-up) goes to the same thread: Slack threads do not nest.
 */
function threadedRef(root: string, ts: string): string {
  return `${root}/${ts}`;
}

/** The thread a reference belongs to: the parent's ts. */
function threadRoot(ref: string): string {
  const slash = ref.indexOf('/');
  return slash > 0 ? ref.slice(0, slash) : ref;
}

/** The metadata event type policywatch tags its alerts with (the payload holds the delivery key). */
const DELIVERY_EVENT_TYPE = 'policywatch_delivery';

function deliveryMetadata(deliveryKey: string): { event_type: string; event_payload: { key: string } } {
  return { event_type: DELIVERY_EVENT_TYPE, event_payload: { key: deliveryKey } };
}

/** How far before the interrupted attempt to look (clock skew between us and Slack). */
const LOOKBACK_MARGIN_S = 300;
const LOOKUP_PAGES = 5;

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}
type HistoryPage = { messages?: HistoryMessage[]; response_metadata?: { next_cursor?: string } };

/**
 * The ts of a message this delivery already posted, looked up in the channel's recent history
 * (or the alert's thread for a follow-up) by its metadata; undefined when there is none.
 * A lookup Slack refuses for good (e.g. the app lacks channels:history) is logged and counts
 * as "not found", so the delivery is posted (at least once); a transient failure throws, so
 * the delivery is retried later rather than risking a duplicate.
 */
async function findDelivered(
  client: InstanceType<typeof webApi.WebClient>,
  channelId: string,
  opts: DeliverOptions,
  log: Log,
  token?: string,
): Promise<string | undefined> {
  const oldest = Math.max(0, Date.parse(opts.resumeSince!) / 1000 - LOOKBACK_MARGIN_S).toFixed(6);
  let cursor: string | undefined;
  try {
    for (let page = 0; page < LOOKUP_PAGES; page++) {
      const args = {
        ...(token ? { token } : {}),
        channel: channelId,
        oldest,
        include_all_metadata: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      };
      const res = (
        opts.threadRef
          ? await client.conversations.replies({ ...args, ts: threadRoot(opts.threadRef) })
          : await client.conversations.history(args)
      ) as HistoryPage;
      const hit = res.messages?.find(
        (m) => m.metadata?.event_type === DELIVERY_EVENT_TYPE && m.metadata.event_payload?.key === opts.deliveryKey,
      );
      if (hit?.ts) return hit.ts;
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) return undefined;
    }
    return undefined;
  } catch (err) {
    const code = platformErrorOf(err);
    if (code && !FATAL_ERRORS.has(code) && !classifySlackError(err).retryable) {
      log.warn(
        { channelId, error: code },
        'slack: could not look for an interrupted delivery in the channel history (add the channels:history and groups:history scopes); posting it again',
      );
      return undefined;
    }
    throw err;
  }
}
