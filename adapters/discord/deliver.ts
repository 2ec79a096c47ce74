/**
 * Alert delivery over Discord's REST API (no gateway needed). Every outcome is a
 * DeliveryResult value: ok + message id; retryable on 429/5xx/network (429 surfaces at
 * once via `rejectOnRateLimit`, so the outbox reschedules instead of this call sleeping);
 * channelBroken on Unknown Channel / Missing Access / Missing Permissions; fatal on 401.
 *
 * Follow-ups go into a thread on the first alert's message (a thread started from a
 * message has that message's id), creating it on first use; when the channel does not
 * allow threads they are posted as a reply to the first alert instead.
 */
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, REST, type RESTOptions } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { ChannelRef, DeliverOptions, DeliveryResult, RichMessage } from '../../src/domain/index.ts';
import { renderDiscordMessage } from './render.ts';
import { defusePlain, truncate } from './escape.ts';

const UNKNOWN_CHANNEL = 10003;
const MISSING_ACCESS = 50001;
const MISSING_PERMISSIONS = 50013;
const THREAD_ALREADY_CREATED = 160004;
const BROKEN_CODES = new Set([UNKNOWN_CHANNEL, MISSING_ACCESS, MISSING_PERMISSIONS]);

/** Threads auto-archive after a week without messages (minutes). */
const THREAD_ARCHIVE_MINUTES = 10080;

/** REST options shared by delivery and registration: an optional API base override. */
export function restOptions(apiUrl: string | undefined, extra: Partial<RESTOptions> = {}): Partial<RESTOptions> {
  return { version: '10', ...(apiUrl ? { api: apiUrl.replace(/\/+$/, '') } : {}), ...extra };
}

/** A REST client for delivery: rate limits reject immediately, one retry on 5xx/resets. */
export function createDeliveryRest(token: string, apiUrl?: string): REST {
  return new REST(restOptions(apiUrl, { rejectOnRateLimit: () => true, retries: 1 })).setToken(token);
}

/** Map anything the REST client throws to a DeliveryResult. */
export function classifyError(err: unknown): Extract<DeliveryResult, { ok: false }> {
  if (err instanceof RateLimitError) {
    return {
      ok: false,
      error: `discord: rate limited on ${err.route}`,
      retryable: true,
      retryAfterMs: Math.max(0, Math.ceil(err.retryAfter)),
    };
  }
  if (err instanceof DiscordAPIError) {
    const error = `discord: ${err.status} ${String(err.code)} ${err.message}`.slice(0, 300);
    if (err.status === 401) return { ok: false, error, retryable: false, fatal: true };
    if (typeof err.code === 'number' && BROKEN_CODES.has(err.code)) return { ok: false, error, retryable: false, channelBroken: true };
    if (err.status >= 500) return { ok: false, error, retryable: true, unknownOutcome: true };
    if (err.status === 429) return { ok: false, error, retryable: true };
    return { ok: false, error, retryable: false };
  }
  if (err instanceof HTTPError)
    return { ok: false, error: `discord: HTTP ${err.status} ${err.message}`.slice(0, 300), retryable: true, unknownOutcome: true };
  const message = err instanceof Error ? err.message : String(err);
  // After a 401 the REST client drops its token and refuses further requests.
  if (/Expected token to be set/i.test(message)) return { ok: false, error: 'discord: token rejected', retryable: false, fatal: true };
  return { ok: false, error: `discord: ${message}`.slice(0, 300), retryable: true, unknownOutcome: true };
}

/**
 * The Create Message `nonce` for a delivery (Discord allows up to 25 characters): the same
 * delivery always gets the same one, and with `enforce_nonce` Discord answers a repeat
 * within its dedupe window (a few minutes) with the message it already created.
 */
export function deliveryNonce(deliveryKey: string): string {
  return createHash('sha256').update(deliveryKey).digest('base64url').slice(0, 25);
}

const apiCode = (err: unknown): number | undefined =>
  err instanceof DiscordAPIError && typeof err.code === 'number' ? err.code : undefined;

/** A client error that means "no thread here" rather than a transient or auth failure. */
const isThreadRefusal = (err: unknown): boolean =>
  err instanceof DiscordAPIError && err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 429;

function threadName(message: RichMessage): string {
  return truncate(defusePlain(message.title.replace(/\s+/g, ' ').trim()), 100) || 'Updates';
}

export type Deliver = (channel: ChannelRef, message: RichMessage, opts?: DeliverOptions) => Promise<DeliveryResult>;

/**
 * A message posted inside a thread is referred to as `<thread id>/<message id>`, so a later
 * post threaded under it goes into that same thread (Discord threads do not nest): a card of
 * a burst sits in the summary's thread, and its follow-ups join it there.
 */
function threadedRef(threadId: string, messageId: string): string {
  return `${threadId}/${messageId}`;
}

/** A message link Discord clients open in place. */
function messageLink(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}

export function createDeliver(rest: REST): Deliver {
  const post = async (channelId: string, body: object): Promise<string> => {
    const res = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
    return res.id;
  };

  /** Posts into the thread of `threadRef`: the thread id and message id, or only the message id when it fell back to a reply. */
  async function followUp(
    channelId: string,
    threadRef: string,
    message: RichMessage,
    body: object,
  ): Promise<{ thread?: string; id: string }> {
    const slash = threadRef.indexOf('/');
    if (slash > 0) {
      // Already inside a thread: post there (a deleted thread falls back to a reply below).
      const thread = threadRef.slice(0, slash);
      try {
        return { thread, id: await post(thread, body) };
      } catch (err) {
        if (apiCode(err) !== UNKNOWN_CHANNEL && !isThreadRefusal(err)) throw err;
      }
      return {
        id: await post(channelId, { ...body, message_reference: { message_id: threadRef.slice(slash + 1), fail_if_not_exists: false } }),
      };
    }
    // 1. The thread already exists (same id as the first alert).
    try {
      return { thread: threadRef, id: await post(threadRef, body) };
    } catch (err) {
      if (apiCode(err) !== UNKNOWN_CHANNEL && !isThreadRefusal(err)) throw err;
      if (apiCode(err) === UNKNOWN_CHANNEL) {
        // 2. Start it on the first alert's message.
        try {
          const thread = (await rest.post(Routes.threads(channelId, threadRef), {
            body: { name: threadName(message), auto_archive_duration: THREAD_ARCHIVE_MINUTES },
          })) as { id: string };
          return { thread: thread.id, id: await post(thread.id, body) };
        } catch (createErr) {
          if (apiCode(createErr) === UNKNOWN_CHANNEL) throw createErr;
          if (apiCode(createErr) === THREAD_ALREADY_CREATED) return { thread: threadRef, id: await post(threadRef, body) };
          if (!isThreadRefusal(createErr)) throw createErr;
        }
      }
    }
    // 3. No threads in this channel (type or permissions): reply to the first alert.
    return { id: await post(channelId, { ...body, message_reference: { message_id: threadRef, fail_if_not_exists: false } }) };
  }

  /** The short channel line for a change posted in a thread: the change, linking to it. */
  function broadcastBody(channel: ChannelRef, message: RichMessage, thread: string, id: string, deliveryKey?: string): object {
    const line: RichMessage = {
      type: 'update',
      title: message.title,
      ...(message.url ? { url: message.url } : {}),
      body: [[{ text: 'In the alert’s thread: ' }, { text: 'open', url: messageLink(channel.workspaceId, thread, id) }]],
      ...(message.tone ? { tone: message.tone } : {}),
      fallbackText: message.fallbackText,
    };
    const rendered = renderDiscordMessage(line);
    return deliveryKey ? { ...rendered, nonce: deliveryNonce(`${deliveryKey}~broadcast`), enforce_nonce: true } : rendered;
  }

  return async (channel, message, opts) => {
    const rendered = renderDiscordMessage(message);
    const body = opts?.deliveryKey ? { ...rendered, nonce: deliveryNonce(opts.deliveryKey), enforce_nonce: true } : rendered;
    try {
      if (!opts?.threadRef) return { ok: true, messageRef: await post(channel.channelId, body) };
      const posted = await followUp(channel.channelId, opts.threadRef, message, body);
      if (!posted.thread) return { ok: true, messageRef: posted.id }; // a reply in the channel: seen there already
      // A meaningful change: the channel gets a line too (the nonce makes a retry a no-op).
      if (opts.broadcast) await post(channel.channelId, broadcastBody(channel, message, posted.thread, posted.id, opts.deliveryKey));
      return { ok: true, messageRef: threadedRef(posted.thread, posted.id) };
    } catch (err) {
      return classifyError(err);
    }
  };
}
