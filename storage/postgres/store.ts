/**
 * The PostgreSQL store (node-postgres). Every port method is one statement or one
 * transaction, committed before it returns: `flush()` has nothing left to write. Items keep
 * their filter and ordering fields as columns, the whole item as jsonb, and a weighted
 * tsvector (identifier A, title B, agency C, summary D) behind a GIN index for search.
 * Timestamps are timestamptz and come back as the same ISO strings (millisecond precision).
 */
import pg from 'pg';
import type { ChannelRef, Delivery, ItemQuery, ItemWrites, KnownItem, SourceState, Store, StoredItem } from '../../src/domain/index.ts';
import { activityTime } from '../../src/search/rank.ts';
import { itemIdentifierKeys } from '../../src/search/identifiers.ts';
import { migrate } from './migrate.ts';
import { inTransaction, type SqlClient, type SqlPool } from './sql.ts';
import { PostgresWorkspaceTables } from './workspace-tables.ts';

const SENT_RETENTION_MS = 7 * 24 * 3600_000;
const REMINDER_KEY_RETENTION_MS = 45 * 24 * 3600_000; // reminder keys outlive the longest lead (30 days)
const BATCH = 2000;

export interface PostgresStoreOptions {
  connectionString: string;
  /** Schema to work in (created when missing); default: the server's search_path. */
  schema?: string;
  /** Pool size (default 5). */
  max?: number;
  /** Apply pending migrations at open (default true). */
  migrate?: boolean;
}

type Queryable = SqlClient;

const iso = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d).toISOString();

function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid schema name: ${name}`);
  return `"${name}"`;
}

function latestChange(item: StoredItem): string {
  return item.history.at(-1)?.seenAt ?? item.firstSeenAt;
}

/** One item as the columns of the items table (jsonb_to_recordset input). */
function itemRow(item: StoredItem) {
  const keys = itemIdentifierKeys(item.identifier, item.jurisdiction);
  return {
    id: item.id,
    version: item.version,
    kind: item.kind,
    jurisdiction: item.jurisdiction,
    topics: item.match.topics,
    priority: item.match.priority,
    last_seen_at: item.lastSeenAt,
    latest_change_at: latestChange(item),
    activity_at: new Date(activityTime(item)).toISOString(),
    identifier_keys: keys,
    identifier_text: [item.identifier ?? '', ...keys].join(' '),
    body: item,
  };
}

function itemFrom(row: { body: StoredItem; last_seen_at: Date }): StoredItem {
  const at = iso(row.last_seen_at);
  return row.body.lastSeenAt === at ? row.body : { ...row.body, lastSeenAt: at };
}

/** The database named by DATABASE_URL cannot be reached (the message never shows a password). */
class StoreUnreachableError extends Error {
  readonly code = 'STORE_UNREACHABLE';
  constructor(url: string, cause: Error) {
    let where = 'DATABASE_URL';
    try {
      const u = new URL(url);
      where = `${u.hostname}:${u.port || 5432}${u.pathname}`;
    } catch {
      // not a URL: keep the variable name only
    }
    super(`cannot use the PostgreSQL database at ${where} (${cause.message}). Check DATABASE_URL and that the server is running.`);
    this.name = 'StoreUnreachableError';
  }
}

export class PostgresStore extends PostgresWorkspaceTables implements Store {
  static async open(opts: PostgresStoreOptions): Promise<PostgresStore> {
    const schema = opts.schema && quoteIdent(opts.schema);
    // Connect once first: a wrong URL or a server that is down fails here, clearly.
    const c = new pg.Client({ connectionString: opts.connectionString });
    try {
      await c.connect();
      if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (err) {
      throw new StoreUnreachableError(opts.connectionString, err as Error);
    } finally {
      await c.end().catch(() => {});
    }
    const pool = new pg.Pool({
      connectionString: opts.connectionString,
      max: opts.max ?? 5,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => {});
    const sql = pool as unknown as SqlPool;
    if (opts.migrate !== false) await PostgresStore.migrate(sql);
    return new PostgresStore(sql);
  }

  /** Applies pending migrations on one connection of `pool` (closing the pool when they fail). */
  static async migrate(pool: SqlPool): Promise<number[]> {
    const client = await pool.connect();
    let ok = false;
    try {
      const applied = await migrate(client);
      ok = true;
      return applied;
    } finally {
      client.release();
      if (!ok) await pool.end();
    }
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {
    await this.pool.end();
  }

  // ─── Items ──────────────────────────────────────────────────────────────────────
  async knownItems(ids: string[]): Promise<Map<string, KnownItem>> {
    const out = new Map<string, KnownItem>();
    if (ids.length === 0) return out;
    const seen = await this.pool.query<{ id: string; version: string; seen_at: Date }>(
      'SELECT id, version, seen_at FROM seen_items WHERE id = ANY($1)',
      [ids],
    );
    for (const r of seen.rows) out.set(r.id, { stored: false, version: r.version, lastSeenAt: iso(r.seen_at) });
    const items = await this.pool.query<{ id: string; version: string; last_seen_at: Date }>(
      'SELECT id, version, last_seen_at FROM items WHERE id = ANY($1)',
      [ids],
    );
    for (const r of items.rows) out.set(r.id, { stored: true, version: r.version, lastSeenAt: iso(r.last_seen_at) });
    return out;
  }

  async saveItems(writes: ItemWrites, now: Date): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      if (writes.touched.length) await c.query('UPDATE items SET last_seen_at = $2 WHERE id = ANY($1)', [writes.touched, now]);
      for (let i = 0; i < writes.seen.length; i += BATCH) {
        const part = writes.seen.slice(i, i + BATCH);
        await c.query(
          `INSERT INTO seen_items (id, version, seen_at) SELECT id, version, $3 FROM unnest($1::text[], $2::text[]) AS x(id, version)
           ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, seen_at = EXCLUDED.seen_at`,
          [part.map((s) => s.id), part.map((s) => s.version), now],
        );
      }
      if (writes.unseen.length) await c.query('DELETE FROM seen_items WHERE id = ANY($1)', [writes.unseen]);
      // Later writes of the same id win (a poll may hold two versions of one item).
      const latest = new Map([...writes.created, ...writes.changed].map((i) => [i.id, i]));
      const all = [...latest.values()];
      for (let i = 0; i < all.length; i += BATCH) await upsertItems(c, all.slice(i, i + BATCH));
    });
  }

  async getItem(id: string): Promise<StoredItem | undefined> {
    return (await this.getItems([id]))[0];
  }

  async getItems(ids: string[]): Promise<Array<StoredItem | undefined>> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query<{ body: StoredItem; last_seen_at: Date }>(
      'SELECT body, last_seen_at FROM items WHERE id = ANY($1)',
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.body.id, itemFrom(r)]));
    return ids.map((id) => byId.get(id));
  }

  async listItems(query: ItemQuery = {}): Promise<StoredItem[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const arg = (v: unknown) => `$${args.push(v)}`;
    if (query.since) {
      const p = arg(query.since);
      where.push(`(last_seen_at >= ${p} OR latest_change_at >= ${p})`);
    }
    if (query.jurisdictions?.length) where.push(`jurisdiction = ANY(${arg(query.jurisdictions)})`);
    if (query.kinds?.length) where.push(`kind = ANY(${arg(query.kinds)})`);
    if (query.topics?.length) where.push(`topics && ${arg(query.topics)}::text[]`);
    const { rows } = await this.pool.query<{ body: StoredItem; last_seen_at: Date }>(
      `SELECT body, last_seen_at FROM items ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY latest_change_at DESC, seq`,
      args,
    );
    return rows.map(itemFrom);
  }

  async forEachItem(visit: (items: StoredItem[]) => void, batch = BATCH): Promise<void> {
    let after = 0;
    for (;;) {
      const { rows } = await this.pool.query<{ body: StoredItem; last_seen_at: Date; seq: string }>(
        'SELECT body, last_seen_at, seq FROM items WHERE seq > $1 ORDER BY seq LIMIT $2',
        [after, batch],
      );
      if (rows.length === 0) return;
      visit(rows.map(itemFrom));
      after = Number(rows.at(-1)!.seq);
    }
  }

  async countItems(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM items');
    return Number(rows[0]!.n);
  }

  async prune(
    now: Date,
    retentionDays: number,
    seenRetentionDays = retentionDays,
  ): Promise<{ items: number; seen: number; removedItemIds: string[] }> {
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
    const seenCutoff = new Date(now.getTime() - seenRetentionDays * 86_400_000);
    return inTransaction(this.pool, async (c) => {
      const items = await c.query<{ id: string }>('DELETE FROM items WHERE last_seen_at < $1 RETURNING id', [cutoff]);
      const seen = await c.query('DELETE FROM seen_items WHERE seen_at < $1', [seenCutoff]);
      const removedItemIds = items.rows.map((r) => r.id);
      return { items: removedItemIds.length, seen: seen.rowCount ?? 0, removedItemIds };
    });
  }

  // ─── Outbox ─────────────────────────────────────────────────────────────────────
  async enqueueDeliveries(deliveries: Delivery[]): Promise<Delivery[]> {
    if (deliveries.length === 0) return [];
    return inTransaction(this.pool, async (c) => {
      const added: Delivery[] = [];
      for (const d of deliveries) {
        const known = await c.query('SELECT 1 FROM deliveries WHERE key = $1 UNION ALL SELECT 1 FROM sent_keys WHERE key = $1', [d.key]);
        if (known.rowCount) continue;
        if (d.type === 'alert') {
          const t = await c.query('INSERT INTO threads (item_id, subscription_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
            d.itemId,
            d.subscriptionId,
          ]);
          if (!t.rowCount) continue;
        }
        // Another instance may queue the same key at the same moment: the first one wins.
        const ins = await c.query(
          `INSERT INTO deliveries (key, status, type, item_id, subscription_id, created_at, next_attempt_at, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (key) DO NOTHING`,
          [d.key, d.status, d.type, d.itemId, d.subscriptionId, d.createdAt, d.nextAttemptAt, d],
        );
        if (ins.rowCount) added.push(d);
      }
      return added;
    });
  }

  async dueDeliveries(now: Date, limit = 500): Promise<Delivery[]> {
    const { rows } = await this.pool.query<{ body: Delivery }>(
      `SELECT body FROM deliveries WHERE status = 'pending' AND next_attempt_at <= $1
       ORDER BY created_at, (type <> 'alert'), seq LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.body);
  }

  async updateDelivery(key: string, patch: Partial<Delivery>): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      const { rows } = await c.query<{ body: Delivery }>('SELECT body FROM deliveries WHERE key = $1 FOR UPDATE', [key]);
      const d = rows[0]?.body;
      if (!d) return;
      Object.assign(d, patch);
      if (d.status === 'sent') {
        // Sent: keep only the key (never re-sent, counted) and the thread for follow-ups.
        if (d.type === 'alert' && d.messageRef) {
          await c.query(
            `INSERT INTO threads (item_id, subscription_id, message_ref) VALUES ($1, $2, $3)
             ON CONFLICT (item_id, subscription_id) DO UPDATE SET message_ref = EXCLUDED.message_ref`,
            [d.itemId, d.subscriptionId, d.messageRef],
          );
        }
        await c.query('INSERT INTO sent_keys (key, sent_at) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET sent_at = EXCLUDED.sent_at', [
          key,
          d.sentAt ?? new Date().toISOString(),
        ]);
        await c.query('DELETE FROM deliveries WHERE key = $1', [key]);
        return;
      }
      await c.query('UPDATE deliveries SET status = $2, next_attempt_at = $3, body = $4 WHERE key = $1', [
        key,
        d.status,
        d.nextAttemptAt,
        d,
      ]);
    });
  }

  async threadRefFor(itemId: string, channel: ChannelRef): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ message_ref: string }>(
      `SELECT t.message_ref FROM threads t JOIN subscriptions s ON s.id = t.subscription_id
       WHERE t.item_id = $1 AND s.platform = $2 AND s.workspace_id = $3 AND s.channel_id = $4`,
      [itemId, channel.platform, channel.workspaceId, channel.channelId],
    );
    return rows[0]?.message_ref || undefined;
  }

  async hasAlerted(itemId: string, subscriptionId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM threads WHERE item_id = $1 AND subscription_id = $2', [
      itemId,
      subscriptionId,
    ]);
    return (rowCount ?? 0) > 0;
  }

  async deliveryCounts(): Promise<{ pending: number; sent: number; failed: number }> {
    const { rows } = await this.pool.query<{ pending: string; failed: string; sent: string }>(
      `SELECT (SELECT count(*) FROM deliveries WHERE status = 'pending') AS pending,
              (SELECT count(*) FROM deliveries WHERE status = 'failed') AS failed,
              (SELECT count(*) FROM sent_keys) AS sent`,
    );
    const r = rows[0]!;
    return { pending: Number(r.pending), sent: Number(r.sent), failed: Number(r.failed) };
  }

  async pruneOutbox(now: Date): Promise<void> {
    const cutoff = new Date(now.getTime() - SENT_RETENTION_MS);
    await inTransaction(this.pool, async (c) => {
      await c.query(`DELETE FROM deliveries WHERE status <> 'pending' AND coalesce((body->>'sentAt')::timestamptz, created_at) < $1`, [
        cutoff,
      ]);
      await c.query(`DELETE FROM sent_keys WHERE sent_at < $1 AND (key NOT LIKE 'remind:%' OR sent_at < $2)`, [
        cutoff,
        new Date(now.getTime() - REMINDER_KEY_RETENTION_MS),
      ]);
      // A thread is kept while its item is stored or still has a delivery in the outbox.
      await c.query(
        `DELETE FROM threads t WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.id = t.item_id)
         AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.item_id = t.item_id)`,
      );
    });
  }

  // ─── Sources ────────────────────────────────────────────────────────────────────
  async getSourceState(sourceId: string): Promise<SourceState> {
    const { rows } = await this.pool.query<{ state: SourceState }>('SELECT state FROM source_states WHERE source_id = $1', [sourceId]);
    return rows[0]?.state ?? { sourceId, consecutiveFailures: 0, itemsSeen: 0 };
  }

  async putSourceState(state: SourceState): Promise<void> {
    await this.pool.query(
      'INSERT INTO source_states (source_id, state) VALUES ($1, $2) ON CONFLICT (source_id) DO UPDATE SET state = EXCLUDED.state',
      [state.sourceId, state],
    );
  }

  async listSourceStates(): Promise<SourceState[]> {
    const { rows } = await this.pool.query<{ state: SourceState }>('SELECT state FROM source_states ORDER BY source_id');
    return rows.map((r) => r.state);
  }
}

async function upsertItems(c: Queryable, items: StoredItem[]): Promise<void> {
  await c.query(
    `INSERT INTO items (id, version, kind, jurisdiction, topics, priority, last_seen_at, latest_change_at, activity_at, identifier_keys, identifier_text, body)
     SELECT x.id, x.version, x.kind, x.jurisdiction, ARRAY(SELECT jsonb_array_elements_text(x.topics)), x.priority,
            x.last_seen_at, x.latest_change_at, x.activity_at, ARRAY(SELECT jsonb_array_elements_text(x.identifier_keys)), x.identifier_text, x.body
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, version text, kind text, jurisdiction text, topics jsonb, priority boolean,
          last_seen_at timestamptz, latest_change_at timestamptz, activity_at timestamptz, identifier_keys jsonb, identifier_text text, body jsonb)
     ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, kind = EXCLUDED.kind, jurisdiction = EXCLUDED.jurisdiction,
       topics = EXCLUDED.topics, priority = EXCLUDED.priority, last_seen_at = EXCLUDED.last_seen_at,
       latest_change_at = EXCLUDED.latest_change_at, activity_at = EXCLUDED.activity_at,
       identifier_keys = EXCLUDED.identifier_keys, identifier_text = EXCLUDED.identifier_text, body = EXCLUDED.body`,
    [JSON.stringify(items.map(itemRow))],
  );
}

export function openPostgresStore(opts: PostgresStoreOptions): Promise<PostgresStore> {
  return PostgresStore.open(opts);
}
