/**
 * The storage ports (src/domain/ports.ts) implemented over three in-memory data parts
 * (items, outbox, state). Which items are new or changed is decided in the core
 * (src/pipeline/item-changes.ts); this class only answers `knownItems` and applies `saveItems`.
 * Every change records which key it touched; persistence is a hook: the in-memory twin does
 * nothing, the lowdb store appends the touched keys to the parts' journals on flush().
 * Items: only their metadata is kept as columns (meta-table.ts: version, last sighting, latest
 * change, kind/jurisdiction/topics, where the body is); bodies are read through readBodies()
 * — from `bodies` here (the in-memory twin keeps them all), from the bodies file in the lowdb
 * store, which keeps in `bodies` only those not written yet.
 */
import type {
  AuditEntry,
  TriageLabel,
  ChannelRef,
  ItemFollow,
  Delivery,
  ItemQuery,
  ItemWrites,
  KnownItem,
  SourceState,
  Store,
  StoredItem,
  Subscription,
  WatchAddition,
  WorkspaceSettings,
} from '../src/domain/index.ts';
import { defaultWorkspaceSettings } from '../src/domain/index.ts';
import { MetaTable } from './meta-table.ts';
import { emptyPending, isEmpty, mergeBack, SerialQueue, type JournaledPartName, type PendingWrites } from './pending.ts';
import {
  emptyItems,
  emptyOutbox,
  emptyState,
  type ItemMeta,
  type ItemsCollection,
  type ItemsData,
  type OutboxCollection,
  type OutboxData,
  type StateData,
} from './schema.ts';

const SENT_RETENTION_MS = 7 * 24 * 3600_000;
/** Reminder keys (`remind:…`) outlive the longest reminder lead (30 days), so none is sent twice. */
const REMINDER_KEY_RETENTION_MS = 45 * 24 * 3600_000;
const AUDIT_LIMIT = 500;

function sameChannel(a: ChannelRef, b: ChannelRef): boolean {
  return a.platform === b.platform && a.workspaceId === b.workspaceId && a.channelId === b.channelId;
}

export class DataStore implements Store {
  protected pending: PendingWrites = emptyPending();
  /** Flushes (and anything else that writes) run one at a time. */
  protected readonly writes = new SerialQueue();

  constructor(
    protected itemsData: ItemsData = emptyItems(),
    protected outboxData: OutboxData = emptyOutbox(),
    protected stateData: StateData = emptyState(),
  ) {
    const items = itemsData.items as unknown;
    if (items instanceof MetaTable) this.table = items;
    else {
      this.table = new MetaTable();
      for (const [id, m] of Object.entries(itemsData.items)) this.table.set(id, isWholeItem(m) ? metaOf(m) : m);
      itemsData.items = this.table as unknown as ItemsData['items'];
    }
  }

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

  /** Everything but the item bodies, as plain data (copies): for `policywatch db import`. */
  exportParts(): { seen: ItemsData['seen']; outbox: OutboxData; state: StateData } {
    return structuredClone({ seen: this.itemsData.seen, outbox: this.outboxData, state: this.stateData });
  }

  // ─── Items ──────────────────────────────────────────────────────────────────────
  /** Metadata of every stored item (serialized as items.json's `items`). */
  protected readonly table: MetaTable;

  /** Bodies by id: every item here; the lowdb store keeps only those not yet written. */
  protected readonly bodies = new Map<string, StoredItem>();

  /** The bodies of these items (by table slot), in the same order (undefined when missing). */
  protected async readBodies(entries: Array<[string, number]>): Promise<Array<StoredItem | undefined>> {
    return entries.map(([id]) => this.bodies.get(id));
  }

  private async load(entries: Array<[string, number]>): Promise<StoredItem[]> {
    const bodies = await this.readBodies(entries);
    const out: StoredItem[] = [];
    bodies.forEach((b, i) => {
      if (!b) return;
      const [id, slot] = entries[i]!;
      if (b.id === id) b.id = id; // the same text: share the key's string (an index keeps it)
      const last = this.table.last[slot]!;
      out.push(Date.parse(b.lastSeenAt) === last ? b : { ...b, lastSeenAt: new Date(last).toISOString() });
    });
    return out;
  }

  private entry(id: string): [string, number] | undefined {
    const s = this.table.slot(id);
    return s === undefined ? undefined : [id, s];
  }

  async knownItems(ids: string[]): Promise<Map<string, KnownItem>> {
    const { table } = this;
    const { seen } = this.itemsData;
    const out = new Map<string, KnownItem>();
    for (const id of ids) {
      const s = table.slot(id);
      if (s !== undefined) out.set(id, { stored: true, version: table.versions[s]!, lastSeenAt: new Date(table.last[s]!).toISOString() });
      else {
        const was = seen[id];
        if (was) out.set(id, { stored: false, version: was.v, lastSeenAt: was.t });
      }
    }
    return out;
  }

  async saveItems(writes: ItemWrites, now: Date): Promise<void> {
    const at = now.toISOString();
    const { table } = this;
    const { seen } = this.itemsData;
    for (const id of writes.touched) {
      const slot = table.slot(id);
      if (slot === undefined) continue;
      table.last[slot] = now.getTime();
      this.mark('items', 'items', id);
    }
    for (const { id, version } of writes.seen) {
      seen[id] = { v: version, t: at };
      this.mark('items', 'seen', id);
    }
    for (const id of writes.unseen) {
      delete seen[id];
      this.mark('items', 'seen', id);
    }
    for (const next of [...writes.created, ...writes.changed]) {
      table.set(next.id, metaOf(next));
      this.bodies.set(next.id, next);
      this.mark('items', 'items', next.id);
    }
  }

  async getItem(id: string): Promise<StoredItem | undefined> {
    const e = this.entry(id);
    return e && (await this.load([e]))[0];
  }

  async getItems(ids: string[]): Promise<Array<StoredItem | undefined>> {
    const known = ids.flatMap((id) => {
      const e = this.entry(id);
      return e ? [e] : [];
    });
    const byId = new Map((await this.load(known)).map((i) => [i.id, i]));
    return ids.map((id) => byId.get(id));
  }

  async listItems(query: ItemQuery = {}): Promise<StoredItem[]> {
    const since = query.since?.getTime();
    const { table } = this;
    const out: Array<[string, number]> = [];
    for (const [id, s] of table.entries()) {
      if (since !== undefined && table.last[s]! < since && table.latest[s]! < since) continue;
      const c = table.classAt(s);
      if (query.jurisdictions?.length && !query.jurisdictions.includes(c.j)) continue;
      if (query.kinds?.length && !query.kinds.includes(c.k)) continue;
      if (query.topics?.length && !c.t.some((t) => query.topics!.includes(t))) continue;
      out.push([id, s]);
    }
    // Stable sort on the latest change: equal keys keep insertion order, as before.
    out.sort((a, b) => table.latest[b[1]]! - table.latest[a[1]]!);
    return this.load(out);
  }

  /** Every stored item, `batch` at a time (in file order): for building an index. */
  async forEachItem(visit: (items: StoredItem[]) => void, batch = 2000): Promise<void> {
    const { table } = this;
    const all = [...table.entries()].sort((a, b) => table.gen[a[1]]! - table.gen[b[1]]! || table.offset[a[1]]! - table.offset[b[1]]!);
    for (let i = 0; i < all.length; i += batch) visit(await this.load(all.slice(i, i + batch)));
  }

  async countItems(): Promise<number> {
    return this.table.size;
  }

  async prune(
    now: Date,
    retentionDays: number,
    seenRetentionDays = retentionDays,
  ): Promise<{ items: number; seen: number; removedItemIds: string[] }> {
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
    const seenCutoff = new Date(now.getTime() - seenRetentionDays * 86_400_000).toISOString();
    const removedItemIds: string[] = [];
    let seen = 0;
    const cutoffMs = Date.parse(cutoff);
    for (const [id, slot] of [...this.table.entries()]) {
      if (this.table.last[slot]! < cutoffMs) {
        this.table.delete(id);
        this.bodies.delete(id);
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
    return { items: removedItemIds.length, seen, removedItemIds };
  }

  async pruneOutbox(now: Date): Promise<void> {
    const { deliveries, sentKeys, threads } = this.outboxData;
    const sentCutoff = new Date(now.getTime() - SENT_RETENTION_MS).toISOString();
    for (const [key, d] of Object.entries(deliveries)) {
      if (d.status !== 'pending' && (d.sentAt ?? d.createdAt) < sentCutoff) {
        delete deliveries[key];
        this.mark('outbox', 'deliveries', key);
      }
    }
    const reminderCutoff = new Date(now.getTime() - REMINDER_KEY_RETENTION_MS).toISOString();
    for (const [key, sentAt] of Object.entries(sentKeys)) {
      if (sentAt < (key.startsWith('remind:') ? reminderCutoff : sentCutoff)) {
        delete sentKeys[key];
        this.mark('outbox', 'sentKeys', key);
      }
    }
    // A thread is kept while its item is stored or still has a delivery in the outbox.
    const queued = new Set(Object.values(deliveries).map((d) => d.itemId));
    for (const key of Object.keys(threads)) {
      const itemId = key.slice(0, key.lastIndexOf('|'));
      if (!this.table.has(itemId) && !queued.has(itemId)) {
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

  // ─── Workspace settings ─────────────────────────────────────────────────────────
  async getWorkspaceSettings(workspaceId: string): Promise<WorkspaceSettings> {
    const stored = Object.hasOwn(this.stateData.workspaceSettings, workspaceId) ? this.stateData.workspaceSettings[workspaceId] : undefined;
    return { ...defaultWorkspaceSettings(workspaceId), ...stored };
  }

  async listWorkspaceSettings(): Promise<WorkspaceSettings[]> {
    return Object.values(this.stateData.workspaceSettings).map((s) => ({ ...s }));
  }

  async putWorkspaceSettings(settings: WorkspaceSettings): Promise<void> {
    this.stateData.workspaceSettings[settings.workspaceId] = { ...settings };
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

  // ─── Triage labels ────────────────────────────────────────────────────────────────
  async putLabel(label: TriageLabel): Promise<void> {
    const group = (l: TriageLabel) => (l.label === 'reviewed' ? 'review' : 'relevance');
    this.stateData.labels ??= [];
    this.stateData.labels = this.stateData.labels.filter(
      (l) => !(l.workspaceId === label.workspaceId && l.itemId === label.itemId && l.userId === label.userId && group(l) === group(label)),
    );
    this.stateData.labels.push(structuredClone(label));
    this.touchState();
  }

  async listLabels(workspaceId?: string): Promise<TriageLabel[]> {
    return (this.stateData.labels ?? [])
      .filter((l) => workspaceId === undefined || l.workspaceId === workspaceId)
      .map((l) => structuredClone(l));
  }

  // ─── Follows ──────────────────────────────────────────────────────────────────────
  async putFollow(follow: ItemFollow): Promise<void> {
    this.stateData.follows = (this.stateData.follows ?? []).filter(
      (f) => !(f.itemId === follow.itemId && sameChannel(f.channel, follow.channel)),
    );
    this.stateData.follows.push(structuredClone(follow));
    this.touchState();
  }

  async removeFollow(channel: ChannelRef, itemId: string): Promise<boolean> {
    const before = this.stateData.follows ?? [];
    this.stateData.follows = before.filter((f) => !(f.itemId === itemId && sameChannel(f.channel, channel)));
    if (this.stateData.follows.length === before.length) return false;
    this.touchState();
    return true;
  }

  async listFollows(itemIds?: string[]): Promise<ItemFollow[]> {
    const wanted = itemIds ? new Set(itemIds) : undefined;
    return (this.stateData.follows ?? []).filter((f) => !wanted || wanted.has(f.itemId)).map((f) => structuredClone(f));
  }
}

function latest(item: StoredItem): string {
  return item.history.at(-1)?.seenAt ?? item.firstSeenAt;
}

/** The metadata record of an item (its body not written yet: o = n = 0). */
export function metaOf(item: StoredItem, o = 0, n = 0, g = 0): ItemMeta {
  return { v: item.version, l: item.lastSeenAt, a: latest(item), k: item.kind, j: item.jurisdiction, t: item.match.topics, o, n, g };
}

/** True for a whole item as stored by schema 2 (before bodies moved to their own file). */
export function isWholeItem(x: ItemMeta | StoredItem): x is StoredItem {
  return 'history' in x;
}
