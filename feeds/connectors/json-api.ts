/** Fetching a JSON API through SafeHttp, with every failure as a value. */
import type { HttpRequest, SafeHttp } from '../../src/domain/index.ts';
import { parseRetryAfter } from '../http/retry-after.ts';
import { failed, fromHttpFailure, type Failed } from './failures.ts';

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
