import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../storage/memory.ts';
import { makeDelivery, makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';

const now = new Date('2026-11-20T12:00:00Z');

describe('Store: items', () => {
  it('reports a matching item as created once, and not again when polled unchanged', async () => {
    const store = createMemoryStore();
    const item = makeItem();
    const first = await recordItems(store, [{ item, match: makeMatch() }], now);
    expect(first.created.map((i) => i.id)).toEqual([item.id]);
    const second = await recordItems(store, [{ item, match: makeMatch() }], now);
    expect(second).toEqual({ created: [], changed: [] });
  });

  it('reports a new version of a stored item as changed and keeps its status history', async () => {
    const store = createMemoryStore();
    const v1 = makeItem();
    await recordItems(store, [{ item: v1, match: makeMatch() }], now);
    const v2 = makeItem({ status: 'Passed House' });
    expect(v2.version).not.toBe(v1.version);
    const res = await recordItems(store, [{ item: v2, match: makeMatch() }], new Date('2026-11-21T00:00:00Z'));
    expect(res.changed).toHaveLength(1);
    const stored = await store.getItem(v1.id);
    expect(stored?.history.map((h) => h.status)).toEqual(['Referred to Joint Committee on Judiciary', 'Passed House']);
    expect(stored?.firstSeenAt).toBe(now.toISOString());
  });

  it('keeps only a seen-id for non-matching items, and treats a later match as new', async () => {
    const store = createMemoryStore();
    const item = makeItem({ title: 'An Act Concerning Ice Storm Preparedness' });
    const res = await recordItems(store, [{ item, match: null }], now);
    expect(res.created).toEqual([]);
    expect(await store.countItems()).toBe(0);
    const later = await recordItems(store, [{ item, match: makeMatch() }], now);
    expect(later.created).toHaveLength(1);
  });

  it('filters listItems by jurisdiction, kind, topic and since, newest first', async () => {
    const store = createMemoryStore();
    const a = makeItem({ native: 'a', jurisdiction: 'CT' });
    const b = makeItem({ native: 'b', jurisdiction: 'US', kind: 'contract' });
    await recordItems(store, [{ item: a, match: makeMatch({ topics: ['state-databases'] }) }], new Date('2026-11-01T00:00:00Z'));
    await recordItems(store, [{ item: b, match: makeMatch({ topics: ['immigration-enforcement'] }) }], new Date('2026-11-10T00:00:00Z'));
    expect((await store.listItems()).map((i) => i.id)).toEqual([b.id, a.id]);
    expect((await store.listItems({ jurisdictions: ['CT'] })).map((i) => i.id)).toEqual([a.id]);
    expect((await store.listItems({ kinds: ['contract'] })).map((i) => i.id)).toEqual([b.id]);
    expect((await store.listItems({ topics: ['state-databases'] })).map((i) => i.id)).toEqual([a.id]);
    expect((await store.listItems({ since: new Date('2026-11-05T00:00:00Z') })).map((i) => i.id)).toEqual([b.id]);
  });

  it('prunes items and seen-ids beyond their retention windows', async () => {
    const store = createMemoryStore();
    const old = makeItem({ native: 'old' });
    const fresh = makeItem({ native: 'fresh' });
    const noise = makeItem({ native: 'noise', title: 'Snow and ice removal' });
    await recordItems(store, [{ item: old, match: makeMatch() }, { item: noise, match: null }], new Date('2025-01-01T00:00:00Z'));
    await recordItems(store, [{ item: fresh, match: makeMatch() }], now);
    const pruned = await store.prune(now, 365, 90);
    expect(pruned).toEqual({ items: 1, seen: 1, removedItemIds: [old.id] });
    expect(await store.getItem(old.id)).toBeUndefined();
    expect(await store.getItem(fresh.id)).toBeDefined();
  });
});

describe('Store: what recordItems writes', () => {
  it('notes an unchanged item as seen at most once per UTC day (retention works in days)', async () => {
    const store = createMemoryStore();
    const item = makeItem();
    await recordItems(store, [{ item, match: makeMatch() }], new Date('2026-11-20T08:00:00Z'));
    await recordItems(store, [{ item, match: makeMatch() }], new Date('2026-11-20T23:59:00Z'));
    expect((await store.getItem(item.id))?.lastSeenAt).toBe('2026-11-20T08:00:00.000Z');
    await recordItems(store, [{ item, match: makeMatch() }], new Date('2026-11-21T00:01:00Z'));
    expect((await store.getItem(item.id))?.lastSeenAt).toBe('2026-11-21T00:01:00.000Z');
  });

  it('stores at most 1,000 characters of a summary, marked with an ellipsis', async () => {
    const store = createMemoryStore();
    const long = makeItem({ native: 'long', summary: 'Immigration detainer data sharing. '.repeat(100) });
    const short = makeItem({ native: 'short', summary: 'Short summary.' });
    await recordItems(store, [{ item: long, match: makeMatch() }, { item: short, match: makeMatch() }], now);
    const stored = (await store.getItem(long.id))!.summary!;
    expect(stored).toHaveLength(1000);
    expect(stored.endsWith('…')).toBe(true);
    expect(long.summary!.startsWith(stored.slice(0, -1))).toBe(true);
    expect((await store.getItem(short.id))?.summary).toBe('Short summary.');
  });
});

describe('Store: outbox', () => {
  it('never re-sends a sent delivery key, counts it as sent, and forgets it after a week', async () => {
    const store = createMemoryStore();
    const item = makeItem();
    const sub = makeSubscription();
    await store.upsertSubscription(sub);
    const update = makeDelivery(item, sub, { type: 'update' });
    await store.enqueueDeliveries([update]);
    await store.updateDelivery(update.key, { status: 'sent', sentAt: now.toISOString(), messageRef: 'ts-2' });
    expect(await store.dueDeliveries(now)).toEqual([]);
    expect(await store.enqueueDeliveries([update])).toEqual([]);
    expect(await store.deliveryCounts()).toEqual({ pending: 0, sent: 1, failed: 0 });
    await recordItems(store, [{ item, match: makeMatch() }], now);
    await store.pruneOutbox(new Date(now.getTime() + 8 * 86_400_000));
    expect(await store.deliveryCounts()).toEqual({ pending: 0, sent: 0, failed: 0 });
  });

  it('ignores a delivery whose key is already queued, and a second first-alert for the same item and channel', async () => {
    const store = createMemoryStore();
    const item = makeItem();
    const sub = makeSubscription();
    await store.upsertSubscription(sub);
    const d = makeDelivery(item, sub);
    expect(await store.enqueueDeliveries([d])).toHaveLength(1);
    expect(await store.enqueueDeliveries([d])).toHaveLength(0);
    expect(await store.enqueueDeliveries([{ ...d, key: 'other-key' }])).toHaveLength(0);
    expect(await store.hasAlerted(item.id, sub.id)).toBe(true);
  });

  it('returns only pending deliveries that are due, and remembers the first alert as the thread for follow-ups', async () => {
    const store = createMemoryStore();
    const item = makeItem();
    const sub = makeSubscription();
    await store.upsertSubscription(sub);
    const d = makeDelivery(item, sub, { nextAttemptAt: '2026-11-20T13:00:00.000Z' });
    await store.enqueueDeliveries([d]);
    expect(await store.dueDeliveries(now)).toEqual([]);
    expect(await store.dueDeliveries(new Date('2026-11-20T13:00:00Z'))).toHaveLength(1);
    await store.updateDelivery(d.key, { status: 'sent', messageRef: '1700000000.000100' });
    expect(await store.threadRefFor(item.id, sub.channel)).toBe('1700000000.000100');
    expect(await store.deliveryCounts()).toEqual({ pending: 0, sent: 1, failed: 0 });
  });
});

describe('Store: subscriptions, watchlist, digest markers, audit', () => {
  it('upserts one subscription per channel and removes it', async () => {
    const store = createMemoryStore();
    await store.upsertSubscription(makeSubscription());
    await store.upsertSubscription(makeSubscription({ jurisdictions: ['CT'] }));
    expect(await store.listSubscriptions()).toHaveLength(1);
    expect((await store.getSubscription({ platform: 'slack', workspaceId: 'T1', channelId: 'C1' }))?.jurisdictions).toEqual(['CT']);
    expect(await store.removeSubscription('slack:T1:C1')).toBe(true);
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('keeps watch additions per workspace, digest markers and the newest audit entries first', async () => {
    const store = createMemoryStore();
    await store.addWatchAddition({ id: 'w1', workspaceId: 'T1', topic: 'state-databases', rule: '"ALPR"', mode: 'include', addedBy: 'U1', addedAt: now.toISOString() });
    await store.addWatchAddition({ id: 'w2', workspaceId: 'T2', topic: 'state-databases', rule: 'Flock', mode: 'include', addedBy: 'U2', addedAt: now.toISOString() });
    expect((await store.listWatchAdditions('T1')).map((w) => w.id)).toEqual(['w1']);
    await store.setDigestMarker('slack:T1:C1', '2026-11-23');
    expect(await store.getDigestMarker('slack:T1:C1')).toBe('2026-11-23');
    for (const action of ['subscribe', 'watch add']) {
      await store.appendAudit({ at: now.toISOString(), platform: 'slack', workspaceId: 'T1', channelId: 'C1', userId: 'U1', action, detail: '' });
    }
    expect((await store.listAudit(5)).map((a) => a.action)).toEqual(['watch add', 'subscribe']);
  });
});
