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
export const snowflake = (): string => String(1300000000000000000n + ++seq);

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

/** Accept Create Message on a channel; returns the ids it assigned, in order. */
export function acceptMessages(server: FixtureServer, channelId: string): string[] {
  const ids: string[] = [];
  server.route(`POST /api/v10/channels/${channelId}/messages`, (req) => {
    const id = snowflake();
    ids.push(id);
    return json(200, messageObject(channelId, req.body, id));
  });
  return ids;
}

export async function startFakeDiscord(): Promise<FixtureServer & { api: string }> {
  const server = await startFixtureServer();
  return Object.assign(server, { api: `${server.url}/api` });
}

export const bodyOf = (req: RecordedRequest | undefined): Record<string, unknown> => JSON.parse(req?.body ?? '{}') as Record<string, unknown>;
export const calls = (server: FixtureServer): string[] => server.requests.map((r) => `${r.method} ${r.path}`);
