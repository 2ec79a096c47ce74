import { describe, expect, it } from 'vitest';
import type { KnownItem } from '../../src/domain/index.ts';
import { capSummary, decideItemChanges, idsNeedingBodies } from '../../src/pipeline/item-changes.ts';
import { makeItem, makeMatch } from '../helpers/items.ts';

const now = new Date('2026-11-20T12:00:00Z');
const known = (entries: Array<[string, KnownItem]>) => new Map(entries);

describe('decideItemChanges: what is a new or changed item', () => {
  it('takes a matching item never seen as new, with one history entry', () => {
    const item = makeItem();
    const w = decideItemChanges([{ item, match: makeMatch() }], new Map(), new Map(), now);
    expect(w.created.map((i) => i.id)).toEqual([item.id]);
    expect(w.created[0]!.history).toEqual([{ version: item.version, status: item.status, title: item.title, seenAt: now.toISOString() }]);
    expect(w.changed).toEqual([]);
  });

  it('takes a new version of a stored item as changed and appends to its history', () => {
    const v1 = makeItem();
    const first = decideItemChanges([{ item: v1, match: makeMatch() }], new Map(), new Map(), new Date('2026-11-19T00:00:00Z')).created[0]!;
    const v2 = makeItem({ status: 'Passed House' });
    const k = known([[v1.id, { stored: true, version: v1.version, lastSeenAt: first.lastSeenAt }]]);
    expect(idsNeedingBodies([{ item: v2, match: makeMatch() }], k)).toEqual([v1.id]);
    const w = decideItemChanges([{ item: v2, match: makeMatch() }], k, new Map([[v1.id, first]]), now);
    expect(w.changed).toHaveLength(1);
    expect(w.changed[0]!.firstSeenAt).toBe(first.firstSeenAt);
    expect(w.changed[0]!.history.map((h) => h.status)).toEqual([v1.status, 'Passed House']);
  });

  it('notes an unchanged or no-longer-matching stored item as seen once per UTC day', () => {
    const item = makeItem();
    const sameDay = known([[item.id, { stored: true, version: item.version, lastSeenAt: '2026-11-20T01:00:00.000Z' }]]);
    expect(decideItemChanges([{ item, match: makeMatch() }], sameDay, new Map(), now).touched).toEqual([]);
    const dayBefore = known([[item.id, { stored: true, version: item.version, lastSeenAt: '2026-11-19T23:00:00.000Z' }]]);
    const w = decideItemChanges([{ item, match: null }], dayBefore, new Map(), now);
    expect(w).toEqual({ created: [], changed: [], touched: [item.id], seen: [], unseen: [] });
  });

  it('takes a new version of a followed stored item as changed even when it stops matching, keeping its match', () => {
    const v1 = makeItem();
    const first = decideItemChanges([{ item: v1, match: makeMatch() }], new Map(), new Map(), new Date('2026-11-19T00:00:00Z')).created[0]!;
    const v2 = makeItem({ title: 'An Act Concerning Fishing Licenses', status: 'Passed' });
    const k = known([[v1.id, { stored: true, version: v1.version, lastSeenAt: first.lastSeenAt }]]);
    const followed = new Set([v1.id]);
    expect(idsNeedingBodies([{ item: v2, match: null }], k)).toEqual([]);
    expect(idsNeedingBodies([{ item: v2, match: null }], k, followed)).toEqual([v1.id]);
    const w = decideItemChanges([{ item: v2, match: null }], k, new Map([[v1.id, first]]), now, followed);
    expect(w.changed.map((i) => [i.title, i.match.terms])).toEqual([[v2.title, first.match.terms]]);
    expect(decideItemChanges([{ item: v2, match: null }], k, new Map([[v1.id, first]]), now).changed).toEqual([]);
  });

  it('keeps only a seen-id for a non-matching item, and takes it as new once it matches', () => {
    const item = makeItem({ title: 'Ice storm preparedness' });
    const w = decideItemChanges([{ item, match: null }], new Map(), new Map(), now);
    expect(w.seen).toEqual([{ id: item.id, version: item.version }]);
    const k = known([[item.id, { stored: false, version: item.version, lastSeenAt: now.toISOString() }]]);
    expect(decideItemChanges([{ item, match: null }], k, new Map(), now).seen).toEqual([]);
    const later = decideItemChanges([{ item, match: makeMatch() }], k, new Map(), now);
    expect(later.created.map((i) => i.id)).toEqual([item.id]);
    expect(later.unseen).toEqual([item.id]);
  });

  it('lets a later entry of the same poll see what an earlier one decided', () => {
    const v1 = makeItem();
    const v2 = makeItem({ status: 'Passed House' });
    const w = decideItemChanges(
      [
        { item: v1, match: makeMatch() },
        { item: v2, match: makeMatch() },
      ],
      new Map(),
      new Map(),
      now,
    );
    expect(w.created).toHaveLength(1);
    expect(w.changed[0]!.history).toHaveLength(2);
  });

  it('caps stored summaries at 1,000 characters without splitting a surrogate pair', () => {
    const s = capSummary({ summary: 'a'.repeat(998) + '😀' + 'b'.repeat(10) });
    expect(s.summary!.length).toBeLessThanOrEqual(1000);
    expect(s.summary!.endsWith('…')).toBe(true);
    expect(s.summary!.at(-2)).toBe('a');
  });
});
