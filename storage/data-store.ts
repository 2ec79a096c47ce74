/**
 * The Store port implemented over the two in-memory data parts. Persistence is a hook:
 * the in-memory twin does nothing, the lowdb store writes the dirty parts on flush().
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
import { emptyItems, emptyState, type ItemsData, type StateData } from './schema.ts';

export type Part = 'items' | 'state';

const SENT_RETENTION_MS = 7 * 24 * 3600_000;
const AUDIT_LIMIT = 1000;
const HISTORY_LIMIT = 50;

function sameChannel(a: ChannelRef, b: ChannelRef): boolean {
  return a.platform === b.platform && a.workspaceId === b.workspaceId && a.channelId === b.channelId;
}

export class DataStore implements Store {
  protected dirty = new Set<Part>();

  constructor(
    protected itemsData: ItemsData = emptyItems(),
    protected stateData: StateData = emptyState(),
  ) {}

  protected touch(part: Part): void {
    this.dirty.add(part);
  }

  /** Write the dirty parts. The in-memory twin keeps everything in memory. */
  protected async persist(_parts: Set<Part>): Promise<void> {}

  async flush(): Promise<void> {
    if (this.dirty.size === 0) return;
    const parts = new Set(this.dirty);
    this.dirty.clear();
    try {
      await this.persist(parts);
    } catch (err) {
      for (const p of parts) this.dirty.add(p);
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.flush();
  }

  // ─── Items ──────────────────────────────────────────────────────────────────────
  async recordItems(entries: Array<{ item: Item; match: MatchResult | null }>, now: Date): Promise<RecordedItems> {
    const at = now.toISOString();
    const created: StoredItem[] = [];
    const changed: StoredItem[] = [];
    for (const { item, match } of entries) {
      const stored = this.itemsData.items[item.id];
      if (!match) {
        if (stored) {
          // Still keep it (it matched once); just note it was seen.
          stored.lastSeenAt = at;
        } else {
          this.itemsData.seen[item.id] = { v: item.version, t: at };
        }
        this.touch('items');
        continue;
      }
      if (stored) {
        stored.lastSeenAt = at;
        this.touch('items');
        if (stored.version === item.version) continue;
        const next: StoredItem = {
          ...stored,
          ...item,
          match,
          history: [...stored.history, { version: item.version, status: item.status, title: item.title, seenAt: at }].slice(-HISTORY_LIMIT),
        };
        this.itemsData.items[item.id] = next;
        changed.push(next);
        continue;
      }
      const wasSeen = this.itemsData.seen[item.id];
      delete this.itemsData.seen[item.id];
      const next: StoredItem = {
        ...item,
        firstSeenAt: at,
        lastSeenAt: at,
        match,
        history: [{ version: item.version, status: item.status, title: item.title, seenAt: at }],
      };
      this.itemsData.items[item.id] = next;
      this.touch('items');
      // An item seen before without matching that now matches is new to every channel.
      void wasSeen;
      created.push(next);
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
        removedItemIds.push(id);
      }
    }
    const items = removedItemIds.length;
    for (const [id, entry] of Object.entries(this.itemsData.seen)) {
      if (entry.t < seenCutoff) {
        delete this.itemsData.seen[id];
        seen++;
      }
    }
    if (items) {
      for (const key of Object.keys(this.stateData.alerted)) {
        if (!this.itemsData.items[key.split('|')[0]!]) delete this.stateData.alerted[key];
      }
      this.touch('state');
    }
    const sentCutoff = new Date(now.getTime() - SENT_RETENTION_MS).toISOString();
    for (const [key, d] of Object.entries(this.stateData.outbox)) {
      if (d.status !== 'pending' && (d.sentAt ?? d.createdAt) < sentCutoff) {
        delete this.stateData.outbox[key];
        this.touch('state');
      }
    }
    if (items || seen) this.touch('items');
    return { items, seen, removedItemIds };
  }

  // ─── Sources ────────────────────────────────────────────────────────────────────
  async getSourceState(sourceId: string): Promise<SourceState> {
    return structuredClone(this.stateData.sources[sourceId] ?? { sourceId, consecutiveFailures: 0, itemsSeen: 0 });
  }

  async putSourceState(state: SourceState): Promise<void> {
    this.stateData.sources[state.sourceId] = structuredClone(state);
    this.touch('state');
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
    this.touch('state');
  }

  async removeSubscription(id: string): Promise<boolean> {
    const before = this.stateData.subscriptions.length;
    this.stateData.subscriptions = this.stateData.subscriptions.filter((s) => s.id !== id);
    this.touch('state');
    return this.stateData.subscriptions.length < before;
  }

  // ─── Watchlist additions ────────────────────────────────────────────────────────
  async listWatchAdditions(workspaceId?: string): Promise<WatchAddition[]> {
    return this.stateData.watch.filter((w) => !workspaceId || w.workspaceId === workspaceId).map((w) => ({ ...w }));
  }

  async addWatchAddition(addition: WatchAddition): Promise<void> {
    this.stateData.watch.push({ ...addition });
    this.touch('state');
  }

  async removeWatchAddition(id: string): Promise<boolean> {
    const before = this.stateData.watch.length;
    this.stateData.watch = this.stateData.watch.filter((w) => w.id !== id);
    this.touch('state');
    return this.stateData.watch.length < before;
  }

  // ─── Outbox ─────────────────────────────────────────────────────────────────────
  async enqueueDeliveries(deliveries: Delivery[]): Promise<Delivery[]> {
    const added: Delivery[] = [];
    for (const d of deliveries) {
      if (this.stateData.outbox[d.key]) continue;
      if (d.type === 'alert') {
        const key = `${d.itemId}|${d.subscriptionId}`;
        if (key in this.stateData.alerted) continue;
        this.stateData.alerted[key] = '';
      }
      this.stateData.outbox[d.key] = structuredClone(d);
      added.push(d);
    }
    if (added.length) this.touch('state');
    return added;
  }

  async dueDeliveries(now: Date, limit = 500): Promise<Delivery[]> {
    const at = now.toISOString();
    return Object.values(this.stateData.outbox)
      .filter((d) => d.status === 'pending' && d.nextAttemptAt <= at)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.type === 'alert' ? -1 : 1))
      .slice(0, limit)
      .map((d) => structuredClone(d));
  }

  async updateDelivery(key: string, patch: Partial<Delivery>): Promise<void> {
    const d = this.stateData.outbox[key];
    if (!d) return;
    Object.assign(d, patch);
    if (d.type === 'alert' && d.status === 'sent' && d.messageRef) {
      this.stateData.alerted[`${d.itemId}|${d.subscriptionId}`] = d.messageRef;
    }
    this.touch('state');
  }

  async threadRefFor(itemId: string, channel: ChannelRef): Promise<string | undefined> {
    const sub = this.stateData.subscriptions.find((s) => sameChannel(s.channel, channel));
    if (!sub) return undefined;
    return this.stateData.alerted[`${itemId}|${sub.id}`] || undefined;
  }

  async hasAlerted(itemId: string, subscriptionId: string): Promise<boolean> {
    return `${itemId}|${subscriptionId}` in this.stateData.alerted;
  }

  async deliveryCounts(): Promise<{ pending: number; sent: number; failed: number }> {
    const counts = { pending: 0, sent: 0, failed: 0 };
    for (const d of Object.values(this.stateData.outbox)) counts[d.status]++;
    return counts;
  }

  // ─── Digest markers and audit ───────────────────────────────────────────────────
  async getDigestMarker(subscriptionId: string): Promise<string | undefined> {
    return this.stateData.digestMarkers[subscriptionId];
  }

  async setDigestMarker(subscriptionId: string, periodKey: string): Promise<void> {
    this.stateData.digestMarkers[subscriptionId] = periodKey;
    this.touch('state');
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.stateData.audit.push({ ...entry });
    if (this.stateData.audit.length > AUDIT_LIMIT) this.stateData.audit.splice(0, this.stateData.audit.length - AUDIT_LIMIT);
    this.touch('state');
  }

  async listAudit(limit: number): Promise<AuditEntry[]> {
    return this.stateData.audit.slice(-limit).reverse();
  }
}

function latest(item: StoredItem): string {
  return item.history.at(-1)?.seenAt ?? item.firstSeenAt;
}
