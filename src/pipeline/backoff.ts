/** Exponential backoff, capped, never earlier than a server's Retry-After. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, retryAfterMs?: number): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(exp, retryAfterMs ?? 0);
}
