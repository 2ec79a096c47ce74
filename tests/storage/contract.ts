import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/index.ts';
import { makeDelivery, makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';

const now = new Date('2026-11-20T12:00:00Z');

/**
 * The store contract: run unchanged against every store (the in-memory twin, the embedded
 * default, PostgreSQL) by the contract-*.test.ts files. `open` gives a fresh, empty store.
 */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name}: items`, () => {
    it('reports a matching item as created once, and not again when polled unchanged', async () => {
      const store = await open();
      const item = makeItem();
      const first = await recordItems(store, [{ item, match: makeMatch() }], now);
      expect(first.created.map((i) => i.id)).toEqual([item.id]);
      const second = await recordItems(store, [{ item, match: makeMatch() }], now);
      expect(second).toEqual({ created: [], changed: [] });
    });

    it('reports a new version of a stored item as changed and keeps its status history', async () => {
      const store = await open();
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
      const store = await open();
      const item = makeItem({ title: 'An Act Concerning Ice Storm Preparedness' });
      const res = await recordItems(store, [{ item, match: null }], now);
      expect(res.created).toEqual([]);
      expect(await store.countItems()).toBe(0);
      const later = await recordItems(store, [{ item, match: makeMatch() }], now);
      expect(later.created).toHaveLength(1);
    });

    it('filters listItems by jurisdiction, kind, topic and since, newest first', async () => {
      const store = await open();
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
      const store = await open();
      const old = makeItem({ native: 'old' });
      const fresh = makeItem({ native: 'fresh' });
      const noise = makeItem({ native: 'noise', title: 'Snow and ice removal' });
      await recordItems(
        store,
        [
          { item: old, match: makeMatch() },
          { item: noise, match: null },
        ],
        new Date('2025-01-01T00:00:00Z'),
      );
      await recordItems(store, [{ item: fresh, match: makeMatch() }], now);
      const pruned = await store.prune(now, 365, 90);
      expect(pruned).toEqual({ items: 1, seen: 1, removedItemIds: [old.id] });
      expect(await store.getItem(old.id)).toBeUndefined();
      expect(await store.getItem(fresh.id)).toBeDefined();
    });
  });

  describe(`${name}: what recordItems writes`, () => {
    it('notes an unchanged item as seen at most once per UTC day (retention works in days)', async () => {
      const store = await open();
      const item = makeItem();
      await recordItems(store, [{ item, match: makeMatch() }], new Date('2026-11-20T08:00:00Z'));
      await recordItems(store, [{ item, match: makeMatch() }], new Date('2026-11-20T23:59:00Z'));
      expect((await store.getItem(item.id))?.lastSeenAt).toBe('2026-11-20T08:00:00.000Z');
      await recordItems(store, [{ item, match: makeMatch() }], new Date('2026-11-21T00:01:00Z'));
      expect((await store.getItem(item.id))?.lastSeenAt).toBe('2026-11-21T00:01:00.000Z');
    });

    it('stores at most 1,000 characters of a summary, marked with an ellipsis', async () => {
      const store = await open();
      const long = makeItem({ native: 'long', summary: 'Immigration detainer data sharing. '.repeat(100) });
      const short = makeItem({ native: 'short', summary: 'Short summary.' });
      await recordItems(
        store,
        [
          { item: long, match: makeMatch() },
          { item: short, match: makeMatch() },
        ],
        now,
      );
      const stored = (await store.getItem(long.id))!.summary!;
      expect(stored).toHaveLength(1000);
      expect(stored.endsWith('…')).toBe(true);
      expect(long.summary!.startsWith(stored.slice(0, -1))).toBe(true);
      expect((await store.getItem(short.id))?.summary).toBe('Short summary.');
    });
  });

  describe(`${name}: outbox`, () => {
    it('never re-sends a sent delivery key, counts it as sent, and forgets it after a week', async () => {
      const store = await open();
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

    it('keeps the key of a sent deadline reminder for 45 days, past the week of other keys, so it is never sent twice', async () => {
      const store = await open();
      const item = makeItem();
      const sub = makeSubscription();
      await store.upsertSubscription(sub);
      const reminder = makeDelivery(item, sub, { key: `remind:${item.id}:comment:2026-12-20>${sub.id}`, type: 'reminder' });
      await store.enqueueDeliveries([reminder]);
      await store.updateDelivery(reminder.key, { status: 'sent', sentAt: now.toISOString(), messageRef: 'ts-r' });
      await store.pruneOutbox(new Date(now.getTime() + 30 * 86_400_000));
      expect(await store.enqueueDeliveries([reminder])).toEqual([]);
      expect((await store.deliveryCounts()).sent).toBe(1);
      await store.pruneOutbox(new Date(now.getTime() + 46 * 86_400_000));
      expect((await store.deliveryCounts()).sent).toBe(0);
    });

    it('ignores a delivery whose key is already queued, and a second first-alert for the same item and channel', async () => {
      const store = await open();
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
      const store = await open();
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

  describe(`${name}: subscriptions, watchlist, digest markers, audit`, () => {
    it('upserts one subscription per channel and removes it', async () => {
      const store = await open();
      await store.upsertSubscription(makeSubscription());
      await store.upsertSubscription(makeSubscription({ jurisdictions: ['CT'] }));
      expect(await store.listSubscriptions()).toHaveLength(1);
      expect((await store.getSubscription({ platform: 'slack', workspaceId: 'T1', channelId: 'C1' }))?.jurisdictions).toEqual(['CT']);
      expect(await store.removeSubscription('slack:T1:C1')).toBe(true);
      expect(await store.listSubscriptions()).toEqual([]);
    });

    it('keeps watch additions per workspace, digest markers and the newest audit entries first', async () => {
      const store = await open();
      await store.addWatchAddition({
        id: 'w1',
        workspaceId: 'T1',
        topic: 'state-databases',
        rule: '"ALPR"',
        mode: 'include',
        addedBy: 'U1',
        addedAt: now.toISOString(),
      });
      await store.addWatchAddition({
        id: 'w2',
        workspaceId: 'T2',
        topic: 'state-databases',
        rule: 'Flock',
        mode: 'include',
        addedBy: 'U2',
        addedAt: now.toISOString(),
      });
      expect((await store.listWatchAdditions('T1')).map((w) => w.id)).toEqual(['w1']);
      await store.setDigestMarker('slack:T1:C1', '2026-11-23');
      expect(await store.getDigestMarker('slack:T1:C1')).toBe('2026-11-23');
      for (const action of ['subscribe', 'watch add']) {
        await store.appendAudit({
          at: now.toISOString(),
          platform: 'slack',
          workspaceId: 'T1',
          channelId: 'C1',
          userId: 'U1',
          action,
          detail: '',
        });
      }
      expect((await store.listAudit(5)).map((a) => a.action)).toEqual(['watch add', 'subscribe']);
    });
  });

  describe(`${name}: more of the contract`, () => {
    it('tells what it knows of ids: stored items with their version, seen-ids, nothing for the rest', async () => {
      const store = await open();
      const a = makeItem({ native: 'a' });
      const b = makeItem({ native: 'b', title: 'Snow removal' });
      await recordItems(
        store,
        [
          { item: a, match: makeMatch() },
          { item: b, match: null },
        ],
        now,
      );
      const known = await store.knownItems([a.id, b.id, 'unknown']);
      expect(known.get(a.id)).toEqual({ stored: true, version: a.version, lastSeenAt: now.toISOString() });
      expect(known.get(b.id)).toEqual({ stored: false, version: b.version, lastSeenAt: now.toISOString() });
      expect(known.has('unknown')).toBe(false);
    });

    it('reads several items in the order asked, and visits every stored item', async () => {
      const store = await open();
      const items = ['a', 'b', 'c'].map((native) => makeItem({ native }));
      await recordItems(
        store,
        items.map((item) => ({ item, match: makeMatch() })),
        now,
      );
      const got = await store.getItems!([items[2]!.id, 'missing', items[0]!.id]);
      expect(got.map((i) => i?.id)).toEqual([items[2]!.id, undefined, items[0]!.id]);
      const seen: string[] = [];
      await store.forEachItem!((batch) => seen.push(...batch.map((i) => i.id)));
      expect(seen.sort()).toEqual(items.map((i) => i.id).sort());
      expect(await store.countItems()).toBe(3);
    });

    it('keeps an item whole: body, match and history come back as stored', async () => {
      const store = await open();
      const item = makeItem({ agency: 'Department of Motor Vehicles', publishedAt: '2026-11-19T10:00:00.000Z' });
      const { created } = await recordItems(store, [{ item, match: makeMatch({ priority: false }) }], now);
      expect(await store.getItem(item.id)).toEqual(created[0]);
    });

    it('sends due alerts before follow-ups queued at the same time, and keeps a failure with its error', async () => {
      const store = await open();
      const item = makeItem();
      const sub = makeSubscription();
      await store.upsertSubscription(sub);
      const update = makeDelivery(item, sub, { type: 'update', key: 'u' });
      const alert = makeDelivery(item, sub, { key: 'a' });
      await store.enqueueDeliveries([update, alert]);
      expect((await store.dueDeliveries(now)).map((d) => d.key)).toEqual(['a', 'u']);
      await store.updateDelivery('u', { status: 'failed', attempts: 3, lastError: 'channel_not_found' });
      expect(await store.deliveryCounts()).toEqual({ pending: 1, sent: 0, failed: 1 });
      await store.updateDelivery('a', { attempts: 1, nextAttemptAt: '2026-11-20T12:05:00.000Z', lastError: 'ratelimited' });
      expect(await store.dueDeliveries(now)).toEqual([]);
      const [retry] = await store.dueDeliveries(new Date('2026-11-20T12:05:00Z'));
      expect(retry).toMatchObject({ key: 'a', attempts: 1, lastError: 'ratelimited', status: 'pending' });
      expect(await store.threadRefFor(item.id, { platform: 'slack', workspaceId: 'T9', channelId: 'C9' })).toBeUndefined();
    });

    it('keeps source state per source, with a fresh default for a source never polled', async () => {
      const store = await open();
      expect(await store.getSourceState('ct-bills')).toEqual({ sourceId: 'ct-bills', consecutiveFailures: 0, itemsSeen: 0 });
      const state = {
        sourceId: 'ct-bills',
        consecutiveFailures: 2,
        itemsSeen: 40,
        etag: 'W/"1"',
        cursor: { since: '2026-11-01' },
        lastError: 'HTTP 503',
      };
      await store.putSourceState(state);
      expect(await store.getSourceState('ct-bills')).toEqual(state);
      expect(await store.listSourceStates()).toEqual([state]);
    });

    it('removes watch additions by id and keeps at most 500 audit entries', async () => {
      const store = await open();
      await store.addWatchAddition({
        id: 'w1',
        workspaceId: 'T1',
        topic: 'state-databases',
        rule: 'Flock',
        mode: 'include',
        addedBy: 'U1',
        addedAt: now.toISOString(),
      });
      expect(await store.removeWatchAddition('w1')).toBe(true);
      expect(await store.removeWatchAddition('w1')).toBe(false);
      expect(await store.listWatchAdditions()).toEqual([]);
      for (let i = 0; i < 502; i++) {
        await store.appendAudit({
          at: now.toISOString(),
          platform: 'slack',
          workspaceId: 'T1',
          channelId: 'C1',
          userId: 'U1',
          action: `a${i}`,
          detail: '',
        });
      }
      const audit = await store.listAudit(1000);
      expect(audit).toHaveLength(500);
      expect(audit[0]!.action).toBe('a501');
    });
  });

  describe(`${name}: triage labels`, () => {
    it('keeps one relevance and one review label per person and item, per workspace, oldest first', async () => {
      const store = await open();
      const label = (workspaceId: string, userId: string, kind: 'relevant' | 'not-relevant' | 'reviewed', at: string) => ({
        workspaceId,
        itemId: 'i1',
        label: kind,
        platform: 'slack' as const,
        channelId: 'C1',
        userId,
        at,
        title: 'Bill',
        topics: ['state-databases'],
        terms: ['CLETS'],
      });
      await store.putLabel(label('T1', 'U1', 'relevant', '2026-11-01T00:00:00.000Z'));
      await store.putLabel(label('T1', 'U1', 'reviewed', '2026-11-01T00:01:00.000Z'));
      await store.putLabel(label('T2', 'U9', 'relevant', '2026-11-01T00:02:00.000Z'));
      await store.putLabel(label('T1', 'U1', 'not-relevant', '2026-11-01T00:03:00.000Z'));
      const t1 = await store.listLabels('T1');
      expect(t1.map((l) => l.label)).toEqual(['reviewed', 'not-relevant']);
      expect((await store.listLabels('T2')).map((l) => l.userId)).toEqual(['U9']);
      expect(await store.listLabels()).toHaveLength(3);
    });
  });

  describe(`${name}: workspace settings`, () => {
    it('gives the defaults until a workspace stores its own, and keeps each workspace apart', async () => {
      const store = await open();
      expect(await store.getWorkspaceSettings('T1')).toEqual({ workspaceId: 'T1', secondOpinion: true });
      expect(await store.listWorkspaceSettings()).toEqual([]);
      await store.putWorkspaceSettings({ workspaceId: 'T1', secondOpinion: false });
      await store.flush();
      expect(await store.getWorkspaceSettings('T1')).toEqual({ workspaceId: 'T1', secondOpinion: false });
      expect(await store.getWorkspaceSettings('T2')).toEqual({ workspaceId: 'T2', secondOpinion: true });
      await store.putWorkspaceSettings({ workspaceId: 'T2', secondOpinion: true });
      await store.putWorkspaceSettings({ workspaceId: 'T1', secondOpinion: true });
      expect((await store.listWorkspaceSettings()).sort((a, b) => a.workspaceId.localeCompare(b.workspaceId))).toEqual([
        { workspaceId: 'T1', secondOpinion: true },
        { workspaceId: 'T2', secondOpinion: true },
      ]);
      // Not a watch addition: the workspace's watch terms stay empty.
      expect(await store.listWatchAdditions('T1')).toEqual([]);
    });
  });

  describe(`${name}: follows`, () => {
    it("keeps one follow per channel and item; unfollow removes only that channel's", async () => {
      const store = await open();
      const ch = (workspaceId: string, channelId: string) => ({ platform: 'slack' as const, workspaceId, channelId });
      const follow = (channelId: string, itemId: string, userId: string, at: string, workspaceId = 'T1') => ({
        channel: ch(workspaceId, channelId),
        itemId,
        userId,
        at,
      });
      await store.putFollow(follow('C1', 'i1', 'U1', '2026-11-01T00:00:00.000Z'));
      await store.putFollow(follow('C2', 'i1', 'U2', '2026-11-01T00:01:00.000Z'));
      await store.putFollow(follow('C1', 'i2', 'U1', '2026-11-01T00:02:00.000Z'));
      await store.putFollow(follow('C1', 'i1', 'U3', '2026-11-01T00:03:00.000Z'));
      await store.putFollow(follow('C1', 'i1', 'U4', '2026-11-01T00:04:00.000Z', 'T2'));
      expect((await store.listFollows(['i1'])).map((f) => [f.channel.workspaceId, f.channel.channelId, f.userId]).sort()).toEqual([
        ['T1', 'C1', 'U3'],
        ['T1', 'C2', 'U2'],
        ['T2', 'C1', 'U4'],
      ]);
      expect(await store.listFollows()).toHaveLength(4);
      expect(await store.removeFollow(ch('T1', 'C1'), 'i1')).toBe(true);
      expect(await store.removeFollow(ch('T1', 'C1'), 'i1')).toBe(false);
      expect(
        (await store.listFollows(['i1', 'i2'])).map((f) => `${f.channel.workspaceId}/${f.channel.channelId}/${f.itemId}`).sort(),
      ).toEqual(['T1/C1/i2', 'T1/C2/i1', 'T2/C1/i1']);
      expect(await store.listFollows([])).toEqual([]);
    });
  });
}
