/** Safe HTTP for every connector: SSRF guard, timeouts, size cap, redirects, conditional GET, charset. */
import { checkUrl } from './guard.ts';
import type { SafeHttpOptions } from './fetch.ts';

export { createSafeHttp, defaultUserAgent, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './fetch.ts';
export type { SafeHttpOptions } from './fetch.ts';
export { isBlockedAddress } from './address.ts';
export { rejectHostileXml } from './xml-guard.ts';
export type { XmlGuardResult } from './xml-guard.ts';
export { decodeBody } from './charset.ts';
export { parseRetryAfter } from './retry-after.ts';

/** Validates an operator/chat-supplied URL up front (scheme, IP literals, DNS → private addresses). */
export async function checkUrlAllowed(url: string, opts: SafeHttpOptions = {}): Promise<{ ok: true } | { ok: false; reason: string }> {
  return checkUrl(url, opts.allowPrivateHosts ?? []);
}
