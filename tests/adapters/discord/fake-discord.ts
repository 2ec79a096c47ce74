/**
 * A local fake of the parts of Discord's HTTP API (v10) policywatch touches, on
 * 127.0.0.1 via startFixtureServer. The real discord.js REST client points at it with
 * `api: server.url + '/api'`. Helpers answer in Discord's documented shapes: message
 * objects, thread channels, JSON error bodies `{ code, message }` and 429 bodies with
 * `retry_after` plus the Retry-After header.
 */
import { startFixtureServer, type FixtureServer, type RecordedRequest, type StaticResponse } from '../../helpers/fixture-server.ts';

export const APP_ID = '1234567890123456789';
export const GUILD_ID = '1100000000000000001';
export const CHANNEL_ID = '1200000000000000002';
export const BOT_USER = { id: APP_ID, username: 'policywatch', discriminator: '0', global_name: null, avatar: null, bot: true };

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): StaticResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** Discord's JSON error body, e.g. 404 { code: 10003, message: 'Unknown Channel' }. */
export const apiError = (status: number, code: number, message: string): StaticResponse => json(status, { message, code });

/** A 429 as Discord sends it: Retry-After header (seconds) and `retry_after` in the body. */
export const rateLimited = (retryAfterSeconds: number): StaticResponse =>
  json(
    429,
    { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false, code: 0 },
    { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
  );

let seq = 0n;
/** A fresh snowflake-shaped id. */
const snowflake = (): string => String(1300000000000000000n + ++seq);

/** A message object as Discord returns it from Create Message / Edit Original Response. */
export function messageObject(channelId: string, body: string, id = snowflake()): Record<string, unknown> {
  const sent = body ? (JSON.parse(body) as Record<string, unknown>) : {};
  return {
    id,
    type: 0,
    channel_id: channelId,
    author: BOT_USER,
    content: sent.content ?? '',
    embeds: sent.embeds ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: '2026-01-05T14:00:00.000000+00:00',
    edited_timestamp: null,
    flags: 0,
    components: [],
  };
}

export interface AcceptOptions {
  /**
   * Called once a message exists, before Create Message answers; the answer waits for the
   * returned promise (a slow or hanging Discord, after the message was created).
   */
  onCreated?: (message: Record<string, unknown>) => Promise<void> | void;
  /** How long a nonce is remembered for `enforce_nonce` (Discord: "a few minutes"). */
  nonceWindowMs?: number;
  /** Answer these first (in order) without creating anything: outages, 429s. */
  failFirst?: StaticResponse[];
}

/**
 * Accept Create Message on a channel; returns the ids it created, in order. As Discord
 * documents it: when the body has a `nonce` and `enforce_nonce: true` and this author created
 * a message with the same nonce within the last few minutes, that message is returned and
 * no new one is created. The returned message carries the nonce it was created with.
 */
export function acceptMessages(server: FixtureServer, channelId: string, opts: AcceptOptions = {}): string[] {
  const ids: string[] = [];
  const byNonce = new Map<string, { message: Record<string, unknown>; at: number }>();
  const window = opts.nonceWindowMs ?? 5 * 60_000;
  const failures = [...(opts.failFirst ?? [])];
  server.route(`POST /api/v10/channels/${channelId}/messages`, async (req) => {
    const failure = failures.shift();
    if (failure) return failure;
    const sent = bodyOf(req);
    const nonce = typeof sent.nonce === 'string' || typeof sent.nonce === 'number' ? String(sent.nonce) : undefined;
    const earlier = nonce !== undefined && sent.enforce_nonce === true ? byNonce.get(nonce) : undefined;
    if (earlier && Date.now() - earlier.at <= window) return json(200, earlier.message);
    const id = snowflake();
    ids.push(id);
    const message = { ...messageObject(channelId, req.body, id), ...(nonce !== undefined ? { nonce: sent.nonce } : {}) };
    if (nonce !== undefined) byNonce.set(nonce, { message, at: Date.now() });
    await opts.onCreated?.(message);
    return json(200, message);
  });
  return ids;
}

export async function startFakeDiscord(): Promise<FixtureServer & { api: string }> {
  const server = await startFixtureServer();
  return Object.assign(server, { api: `${server.url}/api` });
}

export const bodyOf = (req: RecordedRequest | undefined): Record<string, unknown> =>
  JSON.parse(req?.body ?? '{}') as Record<string, unknown>;
export const calls = (server: FixtureServer): string[] => server.requests.map((r) => `${r.method} ${r.path}`);
