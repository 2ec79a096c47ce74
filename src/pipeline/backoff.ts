/** The longest anything waits before trying again: a source, a delivery, an adapter start. */
export const MAX_BACKOFF_MS = 24 * 3600_000;

/**
 * Exponential backoff, capped, never earlier than a server's Retry-After — but never later
 * than a day either: a `Retry-After: 9999999999` or a date in the year 9999 must not turn a
 * source or a channel off for centuries. Non-finite or negative hints are ignored.
 */
export function backoffMs(attempt: number, baseMs: number, capMs: number, retryAfterMs?: number): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const hint = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs > 0 ? retryAfterMs : 0;
  return Math.min(MAX_BACKOFF_MS, Math.max(exp, hint));
}
