/**
 * Discord interactions over HTTP (the app's "Interactions Endpoint URL"), so any instance
 * answers `/policy` without holding the gateway. Every request's Ed25519 signature over
 * timestamp + raw body is checked against the application's public key with node:crypto;
 * missing, malformed, wrong or stale (over five minutes) signatures get 401 and nothing else.
 * PING → PONG. A `/policy` command is deferred at once (ephemeral for personal subcommands),
 * then the core's reply replaces the placeholder through the interaction webhook, which
 * needs no bot token. Autocomplete is answered inline. A press on an alert's button is
 * answered inline when the core records it in time (the alert updated in place, type 7, or an
 * ephemeral step or note); a slower press is acknowledged (type 6) and the alert edited, or the
 * presser told, through the same webhook once the core is done.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REST } from '@discordjs/rest';
import { InteractionResponseType, InteractionType, MessageFlags, PermissionFlagsBits, Routes } from 'discord-api-types/v10';
import type { Log } from '../../src/domain/index.ts';
import type { CommandHandler, CommandRequest, RichMessage, TriageResult } from '../../src/domain/index.ts';
import { autocompleteChoices } from './autocomplete.ts';
import { subcommandKey, toCommandText, type SubcommandCall } from './command-text.ts';
import { COMMAND_NAME, PERSONAL_SUBCOMMANDS } from './commands.ts';
import { restOptions } from './deliver.ts';
import { FAILURE, GUILD_ONLY, PRESS_FAILED, UNRECORDED_PRESS, toReplyOptions } from './interactions.ts';
import { parseButtonId } from './render.ts';

export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_SKEW_SECONDS = 300;
/** Discord wants the first answer to an interaction within 3 s; past this a press is deferred. */
const INLINE_PRESS_MS = 2000;
/** SubjectPublicKeyInfo prefix of a raw 32-byte Ed25519 key (RFC 8410). */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key (Developer Portal → General Information), 64 hex digits. */
export function discordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new Error('DISCORD_PUBLIC_KEY must be the 64 hex digits shown under General Information → Public Key');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** True when `signature` (hex) signs timestamp + body under `key` and the timestamp is fresh. */
export function verifyDiscordSignature(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowMs: number,
): boolean {
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: RawOption[];
}

interface RawInteraction {
  type: number;
  id: string;
  application_id: string;
  token: string;
  guild_id?: string;
  channel_id?: string;
  member?: { permissions?: string; user?: { id: string; username?: string } };
  user?: { id: string; username?: string };
  data?: { name?: string; options?: RawOption[]; custom_id?: string };
}

const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;

/** The subcommand (and group) of a raw chat-input interaction, with its leaf option values. */
export function rawSubcommandCall(options: RawOption[] | undefined): SubcommandCall | undefined {
  let group: string | null = null;
  let level = options ?? [];
  const groupOpt = level.find((o) => o.type === SUB_COMMAND_GROUP);
  if (groupOpt) {
    group = groupOpt.name;
    level = groupOpt.options ?? [];
  }
  const sub = level.find((o) => o.type === SUB_COMMAND);
  if (!sub) return undefined;
  const values: Record<string, string> = {};
  for (const o of sub.options ?? []) if (o.value !== undefined && o.value !== null) values[o.name] = String(o.value);
  return { group, subcommand: sub.name, options: values };
}

function focusedOption(options: RawOption[] | undefined): RawOption | undefined {
  for (const o of options ?? []) {
    if (o.focused) return o;
    const inner = focusedOption(o.options);
    if (inner) return inner;
  }
  return undefined;
}

const MANAGER_BITS = PermissionFlagsBits.ManageChannels | PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;

export function isManagerFromPermissions(permissions: string | undefined): boolean {
  if (!permissions || !/^\d+$/.test(permissions)) return false;
  return (BigInt(permissions) & MANAGER_BITS) !== 0n;
}

export interface DiscordHttpInteractionsOptions {
  publicKey: string;
  /** REST base for the interaction webhook (DISCORD_API_URL), default https://discord.com/api. */
  apiUrl?: string;
  handler: CommandHandler;
  log: Log;
  now?: () => number;
  /** How long a button press may take before it is acknowledged and answered later (default 2 s). */
  inlinePressMs?: number;
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

const errorText = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 300);

export function createDiscordHttpInteractions(opts: DiscordHttpInteractionsOptions) {
  const key = discordPublicKey(opts.publicKey);
  const now = opts.now ?? Date.now;
  const log = opts.log.child({ platform: 'discord', via: 'http' });
  // The interaction token authenticates webhook calls; no bot token is set on this client.
  const rest = new REST(restOptions(opts.apiUrl, { retries: 1 }));
  const pending = new Set<Promise<void>>();

  /** Run the core, then replace the deferred placeholder (or swap it for an ephemeral follow-up). */
  async function answer(i: RawInteraction, call: SubcommandCall, personal: boolean): Promise<void> {
    const userId = i.member?.user?.id ?? i.user?.id ?? '';
    const req: CommandRequest = {
      platform: 'discord',
      workspaceId: i.guild_id ?? '',
      channelId: i.channel_id ?? '',
      userId,
      ...((i.member?.user?.username ?? i.user?.username) ? { userName: i.member?.user?.username ?? i.user?.username } : {}),
      text: toCommandText(call),
      isManager: isManagerFromPermissions(i.member?.permissions),
    };
    let reply: RichMessage;
    try {
      reply = await opts.handler(req);
    } catch (err) {
      log.error({ error: errorText(err), command: subcommandKey(call), guildId: req.workspaceId }, 'discord: /policy handler failed');
      reply = FAILURE;
    }
    try {
      if (reply.ephemeral && !personal) {
        await rest.delete(Routes.webhookMessage(i.application_id, i.token, '@original'), { auth: false });
        await rest.post(Routes.webhook(i.application_id, i.token), {
          auth: false,
          body: { ...wire(reply), flags: MessageFlags.Ephemeral },
        });
      } else {
        await rest.patch(Routes.webhookMessage(i.application_id, i.token, '@original'), { auth: false, body: wire(reply) });
      }
    } catch (err) {
      log.warn(
        { error: errorText(err), interactionId: i.id },
        'discord: could not send the /policy reply (the interaction may have expired)',
      );
    }
  }

  /** A press answered in time: the alert in place (type 7), or a message for the presser alone. */
  function pressAnswer(result: TriageResult) {
    if (!result.ok) return ephemeral({ content: result.note, allowed_mentions: { parse: [] } });
    if (result.as === 'ephemeral') return ephemeral(wire(result.message));
    return { type: InteractionResponseType.UpdateMessage, data: wire(result.message) };
  }

  /** A press answered late: edit the message pressed on, or tell the presser in a follow-up. */
  async function pressFollowUp(i: RawInteraction, result: TriageResult): Promise<void> {
    try {
      if (result.ok && result.as !== 'ephemeral') {
        await rest.patch(Routes.webhookMessage(i.application_id, i.token, '@original'), { auth: false, body: wire(result.message) });
      } else {
        const data = result.ok ? wire(result.message) : { content: result.note, allowed_mentions: { parse: [] } };
        await rest.post(Routes.webhook(i.application_id, i.token), { auth: false, body: { ...data, flags: MessageFlags.Ephemeral } });
      }
    } catch (err) {
      log.warn(
        { error: errorText(err), interactionId: i.id },
        'discord: could not answer a button press (the interaction may have expired)',
      );
    }
  }

  async function press(i: RawInteraction, res: ServerResponse): Promise<void> {
    const button = parseButtonId(i.data?.custom_id ?? '');
    if (!opts.handler.triage || !button || !i.guild_id)
      return json(res, 200, ephemeral({ content: UNRECORDED_PRESS, allowed_mentions: { parse: [] } }));
    const user = i.member?.user ?? i.user;
    const work = opts.handler
      .triage({
        platform: 'discord',
        workspaceId: i.guild_id,
        channelId: i.channel_id ?? '',
        userId: user?.id ?? '',
        ...(user?.username ? { userName: user.username } : {}),
        action: button.action,
        itemId: button.value,
        isManager: isManagerFromPermissions(i.member?.permissions),
      })
      .catch((err: unknown): TriageResult => {
        log.error({ error: errorText(err), guildId: i.guild_id }, 'discord: a button press failed');
        return { ok: false, note: PRESS_FAILED };
      });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), opts.inlinePressMs ?? INLINE_PRESS_MS)));
    const inTime = await Promise.race([work, late]);
    clearTimeout(timer);
    if (inTime) return json(res, 200, pressAnswer(inTime));
    json(res, 200, { type: InteractionResponseType.DeferredMessageUpdate });
    const followUp = work.then((result) => pressFollowUp(i, result)).finally(() => pending.delete(followUp));
    pending.add(followUp);
  }

  function route(i: RawInteraction, res: ServerResponse): void {
    if (i.type === InteractionType.Ping) return json(res, 200, { type: InteractionResponseType.Pong });
    if (i.type === InteractionType.MessageComponent) {
      const work = press(i, res).finally(() => pending.delete(work));
      pending.add(work);
      return;
    }
    if (i.data?.name !== COMMAND_NAME) return json(res, 400, { error: 'unknown command' });
    if (i.type === InteractionType.ApplicationCommandAutocomplete) {
      const focused = focusedOption(i.data.options);
      const choices = focused ? autocompleteChoices(focused.name, String(focused.value ?? '')) : [];
      return json(res, 200, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
    }
    if (i.type !== InteractionType.ApplicationCommand) return json(res, 400, { error: 'unsupported interaction type' });
    if (!i.guild_id) {
      return json(res, 200, {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: { ...wire(GUILD_ONLY), flags: MessageFlags.Ephemeral },
      });
    }
    const call = rawSubcommandCall(i.data.options);
    if (!call) return json(res, 400, { error: 'no subcommand' });
    const personal = PERSONAL_SUBCOMMANDS.has(subcommandKey(call));
    json(res, 200, {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: personal ? { flags: MessageFlags.Ephemeral } : {},
    });
    const work = answer(i, call, personal).finally(() => pending.delete(work));
    pending.add(work);
  }

  return {
    path: DISCORD_INTERACTIONS_PATH,
    async listener(req: IncomingMessage, res: ServerResponse): Promise<void> {
      if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
      const body = await readBody(req);
      if (!body) return json(res, 413, { error: 'body too large' });
      const signature = header(req, 'x-signature-ed25519');
      const timestamp = header(req, 'x-signature-timestamp');
      if (!verifyDiscordSignature(key, signature, timestamp, body, now())) return json(res, 401, { error: 'invalid request signature' });
      let interaction: RawInteraction;
      try {
        interaction = JSON.parse(body.toString('utf8')) as RawInteraction;
      } catch {
        return json(res, 400, { error: 'body is not JSON' });
      }
      route(interaction, res);
    },
    /** Wait for replies still being sent (graceful shutdown, tests). */
    async settle(): Promise<void> {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function ephemeral(data: Record<string, unknown>) {
  return { type: InteractionResponseType.ChannelMessageWithSource, data: { ...data, flags: MessageFlags.Ephemeral } };
}

function wire(msg: RichMessage) {
  const { allowedMentions, ...rest } = toReplyOptions(msg);
  return { ...rest, allowed_mentions: allowedMentions };
}

export type DiscordHttpInteractions = ReturnType<typeof createDiscordHttpInteractions>;
