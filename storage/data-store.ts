/**
 * The Store port implemented over the three in-memory data parts (items, outbox, state).
 * Every change records which key it touched; persistence is a hook: the in-memory twin does
 * nothing, the lowdb store appends the touched keys to the parts' journals on flush().
 */
import type {
  AuditEntry,
  ChannelRef,
  Delivery,
  Item,
  ItemQuery,
  MatchResult,
  RecordedItems,
  SourceState,
  Store,
  StoredItem,
  Subscription,
  WatchAddition,
} from '../src/domain/index.ts';
import { emptyPending, isEmpty, mergeBack, SerialQueue, type JournaledPartName, type PendingWrites } from './pending.ts';
import {
  emptyItems,
  emptyOutbox,
  emptyState,
  type ItemsCollection,
  type ItemsData,
  type OutboxCollection,
  type OutboxData,
  type StateData,
} from './schema.ts';

export type { Part } from './pending.ts';

const SENT_RETENTION_MS = 7 * 24 * 3600_000;
const AUDIT_LIMIT = 500;
const HISTORY_LIMIT = 50;
/** Stored summaries are capped (matching has already run on the full text). */
export const SUMMARY_LIMIT = 1000;

function sameChannel(a: ChannelRef, b: ChannelRef): boolean {
  return a.platform === b.platform && a.workspaceId === b.workspaceId && a.channelId === b.channelId;
}

export function capSummary<T extends Pick<Item, 'summary'>>(item: T): T {
  const s = item.summary;
  if (!s || s.length <= SUMMARY_LIMIT) return item;
  let cut = SUMMARY_LIMIT - 1;
  const last = s.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--; // do not split a surrogate pair
  return { ...item, summary: `${s.slice(0, cut)}…` };
}

const day = (iso: string) => iso.slice(0, 10);

export class DataStore implements Store {
  protected pending: PendingWrites = emptyPending();
  /** Flushes (and anything else that writes) run one at a time. */
  protected readonly writes = new SerialQueue();

  constructor(
    protected itemsData: ItemsData = emptyItems(),
    protected outboxData: OutboxData = emptyOutbox(),
    protected stateData: StateData = emptyState(),
  ) {}

  protected mark(part: 'items', c: ItemsCollection, k: string): void;
  protected mark(part: 'outbox', c: OutboxCollection, k: string): void;
  protected mark(part: JournaledPartName, c: string, k: string): void {
    this.pending[part].set(`${c}\n${k}`, { c, k });
  }

  protected touchState(): void {
    this.pending.state = true;
  }

  /** Write a batch of changes. Must read everything it writes before its first await. */
  protected async persist(_batch: PendingWrites): Promise<void> {}

  flush(): Promise<void> {
    return this.writes.run(async () => {
      if (isEmpty(this.pending)) return;
      const batch = this.pending;
      this.pending = emptyPending();
      try {
        await this.persist(batch);
      } catch (err) {
        mergeBack(this.pending, batch);
        throw err;
      }
    });
  }

  async close(): Promise<void> {
    await this.flush();
  }

  // ─── Items ──────────────────────────────────────────────────────────────────────
  async recordItems(entries: Array<{ item: Item; match: MatchResult | null }>, now: Date): Promise<RecordedItems> {
    const at = now.toISOString();
    const today = day(at);
    const { items, seen } = this.itemsData;
    const created: StoredItem[] = [];
    const changed: StoredItem[] = [];
    for (const { item, match } of entries) {
      const stored = items[item.id];
      if (stored && (!match || stored.version === item.version)) {
        // Unchanged (or no longer matching but kept): note the sighting once per day, which
        // is all retention needs, instead of rewriting the item on every poll.
        if (day(stored.lastSeenAt) < today) {
          stored.lastSeenAt = at;
          this.mark('items', 'items', item.id);
        }
        continue;
      }
      if (!match) {
        const was = seen[item.id];
        if (!was || was.v !== item.version || day(was.t) < today) {
          seen[item.id] = { v: item.version, t: at };
          this.mark('items', 'seen', item.id);
        }
        continue;
      }
      const entry = { version: item.version, status: item.status, title: item.title, seenAt: at };
      let next: StoredItem;
      if (stored) {
        next = { ...stored, ...capSummary(item), lastSeenAt: at, match, history: [...stored.history, entry].slice(-HISTORY_LIMIT) };
        changed.push(next);
      } else {
        // An item seen before without matching that now matches is new to every channel.
        if (seen[item.id]) {
          delete seen[item.id];
          this.mark('items', 'seen', item.id);
        }
        next = { ...capSummary(item), firstSeenAt: at, lastSeenAt: at, match, history: [entry] };
        created.push(next);
      }
      items[item.id] = next;
      this.mark('items', 'items', item.id);
    }
    return { created, changed };
  }

  async getItem(id: string): Promise<StoredItem | undefined> {
    return this.itemsData.items[id];
  }

  async listItems(query: ItemQuery = {}): Promise<StoredItem[]> {
    const since = query.since?.toISOString();
    const out: StoredItem[] = [];
    for (const item of Object.values(this.itemsData.items)) {
      if (since && item.lastSeenAt < since && (item.history.at(-1)?.seenAt ?? item.firstSeenAt) < since) continue;
      if (query.jurisdictions?.length && !query.jurisdictions.includes(item.jurisdiction)) continue;
      if (query.kinds?.length && !query.kinds.includes(item.kind)) continue;
      if (query.topics?.length && !item.match.topics.some((t) => query.topics!.includes(t))) continue;
      out.push(item);
    }
    return out.sort((a, b) => latest(b).localeCompare(latest(a)));
  }

  async countItems(): Promise<number> {
    return Object.keys(this.itemsData.items).length;
  }

  async prune(now: Date, retentionDays: number, seenRetentionDays = retentionDays): Promise<{ items: number; seen: number; removedItemIds: string[] }> {
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
    const seenCutoff = new Date(now.getTime() - seenRetentionDays * 86_400_000).toISOString();
    const removedItemIds: string[] = [];
    let seen = 0;
    for (const [id, item] of Object.entries(this.itemsData.items)) {
      if (item.lastSeenAt < cutoff) {
        delete this.itemsData.items[id];
        this.mark('items', 'items', id);
        removedItemIds.push(id);
      }
    }
    for (const [id, entry] of Object.entries(this.itemsData.seen)) {
      if (entry.t < seenCutoff) {
        delete this.itemsData.seen[id];
        this.mark('items', 'seen', id);
        seen++;
      }
    }
    this.pruneOutbox(now);
    return { items: removedItemIds.length, seen, removedItemIds };
  }

  private pruneOutbox(now: Date): void {
    const { deliveries, sentKeys, threads } = this.outboxData;
    const sentCutoff = new Date(now.getTime() - SENT_RETENTION_MS).toISOString();
    for (const [key, d] of Object.entries(deliveries)) {
      if (d.status !== 'pending' && (d.sentAt ?? d.createdAt) < sentCutoff) {
        delete deliveries[key];
        this.mark('outbox', 'deliveries', key);
      }
    }
    for (const [key, sentAt] of Object.entries(sentKeys)) {
      if (sentAt < sentCutoff) {
        delete sentKeys[key];
        this.mark('outbox', 'sentKeys', key);
      }
    }
    // A thread is kept while its item is stored or still has a delivery in the outbox.
    const queued = new Set(Object.values(deliveries).map((d) => d.itemId));
    for (const key of Object.keys(threads)) {
      const itemId = key.slice(0, key.lastIndexOf('|'));
      if (!this.itemsData.items[itemId] && !queued.has(itemId)) {
        delete threads[key];
        this.mark('outbox', 'threads', key);
      }
    }
  }

  // ─── Sources ────────────────────────────────────────────────────────────────────
  async getSourceState(sourceId: string): Promise<SourceState> {
    return structuredClone(this.stateData.sources[sourceId] ?? { sourceId, consecutiveFailures: 0, itemsSeen: 0 });
  }

  async putSourceState(state: SourceState): Promise<void> {
    this.stateData.sources[state.sourceId] = structuredClone(state);
    this.touchState();
  }

  async listSourceStates(): Promise<SourceState[]> {
    return Object.values(this.stateData.sources).map((s) => structuredClone(s));
  }

  // ─── Subscriptions ──────────────────────────────────────────────────────────────
  async listSubscriptions(): Promise<Subscription[]> {
    return this.stateData.subscriptions.map((s) => structuredClone(s));
  }

  async getSubscription(channel: ChannelRef): Promise<Subscription | undefined> {
    const found = this.stateData.subscriptions.find((s) => sameChannel(s.channel, channel));
    return found && structuredClone(found);
  }

  async upsertSubscription(sub: Subscription): Promise<void> {
    const i = this.stateData.subscriptions.findIndex((s) => s.id === sub.id || sameChannel(s.channel, sub.channel));
    if (i >= 0) this.stateData.subscriptions[i] = structuredClone(sub);
    else this.stateData.subscriptions.push(structuredClone(sub));
    this.touchState();
  }

  async removeSubscription(id: string): Promise<boolean> {
    const before = this.stateData.subscriptions.length;
    this.stateData.subscriptions = this.stateData.subscriptions.filter((s) => s.id !== id);
    this.touchState();
    return this.stateData.subscriptions.length < before;
  }

  // ─── Watchlist additions ────────────────────────────────────────────────────────
  async listWatchAdditions(workspaceId?: string): Promise<WatchAddition[]> {
    return this.stateData.watch.filter((w) => !workspaceId || w.workspaceId === workspaceId).map((w) => ({ ...w }));
  }

  async addWatchAddition(addition: WatchAddition): Promise<void> {
    this.stateData.watch.push({ ...addition });
    this.touchState();
  }

  async removeWatchAddition(id: string): Promise<boolean> {
    const before = this.stateData.watch.length;
    this.stateData.watch = this.stateData.watch.filter((w) => w.id !== id);
    this.touchState();
    return this.stateData.watch.length < before;
  }

  // ─── Outbox ─────────────────────────────────────────────────────────────────────
  async enqueueDeliveries(deliveries: Delivery[]): Promise<Delivery[]> {
    const { deliveries: queued, sentKeys, threads } = this.outboxData;
    const added: Delivery[] = [];
    for (const d of deliveries) {
      if (queued[d.key] || d.key in sentKeys) continue;
      if (d.type === 'alert') {
        const key = `${d.itemId}|${d.subscriptionId}`;
        if (key in threads) continue;
        threads[key] = '';
        this.mark('outbox', 'threads', key);
      }
      queued[d.key] = structuredClone(d);
      this.mark('outbox', 'deliveries', d.key);
      added.push(d);
    }
    return added;
  }

  async dueDeliveries(now: Date, limit = 500): Promise<Delivery[]> {
    const at = now.toISOString();
    return Object.values(this.outboxData.deliveries)
      .filter((d) => d.status === 'pending' && d.nextAttemptAt <= at)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.type === 'alert' ? -1 : 1))
      .slice(0, limit)
      .map((d) => structuredClone(d));
  }

  async updateDelivery(key: string, patch: Partial<Delivery>): Promise<void> {
    const { deliveries, sentKeys, threads } = this.outboxData;
    const d = deliveries[key];
    if (!d) return;
    Object.assign(d, patch);
    if (d.status === 'sent') {
      // Sent: keep only the key (never re-sent, counted) and the thread for follow-ups.
      if (d.type === 'alert' && d.messageRef) {
        threads[`${d.itemId}|${d.subscriptionId}`] = d.messageRef;
        this.mark('outbox', 'threads', `${d.itemId}|${d.subscriptionId}`);
      }
      sentKeys[key] = d.sentAt ?? new Date().toISOString();
      this.mark('outbox', 'sentKeys', key);
      delete deliveries[key];
    }
    this.mark('outbox', 'deliveries', key);
  }

  async threadRefFor(itemId: string, channel: ChannelRef): Promise<string | undefined> {
    const sub = this.stateData.subscriptions.find((s) => sameChannel(s.channel, channel));
    if (!sub) return undefined;
    return this.outboxData.threads[`${itemId}|${sub.id}`] || undefined;
  }

  async hasAlerted(itemId: string, subscriptionId: string): Promise<boolean> {
    return `${itemId}|${subscriptionId}` in this.outboxData.threads;
  }

  async deliveryCounts(): Promise<{ pending: number; sent: number; failed: number }> {
    const counts = { pending: 0, sent: Object.keys(this.outboxData.sentKeys).length, failed: 0 };
    for (const d of Object.values(this.outboxData.deliveries)) counts[d.status]++;
    return counts;
  }

  // ─── Digest markers and audit ───────────────────────────────────────────────────
  async getDigestMarker(subscriptionId: string): Promise<string | undefined> {
    return this.stateData.digestMarkers[subscriptionId];
  }

  async setDigestMarker(subscriptionId: string, periodKey: string): Promise<void> {
    this.stateData.digestMarkers[subscriptionId] = periodKey;
    this.touchState();
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.stateData.audit.push({ ...entry });
    if (this.stateData.audit.length > AUDIT_LIMIT) this.stateData.audit.splice(0, this.stateData.audit.length - AUDIT_LIMIT);
    this.touchState();
  }

  async listAudit(limit: number): Promise<AuditEntry[]> {
    return this.stateData.audit.slice(-limit).reverse();
  }
}

function latest(item: StoredItem): string {
  return item.history.at(-1)?.seenAt ?? item.firstSeenAt;
}
