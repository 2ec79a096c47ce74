/**
 * Maps a Web API failure to the DeliveryResult the outbox understands: retry later (429, 5xx,
 * network), mark the subscription broken (the channel is gone or closed to us), or stop (bad
 * credentials). Anything else is a permanent failure for this one message.
 */
import { webApi } from '@slack/bolt';
import type { DeliveryResult } from '../../src/domain/index.ts';

const { ErrorCode } = webApi;

export type DeliveryFailure = Extract<DeliveryResult, { ok: false }>;

/** The channel is gone or we may not post there: retrying cannot help. */
const CHANNEL_BROKEN_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'team_access_not_granted',
  'ekm_access_denied',
]);

/** The token no longer works: the adapter stops. */
export const FATAL_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'org_login_required',
]);

/** Slack-side trouble reported as a platform error rather than an HTTP status. */
const RETRYABLE_ERRORS = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/** The blocks themselves were refused: worth one more try as plain text. */
export const BLOCKS_REFUSED_ERRORS = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_blocks_too_long']);

interface SlackLikeError {
  code?: string;
  data?: { error?: string };
  retryAfter?: number;
  statusCode?: number;
  headers?: Record<string, string>;
  message?: string;
}

/** The platform error string (`channel_not_found`…) if this is one. */
export function platformErrorOf(err: unknown): string | undefined {
  const e = err as SlackLikeError;
  return e?.code === ErrorCode.PlatformError ? e.data?.error : undefined;
}

export function classifySlackError(err: unknown): DeliveryFailure {
  const e = (err ?? {}) as SlackLikeError;
  switch (e.code) {
    case ErrorCode.RateLimitedError:
      return {
        ok: false,
        error: `rate limited by Slack (retry after ${e.retryAfter ?? '?'} s)`,
        retryable: true,
        retryAfterMs: Math.max(1, e.retryAfter ?? 1) * 1000,
      };
    case ErrorCode.HTTPError: {
      const status = e.statusCode ?? 0;
      const retryAfterMs = parseRetryAfter(e.headers?.['retry-after']);
      const retryable = status >= 500 || status === 408 || status === 429;
      const unknownOutcome = status >= 500 || status === 408;
      return {
        ok: false,
        error: `Slack answered HTTP ${status}`,
        retryable,
        ...(unknownOutcome ? { unknownOutcome } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      };
    }
    case ErrorCode.RequestError:
      return { ok: false, error: `could not reach Slack: ${e.message ?? 'network error'}`, retryable: true, unknownOutcome: true };
    case ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      if (CHANNEL_BROKEN_ERRORS.has(code)) return { ok: false, error: code, retryable: false, channelBroken: true };
      if (FATAL_ERRORS.has(code)) return { ok: false, error: code, retryable: false, fatal: true };
      const retryable = RETRYABLE_ERRORS.has(code);
      // Slack-side trouble other than a rate limit: the post may have gone through.
      const unknownOutcome = retryable && code !== 'ratelimited' && code !== 'rate_limited';
      return { ok: false, error: code, retryable, ...(unknownOutcome ? { unknownOutcome } : {}) };
    }
    default:
      return { ok: false, error: e.message ?? String(err), retryable: true, unknownOutcome: true };
  }
}

/** Retry-After as seconds or an HTTP date, in ms. */
function parseRetryAfter(value: string | undefined, nowMs = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
