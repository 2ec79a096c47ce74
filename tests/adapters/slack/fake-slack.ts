/**
 * A local fake of the Slack Web API (and of response_url) on 127.0.0.1, built on the shared
 * fixture server. Web API methods answer JSON like Slack; form bodies are decoded and
 * `blocks` JSON-parsed so tests can assert the exact payloads the real WebClient sent.
 *
 * chat.postMessage keeps what it posted per channel (with `thread_ts` and message `metadata`),
 * and conversations.history / conversations.replies serve it back as Slack documents them:
 * history lists a channel's top-level messages newest first, replies a thread's parent and
 * replies oldest first, both from `oldest` on, and a message's `metadata` only when
 * `include_all_metadata` is true.
 */
import { createHmac } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../../../src/log.ts';
import { startFixtureServer, type FixtureServer, type RecordedRequest, type StaticResponse } from '../../helpers/fixture-server.ts';

export const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/slack/${name}`, import.meta.url), 'utf8');
const fixtureJson = <T = Record<string, unknown>>(name: string): T => JSON.parse(fixture(name)) as T;

type MethodAnswer = StaticResponse | Record<string, unknown>;
type MethodHandler = (params: Record<string, unknown>, req: RecordedRequest) => MethodAnswer;

export interface FakeSlack {
  server: FixtureServer;
  /** Value for SLACK_API_URL / clientOptions.slackApiUrl. */
  apiUrl: string;
  /** A response_url served by this fake. */
  responseUrl: string;
  /** Decoded params of every call to a Web API method, in order. */
  calls(method: string): Array<Record<string, unknown>>;
  /** Requests Bolt's respond() made to responseUrl (JSON bodies). */
  responses(): Array<Record<string, unknown>>;
  /** Authorization headers seen for a method. */
  authHeaders(method: string): string[];
  on(method: string, handler: MethodHandler): void;
  /** Answer the next `times` calls of `method` with `answer` instead (nothing is posted). */
  failNext(method: string, answer: MethodAnswer, times?: number): void;
  /** Messages chat.postMessage created in a channel, in posting order. */
  messages(channel: string): PostedMessage[];
  /**
   * Called when chat.postMessage has created a message, before it answers; the answer waits
   * for the returned promise (a slow or hanging Slack, after the message exists).
   */
  onPosted(hook: ((m: PostedMessage) => Promise<void> | void) | undefined): void;
  close(): Promise<void>;
}

interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  thread_ts?: string;
  /** A reply also shown in the channel (chat.postMessage `reply_broadcast`). */
  reply_broadcast?: boolean;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  blocks?: unknown;
}

const isStatic = (a: MethodAnswer): a is StaticResponse => 'status' in a || 'headers' in a || 'body' in a;

function decodeParams(req: RecordedRequest): Record<string, unknown> {
  if ((req.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(req.body || '{}') as Record<string, unknown>;
  const params: Record<string, unknown> = Object.fromEntries(new URLSearchParams(req.body));
  for (const key of ['blocks', 'attachments', 'metadata']) {
    if (typeof params[key] === 'string') params[key] = JSON.parse(params[key] as string);
  }
  return params;
}

export interface FakeSlackOptions {
  /**
   * Message ts from the wall clock (as Slack's are) rather than a counter from 1700000000:
   * needed when the code under test looks messages up by time (`oldest`).
   */
  wallClockTs?: boolean;
}

export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const server = await startFixtureServer();
  const handlers = new Map<string, MethodHandler>();
  let ts = 1_700_000_000;
  handlers.set('auth.test', () => fixtureJson('auth.test.ok.json'));
  const posted: PostedMessage[] = [];
  let postedHook: ((m: PostedMessage) => Promise<void> | void) | undefined;
  const failures = new Map<string, MethodAnswer[]>();
  handlers.set('chat.postMessage', (p) => {
    ts = opts.wallClockTs ? Math.max(ts + 1, Math.floor(Date.now() / 1000)) : ts + 1;
    const m: PostedMessage = { channel: String(p.channel), ts: `${ts}.000100`, text: String(p.text ?? '') };
    if (p.thread_ts) m.thread_ts = String(p.thread_ts);
    if (p.thread_ts && (p.reply_broadcast === true || p.reply_broadcast === 'true')) m.reply_broadcast = true;
    if (p.metadata) m.metadata = p.metadata as PostedMessage['metadata'];
    if (p.blocks) m.blocks = p.blocks;
    posted.push(m);
    return { ...fixtureJson('chat.postMessage.ok.json'), channel: p.channel, ts: m.ts };
  });
  const view = (m: PostedMessage, withMetadata: boolean) => ({
    type: 'message',
    user: 'U0BOT',
    bot_id: 'B0BOT',
    text: m.text,
    ts: m.ts,
    ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
    ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
  });
  const withMeta = (p: Record<string, unknown>) => p.include_all_metadata === true || p.include_all_metadata === 'true';
  const fromOldest = (p: Record<string, unknown>) => (m: PostedMessage) => Number(m.ts) > Number(p.oldest ?? 0);
  handlers.set('conversations.history', (p) => {
    const top = posted
      .filter((m) => m.channel === p.channel && !m.thread_ts)
      .filter(fromOldest(p))
      .reverse();
    return {
      ok: true,
      messages: top.map((m) => view(m, withMeta(p))),
      has_more: false,
      pin_count: 0,
      response_metadata: { next_cursor: '' },
    };
  });
  handlers.set('conversations.replies', (p) => {
    const thread = posted.filter((m) => m.channel === p.channel && (m.ts === p.ts || m.thread_ts === p.ts));
    if (!thread.length) return { ok: false, error: 'thread_not_found' };
    const [parent, ...replies] = thread;
    return {
      ok: true,
      messages: [parent!, ...replies.filter(fromOldest(p))].map((m) => view(m, withMeta(p))),
      has_more: false,
      response_metadata: { next_cursor: '' },
    };
  });
  handlers.set('users.info', () => ({ ok: true, user: { id: 'U0', is_admin: false, is_owner: false } }));
  handlers.set('chat.update', (p) => ({ ok: true, channel: p.channel, ts: p.ts, text: p.text }));

  const apiRoute = async (req: RecordedRequest, res: ServerResponse): Promise<StaticResponse | void> => {
    const method = req.path.replace(/^\/api\//, '');
    const failure = failures.get(method)?.shift();
    const handler = failure ? () => failure : handlers.get(method);
    if (!handler)
      return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ok: false, error: 'unknown_method' }) };
    const before = posted.length;
    const answer = handler(decodeParams(req), req);
    if (posted.length > before && postedHook) await postedHook(posted.at(-1)!);
    if (isStatic(answer)) return answer;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer));
  };
  const methods = [
    'auth.test',
    'chat.update',
    'chat.postMessage',
    'users.info',
    'apps.connections.open',
    'conversations.history',
    'conversations.replies',
  ];
  for (const m of methods) server.route(`POST /api/${m}`, apiRoute);
  server.route('POST /respond/1', { status: 200, body: 'ok' });

  const requestsFor = (method: string) => server.requests.filter((r) => r.path === `/api/${method}`);
  return {
    server,
    apiUrl: `${server.url}/api/`,
    responseUrl: `${server.url}/respond/1`,
    calls: (method) => requestsFor(method).map(decodeParams),
    responses: () => server.requests.filter((r) => r.path === '/respond/1').map((r) => JSON.parse(r.body) as Record<string, unknown>),
    authHeaders: (method) => requestsFor(method).map((r) => String(r.headers.authorization ?? '')),
    on: (method, handler) => {
      handlers.set(method, handler);
      if (!methods.includes(method)) {
        methods.push(method);
        server.route(`POST /api/${method}`, apiRoute);
      }
    },
    failNext: (method, answer, times = 1) =>
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => answer)]),
    messages: (channel) => posted.filter((m) => m.channel === channel),
    onPosted: (hook) => (postedHook = hook),
    close: () => server.close(),
  };
}

/** Headers Slack adds to every request: v0 HMAC-SHA256 of `v0:timestamp:body`. */
export function slackSignature(body: string, secret: string, timestampSec: number): Record<string, string> {
  const sig = createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestampSec), 'x-slack-signature': `v0=${sig}` };
}

/** A pino logger whose JSON lines are kept for assertions. */
export function captureLogger(): { log: Logger; lines: () => Array<{ level: number; msg: string; [k: string]: unknown }> } {
  const out: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      out.push(String(chunk));
      cb();
    },
  });
  const log = createLogger({ level: 'debug', destination });
  return {
    log,
    lines: () =>
      out
        .flatMap((s) => s.split('\n'))
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

/** Poll until `check` returns a value (for work Bolt does after ack); fails after ~3 s. */
export async function eventually<T>(check: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
