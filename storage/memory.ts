/**
 * The in-memory twin: every port of `Store` on plain maps, with the same rules as the stores
 * on disk (the contract suite runs on it unchanged). For tests and `policywatch match`-style
 * tools; nothing is written anywhere. Which items are new or changed is decided in the core
 * (src/pipeline/item-changes.ts); this only answers `knownItems` and applies `saveItems`.
 */
import type { Delivery, ItemQuery, ItemWrites, KnownItem, Store, StoredItem, ChannelRef } from '../src/domain/index.ts';
import { OperatorState, sameChannel } from './operator-state.ts';

const SENT_RETENTION_MS = 7 * 24 * 3600_000;
/** Reminder keys (`remind:…`) outlive the longest reminder lead (30 days), so none is sent twice. */
const REMINDER_KEY_RETENTION_MS = 45 * 24 * 3600_000;

const latestChange = (item: StoredItem) => Date.parse(item.history.at(-1)?.seenAt ?? item.firstSeenAt);
const threadKey = (itemId: string, subscriptionId: string) => `${itemId}|${subscriptionId}`;

export class MemoryStore extends OperatorState implements Store {
  /** Matching items by id, in insertion order (an update keeps an item's place). */
  private readonly items = new Map<string, StoredItem>();
  /** Non-matching item ids: version and last time seen. */
  private readonly seen = new Map<string, { version: string; at: string }>();
  /** Pending and failed deliveries by key; a sent delivery moves to `sentKeys`. */
  private readonly deliveries = new Map<string, Delivery>();
  /** Delivery key → sentAt of deliveries sent recently (never re-sent; counted). */
  private readonly sentKeys = new Map<string, string>();
  /** `${itemId}|${subscriptionId}` → messageRef of the first alert ('' while pending). */
  private readonly threads = new Map<string, string>();

  async flush(): Promise<void> {}

  async close(): Promise<void> {}

  // ─── Items ──────────────────────────────────────────────────────────────────────
  async knownItems(ids: string[]): Promise<Map<string, KnownItem>> {
    const out = new Map<string, KnownItem>();
    for (const id of ids) {
      const item = this.items.get(id);
      if (item) out.set(id, { stored: true, version: item.version, lastSeenAt: item.lastSeenAt });
      else {
        const was = this.seen.get(id);
        if (was) out.set(id, { stored: false, version: was.version, lastSeenAt: was.at });
      }
    }
    return out;
  }

  async saveItems(writes: ItemWrites, now: Date): Promise<void> {
    const at = now.toISOString();
    for (const id of writes.touched) {
      const item = this.items.get(id);
      if (item) this.items.set(id, { ...item, lastSeenAt: at });
    }
    for (const { id, version } of writes.seen) this.seen.set(id, { version, at });
    for (const id of writes.unseen) this.seen.delete(id);
    for (const next of [...writes.created, ...writes.changed]) this.items.set(next.id, next);
  }

  async getItem(id: string): Promise<StoredItem | undefined> {
    return this.items.get(id);
  }

  async getItems(ids: string[]): Promise<Array<StoredItem | undefined>> {
    return ids.map((id) => this.items.get(id));
  }

  async listItems(query: ItemQuery = {}): Promise<StoredItem[]> {
    const since = query.since?.getTime();
    const out: StoredItem[] = [];
    for (const item of this.items.values()) {
      if (since !== undefined && Date.parse(item.lastSeenAt) < since && latestChange(item) < since) continue;
      if (query.jurisdictions?.length && !query.jurisdictions.includes(item.jurisdiction)) continue;
      if (query.kinds?.length && !query.kinds.includes(item.kind)) continue;
      if (query.topics?.length && !item.match.topics.some((t) => query.topics!.includes(t))) continue;
      out.push(item);
    }
    // Stable sort on the latest change: equal keys keep insertion order.
    return out.sort((a, b) => latestChange(b) - latestChange(a));
  }

  /** Every stored item, `batch` at a time, in insertion order: for building an index. */
  async forEachItem(visit: (items: StoredItem[]) => void, batch = 2000): Promise<void> {
    const all = [...this.items.values()];
    for (let i = 0; i < all.length; i += batch) visit(all.slice(i, i + batch));
  }

  async countItems(): Promise<number> {
    return this.items.size;
  }

  async prune(
    now: Date,
    retentionDays: number,
    seenRetentionDays = retentionDays,
  ): Promise<{ items: number; seen: number; removedItemIds: string[] }> {
    const cutoff = now.getTime() - retentionDays * 86_400_000;
    const seenCutoff = now.getTime() - seenRetentionDays * 86_400_000;
    const removedItemIds: string[] = [];
    for (const [id, item] of this.items) {
      if (Date.parse(item.lastSeenAt) < cutoff) {
        this.items.delete(id);
        removedItemIds.push(id);
      }
    }
    let seen = 0;
    for (const [id, s] of this.seen) {
      if (Date.parse(s.at) < seenCutoff) {
        this.seen.delete(id);
        seen++;
      }
    }
    return { items: removedItemIds.length, seen, removedItemIds };
  }

  // ─── Outbox ─────────────────────────────────────────────────────────────────────
  async enqueueDeliveries(deliveries: Delivery[]): Promise<Delivery[]> {
    const added: Delivery[] = [];
    for (const d of deliveries) {
      if (this.deliveries.has(d.key) || this.sentKeys.has(d.key)) continue;
      if (d.type === 'alert') {
        const key = threadKey(d.itemId, d.subscriptionId);
        if (this.threads.has(key)) continue;
        this.threads.set(key, '');
      }
      this.deliveries.set(d.key, structuredClone(d));
      added.push(d);
    }
    return added;
  }

  async dueDeliveries(now: Date, limit = 500): Promise<Delivery[]> {
    const at = now.toISOString();
    return [...this.deliveries.values()]
      .filter((d) => d.status === 'pending' && d.nextAttemptAt <= at)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.type === 'alert' ? -1 : 1))
      .slice(0, limit)
      .map((d) => structuredClone(d));
  }

  async updateDelivery(key: string, patch: Partial<Delivery>): Promise<void> {
    const d = this.deliveries.get(key);
    if (!d) return;
    Object.assign(d, patch);
    if (d.status !== 'sent') return;
    // Sent: keep only the key (never re-sent, counted) and the thread for follow-ups.
    if (d.type === 'alert' && d.messageRef) this.threads.set(threadKey(d.itemId, d.subscriptionId), d.messageRef);
    this.sentKeys.set(key, d.sentAt ?? new Date().toISOString());
    this.deliveries.delete(key);
  }

  async threadRefFor(itemId: string, channel: ChannelRef): Promise<string | undefined> {
    const sub = this.stateData.subscriptions.find((s) => sameChannel(s.channel, channel));
    if (!sub) return undefined;
    return this.threads.get(threadKey(itemId, sub.id)) || undefined;
  }

  async hasAlerted(itemId: string, subscriptionId: string): Promise<boolean> {
    return this.threads.has(threadKey(itemId, subscriptionId));
  }

  async deliveryCounts(): Promise<{ pending: number; sent: number; failed: number }> {
    const counts = { pending: 0, sent: this.sentKeys.size, failed: 0 };
    for (const d of this.deliveries.values()) counts[d.status]++;
    return counts;
  }

  async pruneOutbox(now: Date): Promise<void> {
    const sentCutoff = new Date(now.getTime() - SENT_RETENTION_MS).toISOString();
    for (const [key, d] of this.deliveries) {
      if (d.status !== 'pending' && (d.sentAt ?? d.createdAt) < sentCutoff) this.deliveries.delete(key);
    }
    const reminderCutoff = new Date(now.getTime() - REMINDER_KEY_RETENTION_MS).toISOString();
    for (const [key, sentAt] of this.sentKeys) {
      if (sentAt < (key.startsWith('remind:') ? reminderCutoff : sentCutoff)) this.sentKeys.delete(key);
    }
    // A thread is kept while its item is stored or still has a delivery in the outbox.
    const queued = new Set([...this.deliveries.values()].map((d) => d.itemId));
    for (const key of this.threads.keys()) {
      const itemId = key.slice(0, key.lastIndexOf('|'));
      if (!this.items.has(itemId) && !queued.has(itemId)) this.threads.delete(key);
    }
  }
}

/** A fresh, empty in-memory twin. */
export function createMemoryStore(): MemoryStore {
  return new MemoryStore();
}
