/**
 * Helpers shared by every connector, keyless (rss, federal-register, usaspending, fpds) and
 * keyed (keyed-common.ts adds what only keyed APIs need): params, failures as FetchOutcome
 * values, JSON fetching, paging bounds, values and item building.
 */
import type { Deadline, DeadlineKind, FetchOutcome, HttpRequest, HttpResult, Item, ItemKind, SafeHttp } from '../../src/domain/index.ts';
import { ITEM_KINDS, itemId, itemVersion } from '../../src/domain/index.ts';
import { scrubSecrets } from '../../src/domain/index.ts';
import { parseRetryAfter } from '../http/retry-after.ts';

export type Failed = Extract<FetchOutcome, { status: 'failed' }>;

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

export function kindParam(params: Record<string, unknown>, fallback: ItemKind): ItemKind {
  const v = strParam(params, 'kind');
  return v && (ITEM_KINDS as readonly string[]).includes(v) ? (v as ItemKind) : fallback;
}

/** Pages fetched per poll (params.maxPages), bounded. */
export function maxPagesParam(params: Record<string, unknown>, fallback: number): number {
  return numParam(params, 'maxPages', fallback, 1, 50);
}

/** `params.baseUrl` without a trailing slash, else the production URL. */
export function baseUrlParam(params: Record<string, unknown>, fallback: string): string {
  return (strParam(params, 'baseUrl') ?? fallback).replace(/\/+$/, '');
}

export function failed(reason: Failed['reason'], message: string, extra: Partial<Failed> = {}): Failed {
  return { status: 'failed', reason, message: scrubSecrets(message), ...extra };
}

/** A failed HttpResult as a FetchOutcome, prefixed with what was being fetched. */
export function fromHttpFailure(res: Extract<HttpResult, { status: 'failed' }>, what: string): Failed {
  return failed(res.reason, `${what}: ${res.message}`, res.retryAfterMs !== undefined ? { retryAfterMs: res.retryAfterMs } : {});
}

export function config(message: string): Failed {
  return failed('config', message);
}

export type JsonResult = { ok: true; data: unknown; httpStatus: number } | { ok: false; httpStatus?: number; failure: Failed };

/**
 * GET (or POST) a JSON API through SafeHttp; every failure is a value carrying the HTTP status
 * when there was one. Nothing here asks for a 304, so one is a failure rather than "no data".
 */
export async function fetchJson(http: SafeHttp, url: string, req: HttpRequest, what: string): Promise<JsonResult> {
  const res = await http.request(url, { ...req, headers: { accept: 'application/json', ...req.headers } });
  if (res.status === 'not-modified') return { ok: false, httpStatus: 304, failure: failed('http', `${what}: unexpected 304 Not Modified`) };
  if (res.status === 'failed') return { ok: false, httpStatus: res.httpStatus, failure: fromHttpFailure(res, what) };
  const httpStatus = res.httpStatus;
  if (httpStatus >= 400) {
    const retryAfterMs = parseRetryAfter(res.headers['retry-after'], Date.now());
    return {
      ok: false,
      httpStatus,
      failure: failed('http', `${what}: HTTP ${httpStatus}`, retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  }
  try {
    return { ok: true, data: JSON.parse(res.body) as unknown, httpStatus };
  } catch {
    return { ok: false, httpStatus, failure: failed('parse', `${what}: the response was not JSON (${res.body.slice(0, 80)})`) };
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Trimmed, whitespace-collapsed string (numbers stringified), else undefined. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/\s+/g, ' ').trim();
  return s || undefined;
}

/** 'YYYY-MM-DD' of `now` minus `days` (UTC). */
export function isoDay(now: Date, days = 0): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * ISO from a date or date-time string, else undefined; never throws. 'YYYY-MM-DD' and
 * 'MM/DD/YYYY' (SAM.gov) are UTC midnight; 'YYYY-MM-DD HH:MM[:SS]' reads as 'YYYY-MM-DDTHH:MM[:SS]'.
 */
export function isoDate(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  const ms = us
    ? Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]))
    : Date.parse(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s) ? `${s.replace(' ', 'T')}Z` : s); // zone-less = UTC
  if (Number.isNaN(ms)) return undefined;
  try {
    return new Date(ms).toISOString();
  } catch {
    return undefined;
  }
}

/** Follows a paging link only if it stays on the configured origin. */
export function sameOriginNext(next: unknown, base: string): string | undefined {
  const s = str(next);
  if (!s) return undefined;
  try {
    const url = new URL(s, base);
    return url.origin === new URL(base).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function usd(amount: number): string {
  return USD.format(amount);
}

export interface ItemFields extends Omit<Item, 'id' | 'sourceId' | 'version' | 'title'> {
  /** Missing: the identifier, else the native id. */
  title: string | undefined;
}

const OPTIONAL_FIELDS = ['identifier', 'summary', 'agency', 'office', 'contractor', 'place', 'status', 'publishedAt', 'updatedAt'] as const;

/**
 * An item with its stable id and a version (`itemVersion`) over title, status and the
 * connector's extras. Optional fields left undefined or empty are dropped.
 */
export function buildItem(sourceId: string, nativeId: string, fields: ItemFields, versionExtra: Array<string | undefined> = []): Item {
  const title = fields.title ?? fields.identifier ?? nativeId;
  const item: Item = {
    id: itemId(sourceId, nativeId),
    sourceId,
    kind: fields.kind,
    jurisdiction: fields.jurisdiction,
    title,
    url: fields.url,
    version: '',
  };
  for (const key of OPTIONAL_FIELDS) {
    const v = fields[key];
    if (v !== undefined && v !== '') item[key] = v;
  }
  const deadlines = (fields.deadlines ?? []).filter(Boolean);
  if (deadlines.length) item.deadlines = deadlines;
  item.version = itemVersion(item, ...versionExtra);
  return item;
}

/**
 * A deadline from a source's date: a plain day ('2026-12-15', kept as the day) or a date-time
 * (kept as the instant); undefined when the value is not a date. The action link must be https.
 */
export function deadlineOf(kind: DeadlineKind, value: unknown, actionUrl?: string): Deadline | undefined {
  const s = str(value);
  if (!s) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
  const at = day && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : isoDate(s);
  if (!at) return undefined;
  const link = actionUrl && /^https:\/\/[^\s]+$/.test(actionUrl) ? actionUrl : undefined;
  return { kind, at, ...(link ? { actionUrl: link } : {}) };
}
