/**
 * The embedded default store, under DATA_DIR:
 *  - policywatch.sqlite (+ -wal, -shm) — items, seen-ids, the outbox (deliveries, sent keys,
 *    alert threads) and the full-text index, in SQLite (better-sqlite3, WAL, synchronous=FULL:
 *    every write is one transaction, on disk before the call returns, so a kill -9 loses nothing
 *    that was written and SQLite's own recovery opens the file cleanly afterwards);
 *  - state.json — the small operator-facing state (sources, subscriptions, watch additions,
 *    digest markers, audit, triage labels, follows), kept by lowdb and written on flush() (state.ts).
 * Items keep their filter and order fields as columns (narrow rows, so that a search ranks and
 * a filter scans them quickly), the whole item as JSON in item_bodies, identifier keys in a
 * side table, and an FTS5 index (identifier, title, agency, summary; porter stemmer) that
 * serves `/policy search` (search.ts) without an in-memory index; chain keys and deadline
 * instants in two more tables serve related-item links and reminders (chains.ts).
 * Other processes may open the file read-only while the daemon runs (`readOnly`: no lock, no
 * writes); two writers on one directory are refused by the pid lock.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChannelRef, Delivery, ItemQuery, ItemWrites, KnownItem, Store, StoredItem } from '../../src/domain/index.ts';
import { itemIdentifierKeys } from '../../src/search/identifiers.ts';
import { activityTime } from '../../src/search/rank.ts';
import { acquireLock, type Lock } from '../lock.ts';
import { chainRows, markChainRowsIfEmpty } from './chains.ts';
import { checkSchemaVersion, prepareSchema, SCHEMA_VERSION } from './schema.ts';
import { readStateFile, StatePart, type StateFileContents } from './state.ts';

const SENT_RETENTION_MS = 7 * 24 * 3600_000;
const REMINDER_KEY_RETENTION_MS = 45 * 24 * 3600_000;
export const SQLITE_FILE = 'policywatch.sqlite';

const ms = (d: Date | string) => (typeof d === 'string' ? Date.parse(d) : d.getTime());
const iso = (t: number) => new Date(t).toISOString();
/** '|a|b|' so a filter can look for '|a|' (topics and workspaces are short lists). */
const bars = (xs: readonly string[]) => `|${xs.join('|')}|`;

/** The columns an item is read back from (ItemRow), for a query that adds WHERE and ORDER BY on `i`. */
const ITEM_ROWS = 'SELECT i.seq, b.body, i.last_seen_at FROM items i JOIN item_bodies b ON b.seq = i.seq';

interface ItemRow {
  seq: number;
  body: string;
  last_seen_at: number;
}

function itemFrom(row: ItemRow): StoredItem {
  const item = JSON.parse(row.body) as StoredItem;
  const at = iso(row.last_seen_at);
  if (item.lastSeenAt !== at) item.lastSeenAt = at;
  return item;
}

/** An alert's thread: the first alert's message for an item in a subscription ('' while pending). */
export interface AlertThread {
  itemId: string;
  subscriptionId: string;
  messageRef: string;
}

export interface SqliteStoreOptions {
  /** Open without a lock and never write (CLI look-ups while the daemon runs). */
  readOnly?: boolean;
}

export class SqliteStore extends StatePart implements Store {
  private closed = false;

  private constructor(
    readonly db: Database.Database,
    state: StateFileContents,
    private readonly lock: Lock | undefined,
    readonly dataDir: string,
    readonly readOnly: boolean,
  ) {
    super(state);
  }

  static async open(dataDir: string, opts: SqliteStoreOptions = {}): Promise<SqliteStore> {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const readOnly = opts.readOnly === true;
    const lock = readOnly ? undefined : acquireLock(join(dir, 'policywatch.lock'));
    try {
      const file = join(dir, SQLITE_FILE);
      const db =
        readOnly && existsSync(file)
          ? new Database(file, { readonly: true, fileMustExist: true })
          : new Database(readOnly ? ':memory:' : file);
      try {
        checkSchemaVersion(db, file); // before anything writes to it
        if (!readOnly) {
          db.pragma('journal_mode = WAL');
          db.pragma('synchronous = FULL');
        }
        db.pragma('busy_timeout = 5000');
        prepareSchema(db, file);
        if (!db.readonly) markChainRowsIfEmpty(db);
      } catch (err) {
        db.close();
        throw err;
      }
      const state = await readStateFile(join(dir, 'state.json'), SCHEMA_VERSION, readOnly);
      return new SqliteStore(db, state, lock, dir, readOnly);
    } catch (err) {
      lock?.release();
      throw err;
    }
  }

  /** A value kept in the meta table (undefined when unset). */
  meta(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.flush();
      if (!this.readOnly) this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
      this.lock?.release();
    }
  }

  /** Every seen-id (non-matching item): for `policywatch db import`. */
  *exportSeen(): Generator<{ id: string; version: string; seenAt: string }> {
    type Row = { id: string; version: string; seen_at: number };
    for (const r of this.db.prepare('SELECT id, version, seen_at FROM seen_items').iterate() as Iterable<Row>)
      yield { id: r.id, version: r.version, seenAt: iso(r.seen_at) };
  }

  /** The outbox: queued deliveries, sent keys and alert threads: for `policywatch db import`. */
  exportOutbox(): { deliveries: Delivery[]; sentKeys: Array<{ key: string; sentAt: string }>; threads: AlertThread[] } {
    const deliveries = (this.db.prepare('SELECT body FROM deliveries ORDER BY seq').all() as Array<{ body: string }>).map(
      (r) => JSON.parse(r.body) as Delivery,
    );
    const sentKeys = (this.db.prepare('SELECT key, sent_at FROM sent_keys').all() as Array<{ key: string; sent_at: number }>).map((r) => ({
      key: r.key,
      sentAt: iso(r.sent_at),
    }));
    type Thread = { item_id: string; subscription_id: string; message_ref: string };
    const threads = (this.db.prepare('SELECT item_id, subscription_id, message_ref FROM threads').all() as Thread[]).map((r) => ({
      itemId: r.item_id,
      subscriptionId: r.subscription_id,
      messageRef: r.message_ref,
    }));
    return { deliveries, sentKeys, threads };
  }

  // ─── Items ──────────────────────────────────────────────────────────────────────
  async knownItems(ids: string[]): Promise<Map<string, KnownItem>> {
    const out = new Map<string, KnownItem>();
    const seen = this.db.prepare('SELECT version, seen_at FROM seen_items WHERE id = ?');
    const item = this.db.prepare('SELECT version, last_seen_at FROM items WHERE id = ?');
    for (const id of ids) {
      const i = item.get(id) as { version: string; last_seen_at: number } | undefined;
      if (i) {
        out.set(id, { stored: true, version: i.version, lastSeenAt: iso(i.last_seen_at) });
        continue;
      }
      const s = seen.get(id) as { version: string; seen_at: number } | undefined;
      if (s) out.set(id, { stored: false, version: s.version, lastSeenAt: iso(s.seen_at) });
    }
    return out;
  }

  /** Writes whole items (insert or replace, keeping an item's place), with keys and search text. */
  upsertItems(items: Iterable<StoredItem>): void {
    const upsert = this.db.prepare(
      `INSERT INTO items (id, version, kind, jurisdiction, topics, priority, workspaces, last_seen_at, latest_change_at, activity_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, kind = excluded.kind, jurisdiction = excluded.jurisdiction,
         topics = excluded.topics, priority = excluded.priority, workspaces = excluded.workspaces,
         last_seen_at = excluded.last_seen_at, latest_change_at = excluded.latest_change_at,
         activity_at = excluded.activity_at
       RETURNING seq`,
    );
    const putBody = this.db.prepare(
      'INSERT INTO item_bodies (seq, body) VALUES (?, ?) ON CONFLICT (seq) DO UPDATE SET body = excluded.body',
    );
    const dropFts = this.db.prepare('DELETE FROM items_fts WHERE rowid = ?');
    const addFts = this.db.prepare('INSERT INTO items_fts (rowid, identifier, title, agency, summary) VALUES (?, ?, ?, ?, ?)');
    const dropKeys = this.db.prepare('DELETE FROM item_keys WHERE seq = ?');
    const addKey = this.db.prepare('INSERT OR IGNORE INTO item_keys (key, seq) VALUES (?, ?)');
    const exists = this.db.prepare('SELECT 1 FROM items WHERE id = ?');
    const chain = chainRows(this.db);
    for (const item of items) {
      const had = exists.get(item.id) !== undefined;
      const keys = itemIdentifierKeys(item.identifier, item.jurisdiction);
      const { seq } = upsert.get(
        item.id,
        item.version,
        item.kind,
        item.jurisdiction,
        bars(item.match.topics),
        item.match.priority ? 1 : 0,
        item.match.workspaces ? bars(item.match.workspaces) : null,
        ms(item.lastSeenAt),
        ms(item.history.at(-1)?.seenAt ?? item.firstSeenAt),
        activityTime(item),
      ) as { seq: number };
      putBody.run(seq, JSON.stringify(item));
      if (had) {
        dropFts.run(seq);
        dropKeys.run(seq);
        chain.drop(seq);
      }
      chain.add(seq, item);
      addFts.run(seq, [item.identifier ?? '', ...keys].join(' '), item.title, item.agency ?? '', (item.summary ?? '').slice(0, 4000));
      for (const k of keys) addKey.run(k, seq);
    }
  }

  async saveItems(writes: ItemWrites, now: Date): Promise<void> {
    const at = now.getTime();
    this.db.transaction(() => {
      const touch = this.db.prepare('UPDATE items SET last_seen_at = ? WHERE id = ?');
      for (const id of writes.touched) touch.run(at, id);
      const seen = this.db.prepare(
        'INSERT INTO seen_items (id, version, seen_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, seen_at = excluded.seen_at',
      );
      for (const s of writes.seen) seen.run(s.id, s.version, at);
      const unseen = this.db.prepare('DELETE FROM seen_items WHERE id = ?');
      for (const id of writes.unseen) unseen.run(id);
      // Later writes of the same id win (a poll may hold two versions of one item).
      this.upsertItems(new Map([...writes.created, ...writes.changed].map((i) => [i.id, i])).values());
    })();
  }

  async getItem(id: string): Promise<StoredItem | undefined> {
    const row = this.db.prepare(`${ITEM_ROWS} WHERE i.id = ?`).get(id) as ItemRow | undefined;
    return row && itemFrom(row);
  }

  async getItems(ids: string[]): Promise<Array<StoredItem | undefined>> {
    const get = this.db.prepare(`${ITEM_ROWS} WHERE i.id = ?`);
    return ids.map((id) => {
      const row = get.get(id) as ItemRow | undefined;
      return row && itemFrom(row);
    });
  }

  async listItems(query: ItemQuery = {}): Promise<StoredItem[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (query.since) {
      where.push('(last_seen_at >= ? OR latest_change_at >= ?)');
      args.push(query.since.getTime(), query.since.getTime());
    }
    if (query.jurisdictions?.length) {
      where.push(`jurisdiction IN (${query.jurisdictions.map(() => '?').join(',')})`);
      args.push(...query.jurisdictions);
    }
    if (query.kinds?.length) {
      where.push(`kind IN (${query.kinds.map(() => '?').join(',')})`);
      args.push(...query.kinds);
    }
    if (query.topics?.length) {
      where.push(`(${query.topics.map(() => 'instr(topics, ?) > 0').join(' OR ')})`);
      args.push(...query.topics.map((t) => `|${t}|`));
    }
    const rows = this.db
      .prepare(`${ITEM_ROWS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.latest_change_at DESC, i.seq`)
      .all(...args) as ItemRow[];
    return rows.map(itemFrom);
  }

  async forEachItem(visit: (items: StoredItem[]) => void, batch = 2000): Promise<void> {
    for (const items of this.itemPages(batch)) {
      visit(items);
      // Let commands and deliveries run between batches.
      await new Promise((r) => setImmediate(r));
    }
  }

  /** Every stored item, `batch` at a time, in insertion order (a page is read when asked for). */
  *itemPages(batch = 2000): Generator<StoredItem[]> {
    const page = this.db.prepare(`${ITEM_ROWS} WHERE i.seq > ? ORDER BY i.seq LIMIT ?`);
    let after = 0;
    for (;;) {
      const rows = page.all(after, batch) as ItemRow[];
      if (rows.length === 0) return;
      yield rows.map(itemFrom);
      after = rows.at(-1)!.seq;
    }
  }

  async countItems(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
  }

  async prune(
    now: Date,
    retentionDays: number,
    seenRetentionDays = retentionDays,
  ): Promise<{ items: number; seen: number; removedItemIds: string[] }> {
    const cutoff = now.getTime() - retentionDays * 86_400_000;
    const seenCutoff = now.getTime() - seenRetentionDays * 86_400_000;
    return this.db.transaction(() => {
      const gone = this.db.prepare('DELETE FROM items WHERE last_seen_at < ? RETURNING id, seq').all(cutoff) as Array<{
        id: string;
        seq: number;
      }>;
      const dropBody = this.db.prepare('DELETE FROM item_bodies WHERE seq = ?');
      const dropFts = this.db.prepare('DELETE FROM items_fts WHERE rowid = ?');
      const dropKeys = this.db.prepare('DELETE FROM item_keys WHERE seq = ?');
      const chain = chainRows(this.db);
      for (const g of gone) {
        dropBody.run(g.seq);
        dropFts.run(g.seq);
        dropKeys.run(g.seq);
        chain.drop(g.seq);
      }
      const seen = this.db.prepare('DELETE FROM seen_items WHERE seen_at < ?').run(seenCutoff).changes;
      return { items: gone.length, seen, removedItemIds: gone.map((g) => g.id) };
    })();
  }

  // ─── Outbox ─────────────────────────────────────────────────────────────────────
  /** One delivery row (insert or replace by key). */
  putDelivery(d: Delivery): void {
    this.db
      .prepare(
        `INSERT INTO deliveries (key, status, type, item_id, subscription_id, created_at, next_attempt_at, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET status = excluded.status, next_attempt_at = excluded.next_attempt_at, body = excluded.body`,
      )
      .run(d.key, d.status, d.type, d.itemId, d.subscriptionId, ms(d.createdAt), ms(d.nextAttemptAt), JSON.stringify(d));
  }

  async enqueueDeliveries(deliveries: Delivery[]): Promise<Delivery[]> {
    if (deliveries.length === 0) return [];
    return this.db.transaction(() => {
      const added: Delivery[] = [];
      const known = this.db.prepare('SELECT 1 FROM deliveries WHERE key = ? UNION ALL SELECT 1 FROM sent_keys WHERE key = ?');
      const thread = this.db.prepare('INSERT INTO threads (item_id, subscription_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
      for (const d of deliveries) {
        if (known.get(d.key, d.key)) continue;
        if (d.type === 'alert' && thread.run(d.itemId, d.subscriptionId).changes === 0) continue;
        this.putDelivery(d);
        added.push(d);
      }
      return added;
    })();
  }

  async dueDeliveries(now: Date, limit = 500): Promise<Delivery[]> {
    const rows = this.db
      .prepare(
        `SELECT body FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?
         ORDER BY created_at, (type <> 'alert'), seq LIMIT ?`,
      )
      .all(now.getTime(), limit) as Array<{ body: string }>;
    return rows.map((r) => JSON.parse(r.body) as Delivery);
  }

  async updateDelivery(key: string, patch: Partial<Delivery>): Promise<void> {
    this.db.transaction(() => {
      const row = this.db.prepare('SELECT body FROM deliveries WHERE key = ?').get(key) as { body: string } | undefined;
      if (!row) return;
      const d = Object.assign(JSON.parse(row.body) as Delivery, patch);
      if (d.status === 'sent') {
        // Sent: keep only the key (never re-sent, counted) and the thread for follow-ups.
        if (d.type === 'alert' && d.messageRef) {
          this.db
            .prepare(
              `INSERT INTO threads (item_id, subscription_id, message_ref) VALUES (?, ?, ?)
               ON CONFLICT (item_id, subscription_id) DO UPDATE SET message_ref = excluded.message_ref`,
            )
            .run(d.itemId, d.subscriptionId, d.messageRef);
        }
        this.db
          .prepare('INSERT INTO sent_keys (key, sent_at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET sent_at = excluded.sent_at')
          .run(key, d.sentAt ? ms(d.sentAt) : Date.now());
        this.db.prepare('DELETE FROM deliveries WHERE key = ?').run(key);
        return;
      }
      this.db
        .prepare('UPDATE deliveries SET status = ?, next_attempt_at = ?, body = ? WHERE key = ?')
        .run(d.status, ms(d.nextAttemptAt), JSON.stringify(d), key);
    })();
  }

  async threadRefFor(itemId: string, channel: ChannelRef): Promise<string | undefined> {
    const sub = await this.getSubscription(channel);
    if (!sub) return undefined;
    const row = this.db.prepare('SELECT message_ref FROM threads WHERE item_id = ? AND subscription_id = ?').get(itemId, sub.id) as
      { message_ref: string } | undefined;
    return row?.message_ref || undefined;
  }

  async hasAlerted(itemId: string, subscriptionId: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM threads WHERE item_id = ? AND subscription_id = ?').get(itemId, subscriptionId) !== undefined;
  }

  async deliveryCounts(): Promise<{ pending: number; sent: number; failed: number }> {
    return this.db
      .prepare(
        `SELECT (SELECT count(*) FROM deliveries WHERE status = 'pending') AS pending,
                (SELECT count(*) FROM deliveries WHERE status = 'failed') AS failed,
                (SELECT count(*) FROM sent_keys) AS sent`,
      )
      .get() as { pending: number; sent: number; failed: number };
  }

  async pruneOutbox(now: Date): Promise<void> {
    const cutoff = now.getTime() - SENT_RETENTION_MS;
    this.db.transaction(() => {
      const done = this.db.prepare(`SELECT key, created_at, body FROM deliveries WHERE status <> 'pending'`).all() as Array<{
        key: string;
        created_at: number;
        body: string;
      }>;
      const drop = this.db.prepare('DELETE FROM deliveries WHERE key = ?');
      for (const r of done) {
        const sentAt = (JSON.parse(r.body) as Delivery).sentAt;
        if ((sentAt ? ms(sentAt) : r.created_at) < cutoff) drop.run(r.key);
      }
      // Reminder keys outlive the longest reminder lead (30 days), so none is sent twice.
      this.db
        .prepare(`DELETE FROM sent_keys WHERE sent_at < ? AND (key NOT LIKE 'remind:%' OR sent_at < ?)`)
        .run(cutoff, now.getTime() - REMINDER_KEY_RETENTION_MS);
      // A thread is kept while its item is stored or still has a delivery in the outbox.
      this.db.exec(
        `DELETE FROM threads WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.id = threads.item_id)
         AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.item_id = threads.item_id)`,
      );
    })();
  }
}

export function openSqliteStore(dataDir: string, opts: SqliteStoreOptions = {}): Promise<SqliteStore> {
  return SqliteStore.open(dataDir, opts);
}
