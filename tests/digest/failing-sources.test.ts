import { describe, expect, it } from 'vitest';
import { failingSources } from '../../src/digest/collect.ts';
import type { SourceStatusRow } from '../../src/domain/index.ts';

const NOW = new Date('2026-11-30T14:00:00Z');
const row = (over: Partial<SourceStatusRow>): SourceStatusRow => ({
  id: 'x',
  name: 'X',
  type: 'rss',
  enabled: true,
  consecutiveFailures: 1,
  itemsSeen: 0,
  ...over,
});

describe('digest footer: which sources have been failing for more than a day', () => {
  it('uses when the current run of failures began, so a brand-new source failing for an hour is not named', () => {
    expect(failingSources([row({ failingSince: '2026-11-30T13:00:00Z' })], NOW)).toEqual([]);
    expect(failingSources([row({ failingSince: '2026-11-29T13:59:00Z' })], NOW)).toHaveLength(1);
  });

  it('ignores healthy, disabled and never-failed sources', () => {
    expect(
      failingSources([row({ consecutiveFailures: 0 }), row({ enabled: false, disabledReason: 'needs SAM_API_KEY (not set)' })], NOW),
    ).toEqual([]);
  });
});
