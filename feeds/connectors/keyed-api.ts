/**
 * What only the keyed API connectors (SAM.gov, Open States, LegiScan, Congress.gov,
 * Regulations.gov, NY Senate) need on top of the shared connector modules (params.ts,
 * json-api.ts, failures.ts, …): `keyedConnector`, which wires the connector object and hands
 * `run` a `KeyedApi` (JSON fetching that maps 429 to 'quota' and 401/403 to 'config' naming
 * the key's env variable), and `runSweep`, the bounded, resumable, quota-aware pager.
 *
 * Cursor (SourceState.cursor) written by `runSweep`:
 *   since  ISO time the next sweep asks for changes from
 *   until  ISO end of the sweep in progress (only while resuming)
 *   job    key of the query the sweep stopped in (only while resuming)
 *   page   page index to resume at (only while resuming)
 * A sweep that stops because the request budget ran out keeps its place and resumes next poll;
 * a sweep that fails keeps the old cursor, so nothing between the two is skipped.
 */
import type { FetchContext, FetchOutcome, HttpRequest, Item, QuotaState, SourceConnector } from '../../src/domain/index.ts';
import { configFailure, failed, type Failed } from './failures.ts';
import { fetchJson, type JsonResult } from './json-api.ts';
import { currentQuota, isExhausted, msUntilReset, quotaExhaustedMessage, spendQuota, type QuotaBudget } from './quota.ts';

/** MM/dd/yyyy in UTC (SAM.gov date parameters). */
export function mdy(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${d.getUTCFullYear()}`;
}

export const DAY_MS = 86_400_000;

// ─── HTTP ───────────────────────────────────────────────────────────────────────────
/**
 * `fetchJson` for a keyed API. 429 becomes reason 'quota' with the server's Retry-After;
 * 401/403 become 'config' naming the env variable to check. Messages never carry the key.
 */
async function fetchKeyedJson(
  ctx: FetchContext,
  label: string,
  secretName: string,
  url: string,
  req: HttpRequest = {},
): Promise<JsonResult> {
  const res = await fetchJson(ctx.http, url, req, label);
  if (res.ok) return res;
  const { httpStatus } = res;
  if (httpStatus === 429) {
    const { retryAfterMs } = res.failure;
    const wait = retryAfterMs !== undefined ? `; retry after ${Math.ceil(retryAfterMs / 1000)} s` : '';
    const message = `${label}: rate limited by the API (HTTP 429)${wait}`;
    return { ok: false, httpStatus, failure: failed('quota', message, retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (httpStatus === 401 || httpStatus === 403) {
    return {
      ok: false,
      httpStatus,
      failure: configFailure(`${label}: the API rejected the key (HTTP ${httpStatus}); check ${secretName}`),
    };
  }
  return res;
}

function parseFailure(label: string, what: string): Failed {
  return failed('parse', `${label}: unexpected response shape (${what})`);
}

/** Build a URL from a base and query pairs; repeated names come from repeated pairs. */
export function withQuery(url: string, pairs: Array<[string, string | number | undefined]>): string {
  const qs = pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return qs ? `${url}${url.includes('?') ? '&' : '?'}${qs}` : url;
}

// ─── The sweep ──────────────────────────────────────────────────────────────────────
interface SweepWindow {
  since: Date;
  until: Date;
}

export type PageResult = { items: Item[]; more: boolean } | Failed;

interface SweepOptions {
  ctx: FetchContext;
  /** 'SAM.gov opportunities': starts every message. */
  label: string;
  secretName: string;
  /** Query keys; one sweep pages through each in turn. At least one. */
  jobs: string[];
  /** Pages per job per sweep. */
  maxPages: number;
  /** Requests per poll, whatever the quota (per-minute limits). */
  maxRequestsPerPoll?: number;
  budget?: QuotaBudget;
  /** How far back the first sweep reaches. */
  lookbackMs: number;
  /** The next sweep starts this long before this one's start (clock skew, late indexing). */
  overlapMs: number;
  fetchPage(key: string, job: string, page: number, window: SweepWindow): Promise<PageResult>;
}

/** Run (or resume) one sweep; see the file comment for the cursor it keeps. */
async function runSweep(o: SweepOptions): Promise<FetchOutcome> {
  const { ctx } = o;
  const key = ctx.secrets[o.secretName];
  if (!key) return configFailure(`${o.label}: ${o.secretName} is not set; add it to the environment to enable this source`);
  const now = ctx.now;
  const cursor = ctx.state.cursor ?? {};
  const since = validDate(cursor.since) ?? new Date(now.getTime() - o.lookbackMs);
  const until = validDate(cursor.until) ?? now;
  const window = { since, until };
  let quota: QuotaState | undefined = o.budget ? currentQuota(ctx.state.quota, o.budget, now) : undefined;
  const withQuota = (s: Record<string, unknown>) => (quota ? { ...s, quota } : s);
  if (quota && isExhausted(quota)) {
    return { ...failed('quota', quotaExhaustedMessage(o.label, quota), { retryAfterMs: msUntilReset(quota, now) }), state: { quota } };
  }
  const resumeJob = cursor.job !== undefined ? o.jobs.indexOf(cursor.job) : -1;
  const startJob = Math.max(0, resumeJob);
  const startPage = resumeJob >= 0 ? Number(cursor.page ?? 0) || 0 : 0;
  const items = new Map<string, Item>();
  let requests = 0;
  for (let j = startJob; j < o.jobs.length; j++) {
    const job = o.jobs[j]!;
    for (let page = j === startJob ? startPage : 0; page < o.maxPages; page++) {
      const outOfBudget = (quota && isExhausted(quota)) || (o.maxRequestsPerPoll !== undefined && requests >= o.maxRequestsPerPoll);
      if (outOfBudget) {
        ctx.log.info({ source: ctx.source.id, job, page }, 'request budget for this poll used; the sweep resumes next poll');
        const resume = { since: since.toISOString(), until: until.toISOString(), job, page: String(page) };
        return { status: 'ok', items: [...items.values()], state: withQuota({ cursor: resume }) };
      }
      if (quota) quota = spendQuota(quota);
      requests++;
      const res = await o.fetchPage(key, job, page, window);
      if ('status' in res) return { ...res, message: res.message.split(key).join('[REDACTED]'), state: withQuota({}) };
      for (const item of res.items) if (isNewer(item, items.get(item.id))) items.set(item.id, item);
      if (!res.more) break;
      if (page + 1 >= o.maxPages)
        ctx.log.warn(
          { source: ctx.source.id, job, maxPages: o.maxPages },
          'more pages than maxPages; the rest is left for a later sweep or lost',
        );
    }
  }
  const next = { since: new Date(until.getTime() - o.overlapMs).toISOString() };
  return { status: 'ok', items: [...items.values()], state: withQuota({ cursor: next }) };
}

/** The same record twice in one sweep (two queries, two modifications): keep the latest. */
function isNewer(item: Item, have: Item | undefined): boolean {
  if (!have) return true;
  const t = (i: Item) => Date.parse(i.updatedAt ?? i.publishedAt ?? '') || 0;
  return t(item) > t(have);
}

function validDate(v: string | undefined): Date | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t);
}

// ─── The connector ──────────────────────────────────────────────────────────────────
/** One keyed API as seen from inside a poll: its label, its key's env variable and bound helpers. */
export interface KeyedApi {
  /** 'SAM.gov opportunities': starts every message. */
  label: string;
  secretName: string;
  /** `fetchKeyedJson` for this API. */
  fetchJson(url: string, req?: HttpRequest): Promise<JsonResult>;
  parseFailure(what: string): Failed;
  /** `runSweep` for this API. */
  sweep(o: Omit<SweepOptions, 'ctx' | 'label' | 'secretName'>): Promise<FetchOutcome>;
}

export interface KeyedConnectorSpec {
  type: string;
  label: string;
  /** Env variable holding the API key (`requiredSecret`). */
  secret: string;
  description: string;
  run(ctx: FetchContext, api: KeyedApi): Promise<FetchOutcome>;
}

/** A SourceConnector for a keyed API: `requiredSecret` set, `fetch` handing `run` its KeyedApi. */
export function keyedConnector(spec: KeyedConnectorSpec): SourceConnector {
  const { label, secret: secretName } = spec;
  return {
    type: spec.type,
    description: spec.description,
    requiredSecret: secretName,
    fetch: (ctx) =>
      spec.run(ctx, {
        label,
        secretName,
        fetchJson: (url, req) => fetchKeyedJson(ctx, label, secretName, url, req),
        parseFailure: (what) => parseFailure(label, what),
        sweep: (o) => runSweep({ ...o, ctx, label, secretName }),
      }),
  };
}
