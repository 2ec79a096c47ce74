import { describe, expect, it } from 'vitest';
import type { ChannelRef, ChatAdapter, DeliveryResult, Platform, RichMessage } from '../../src/domain/index.ts';
import { silentLogger } from '../../src/log.ts';
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
    await store.enqueueDeliveries([makeDelivery(changed, sub, { type: 'update', createdAt: '2026-11-21T00:00:00.000Z', nextAttemptAt: '2026-11-20T00:00:00.000Z' })]);
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
