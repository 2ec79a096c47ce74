/**
 * Sends due outbox deliveries through the chat adapters. Each result is persisted at once,
 * so a crash re-sends at most the one delivery that was in flight and never one marked sent.
 */
import type { Logger } from 'pino';
import type { ChannelConfigStore, ChatAdapter, Clock, Delivery, DeliveryItem, Flushable, ItemStore, OutboxStore, Platform, StoredItem } from '../domain/index.ts';
import { alertMessage } from './alert-message.ts';
import { backoffMs } from './backoff.ts';

export interface DispatcherDeps {
  store: OutboxStore & Pick<ItemStore, 'getItem'> & Pick<ChannelConfigStore, 'listSubscriptions' | 'upsertSubscription'> & Flushable;
  clock: Clock;
  log: Logger;
  adapters: Map<Platform, ChatAdapter>;
}

export interface DispatchSummary {
  sent: number;
  retrying: number;
  failed: number;
  waiting: number;
}

/** A delivery's own item snapshot as the StoredItem shape the alert renderer takes. */
export function renderableItem(d: Delivery & { item: DeliveryItem }): StoredItem {
  const { previousStatus, ...item } = d.item;
  const history = [{ version: item.version, status: item.status, title: item.title, seenAt: item.firstSeenAt }];
  if (previousStatus !== undefined) history.unshift({ version: '', status: previousStatus, title: item.title, seenAt: item.firstSeenAt });
  return { ...item, lastSeenAt: item.firstSeenAt, match: d.match, history };
}

const RETRY_BASE_MS = 30_000;
const RETRY_CAP_MS = 3600_000;

export function createDispatcher(deps: DispatcherDeps) {
  /** Platforms whose credentials were rejected: their deliveries wait (never dropped). */
  const down = new Set<Platform>();
  const warnedMissing = new Set<Platform>();

  async function sendOne(d: Delivery, adapter: ChatAdapter): Promise<keyof DispatchSummary> {
    const { store, clock, log } = deps;
    // Render from the delivery's own snapshot; outbox entries from older versions have none.
    const item = d.item ? renderableItem({ ...d, item: d.item }) : await store.getItem(d.itemId);
    if (!item) {
      await store.updateDelivery(d.key, { status: 'failed', lastError: 'item no longer stored (retention)' });
      return 'failed';
    }
    const threadItem = d.threadItemId ?? (d.type === 'update' ? d.itemId : undefined);
    const threadRef = threadItem ? await store.threadRefFor(threadItem, d.channel) : undefined;
    const message = alertMessage(item, d.match, d.type, d.item?.related);
    let result;
    try {
      result = await adapter.deliver(d.channel, message, threadRef ? { threadRef } : undefined);
    } catch (err) {
      result = { ok: false as const, error: (err as Error).message, retryable: true };
    }
    const now = clock.now();
    const attempts = d.attempts + 1;
    if (result.ok) {
      await store.updateDelivery(d.key, { status: 'sent', attempts, sentAt: now.toISOString(), messageRef: result.messageRef, lastError: undefined });
      return 'sent';
    }
    if (result.channelBroken) {
      const sub = (await store.listSubscriptions()).find((s) => s.id === d.subscriptionId);
      if (sub && !sub.broken) await store.upsertSubscription({ ...sub, broken: { reason: result.error, since: now.toISOString() } });
      await store.updateDelivery(d.key, { status: 'failed', attempts, lastError: result.error });
      log.error({ channel: d.channel }, `channel ${d.channel.channelId} on ${d.channel.platform} is unreachable (${result.error}); its subscription is marked broken — re-invite the bot and run /policy subscribe again`);
      return 'failed';
    }
    if (result.fatal) {
      down.add(adapter.platform);
      await store.updateDelivery(d.key, { attempts, lastError: result.error });
      log.error(`${adapter.platform} rejected our credentials (${result.error}); ${adapter.platform} delivery is paused until restart with a valid token. Alerts stay queued.`);
      return 'waiting';
    }
    if (!result.retryable) {
      await store.updateDelivery(d.key, { status: 'failed', attempts, lastError: result.error });
      log.error({ key: d.key }, `delivery to ${d.channel.platform}/${d.channel.channelId} failed permanently: ${result.error}`);
      return 'failed';
    }
    const wait = backoffMs(attempts, RETRY_BASE_MS, RETRY_CAP_MS, result.retryAfterMs);
    await store.updateDelivery(d.key, { attempts, lastError: result.error, nextAttemptAt: new Date(now.getTime() + wait).toISOString() });
    log.warn(`delivery to ${d.channel.platform}/${d.channel.channelId} will be retried in ${Math.round(wait / 1000)} s: ${result.error}`);
    return 'retrying';
  }

  return {
    /** Send everything due now; returns counts. Persists after every delivery. */
    async dispatchDue(): Promise<DispatchSummary> {
      const summary: DispatchSummary = { sent: 0, retrying: 0, failed: 0, waiting: 0 };
      const due = await deps.store.dueDeliveries(deps.clock.now());
      for (const d of due) {
        const adapter = deps.adapters.get(d.channel.platform);
        if (!adapter || down.has(d.channel.platform)) {
          if (!adapter && !warnedMissing.has(d.channel.platform)) {
            warnedMissing.add(d.channel.platform);
            deps.log.warn(`alerts for ${d.channel.platform} are queued but ${d.channel.platform} is not configured; they will be sent once it is`);
          }
          summary.waiting++;
          continue;
        }
        summary[await sendOne(d, adapter)]++;
        await deps.store.flush();
      }
      return summary;
    },
    isDown: (platform: Platform) => down.has(platform),
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
