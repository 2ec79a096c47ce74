import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../../src/domain/index.ts';
import { DocColumns } from '../../src/search/columns.ts';
import { documentBoost } from '../../src/search/rank.ts';

function item(n: number, over: Partial<StoredItem> & { topics?: string[]; priority?: boolean } = {}): StoredItem {
  const seen = over.firstSeenAt ?? '2026-11-01T00:00:00Z';
  return {
    id: `i${n}`,
    sourceId: 's',
    kind: 'bill',
    jurisdiction: 'CT',
    title: `Item ${n}`,
    url: `https://example.gov/${n}`,
    version: 'v1',
    firstSeenAt: seen,
    lastSeenAt: seen,
    history: [{ version: 'v1', title: `Item ${n}`, seenAt: seen }],
    ...over,
    match: { topics: over.topics ?? ['state-databases'], terms: [], snippet: '', highlights: [], priority: over.priority ?? false },
  } as StoredItem;
}

function columnsOf(items: StoredItem[]): DocColumns {
  const c = new DocColumns();
  items.forEach((it, d) => c.set(d, it));
  return c;
}

const passing = (c: DocColumns, n: number, f: ((d: number) => boolean) | undefined) =>
  Array.from({ length: n }, (_, d) => d).filter((d) => !f || f(d));

describe('DocColumns.filter: the query filters as a predicate on doc numbers', () => {
  const items = [
    item(0, { kind: 'bill', jurisdiction: 'ct' }),
    item(1, { kind: 'contract', jurisdiction: 'US', topics: ['immigration-enforcement'] }),
    item(2, {
      kind: 'rule',
      jurisdiction: 'US',
      topics: ['immigration-enforcement', 'state-databases'],
      firstSeenAt: '2026-11-15T00:00:00Z',
    }),
  ];
  const c = columnsOf(items);

  it('has no predicate without filters', () => {
    expect(c.filter({ text: 'x' })).toBeUndefined();
  });
  it('filters by kind, jurisdiction (any case), topic and since', () => {
    expect(passing(c, 3, c.filter({ text: '', kinds: ['contract', 'rule'] }))).toEqual([1, 2]);
    expect(passing(c, 3, c.filter({ text: '', jurisdictions: ['CT'] }))).toEqual([0]);
    expect(passing(c, 3, c.filter({ text: '', topics: ['immigration-enforcement'] }))).toEqual([1, 2]);
    expect(passing(c, 3, c.filter({ text: '', since: new Date('2026-11-10T00:00:00Z') }))).toEqual([2]);
    expect(passing(c, 3, c.filter({ text: '', kinds: ['rule'], jurisdictions: ['CT'] }))).toEqual([]);
  });
  it('matches nothing for values no item has', () => {
    expect(passing(c, 3, c.filter({ text: '', kinds: ['news'] }))).toEqual([]);
    expect(passing(c, 3, c.filter({ text: '', topics: ['nope'] }))).toEqual([]);
  });
  it('handles more topics than fit in the bit mask by checking the item', () => {
    const many = Array.from({ length: 40 }, (_, n) => item(n, { topics: [`topic-${n}`] }));
    const cm = columnsOf(many);
    expect(passing(cm, 40, cm.filter({ text: '', topics: ['topic-3', 'topic-35'] }))).toEqual([3, 35]);
    expect(passing(cm, 40, cm.filter({ text: '', topics: ['topic-39'] }))).toEqual([39]);
  });
  it('boosts like documentBoost', () => {
    const p = item(9, { priority: true, firstSeenAt: '2026-11-19T00:00:00Z' });
    const cp = columnsOf([p]);
    const now = Date.parse('2026-11-20T12:00:00Z');
    expect(cp.boost(0, now)).toBe(documentBoost(p, now));
  });
});
