/**
 * The Discord ChatAdapter: a gateway client (Guilds intent only) for `/policy`
 * interactions, and REST delivery through the outbox (deliver.ts), which works without
 * the gateway. An invalid token stops the adapter with one clear log line.
 */
import { RESTEvents, type RateLimitData } from '@discordjs/rest';
import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { ChatAdapter, CommandHandler, DeliveryResult } from '../../src/domain/index.ts';
import { classifyError, createDeliver, createDeliveryRest } from './deliver.ts';
import { routeInteraction } from './interactions.ts';

export interface DiscordAdapterOptions {
  token: string;
  applicationId: string;
  /** REST base, e.g. 'https://discord.com/api' (DISCORD_API_URL; API proxies and tests). */
  apiUrl?: string;
  /** false: /policy arrives over HTTP (http-interactions.ts), so no gateway connection is made. */
  gateway?: boolean;
  log: Logger;
}

export const INVALID_TOKEN_LOG =
  'Discord rejected DISCORD_TOKEN (401 Unauthorized); the Discord adapter is stopped. Reset the token under Discord Developer Portal → your app → Bot, set DISCORD_TOKEN, and restart.';

export function createDiscordAdapter(opts: DiscordAdapterOptions): ChatAdapter {
  const log = opts.log.child({ platform: 'discord' });
  const rest = createDeliveryRest(opts.token, opts.apiUrl);
  rest.on(RESTEvents.RateLimited, (info: RateLimitData) =>
    log.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'discord: rate limited'),
  );
  const send = createDeliver(rest);
  let client: Client | null = null;
  let stopped: DeliveryResult | null = null;

  async function stopForToken(): Promise<void> {
    if (stopped) return;
    stopped = { ok: false, error: 'discord: token rejected (401); adapter stopped', retryable: false, fatal: true };
    log.error(INVALID_TOKEN_LOG);
    const c = client;
    client = null;
    await c?.destroy();
  }

  return {
    platform: 'discord',

    async start(handler: CommandHandler): Promise<void> {
      if (stopped || opts.gateway === false) return;
      // discord.js (the gateway client) is loaded only when the gateway is used: deliveries go
      // through @discordjs/rest, and HTTP interactions need no gateway at all.
      const { Client, Events, GatewayIntentBits } = await import('discord.js');
      const c = new Client({
        intents: [GatewayIntentBits.Guilds],
        allowedMentions: { parse: [], repliedUser: false },
        rest: opts.apiUrl ? { api: opts.apiUrl.replace(/\/+$/, '') } : {},
      });
      c.on(Events.InteractionCreate, (interaction) => void routeInteraction(interaction, handler, log));
      c.once(Events.ClientReady, (ready) =>
        log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'discord: connected to the gateway'),
      );
      c.on(Events.Error, (err) => log.error({ error: err.message }, 'discord: gateway error'));
      client = c;
      try {
        await c.login(opts.token);
      } catch (err) {
        const e = err as { code?: string; status?: number; message?: string };
        if (e.code === 'TokenInvalid' || e.status === 401) {
          await stopForToken();
          return;
        }
        client = null;
        await c.destroy();
        log.error({ error: e.message }, 'discord: could not connect to the gateway');
        throw err;
      }
    },

    async stop(): Promise<void> {
      const c = client;
      client = null;
      await c?.destroy();
    },

    async deliver(channel, message, deliverOpts): Promise<DeliveryResult> {
      if (stopped) return stopped;
      let result: DeliveryResult;
      try {
        result = await send(channel, message, deliverOpts);
      } catch (err) {
        result = classifyError(err);
      }
      if (!result.ok && result.fatal) await stopForToken();
      return result;
    },
  };
}
