/**
 * Request budgets for quota-limited APIs (SAM.gov 10/day, Open States 250/day, LegiScan
 * 30,000/month…). Pure helpers: the connector keeps the budget in `SourceState.quota`, checks
 * it before each request, spends one unit per request and returns the new state.
 * Periods are fixed UTC windows (the day starts at 00:00 UTC, the month on the 1st).
 */
import type { QuotaState } from '../../src/domain/index.ts';

const QUOTA_PERIODS = ['minute', 'hour', 'day', 'month'] as const;
export type QuotaPeriod = (typeof QUOTA_PERIODS)[number];

export interface QuotaBudget {
  limit: number;
  period: QuotaPeriod;
}

/** Start of the next period after `now` (UTC). */
export function nextReset(now: Date, period: QuotaPeriod): Date {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const d = now.getUTCDate();
  switch (period) {
    case 'minute':
      return new Date(Date.UTC(y, m, d, now.getUTCHours(), now.getUTCMinutes() + 1));
    case 'hour':
      return new Date(Date.UTC(y, m, d, now.getUTCHours() + 1));
    case 'day':
      return new Date(Date.UTC(y, m, d + 1));
    case 'month':
      return new Date(Date.UTC(y, m + 1, 1));
  }
}

/**
 * The budget as it stands at `now`: carried over from `prev` while its window is open,
 * fresh (used 0) once `resetAt` has passed or the period changed. The limit always follows
 * the configured budget, so an operator raising it takes effect at once.
 */
export function currentQuota(prev: QuotaState | undefined, budget: QuotaBudget, now: Date): QuotaState {
  const expired = !prev || prev.period !== budget.period || !(Date.parse(prev.resetAt) > now.getTime());
  if (expired) {
    return { used: 0, limit: budget.limit, period: budget.period, resetAt: nextReset(now, budget.period).toISOString() };
  }
  return { ...prev, limit: budget.limit };
}

export function remainingQuota(q: QuotaState): number {
  return Math.max(0, q.limit - q.used);
}

export function isExhausted(q: QuotaState): boolean {
  return remainingQuota(q) <= 0;
}

/** A copy with `n` more requests spent. */
export function spendQuota(q: QuotaState, n = 1): QuotaState {
  return { ...q, used: q.used + n };
}

/** Milliseconds until the budget resets (never negative). */
export function msUntilReset(q: QuotaState, now: Date): number {
  return Math.max(0, Date.parse(q.resetAt) - now.getTime());
}

export function quotaExhaustedMessage(label: string, q: QuotaState): string {
  return `${label}: request budget used (${q.used}/${q.limit} per ${q.period}); skipping until it resets at ${q.resetAt}`;
}

/**
 * Budget from source params (`quotaLimit`, `quotaPeriod`) with connector defaults, so an
 * operator with a bigger key tier can raise it in the config file.
 */
export function budgetFromParams(params: Record<string, unknown>, defaults: QuotaBudget): QuotaBudget {
  const limit = typeof params.quotaLimit === 'number' && params.quotaLimit > 0 ? Math.floor(params.quotaLimit) : defaults.limit;
  const period = (QUOTA_PERIODS as readonly unknown[]).includes(params.quotaPeriod) ? (params.quotaPeriod as QuotaPeriod) : defaults.period;
  return { limit, period };
}
