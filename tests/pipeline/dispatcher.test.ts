import { describe, expect, it } from 'vitest';
import type { ChannelRef, ChatAdapter, DeliverOptions, DeliveryResult, Platform, RichMessage } from '../../src/domain/index.ts';
import { silentLogger } from '../../src/log.ts';
import { backoffMs, MAX_BACKOFF_MS } from '../../src/pipeline/backoff.ts';
import { createDispatcher } from '../../src/pipeline/dispatcher.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { makeDelivery, makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';
import { FakeClock } from '../helpers/clock.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';

/** A scripted chat adapter: answers deliveries from a queue of results. */
function scripted(platform: Platform, results: DeliveryResult[]) {
  const sent: Array<{ channel: ChannelRef; message: RichMessage; threadRef?: string }> = [];
  const adapter: ChatAdapter = {
    platform,
    start: async () => {},
    stop: async () => {},
    deliver: async (channel, message, opts) => {
      sent.push({ channel, message, threadRef: opts?.threadRef });
      return results.shift() ?? { ok: true, messageRef: `m${sent.length}` };
    },
  };
  return { adapter, sent };
}

async function setup(results: DeliveryResult[]) {
  const store = createMemoryStore();
  const clock = new FakeClock(new Date('2026-11-20T00:00:00Z'));
  const item = makeItem();
  await recordItems(store, [{ item, match: makeMatch() }], clock.now());
  const sub = makeSubscription();
  await store.upsertSubscription(sub);
  await store.enqueueDeliveries([makeDelivery(item, sub)]);
  const { adapter, sent } = scripted('slack', results);
  const dispatcher = createDispatcher({ store, clock, log: silentLogger(), adapters: new Map([['slack', adapter]]) });
  return { store, clock, item, sub, sent, dispatcher };
}

describe('outbox dispatcher', () => {
  it('sends a due alert with the rendered item and marks it sent', async () => {
    const { store, sent, dispatcher } = await setup([]);
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, retrying: 0, failed: 0, waiting: 0 });
    expect(sent[0]!.message).toMatchObject({ type: 'alert', title: expect.stringContaining('COLLECT'), priority: true });
    expect(await store.deliveryCounts()).toEqual({ pending: 0, sent: 1, failed: 0 });
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retrying: 0, failed: 0, waiting: 0 });
  });

  it('does not read waiting deliveries again while the outbox is unchanged, and sees what is queued later', async () => {
    const store = createMemoryStore();
    const clock = new FakeClock(new Date('2026-11-20T00:00:00Z'));
    const item = makeItem();
    await recordItems(store, [{ item, match: makeMatch() }], clock.now());
    const discord = makeSubscription({
      id: 'discord:G1:C1',
      channel: { platform: 'discord', workspaceId: 'G1', channelId: 'C1' },
    });
    const slack = makeSubscription();
    await store.upsertSubscription(discord);
    await store.upsertSubscription(slack);
    await store.enqueueDeliveries([makeDelivery(item, discord)]);
    let reads = 0;
    const due = store.dueDeliveries.bind(store);
    store.dueDeliveries = (now, limit) => {
      reads++;
      return due(now, limit);
    };
    // Discord is not configured: its delivery waits, read once however often the dispatcher runs.
    const { adapter, sent } = scripted('slack', []);
    const dispatcher = createDispatcher({ store, clock, log: silentLogger(), adapters: new Map([['slack', adapter]]) });
    for (let i = 0; i < 3; i++) expect(await dispatcher.dispatchDue()).toMatchObject({ sent: 0, waiting: 1 });
    expect(reads).toBe(1);
    // Something queued for Slack: read again and sent; the next run reads what the send left.
    await store.enqueueDeliveries([makeDelivery(item, slack)]);
    expect(await dispatcher.dispatchDue()).toMatchObject({ sent: 1, waiting: 1 });
    expect(sent).toHaveLength(1);
    expect(await dispatcher.dispatchDue()).toMatchObject({ sent: 0, waiting: 1 });
    expect(reads).toBe(3);
  });

  it('holds a rate-limited delivery until Retry-After has passed, then delivers it', async () => {
    const { store, clock, sent, dispatcher } = await setup([{ ok: false, error: 'ratelimited', retryable: true, retryAfterMs: 120_000 }]);
    expect((await dispatcher.dispatchDue()).retrying).toBe(1);
    clock.advance(60_000);
    expect((await dispatcher.dispatchDue()).sent).toBe(0);
    clock.advance(60_000);
    expect((await dispatcher.dispatchDue()).sent).toBe(1);
    expect(sent).toHaveLength(2);
    expect(await store.deliveryCounts()).toMatchObject({ pending: 0, sent: 1 });
  });

  it('marks the subscription broken when the channel is gone and stops retrying', async () => {
    const { store, sub, dispatcher } = await setup([{ ok: false, error: 'channel_not_found', retryable: false, channelBroken: true }]);
    expect((await dispatcher.dispatchDue()).failed).toBe(1);
    const after = await store.getSubscription(sub.channel);
    expect(after?.broken?.reason).toBe('channel_not_found');
    expect(await store.deliveryCounts()).toMatchObject({ pending: 0, failed: 1 });
  });

  it('pauses a platform whose token is rejected and keeps its alerts queued', async () => {
    const { store, clock, dispatcher } = await setup([{ ok: false, error: 'invalid_auth', retryable: false, fatal: true }]);
    expect((await dispatcher.dispatchDue()).waiting).toBe(1);
    clock.advance(3600_000);
    expect((await dispatcher.dispatchDue()).waiting).toBe(1);
    expect(dispatcher.isDown('slack')).toBe(true);
    expect(await store.deliveryCounts()).toMatchObject({ pending: 1 });
  });

  it('threads a follow-up under the first alert', async () => {
    const { store, item, sub, sent, dispatcher } = await setup([{ ok: true, messageRef: '1732000000.000100' }]);
    await dispatcher.dispatchDue();
    const changed = { ...item, status: 'Passed House', version: 'v2' };
    await recordItems(store, [{ item: changed, match: makeMatch() }], new Date('2026-11-21T00:00:00Z'));
    await store.enqueueDeliveries([
      makeDelivery(changed, sub, { type: 'update', createdAt: '2026-11-21T00:00:00.000Z', nextAttemptAt: '2026-11-20T00:00:00.000Z' }),
    ]);
    await dispatcher.dispatchDue();
    expect(sent[1]).toMatchObject({ threadRef: '1732000000.000100', message: { type: 'update' } });
  });

  it('keeps alerts for a platform that is not configured until it is', async () => {
    const store = createMemoryStore();
    const clock = new FakeClock(new Date('2026-11-20T00:00:00Z'));
    const item = makeItem();
    await recordItems(store, [{ item, match: makeMatch() }], clock.now());
    const sub = makeSubscription({ id: 'discord:G1:C1', channel: { platform: 'discord', workspaceId: 'G1', channelId: 'C1' } });
    await store.enqueueDeliveries([makeDelivery(item, sub)]);
    const dispatcher = createDispatcher({ store, clock, log: silentLogger(), adapters: new Map() });
    expect((await dispatcher.dispatchDue()).waiting).toBe(1);
    expect(await store.deliveryCounts()).toMatchObject({ pending: 1 });
  });
});

describe('per-item order in a channel', () => {
  /** The status a one-line follow-up names ('HB 5001: Introduced → Passed', '… (status still Passed)'). */
  const shownStatus = (m: RichMessage) => /(?:→ |status still )([^)]+)\)?$/.exec(m.title)?.[1];

  async function lane(results: DeliveryResult[]) {
    const { store, clock, item, sub, sent, dispatcher } = await setup(results);
    /** Queue follow-up number `seq` of the item (its alert is seq 1). */
    const change = async (seq: number, status: string) => {
      const changed = { ...item, status, version: `v-${status}` };
      await store.enqueueDeliveries([
        makeDelivery(changed, sub, {
          key: `${item.id}#${seq}>${sub.id}`,
          seq,
          type: 'update',
          createdAt: clock.now().toISOString(),
          nextAttemptAt: clock.now().toISOString(),
          item: { ...changed, firstSeenAt: '2026-11-20T00:00:00.000Z' },
        }),
      ]);
    };
    return { store, clock, sent, dispatcher, change };
  }

  it('holds follow-ups while their alert backs off after a 500, then sends the alert and every follow-up in order, in its thread', async () => {
    const { clock, sent, dispatcher, change } = await lane([{ ok: false, error: 'Slack answered HTTP 500', retryable: true }]);
    expect((await dispatcher.dispatchDue()).retrying).toBe(1);
    for (const [seq, status] of [
      [2, 'Tabled'],
      [3, 'In committee'],
      [4, 'Tabled'],
      [5, 'Passed'],
    ] as const) {
      clock.advance(1000);
      await change(seq, status);
      expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retrying: 0, failed: 0, waiting: 0 });
    }
    expect(sent).toHaveLength(1);
    clock.advance(60_000);
    expect((await dispatcher.dispatchDue()).sent).toBe(5);
    const alertRef = 'm2';
    expect(sent.slice(1).map((s) => [s.message.type, s.threadRef])).toEqual([
      ['alert', undefined],
      ...Array.from({ length: 4 }, () => ['update', alertRef]),
    ]);
    expect(sent.slice(2).map((s) => shownStatus(s.message))).toEqual(['Tabled', 'In committee', 'Tabled', 'Passed']);
  });

  it('holds later follow-ups while an earlier one backs off', async () => {
    const { clock, sent, dispatcher, change } = await lane([
      { ok: true, messageRef: 'alert-ts' },
      { ok: false, error: 'ratelimited', retryable: true, retryAfterMs: 120_000 },
    ]);
    await dispatcher.dispatchDue();
    await change(2, 'Tabled');
    await dispatcher.dispatchDue();
    clock.advance(1000);
    await change(3, 'Passed');
    expect((await dispatcher.dispatchDue()).sent).toBe(0);
    clock.advance(120_000);
    expect((await dispatcher.dispatchDue()).sent).toBe(2);
    expect(sent.slice(2).map((s) => shownStatus(s.message))).toEqual(['Tabled', 'Passed']);
  });
});

describe('exactly once across crashes', () => {
  it('marks a delivery in flight (flushed) before the adapter is called and clears it with the result', async () => {
    const store = createMemoryStore();
    const clock = new FakeClock(new Date('2026-11-20T00:00:00Z'));
    const item = makeItem();
    const sub = makeSubscription();
    await store.upsertSubscription(sub);
    await store.enqueueDeliveries([makeDelivery(item, sub, { item: { ...item, firstSeenAt: '2026-11-20T00:00:00.000Z' } })]);
    const seen: Array<{ marker?: string; flushed: number; opts?: DeliverOptions }> = [];
    let flushes = 0;
    const flush = store.flush.bind(store);
    store.flush = async () => {
      flushes++;
      await flush();
    };
    const adapter: ChatAdapter = {
      platform: 'slack',
      start: async () => {},
      stop: async () => {},
      deliver: async (_c, _m, opts) => {
        const [d] = await store.dueDeliveries(clock.now());
        seen.push({ marker: d?.inFlightSince, flushed: flushes, opts });
        return { ok: true, messageRef: 'ts1' };
      },
    };
    const dispatcher = createDispatcher({ store, clock, log: silentLogger(), adapters: new Map([['slack', adapter]]) });
    await dispatcher.dispatchDue();
    expect(seen).toEqual([
      { marker: '2026-11-20T00:00:00.000Z', flushed: 1, opts: { deliveryKey: `${item.id}@${item.version}>${sub.id}` } },
    ]);
    expect(await store.deliveryCounts()).toEqual({ pending: 0, sent: 1, failed: 0 });
  });

  it('asks the adapter to recover a delivery found in flight (the process died during its send)', async () => {
    const { store, clock, sent, dispatcher } = await setup([]);
    const [d] = await store.dueDeliveries(clock.now());
    await store.updateDelivery(d!.key, { inFlightSince: '2026-11-19T23:59:00.000Z' });
    const calls: Array<DeliverOptions | undefined> = [];
    const adapter: ChatAdapter = {
      platform: 'slack',
      start: async () => {},
      stop: async () => {},
      deliver: async (_c, _m, o) => (calls.push(o), { ok: true, messageRef: 'found' }),
    };
    const recovering = createDispatcher({ store, clock, log: silentLogger(), adapters: new Map([['slack', adapter]]) });
    await recovering.dispatchDue();
    expect(calls[0]).toMatchObject({ deliveryKey: d!.key, resumeSince: '2026-11-19T23:59:00.000Z' });
    expect(sent).toHaveLength(0);
    void dispatcher;
  });

  it('keeps the marker after a timeout-like failure, so the retry looks for the message first', async () => {
    const { store, clock, dispatcher } = await setup([
      { ok: false, error: 'could not reach Slack: socket hang up', retryable: true, unknownOutcome: true },
    ]);
    await dispatcher.dispatchDue();
    const [d] = await store.dueDeliveries(new Date('2027-01-01T00:00:00Z'));
    expect(d?.inFlightSince).toBe(clock.now().toISOString());
  });

  it('starts no new send after stop(), leaving the rest queued', async () => {
    const { store, dispatcher } = await setup([]);
    dispatcher.stop();
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retrying: 0, failed: 0, waiting: 0 });
    expect(await store.deliveryCounts()).toMatchObject({ pending: 1 });
  });
});

describe('backoff', () => {
  it('never waits longer than a day, whatever Retry-After says', async () => {
    const { store, dispatcher, clock } = await setup([
      { ok: false, error: 'ratelimited', retryable: true, retryAfterMs: 9_999_999_999 * 1000 },
    ]);
    await dispatcher.dispatchDue();
    const [d] = await store.dueDeliveries(new Date('9999-01-01T00:00:00Z'));
    expect(Date.parse(d!.nextAttemptAt) - clock.now().getTime()).toBe(MAX_BACKOFF_MS);
  });

  it.each([
    ['a huge Retry-After', 9_999_999_999_000, MAX_BACKOFF_MS],
    ['a non-finite hint', Number.POSITIVE_INFINITY, 60_000],
    ['a negative hint', -5, 60_000],
    ['a short hint', 90_000, 90_000],
  ])('caps %s', (_label, hint, expected) => {
    expect(backoffMs(1, 60_000, 3600_000, hint)).toBe(expected);
  });
});
