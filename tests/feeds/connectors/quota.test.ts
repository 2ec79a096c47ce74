import { describe, expect, it } from 'vitest';
import {
  budgetFromParams,
  currentQuota,
  isExhausted,
  msUntilReset,
  nextReset,
  quotaExhaustedMessage,
  remainingQuota,
  spendQuota,
} from '../../../feeds/connectors/quota.ts';

const now = new Date('2026-03-05T12:34:56Z');

describe('quota budgets', () => {
  it('periods reset at the next UTC minute, hour, day or month', () => {
    expect(nextReset(now, 'minute').toISOString()).toBe('2026-03-05T12:35:00.000Z');
    expect(nextReset(now, 'hour').toISOString()).toBe('2026-03-05T13:00:00.000Z');
    expect(nextReset(now, 'day').toISOString()).toBe('2026-03-06T00:00:00.000Z');
    expect(nextReset(now, 'month').toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(nextReset(new Date('2026-12-31T23:59:00Z'), 'month').toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('starts a fresh budget when there is none', () => {
    expect(currentQuota(undefined, { limit: 10, period: 'day' }, now)).toEqual({
      used: 0,
      limit: 10,
      period: 'day',
      resetAt: '2026-03-06T00:00:00.000Z',
    });
  });

  it('carries the spend over within the window and resets after it', () => {
    const open = { used: 7, limit: 10, period: 'day', resetAt: '2026-03-06T00:00:00.000Z' };
    expect(currentQuota(open, { limit: 10, period: 'day' }, now).used).toBe(7);
    const closed = { ...open, resetAt: '2026-03-05T00:00:00.000Z' };
    expect(currentQuota(closed, { limit: 10, period: 'day' }, now)).toMatchObject({ used: 0, resetAt: '2026-03-06T00:00:00.000Z' });
  });

  it('follows a changed limit at once and restarts on a changed period', () => {
    const open = { used: 7, limit: 10, period: 'day', resetAt: '2026-03-06T00:00:00.000Z' };
    expect(currentQuota(open, { limit: 1000, period: 'day' }, now)).toMatchObject({ used: 7, limit: 1000 });
    expect(currentQuota(open, { limit: 250, period: 'month' }, now)).toMatchObject({ used: 0, period: 'month' });
  });

  it('spends, counts what is left and says when it is exhausted', () => {
    let q = currentQuota(undefined, { limit: 2, period: 'day' }, now);
    expect(remainingQuota(q)).toBe(2);
    q = spendQuota(spendQuota(q));
    expect(q.used).toBe(2);
    expect(isExhausted(q)).toBe(true);
    expect(remainingQuota(spendQuota(q))).toBe(0);
    expect(msUntilReset(q, now)).toBe(Date.parse('2026-03-06T00:00:00Z') - now.getTime());
    expect(quotaExhaustedMessage('SAM.gov', q)).toBe(
      'SAM.gov: request budget used (2/2 per day); skipping until it resets at 2026-03-06T00:00:00.000Z',
    );
  });

  it('reads the budget from source params, falling back to the defaults', () => {
    const d = { limit: 10, period: 'day' } as const;
    expect(budgetFromParams({ quotaLimit: 1000 }, d)).toEqual({ limit: 1000, period: 'day' });
    expect(budgetFromParams({ quotaLimit: -1, quotaPeriod: 'fortnight' }, d)).toEqual(d);
    expect(budgetFromParams({ quotaPeriod: 'hour' }, d)).toEqual({ limit: 10, period: 'hour' });
  });
});
