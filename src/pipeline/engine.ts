/**
 * One poll cycle end to end: due sources → fetch (bounded concurrency) → store new/changed
 * → route to subscriptions → outbox persisted → dispatch. At most one store write for the
 * items per cycle; the outbox is flushed before anything is sent.
 */
import type { ChannelConfigStore, Flushable, ItemStore, OutboxStore, Platform, SourceConfig, SourceStateStore, StoredItem } from '../domain/index.ts';
import type { Dispatcher, DispatchSummary } from './dispatcher.ts';
import { mapPool } from './pool.ts';
import { disabledReason, isDue, pollSource, type PollerDeps, type SourcePollResult } from './poller.ts';
import { groupBursts } from './bursts.ts';
import { capPerChannel, routeItems } from './router.ts';

export interface EngineDeps extends PollerDeps {
  store: ItemStore & SourceStateStore & OutboxStore & ChannelConfigStore & Flushable;
  sources: SourceConfig[];
  dispatcher: Dispatcher;
  concurrency: number;
  retentionDays: number;
  seenRetentionDays: number;
  /** Called with every new or changed stored item (keeps the search index current). */
  onItems?: (items: StoredItem[]) => void;
  /**
   * Platforms with a configured adapter. Subscriptions on other platforms (e.g. the console
   * subscription after Slack was set up) get no new deliveries, so nothing piles up unsendable.
   * Undefined: every platform.
   */
  platforms?: ReadonlySet<Platform>;
  /** Called with the ids of items dropped by retention. */
  onPruned?: (itemIds: string[]) => void;
}

export interface CycleSummary {
  polled: SourcePollResult[];
  created: number;
  changed: number;
  enqueued: number;
  dispatch: DispatchSummary;
}

export interface CycleOptions {
  /** Poll only this source id. */
  sourceId?: string;
  /** Ignore nextPollAt (manual `poll --once`). */
  force?: boolean;
}

export function createEngine(engineDeps: EngineDeps) {
  let lastPollAt: Date | undefined;
  let lastPruneDay = '';
  const stopping = new AbortController();
  const deps: EngineDeps = { ...engineDeps, stopSignal: stopping.signal };

  async function dueSources(opts: CycleOptions): Promise<SourceConfig[]> {
    const now = deps.clock.now();
    const out: SourceConfig[] = [];
    for (const s of deps.sources) {
      if (opts.sourceId && s.id !== opts.sourceId) continue;
      const state = await deps.store.getSourceState(s.id);
      if (disabledReason(s, state, deps)) continue;
      if (opts.force || isDue(state, now)) out.push(s);
    }
    return out;
  }

  async function cycle(opts: CycleOptions = {}): Promise<CycleSummary> {
    const sources = stopping.signal.aborted ? [] : await dueSources(opts);
    const polled = await mapPool(sources, deps.concurrency, (s) => pollSource(s, deps));
    const now = deps.clock.now();
    if (sources.length) lastPollAt = now;
    const created = polled.flatMap((p) => p.created);
    const changed = polled.flatMap((p) => p.changed);
    if (created.length || changed.length) deps.onItems?.([...created, ...changed]);
    const subs = (await deps.store.listSubscriptions()).filter((sub) => !deps.platforms || deps.platforms.has(sub.channel.platform));
    const deliveries = await routeItems(
      [...created.map((item) => ({ item, change: 'new' as const })), ...changed.map((item) => ({ item, change: 'changed' as const }))],
      subs,
      deps.matchers,
      (itemId, subId) => deps.store.hasAlerted(itemId, subId),
      now,
      deps.chains ? (item) => deps.chains!.related(item) : undefined,
    );
    const enqueued = await deps.store.enqueueDeliveries(groupBursts(capPerChannel(deliveries, now), subs, now));
    await maybePrune(now);
    await deps.store.flush(); // the outbox is on disk before anything is sent
    const dispatch = await deps.dispatcher.dispatchDue();
    return { polled, created: created.length, changed: changed.length, enqueued: enqueued.length, dispatch };
  }

  async function maybePrune(now: Date): Promise<void> {
    const day = now.toISOString().slice(0, 10);
    if (day === lastPruneDay) return;
    lastPruneDay = day;
    const pruned = await deps.store.prune(now, deps.retentionDays, deps.seenRetentionDays);
    await deps.store.pruneOutbox(now);
    if (pruned.items) deps.onPruned?.(pruned.removedItemIds);
    if (pruned.items || pruned.seen) deps.log.info({ items: pruned.items, seen: pruned.seen }, 'pruned old items beyond the retention window');
  }

  return {
    cycle,
    lastPollAt: () => lastPollAt,
    /**
     * Shutdown: fetches in flight are abandoned (nothing of them recorded), what was already
     * recorded is still routed and flushed to the outbox, and no new send starts after the
     * one in flight. Every later cycle does nothing.
     */
    stop(): void {
      stopping.abort();
      deps.dispatcher.stop();
    },
    /** Log once, at start, every source that cannot run and why. */
    async reportDisabled(): Promise<void> {
      for (const s of deps.sources) {
        const reason = disabledReason(s, await deps.store.getSourceState(s.id), deps);
        if (reason) deps.log.info(`source ${s.id} is off: ${reason}`);
      }
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
