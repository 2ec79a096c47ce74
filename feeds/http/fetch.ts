/**
 * The one way policywatch fetches anything: undici with an SSRF-guarded Agent, manual
 * redirects (each hop re-checked, no https→http), a timeout over the whole exchange, a size
 * cap after decompression, conditional GET and charset decoding. Failures are values.
 */
import { rootCertificates } from 'node:tls';
import { Agent, request, type Dispatcher } from 'undici';
import type { HttpRequest, HttpResult, SafeHttp } from '../../src/domain/index.ts';
import { scrubSecrets } from '../../src/domain/index.ts';
import { compileAllowList } from './address.ts';
import { readBody } from './body.ts';
import { decodeBody } from './charset.ts';
import { BlockedAddressError, checkUrlSyntax, createGuardedLookup } from './guard.ts';
import { parseRetryAfter } from './retry-after.ts';

export interface SafeHttpOptions {
  /** Whole-exchange timeout (default 15000). */
  timeoutMs?: number;
  /** Body cap, counted after decompression (default 5 MiB). */
  maxBytes?: number;
  userAgent?: string;
  /** Hostnames, IPs or CIDRs allowed despite being private; '*' allows everything. */
  allowPrivateHosts?: string[];
  /** Redirect hops followed (default 3). */
  maxRedirects?: number;
  /** Clock for Retry-After HTTP dates (tests). */
  now?: () => number;
  /** Extra trusted CA certificate(s), PEM, for self-hosted feeds behind a private CA (and tests). */
  ca?: string | string[];
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Failure = Extract<HttpResult, { status: 'failed' }>;
const fail = (reason: Failure['reason'], message: string, extra: Partial<Failure> = {}): Failure => ({
  status: 'failed',
  reason,
  message: scrubSecrets(message),
  ...extra,
});

export function defaultUserAgent(contact: string): string {
  return `policywatch/0.1 (+https://github.com/policywatch; contact: ${contact})`;
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function flatHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function errorChain(err: unknown): unknown[] {
  const chain: unknown[] = [];
  let cur: unknown = err;
  while (cur && chain.length < 6) {
    chain.push(cur);
    cur = (cur as { cause?: unknown }).cause;
  }
  return chain;
}

function classify(err: unknown, url: URL, timedOut: boolean, timeoutMs: number): Failure {
  const chain = errorChain(err);
  const blocked = chain.find((e) => e instanceof BlockedAddressError || (e as { code?: string })?.code === 'EPW_BLOCKED');
  if (blocked) return fail('blocked', (blocked as Error).message);
  const where = `${url.protocol}//${url.host}`;
  if (
    timedOut ||
    chain.some((e) => /Timeout/i.test((e as { code?: string; name?: string })?.code ?? '') || (e as Error)?.name === 'TimeoutError')
  ) {
    return fail('timeout', `no complete answer from ${where} within ${timeoutMs} ms`);
  }
  const code = chain.map((e) => (e as { code?: string })?.code).find(Boolean);
  const message = chain.map((e) => (e as Error)?.message).find(Boolean) ?? String(err);
  return fail('network', `could not fetch ${where}: ${code ? `${code} ` : ''}${message}`);
}

export function createSafeHttp(opts: SafeHttpOptions = {}): SafeHttp {
  const allow = compileAllowList(opts.allowPrivateHosts);
  const maxRedirects = opts.maxRedirects ?? 3;
  const now = opts.now ?? Date.now;
  const agent = new Agent({
    connect: {
      lookup: createGuardedLookup(allow) as never,
      timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(opts.ca ? { ca: [...rootCertificates, ...[opts.ca].flat()] } : {}),
    },
    keepAliveTimeout: 4_000,
  });

  async function requestOnce(url: string, req: HttpRequest = {}): Promise<HttpResult> {
    const timeoutMs = req.timeoutMs ?? opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = req.maxBytes ?? opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    }, timeoutMs);
    let method: 'GET' | 'POST' = req.method ?? 'GET';
    let body = req.body;
    const headers: Record<string, string> = {
      'user-agent': opts.userAgent ?? defaultUserAgent('operator@example.org'),
      accept: '*/*',
      'accept-encoding': 'gzip, deflate, br',
    };
    for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;

    let current = checkUrlSyntax(url, allow);
    try {
      for (let hop = 0; ; hop++) {
        if (!current.ok) return fail(current.blocked ? 'blocked' : 'config', current.reason);
        const target = current.url;
        let res: Dispatcher.ResponseData;
        try {
          res = await request(target, { method, headers, body, dispatcher: agent, signal: controller.signal });
        } catch (err) {
          return classify(err, target, timedOut, timeoutMs);
        }
        const status = res.statusCode;
        const location = header(res.headers, 'location');
        if (REDIRECTS.has(status) && location) {
          await res.body.dump().catch(() => undefined);
          if (hop >= maxRedirects) return fail('http', `more than ${maxRedirects} redirects from ${url}`, { httpStatus: status });
          const next = new URL(location, target);
          if (target.protocol === 'https:' && next.protocol === 'http:') {
            return fail('blocked', `refused redirect from https to plain http (${next.host})`, { httpStatus: status });
          }
          if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
            delete headers['content-type'];
          }
          current = checkUrlSyntax(next.href, allow);
          continue;
        }
        if (status === 304) {
          await res.body.dump().catch(() => undefined);
          return {
            status: 'not-modified',
            etag: header(res.headers, 'etag') ?? req.etag,
            lastModified: header(res.headers, 'last-modified') ?? req.lastModified,
          };
        }
        if (status < 200 || status > 299) {
          await res.body.dump().catch(() => undefined);
          const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(header(res.headers, 'retry-after'), now()) : undefined;
          return fail(
            'http',
            `HTTP ${status} from ${target.href}`,
            retryAfterMs !== undefined ? { httpStatus: status, retryAfterMs } : { httpStatus: status },
          );
        }
        let read;
        try {
          read = await readBody(res.body, header(res.headers, 'content-encoding'), maxBytes);
        } catch (err) {
          return classify(err, target, timedOut, timeoutMs);
        }
        if (!read.ok) {
          if (read.tooLarge)
            return fail('too-large', `response from ${target.host} exceeds ${maxBytes} bytes (after decompression)`, {
              httpStatus: status,
            });
          return timedOut
            ? classify(read.error, target, true, timeoutMs)
            : fail('network', `could not read body from ${target.host}: ${read.error.message}`, { httpStatus: status });
        }
        const contentType = header(res.headers, 'content-type');
        return {
          status: 'ok',
          httpStatus: status,
          body: decodeBody(read.buf, contentType).text,
          contentType,
          etag: header(res.headers, 'etag'),
          lastModified: header(res.headers, 'last-modified'),
          finalUrl: target.href,
          headers: flatHeaders(res.headers),
        };
      }
    } finally {
      clearTimeout(timer);
    }
  }

  return { request: requestOnce };
}
