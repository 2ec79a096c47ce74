/**
 * Sends due outbox deliveries through the chat adapters. The rules (README.md, "Delivery
 * guarantees" under Operations, has what they promise):
 *  - Each item's deliveries to one subscription go out one at a time, in change order: a
 *    follow-up waits while its alert (or an earlier follow-up) is pending, even when that one
 *    is backing off after a 429 or 500, and then goes into the alert's thread.
 *  - A send is marked in flight (and flushed) before it starts, and its result is persisted at
 *    once. A delivery found in flight after a crash is sent with `resumeSince`, so the adapter
 *    finds the message the platform may already have instead of posting it twice.
 *  - `stop()` ends a dispatch after the send in flight; the rest stays queued.
 */
import type { Log } from '../domain/index.ts';
import type {
  ChannelConfigStore,
  ChatAdapter,
  Clock,
  Delivery,
  DeliveryItem,
  Flushable,
  ItemStore,
  OutboxStore,
  Platform,
  RichMessage,
  StoredItem,
} from '../domain/index.ts';
import { reminderMessage } from '../deadlines/reminders.ts';
import type { WorkCoordinator } from '../hosting/coordinator.ts';
import { alertMessage } from './alert-message.ts';
import { backoffMs } from './backoff.ts';
import { burstMessage } from './bursts.ts';
import { changeMessage } from './changes.ts';

export interface DispatcherDeps {
  store: OutboxStore & Pick<ItemStore, 'getItem'> & Pick<ChannelConfigStore, 'listSubscriptions' | 'upsertSubscription'> & Flushable;
  clock: Clock;
  log: Log;
  adapters: Map<Platform, ChatAdapter>;
  /**
   * Several instances on one database: send only the deliveries this instance claims (the
   * claim is renewed while the send runs, and released after it). Undefined: this process alone.
   */
  coordinator?: Pick<WorkCoordinator, 'claimDelivery' | 'releaseDelivery' | 'leaseMs'>;
  /** Told every attempt's outcome (metrics, releasing or keeping the claim). */
  onOutcome?: (d: Delivery, outcome: keyof DispatchSummary, now: Date) => void | Promise<void>;
}

export interface DispatchSummary {
  sent: number;
  retrying: number;
  failed: number;
  waiting: number;
}

/** A delivery's own item snapshot as the StoredItem shape the alert renderer takes. */
function renderableItem(d: Delivery & { item: DeliveryItem }): StoredItem {
  const { previousStatus, ...item } = d.item;
  const history = [{ version: item.version, status: item.status, title: item.title, seenAt: item.firstSeenAt }];
  if (previousStatus !== undefined) history.unshift({ version: '', status: previousStatus, title: item.title, seenAt: item.firstSeenAt });
  return { ...item, lastSeenAt: item.firstSeenAt, match: d.match, history };
}

/** The one post that stands in for the alerts held back by a cycle's per-channel cap. */
function overflowMessage(d: Delivery): RichMessage {
  const o = d.overflow ?? { count: 0, sources: [], command: '/policy search' };
  const what = `${o.count} more matching item${o.count === 1 ? '' : 's'}`;
  const from = o.sources.length ? ` from ${o.sources.join(', ')}` : '';
  return {
    type: 'digest',
    title: `${what}${from} were not alerted one by one`,
    body: [
      [
        { text: 'This poll found more matches than one channel gets alerts for at once. See them all with ' },
        { text: o.command, emphasis: 'code' },
      ],
    ],
    tone: 'neutral',
    fallbackText: `${what}${from}: see them with ${o.command}`,
  };
}

const RETRY_BASE_MS = 30_000;
const RETRY_CAP_MS = 3600_000;
/** Sends per dispatch (a minute's tick); the rest goes at the next tick. */
const MAX_SENDS_PER_DISPATCH = 500;
/** Far enough in the future that every pending delivery counts as "due" by then. */
const END_OF_TIME = new Date('9999-12-31T23:59:59.999Z');

/** Deliveries of one item to one subscription share a lane: they are sent in this order. */
const laneOf = (d: Delivery): string => `${d.itemId}|${d.subscriptionId}`;
const rank = (d: Delivery): number => (d.burst ? -1 : d.type === 'alert' ? 0 : 1);

/**
 * Send order: oldest first; within one routing (same createdAt) a burst summary first (its
 * cards go into its thread), alerts before follow-ups and changes in sequence. A lane's
 * deliveries are routed in change order, so this is its order too.
 */
function sendOrder(a: Delivery, b: Delivery): number {
  return a.createdAt.localeCompare(b.createdAt) || rank(a) - rank(b) || (a.seq ?? 0) - (b.seq ?? 0) || a.key.localeCompare(b.key);
}

/** Claims `d` again (a renewal) a third of a lease apart while its send runs. */
function renewClaim(coordinator: Pick<WorkCoordinator, 'claimDelivery' | 'leaseMs'>, d: Delivery): () => void {
  if (!Number.isFinite(coordinator.leaseMs)) return () => undefined;
  const timer = setInterval(() => void coordinator.claimDelivery(d).catch(() => undefined), Math.max(100, coordinator.leaseMs / 3));
  timer.unref();
  return () => clearInterval(timer);
}

export function createDispatcher(deps: DispatcherDeps) {
  /** Platforms whose credentials were rejected: their deliveries wait (never dropped). */
  const down = new Set<Platform>();
  const warnedMissing = new Set<Platform>();
  let stopping = false;
  /**
   * The pending deliveries as the last dispatch read them, kept while it attempted no send:
   * deliveries that only wait (a platform not configured or down, a lane held) are not read
   * and parsed again at every tick (10,000 of them take about a second at 1M items) unless the
   * outbox's counts moved (something queued, sent or failed). Only this dispatcher changes a
   * pending delivery in place; with several instances (a coordinator) nothing is kept.
   */
  let lastRead: { counts: string; pending: Delivery[] } | undefined;

  async function sendOne(d: Delivery, adapter: ChatAdapter): Promise<keyof DispatchSummary> {
    const { store, clock, log } = deps;
    let message: RichMessage;
    /** A meaningful change: posted in the thread and to the channel. */
    let broadcast = false;
    if (d.type === 'overflow') message = overflowMessage(d);
    else if (d.burst) message = burstMessage(d);
    else {
      // Render from the delivery's own snapshot; outbox entries from older versions have none.
      const item = d.item ? renderableItem({ ...d, item: d.item }) : await store.getItem(d.itemId);
      if (!item) {
        await store.updateDelivery(d.key, { status: 'failed', lastError: 'item no longer stored (retention)' });
        return 'failed';
      }
      if (d.type === 'reminder' && d.deadline) message = reminderMessage(item, d.deadline, clock.now(), d.match.priority);
      else if (d.type === 'update') {
        const change = changeMessage(item, d.match, d.item ? d.item.previousStatus : item.history.at(-2)?.status);
        message = change.message;
        broadcast = change.meaningful;
      } else message = alertMessage(item, d.match, 'alert', d.item?.related);
    }
    // A record linked to an alerted item (a notice chain) threads under that item's alert; a
    // card of a burst under the burst's summary; a follow-up under its own alert.
    const threadItem = d.threadItemId ?? (d.type === 'update' ? d.itemId : undefined);
    const threadRef = threadItem ? await store.threadRefFor(threadItem, d.channel) : undefined;
    // An earlier attempt whose outcome is unknown (the process died during it).
    const resumeSince = d.inFlightSince;
    const attemptAt = clock.now().toISOString();
    await store.updateDelivery(d.key, { inFlightSince: attemptAt });
    await store.flush(); // the marker is on disk before the platform can have the message
    let result;
    try {
      result = await adapter.deliver(d.channel, message, {
        deliveryKey: d.key,
        ...(threadRef ? { threadRef } : {}),
        ...(threadRef && broadcast ? { broadcast: true } : {}),
        ...(resumeSince ? { resumeSince } : {}),
      });
    } catch (err) {
      result = { ok: false as const, error: (err as Error).message, retryable: true };
    }
    const now = clock.now();
    const attempts = d.attempts + 1;
    if (result.ok) {
      await store.updateDelivery(d.key, {
        status: 'sent',
        attempts,
        sentAt: now.toISOString(),
        messageRef: result.messageRef,
        lastError: undefined,
        inFlightSince: undefined,
      });
      return 'sent';
    }
    // A failure the platform answered: nothing was posted, so the next attempt is a fresh one
    // (`resumeSince` from an earlier crash is kept: that attempt's message may still exist).
    const cleared = { inFlightSince: resumeSince };
    if (result.channelBroken) {
      const sub = (await store.listSubscriptions()).find((s) => s.id === d.subscriptionId);
      if (sub && !sub.broken) await store.upsertSubscription({ ...sub, broken: { reason: result.error, since: now.toISOString() } });
      await store.updateDelivery(d.key, { status: 'failed', attempts, lastError: result.error, ...cleared });
      log.error(
        { channel: d.channel },
        `channel ${d.channel.channelId} on ${d.channel.platform} is unreachable (${result.error}); its subscription is marked broken — re-invite the bot and run /policy subscribe again`,
      );
      return 'failed';
    }
    if (result.fatal) {
      down.add(adapter.platform);
      await store.updateDelivery(d.key, { attempts, lastError: result.error, ...cleared });
      log.error(
        `${adapter.platform} rejected our credentials (${result.error}); ${adapter.platform} delivery is paused until restart with a valid token. Alerts stay queued.`,
      );
      return 'waiting';
    }
    if (!result.retryable) {
      await store.updateDelivery(d.key, { status: 'failed', attempts, lastError: result.error, ...cleared });
      log.error({ key: d.key }, `delivery to ${d.channel.platform}/${d.channel.channelId} failed permanently: ${result.error}`);
      return 'failed';
    }
    const wait = backoffMs(attempts, RETRY_BASE_MS, RETRY_CAP_MS, result.retryAfterMs);
    // A timeout or lost connection may come after the platform took the message: keep the
    // marker so the next attempt looks for it first.
    const inFlightSince = result.unknownOutcome ? (resumeSince ?? attemptAt) : resumeSince;
    await store.updateDelivery(d.key, {
      attempts,
      lastError: result.error,
      nextAttemptAt: new Date(now.getTime() + wait).toISOString(),
      inFlightSince,
    });
    log.warn(`delivery to ${d.channel.platform}/${d.channel.channelId} will be retried in ${Math.round(wait / 1000)} s: ${result.error}`);
    return 'retrying';
  }

  return {
    /** Send everything due now, lane by lane in order; returns counts. Persists after every delivery. */
    async dispatchDue(): Promise<DispatchSummary> {
      const summary: DispatchSummary = { sent: 0, retrying: 0, failed: 0, waiting: 0 };
      if (stopping) return summary;
      const at = deps.clock.now().toISOString();
      // Every pending delivery, due or not: one that is backing off still holds its lane.
      const counts = deps.coordinator ? '' : JSON.stringify(await deps.store.deliveryCounts());
      const pending =
        lastRead && lastRead.counts === counts
          ? lastRead.pending
          : (await deps.store.dueDeliveries(END_OF_TIME, Number.MAX_SAFE_INTEGER)).sort(sendOrder);
      lastRead = deps.coordinator ? undefined : { counts, pending };
      /** Lanes where an earlier delivery is still pending: the rest of the lane waits. */
      const held = new Set<string>();
      /** Pending deliveries per lane: a delivery threaded under another item's post waits for it. */
      const open = new Map<string, number>();
      for (const d of pending) open.set(laneOf(d), (open.get(laneOf(d)) ?? 0) + 1);
      let sends = 0;
      for (const d of pending) {
        const lane = laneOf(d);
        if (held.has(lane)) continue;
        if (d.threadItemId && (open.get(`${d.threadItemId}|${d.subscriptionId}`) ?? 0) > 0) {
          held.add(lane);
          continue;
        }
        held.add(lane); // until this one is sent
        if (d.nextAttemptAt > at) continue;
        const adapter = deps.adapters.get(d.channel.platform);
        if (!adapter || down.has(d.channel.platform)) {
          if (!adapter && !warnedMissing.has(d.channel.platform)) {
            warnedMissing.add(d.channel.platform);
            deps.log.warn(
              `alerts for ${d.channel.platform} are queued but ${d.channel.platform} is not configured; they will be sent once it is`,
            );
          }
          summary.waiting++;
          continue;
        }
        if (stopping || sends >= MAX_SENDS_PER_DISPATCH) break;
        let current = d;
        const coordinator = deps.coordinator;
        if (coordinator) {
          // Several instances: another one is sending this delivery, or has since (the lane waits).
          const claimed = await coordinator.claimDelivery(d);
          if (!claimed) continue;
          if (claimed.nextAttemptAt > at) {
            await coordinator.releaseDelivery(d.key);
            continue;
          }
          current = claimed; // as stored now: another instance's attempt (inFlightSince) included
        }
        sends++;
        lastRead = undefined; // this send changes the outbox: read it again next time
        const stopRenewing = coordinator ? renewClaim(coordinator, current) : () => undefined;
        let outcome: keyof DispatchSummary;
        try {
          outcome = await sendOne(current, adapter);
        } finally {
          stopRenewing();
          await coordinator
            ?.releaseDelivery(d.key)
            .catch((err: Error) => deps.log.warn(`delivery ${d.key}: claim not released (${err.message}); it expires on its own`));
        }
        summary[outcome]++;
        await deps.onOutcome?.(current, outcome, deps.clock.now());
        await deps.store.flush();
        if (outcome === 'sent' || outcome === 'failed') {
          held.delete(lane);
          open.set(lane, (open.get(lane) ?? 1) - 1);
        }
      }
      return summary;
    },
    isDown: (platform: Platform) => down.has(platform),
    /** Finish the send in flight, start no other (shutdown). */
    stop(): void {
      stopping = true;
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
