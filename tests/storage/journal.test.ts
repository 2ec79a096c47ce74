import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLowdbStore, StoreCorruptError } from '../../storage/lowdb.ts';
import { FakeClock } from '../helpers/clock.ts';
import { crashCopy, openStore, size, tempDir } from './helpers.ts';
import { makeDelivery, makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';

const now = new Date('2026-11-20T12:00:00Z');
const items = (n: number, prefix = 'i') =>
  Array.from({ length: n }, (_, i) => makeItem({ native: `${prefix}${i}`, identifier: `HB ${5000 + i}` }));

describe('journaled store parts', () => {
  it('replays the journals after a crash: items, outbox and sent keys come back without any snapshot', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const sub = makeSubscription();
    const [a, b] = items(2);
    await store.upsertSubscription(sub);
    await recordItems(
      store,
      [
        { item: a!, match: makeMatch() },
        { item: b!, match: makeMatch() },
      ],
      now,
    );
    await store.enqueueDeliveries([makeDelivery(a!, sub), makeDelivery(b!, sub)]);
    await store.flush();
    await store.updateDelivery(makeDelivery(a!, sub).key, { status: 'sent', sentAt: now.toISOString(), messageRef: 'ts-1' });
    await store.flush();
    expect(existsSync(join(dir, 'items.json'))).toBe(false);

    const after = await openStore(crashCopy(dir));
    expect(after.warnings).toEqual([]);
    expect((await after.getItem(a!.id))?.title).toBe(a!.title);
    expect(await after.countItems()).toBe(2);
    expect((await after.dueDeliveries(now)).map((d) => d.itemId)).toEqual([b!.id]);
    expect(await after.deliveryCounts()).toEqual({ pending: 1, sent: 1, failed: 0 });
    expect(await after.threadRefFor(a!.id, sub.channel)).toBe('ts-1');
  });

  it('ignores a torn last journal line with a warning, cuts it off, and keeps appending cleanly', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const [a, b] = items(2);
    await recordItems(store, [{ item: a!, match: makeMatch() }], now);
    await store.flush();
    const crashed = crashCopy(dir);
    const good = size(join(crashed, 'items.log'));
    appendFileSync(join(crashed, 'items.log'), '{"c":"items","k":"x","v":{"id":"x","tit'); // crash mid-append

    const after = await openStore(crashed);
    expect(after.warnings).toHaveLength(1);
    expect(after.warnings[0]).toMatch(/items\.log: ignored an incomplete last entry/);
    expect(await after.countItems()).toBe(1);
    expect(size(join(crashed, 'items.log'))).toBe(good);
    await recordItems(after, [{ item: b!, match: makeMatch() }], now);
    await after.flush();

    const again = await openStore(crashCopy(crashed));
    expect(again.warnings).toEqual([]);
    expect(await again.countItems()).toBe(2);
  });

  it('refuses a journal with a bad line in the middle, keeps a copy and changes nothing', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const [a, b] = items(2);
    await recordItems(store, [{ item: a!, match: makeMatch() }], now);
    await store.flush();
    const crashed = crashCopy(dir);
    const log = join(crashed, 'items.log');
    const lines = readFileSync(log, 'utf8');
    writeFileSync(log, `${lines}not json at all\n${JSON.stringify({ c: 'items', k: b!.id, v: { ...b } })}\n`);
    const damaged = readFileSync(log, 'utf8');

    const err = await openLowdbStore(crashed).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect((err as Error).message).toMatch(/items\.log is damaged.*Nothing was changed or reset/);
    expect((err as Error).message).toContain(`move ${log} away`);
    expect(readFileSync(log, 'utf8')).toBe(damaged);
    const kept = readdirSync(crashed).filter((f) => f.startsWith('items.log.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(crashed, kept[0]!), 'utf8')).toBe(damaged);
    expect(existsSync(join(crashed, 'policywatch.lock'))).toBe(false);
  });

  it('compaction leaves the same data in the snapshots and empty journals', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const sub = makeSubscription();
    const batch = items(20);
    await store.upsertSubscription(sub);
    await recordItems(
      store,
      batch.map((item) => ({ item, match: makeMatch() })),
      now,
    );
    await recordItems(store, [{ item: makeItem({ native: 'noise', title: 'Ice storm' }), match: null }], now);
    await store.enqueueDeliveries(batch.map((i) => makeDelivery(i, sub)));
    await store.updateDelivery(makeDelivery(batch[0]!, sub).key, { status: 'sent', sentAt: now.toISOString(), messageRef: 'ts-0' });
    await store.flush();
    const before = { items: await store.listItems(), due: await store.dueDeliveries(now), counts: await store.deliveryCounts() };

    await store.compact();
    expect(size(join(dir, 'items.log'))).toBe(0);
    expect(size(join(dir, 'outbox.log'))).toBe(0);
    const snapshot = JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8'));
    expect(Object.keys(snapshot.items)).toHaveLength(20);
    expect(Object.keys(snapshot.seen)).toHaveLength(1);

    const after = await openStore(crashCopy(dir));
    expect(await after.listItems()).toEqual(before.items);
    expect(await after.dueDeliveries(now)).toEqual(before.due);
    expect(await after.deliveryCounts()).toEqual(before.counts);
  });

  it('a per-delivery flush appends a few hundred bytes to outbox.log and rewrites no snapshot, however long the queue', async () => {
    const appended: number[] = [];
    for (const queued of [10, 1000]) {
      const dir = tempDir();
      const store = await openStore(dir);
      const sub = makeSubscription();
      const batch = items(queued);
      await store.upsertSubscription(sub);
      await recordItems(
        store,
        batch.map((item) => ({ item, match: makeMatch() })),
        now,
      );
      await store.enqueueDeliveries(batch.map((i) => makeDelivery(i, sub)));
      await store.compact();
      const files = ['items.json', 'outbox.json', 'state.json', 'items.log'].map((f) => join(dir, f));
      const before = files.map((f) => [statSync(f).size, statSync(f).mtimeMs]);
      const log = size(join(dir, 'outbox.log'));

      await store.updateDelivery(makeDelivery(batch[0]!, sub).key, {
        status: 'sent',
        attempts: 1,
        sentAt: now.toISOString(),
        messageRef: 'ts-1',
      });
      await store.flush();

      expect(files.map((f) => [statSync(f).size, statSync(f).mtimeMs])).toEqual(before);
      appended.push(size(join(dir, 'outbox.log')) - log);
    }
    expect(appended[0]).toBeGreaterThan(0);
    expect(appended[0]).toBeLessThan(600);
    expect(appended[1]).toBe(appended[0]); // the same delivery: the same bytes, whether 10 or 1,000 are queued
  });

  it('opens read-only by replaying the journal, and never writes (not even to cut a torn line)', async () => {
    const dir = tempDir();
    const daemon = await openStore(dir);
    await recordItems(daemon, [{ item: makeItem(), match: makeMatch() }], now);
    await daemon.flush();
    appendFileSync(join(dir, 'items.log'), '{"c":"it');
    const logSize = size(join(dir, 'items.log'));

    const reader = await openStore(dir, { readOnly: true });
    expect(await reader.countItems()).toBe(1);
    expect(reader.warnings).toHaveLength(1);
    await recordItems(reader, [{ item: makeItem({ native: 'other' }), match: makeMatch() }], now);
    await reader.flush();
    await reader.close();
    expect(size(join(dir, 'items.log'))).toBe(logSize);
    expect(existsSync(join(dir, 'items.json'))).toBe(false);
  });

  it('compacts a large journal after a flush at most once an hour', async () => {
    const dir = tempDir();
    const clock = new FakeClock();
    const store = await openStore(dir, { clock, compactMinBytes: 2000 });
    let n = 0;
    const write = async () => {
      await recordItems(
        store,
        items(3, `w${n++}-`).map((item) => ({ item, match: makeMatch() })),
        now,
      );
      await store.flush();
    };
    await write(); // > 2,000 bytes: compacted
    expect(size(join(dir, 'items.log'))).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8')).items)).toHaveLength(3);
    await write();
    await write();
    expect(size(join(dir, 'items.log'))).toBeGreaterThan(2000); // within the hour: left alone
    clock.advance(3600_000);
    await write();
    expect(size(join(dir, 'items.log'))).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8')).items)).toHaveLength(12);
  });

  it('moves a version-1 outbox out of state.json into the outbox part', async () => {
    const dir = tempDir();
    const sub = makeSubscription();
    const [a, b] = items(2);
    const pending = makeDelivery(a!, sub);
    const sent = makeDelivery(b!, sub, { status: 'sent', sentAt: now.toISOString(), messageRef: 'ts-b' });
    writeFileSync(
      join(dir, 'state.json'),
      JSON.stringify({
        schemaVersion: 1,
        sources: {},
        subscriptions: [sub],
        watch: [],
        digestMarkers: {},
        audit: [],
        outbox: { [pending.key]: pending, [sent.key]: sent },
        alerted: { [`${a!.id}|${sub.id}`]: '', [`${b!.id}|${sub.id}`]: 'ts-b' },
      }),
    );
    const store = await openStore(dir);
    expect(await store.dueDeliveries(now)).toEqual([pending]);
    expect(await store.deliveryCounts()).toEqual({ pending: 1, sent: 1, failed: 0 });
    expect(await store.threadRefFor(b!.id, sub.channel)).toBe('ts-b');
    expect(await store.enqueueDeliveries([{ ...sent, status: 'pending' }])).toEqual([]);
    const state = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'));
    expect(state.outbox).toBeUndefined();
    expect(state.subscriptions).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'state.json.bak'), 'utf8')).outbox).toBeDefined();
  });
});
