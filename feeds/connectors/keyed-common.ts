/**
 * Shared plumbing for the keyed API connectors (SAM.gov, Open States, LegiScan, Congress.gov,
 * Regulations.gov, NY Senate): reading params, fetching JSON through SafeHttp with failures
 * mapped to values, building items, and `runSweep`, the bounded, resumable, quota-aware pager.
 *
 * Cursor (SourceState.cursor) written by `runSweep`:
 *   since  ISO time the next sweep asks for changes from
 *   until  ISO end of the sweep in progress (only while resuming)
 *   job    key of the query the sweep stopped in (only while resuming)
 *   page   page index to resume at (only while resuming)
 * A sweep that stops because the request budget ran out keeps its place and resumes next poll;
 * a sweep that fails keeps the old cursor, so nothing between the two is skipped.
 */
import type { FailureReason, FetchContext, FetchOutcome, HttpRequest, Item, QuotaState } from '../../src/domain/index.ts';
import { itemId, itemVersion } from '../../src/domain/index.ts';
import { scrubSecrets } from '../../src/log.ts';
import { currentQuota, isExhausted, msUntilReset, quotaExhaustedMessage, spendQuota, type QuotaBudget } from './quota.ts';

// ─── Params ─────────────────────────────────────────────────────────────────────────
export function strParam(params: Record<string, unknown>, name: string): string | undefined {
  const v = params[name];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

export function numParam(params: Record<string, unknown>, name: string, fallback: number, min: number, max: number): number {
  const v = params[name];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.floor(n))) : fallback;
}

/** A string or a list of strings as a list (empty when absent). */
export function listParam(params: Record<string, unknown>, name: string): string[] {
  const v = params[name];
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim());
  return [];
}

/** `params.baseUrl` without a trailing slash, else the production URL. */
export function baseUrl(params: Record<string, unknown>, fallback: string): string {
  return (strParam(params, 'baseUrl') ?? fallback).replace(/\/+$/, '');
}

// ─── Values ─────────────────────────────────────────────────────────────────────────
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/\s+/g, ' ').trim();
  return s || undefined;
}

/** Any parseable date as ISO-8601, else undefined. */
export function isoDate(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const mdy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  const t = mdy ? Date.UTC(Number(mdy[3]), Number(mdy[1]) - 1, Number(mdy[2])) : Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** MM/dd/yyyy in UTC (SAM.gov date parameters). */
export function mdy(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${d.getUTCFullYear()}`;
}

export const DAY_MS = 86_400_000;

export interface ItemFields extends Omit<Item, 'id' | 'sourceId' | 'version' | 'title'> {
  title: string | undefined;
}

/** An item with its stable id and a version over title, status and the connector's extras. */
export function buildItem(sourceId: string, nativeId: string, fields: ItemFields, versionExtra: Array<string | undefined> = []): Item {
  const title = fields.title ?? fields.identifier ?? nativeId;
  const item: Item = { ...fields, id: itemId(sourceId, nativeId), sourceId, title, version: '' };
  for (const key of Object.keys(item) as Array<keyof Item>) if (item[key] === undefined) delete item[key];
  item.version = itemVersion(item, ...versionExtra);
  return item;
}

// ─── HTTP ───────────────────────────────────────────────────────────────────────────
export type Failure = Extract<FetchOutcome, { status: 'failed' }>;
export type JsonResult = { ok: true; data: unknown; httpStatus: number } | { ok: false; httpStatus?: number; failure: Failure };

function fail(reason: FailureReason, message: string, retryAfterMs?: number): Failure {
  return retryAfterMs === undefined
    ? { status: 'failed', reason, message: scrubSecrets(message) }
    : { status: 'failed', reason, message: scrubSecrets(message), retryAfterMs };
}

/**
 * GET (or POST) a JSON API through SafeHttp. 429 becomes reason 'quota' with the server's
 * Retry-After; 401/403 become 'config' naming the env variable to check. Messages never
 * carry the key.
 */
export async function fetchJson(ctx: FetchContext, label: string, secretName: string, url: string, req: HttpRequest = {}): Promise<JsonResult> {
  const res = await ctx.http.request(url, { ...req, headers: { accept: 'application/json', ...req.headers } });
  if (res.status === 'not-modified') return { ok: false, httpStatus: 304, failure: fail('http', `${label}: unexpected 304 Not Modified`) };
  const httpStatus = res.httpStatus;
  const failed = res.status === 'failed' || (httpStatus !== undefined && httpStatus >= 400);
  if (failed) {
    const retryAfterMs = res.status === 'failed' ? res.retryAfterMs : retryAfterFromHeader(res.headers['retry-after']);
    const detail = res.status === 'failed' ? res.message : `HTTP ${httpStatus}`;
    if (httpStatus === 429) {
      const wait = retryAfterMs !== undefined ? `; retry after ${Math.ceil(retryAfterMs / 1000)} s` : '';
      return { ok: false, httpStatus, failure: fail('quota', `${label}: rate limited by the API (HTTP 429)${wait}`, retryAfterMs) };
    }
    if (httpStatus === 401 || httpStatus === 403) {
      return { ok: false, httpStatus, failure: fail('config', `${label}: the API rejected the key (HTTP ${httpStatus}); check ${secretName}`) };
    }
    const reason = res.status === 'failed' ? res.reason : 'http';
    return { ok: false, httpStatus, failure: fail(reason, `${label}: ${detail}`, retryAfterMs) };
  }
  try {
    return { ok: true, data: JSON.parse(res.body) as unknown, httpStatus: httpStatus ?? 200 };
  } catch {
    return { ok: false, httpStatus, failure: fail('parse', `${label}: the response was not JSON (${res.body.slice(0, 80)})`) };
  }
}

function retryAfterFromHeader(v: string | undefined): number | undefined {
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}

export function parseFailure(label: string, what: string): Failure {
  return fail('parse', `${label}: unexpected response shape (${what})`);
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
export interface SweepWindow {
  since: Date;
  until: Date;
}

export type PageResult = { items: Item[]; more: boolean } | Failure;

export interface SweepOptions {
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
export async function runSweep(o: SweepOptions): Promise<FetchOutcome> {
  const { ctx } = o;
  const key = ctx.secrets[o.secretName];
  if (!key) return fail('config', `${o.label}: ${o.secretName} is not set; add it to the environment to enable this source`);
  const now = ctx.now;
  const cursor = ctx.state.cursor ?? {};
  const since = validDate(cursor.since) ?? new Date(now.getTime() - o.lookbackMs);
  const until = validDate(cursor.until) ?? now;
  const window = { since, until };
  let quota: QuotaState | undefined = o.budget ? currentQuota(ctx.state.quota, o.budget, now) : undefined;
  const withQuota = (s: Record<string, unknown>) => (quota ? { ...s, quota } : s);
  if (quota && isExhausted(quota)) {
    return { ...fail('quota', quotaExhaustedMessage(o.label, quota), msUntilReset(quota, now)), state: { quota } };
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
      if (page + 1 >= o.maxPages) ctx.log.warn({ source: ctx.source.id, job, maxPages: o.maxPages }, 'more pages than maxPages; the rest is left for a later sweep or lost');
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
