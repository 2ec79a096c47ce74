/**
 * One poll cycle end to end: due sources → fetch (bounded concurrency) → store new/changed
 * → route to subscriptions → outbox persisted → dispatch. At most one store write for the
 * items per cycle; the outbox is flushed before anything is sent.
 */
import type {
  ChannelConfigStore,
  Delivery,
  Flushable,
  ItemStore,
  OutboxStore,
  Platform,
  SourceConfig,
  SourceStateStore,
  StoredItem,
} from '../domain/index.ts';
import type { WorkCoordinator } from '../hosting/coordinator.ts';
import type { Dispatcher, DispatchSummary } from './dispatcher.ts';
import { forEachSlice } from './chunks.ts';
import { mapPool } from './pool.ts';
import { disabledReason, dueSlackMs, isDue, pollSource, type PollerDeps, type SourcePollResult } from './poller.ts';
import { groupBursts } from './bursts.ts';
import { capPerChannel, followKey, routeItems } from './router.ts';

export interface EngineDeps extends PollerDeps {
  store: ItemStore & SourceStateStore & OutboxStore & ChannelConfigStore & Flushable;
  sources: SourceConfig[];
  dispatcher: Dispatcher;
  concurrency: number;
  /** The scheduler's tick (default a minute): a source is due up to half a tick early. */
  tickMs?: number;
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
  /**
   * Several instances on one database: a source is polled only under its lease (renewed
   * while the poll runs, released after it). Undefined: this process polls alone.
   */
  coordinator?: Pick<WorkCoordinator, 'acquireSource' | 'renewSources' | 'releaseSource' | 'leaseMs'>;
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
  /** Leave the daily retention prune to a later cycle (the first tick after start). */
  skipPrune?: boolean;
}

export function createEngine(engineDeps: EngineDeps) {
  let lastPollAt: Date | undefined;
  let lastPruneDay = '';
  const stopping = new AbortController();
  const deps: EngineDeps = { ...engineDeps, stopSignal: stopping.signal };
  /** Deliveries queued by this cycle's polls before their items were stored. */
  let queuedEarly = 0;
  if (deps.coordinator) {
    deps.beforeSave = async (recorded) => {
      queuedEarly += (await queue(recorded.created, recorded.changed, deps.clock.now())).length;
    };
  }

  const slack = (s: SourceConfig) => dueSlackMs(s.intervalMinutes, deps.tickMs);

  async function dueSources(opts: CycleOptions): Promise<SourceConfig[]> {
    const now = deps.clock.now();
    const out: SourceConfig[] = [];
    for (const s of deps.sources) {
      if (opts.sourceId && s.id !== opts.sourceId) continue;
      const state = await deps.store.getSourceState(s.id);
      if (disabledReason(s, state, deps)) continue;
      if (opts.force || isDue(state, now, slack(s))) out.push(s);
    }
    return out;
  }

  /** Leases held by the cycle in flight (renewed on a timer while their polls run). */
  const held = new Set<string>();

  /** Poll one source under its lease; undefined when another instance has it or polled it already. */
  async function pollLeased(s: SourceConfig, opts: CycleOptions): Promise<SourcePollResult | undefined> {
    const coordinator = deps.coordinator;
    if (!coordinator) return pollSource(s, deps);
    // The due check may be a while old (a long cycle): look again just before asking.
    if (!opts.force && !isDue(await deps.store.getSourceState(s.id), deps.clock.now(), slack(s))) return undefined;
    // The same slack as isDue: a poll that started a little after its tick does not skip the next one.
    const intervalMs = s.intervalMinutes * 60_000 - slack(s);
    if (!(await coordinator.acquireSource(s.id, { intervalMs, force: opts.force }))) return undefined;
    held.add(s.id);
    try {
      return await pollSource(s, deps);
    } finally {
      held.delete(s.id);
      await coordinator
        .releaseSource(s.id)
        .catch((err: Error) => deps.log.warn(`source ${s.id}: lease not released (${err.message}); it expires on its own`));
    }
  }

  /** Renews the leases held, a third of a lease apart, until the returned function is called. */
  function renewing(): () => void {
    const coordinator = deps.coordinator;
    if (!coordinator || !Number.isFinite(coordinator.leaseMs)) return () => undefined;
    const timer = setInterval(
      () => {
        if (held.size === 0) return;
        coordinator.renewSources([...held]).catch((err: Error) => deps.log.warn(`source leases not renewed: ${err.message}`));
      },
      Math.max(100, coordinator.leaseMs / 3),
    );
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * The cycle in flight. Cycles run one after the other: a scheduler tick that lands during a
   * forced poll (or two manual polls) waits, then sees what the first one stored, so a new or
   * changed item is recorded, and alerted, once.
   */
  let inFlight: Promise<unknown> = Promise.resolve();

  function cycle(opts: CycleOptions = {}): Promise<CycleSummary> {
    const run = inFlight.then(() => runCycle(opts));
    inFlight = run.catch(() => undefined);
    return run;
  }

  async function runCycle(opts: CycleOptions): Promise<CycleSummary> {
    const sources = stopping.signal.aborted ? [] : await dueSources(opts);
    const stopRenewing = renewing();
    let results: Array<SourcePollResult | undefined>;
    try {
      results = await mapPool(sources, deps.concurrency, (s) => pollLeased(s, opts));
    } finally {
      stopRenewing();
    }
    const polled = results.filter((r): r is SourcePollResult => r !== undefined);
    const now = deps.clock.now();
    if (polled.length) lastPollAt = now;
    const created = polled.flatMap((p) => p.created);
    const changed = polled.flatMap((p) => p.changed);
    // The indexes take the poll's items a slice at a time, letting commands run in between.
    if (deps.onItems) await forEachSlice([...created, ...changed], deps.onItems);
    // Several instances: each poll queued its alerts before storing its items (beforeSave).
    const enqueued = deps.coordinator ? queuedEarly : (await queue(created, changed, now)).length;
    queuedEarly = 0;
    if (!opts.skipPrune) await maybePrune(now);
    await deps.store.flush(); // the outbox is on disk before anything is sent
    const dispatch = await deps.dispatcher.dispatchDue();
    return { polled, created: created.length, changed: changed.length, enqueued, dispatch };
  }

  /** Route new and changed items to the subscriptions and queue the deliveries; returns those queued. */
  async function queue(created: StoredItem[], changed: StoredItem[], now: Date): Promise<Delivery[]> {
    if (created.length === 0 && changed.length === 0) return [];
    const subs = (await deps.store.listSubscriptions()).filter((sub) => !deps.platforms || deps.platforms.has(sub.channel.platform));
    const follows = deps.follows && changed.length ? await deps.follows.listFollows(changed.map((i) => i.id)) : [];
    const followers = new Map<string, Set<string>>();
    for (const f of follows) {
      const set = followers.get(f.itemId) ?? new Set<string>();
      set.add(followKey(f.channel));
      followers.set(f.itemId, set);
    }
    const deliveries = await routeItems(
      [...created.map((item) => ({ item, change: 'new' as const })), ...changed.map((item) => ({ item, change: 'changed' as const }))],
      subs,
      deps.matchers,
      (itemId, subId) => deps.store.hasAlerted(itemId, subId),
      now,
      deps.chains ? (item) => deps.chains!.related(item) : undefined,
      (itemId) => followers.get(itemId),
    );
    return deps.store.enqueueDeliveries(groupBursts(capPerChannel(deliveries, now), subs, now));
  }

  async function maybePrune(now: Date): Promise<void> {
    const day = now.toISOString().slice(0, 10);
    if (day === lastPruneDay) return;
    lastPruneDay = day;
    const pruned = await deps.store.prune(now, deps.retentionDays, deps.seenRetentionDays);
    await deps.store.pruneOutbox(now);
    if (pruned.items) deps.onPruned?.(pruned.removedItemIds);
    if (pruned.items || pruned.seen)
      deps.log.info({ items: pruned.items, seen: pruned.seen }, 'pruned old items beyond the retention window');
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
