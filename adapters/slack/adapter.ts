/**
 * The Slack ChatAdapter on Bolt. Socket Mode when an app-level token is given (no public URL),
 * otherwise Bolt's HTTP receiver on PORT at /slack/events, which verifies every request's
 * signature and timestamp. Deliveries use their own WebClient with retries off, so 429s and
 * outages come back to the outbox as values at once; posts are paced per channel.
 */
import type { AddressInfo } from 'node:net';
import { App, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ChannelRef, ChatAdapter, CommandHandler, DeliverOptions, DeliveryResult, RichMessage } from '../../src/domain/index.ts';
import { policyCommandListener, POLICY_COMMAND, type PolicyCommandArgs } from './commands.ts';
import { BLOCKS_REFUSED_ERRORS, classifySlackError, FATAL_ERRORS, platformErrorOf } from './errors.ts';
import { boltLogger } from './logger.ts';
import { ChannelPacer } from './pacing.ts';
import { createManagerCheck, type UsersInfoClient } from './permissions.ts';
import { renderSlackMessage } from './render.ts';

export interface SlackAdapterOptions {
  botToken: string;
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
  log: Logger;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Minimum gap between two posts in the same channel (default 1100 ms). */
  channelIntervalMs?: number;
}

export type SlackAdapter = ChatAdapter & {
  readonly mode: 'socket' | 'http';
  /** The port actually bound in HTTP mode, once started. */
  readonly port?: number;
};

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

const FATAL_HINTS: Record<string, string> = {
  bot: 'check SLACK_BOT_TOKEN (OAuth & Permissions → Bot User OAuth Token, starts with xoxb-), reinstall the app if it was removed, then restart policywatch',
  app: 'check SLACK_APP_TOKEN (Basic Information → App-Level Tokens, scope connections:write, starts with xapp-), then restart policywatch',
};

export function normalizeApiUrl(url: string | undefined): string {
  const base = url?.trim() || DEFAULT_SLACK_API_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

export function createSlackAdapter(opts: SlackAdapterOptions): SlackAdapter {
  const log = opts.log.child({ adapter: 'slack' });
  const slackApiUrl = normalizeApiUrl(opts.apiUrl);
  const mode: 'socket' | 'http' = opts.appToken ? 'socket' : 'http';
  if (mode === 'http' && !opts.signingSecret) {
    throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET (Basic Information → App Credentials), or set SLACK_APP_TOKEN for Socket Mode');
  }
  const logger = boltLogger(log);
  const app = new App({
    token: opts.botToken,
    ...(mode === 'socket' ? { socketMode: true, appToken: opts.appToken } : { signingSecret: opts.signingSecret, port: opts.port ?? 3000 }),
    logger,
    deferInitialization: true,
    clientOptions: { slackApiUrl, retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 } },
  });
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
    managers: opts.managers,
    log,
    ...(opts.now ? { now: opts.now } : {}),
  });

  let started = false;
  let boundPort: number | undefined;
  let stopped: string | undefined;

  const stop = async (): Promise<void> => {
    if (!started) return;
    started = false;
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

  const post = async (channelId: string, rendered: ReturnType<typeof renderSlackMessage>, threadRef?: string, deliveryKey?: string): Promise<DeliveryResult> => {
    const base = {
      channel: channelId,
      text: rendered.text,
      unfurl_links: false,
      unfurl_media: false,
      ...(threadRef ? { thread_ts: threadRef } : {}),
      ...(deliveryKey ? { metadata: deliveryMetadata(deliveryKey) } : {}),
    };
    try {
      const res = await client.chat.postMessage({ ...base, blocks: rendered.blocks });
      return { ok: true, messageRef: res.ts ?? '' };
    } catch (err) {
      const code = platformErrorOf(err);
      if (!code || !BLOCKS_REFUSED_ERRORS.has(code)) throw err;
      log.warn({ channelId, error: code }, 'slack: Slack refused the message blocks; sending the plain-text version');
      const res = await client.chat.postMessage(base);
      return { ok: true, messageRef: res.ts ?? '' };
    }
  };

  return {
    platform: 'slack',
    mode,
    get port() {
      return boundPort;
    },

    async start(handler: CommandHandler): Promise<void> {
      if (stopped) throw new Error(`Slack adapter stopped: ${stopped}`);
      if (!listening) {
        // Registered once: start() is retried after a failed connection, and a second
        // registration would answer every /policy twice.
        listening = true;
        app.command(POLICY_COMMAND, (args) => policyCommandListener({ handler, isManager, log })(args as unknown as PolicyCommandArgs));
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
        if (mode === 'socket') {
          await app.start();
          started = true;
          log.info('slack: connected in Socket Mode');
        } else {
          const server = await app.start(opts.host ? { port: opts.port ?? 3000, host: opts.host } : (opts.port ?? 3000));
          started = true;
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
      return pacer.run(`${channel.workspaceId}/${channel.channelId}`, async () => {
        if (stopped) return { ok: false, error: `Slack adapter stopped: ${stopped}`, retryable: false, fatal: true };
        try {
          if (deliverOpts?.resumeSince && deliverOpts.deliveryKey) {
            // An earlier attempt's outcome is unknown: if Slack has that message, it is the result.
            const found = await findDelivered(client, channel.channelId, deliverOpts, log);
            if (found) return { ok: true, messageRef: found };
          }
          return await post(channel.channelId, rendered, deliverOpts?.threadRef, deliverOpts?.deliveryKey);
        } catch (err) {
          const result = classifySlackError(err);
          if (result.fatal) fail(result.error, 'bot');
          else log.warn({ channelId: channel.channelId, error: result.error, retryable: result.retryable }, 'slack: delivery failed');
          return result;
        }
      });
    },
  };
}

/** The metadata event type policywatch tags its alerts with (the payload holds the delivery key). */
export const DELIVERY_EVENT_TYPE = 'policywatch_delivery';

export function deliveryMetadata(deliveryKey: string): { event_type: string; event_payload: { key: string } } {
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
async function findDelivered(client: InstanceType<typeof webApi.WebClient>, channelId: string, opts: DeliverOptions, log: Logger): Promise<string | undefined> {
  const oldest = Math.max(0, Date.parse(opts.resumeSince!) / 1000 - LOOKBACK_MARGIN_S).toFixed(6);
  let cursor: string | undefined;
  try {
    for (let page = 0; page < LOOKUP_PAGES; page++) {
      const args = { channel: channelId, oldest, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) };
      const res = (opts.threadRef
        ? await client.conversations.replies({ ...args, ts: opts.threadRef })
        : await client.conversations.history(args)) as HistoryPage;
      const hit = res.messages?.find((m) => m.metadata?.event_type === DELIVERY_EVENT_TYPE && m.metadata.event_payload?.key === opts.deliveryKey);
      if (hit?.ts) return hit.ts;
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) return undefined;
    }
    return undefined;
  } catch (err) {
    const code = platformErrorOf(err);
    if (code && !FATAL_ERRORS.has(code) && !classifySlackError(err).retryable) {
      log.warn({ channelId, error: code }, 'slack: could not look for an interrupted delivery in the channel history (add the channels:history and groups:history scopes); posting it again');
      return undefined;
    }
    throw err;
  }
}
