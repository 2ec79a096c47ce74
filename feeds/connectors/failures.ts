/** A connector's failures as FetchOutcome values (messages scrubbed of secrets). */
import type { FetchOutcome, HttpResult } from '../../src/domain/index.ts';
import { scrubSecrets } from '../../src/domain/index.ts';

export type Failed = Extract<FetchOutcome, { status: 'failed' }>;

export function failed(reason: Failed['reason'], message: string, extra: Partial<Failed> = {}): Failed {
  return { status: 'failed', reason, message: scrubSecrets(message), ...extra };
}

/** A failed HttpResult as a FetchOutcome, prefixed with what was being fetched. */
export function fromHttpFailure(res: Extract<HttpResult, { status: 'failed' }>, what: string): Failed {
  return failed(res.reason, `${what}: ${res.message}`, res.retryAfterMs !== undefined ? { retryAfterMs: res.retryAfterMs } : {});
}

/** The source is misconfigured (a missing param or key): no retry will help until it is fixed. */
export function configFailure(message: string): Failed {
  return failed('config', message);
}
