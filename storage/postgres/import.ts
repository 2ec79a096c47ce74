/**
 * `policywatch db import <DATA_DIR>`: copies an embedded installation into PostgreSQL. The
 * data directory is opened read-only (no lock: it works while that daemon runs; stop it
 * before switching over, then import once more to take what it did meanwhile). Every row is
 * upserted, so running the import again is safe; rows already in PostgreSQL and not in the
 * data directory are kept.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openLowdbStore } from '../lowdb.ts';
import { openSqliteStore, SQLITE_FILE } from '../sqlite/store.ts';
import type { PostgresStore } from './store.ts';
import type { StoredItem } from '../../src/domain/index.ts';

export interface ImportCounts {
  items: number;
  seen: number;
  deliveries: number;
  sentKeys: number;
  threads: number;
  sources: number;
  subscriptions: number;
  watchAdditions: number;
  audit: number;
}

export async function importDataDir(dataDir: string, pg: PostgresStore): Promise<ImportCounts> {
  // The embedded default (policywatch.sqlite + state.json), or a directory of the earlier engine.
  const src = existsSync(join(dataDir, SQLITE_FILE))
    ? await openSqliteStore(dataDir, { readOnly: true })
    : await openLowdbStore(dataDir, { readOnly: true });
  try {
    const { seen, outbox, state } = src.exportParts();
    const counts: ImportCounts = {
      items: 0,
      seen: 0,
      deliveries: 0,
      sentKeys: 0,
      threads: 0,
      sources: 0,
      subscriptions: 0,
      watchAdditions: 0,
      audit: 0,
    };
    // Items a batch at a time (never all in memory), written as "changed" (an upsert).
    const batches: StoredItem[][] = [];
    await src.forEachItem((batch) => batches.push(batch));
    for (const batch of batches.splice(0)) {
      await pg.saveItems({ created: [], changed: batch, touched: [], seen: [], unseen: [] }, new Date());
      counts.items += batch.length;
    }
    const c = await pg.pool.connect();
    try {
      await c.query('BEGIN');
      const seenRows = Object.entries(seen);
      for (let i = 0; i < seenRows.length; i += 5000) {
        const part = seenRows.slice(i, i + 5000);
        await c.query(
          `INSERT INTO seen_items (id, version, seen_at) SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
           ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, seen_at = EXCLUDED.seen_at`,
          [part.map(([id]) => id), part.map(([, s]) => s.v), part.map(([, s]) => s.t)],
        );
      }
      counts.seen = seenRows.length;
      for (const d of Object.values(outbox.deliveries)) {
        await c.query(
          `INSERT INTO deliveries (key, status, type, item_id, subscription_id, created_at, next_attempt_at, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (key) DO UPDATE SET status = EXCLUDED.status, next_attempt_at = EXCLUDED.next_attempt_at, body = EXCLUDED.body`,
          [d.key, d.status, d.type, d.itemId, d.subscriptionId, d.createdAt, d.nextAttemptAt, d],
        );
        counts.deliveries++;
      }
      const sent = Object.entries(outbox.sentKeys);
      if (sent.length) {
        await c.query(
          `INSERT INTO sent_keys (key, sent_at) SELECT * FROM unnest($1::text[], $2::timestamptz[])
           ON CONFLICT (key) DO UPDATE SET sent_at = EXCLUDED.sent_at`,
          [sent.map(([k]) => k), sent.map(([, t]) => t)],
        );
      }
      counts.sentKeys = sent.length;
      for (const [key, ref] of Object.entries(outbox.threads)) {
        const cut = key.lastIndexOf('|');
        await c.query(
          `INSERT INTO threads (item_id, subscription_id, message_ref) VALUES ($1, $2, $3)
           ON CONFLICT (item_id, subscription_id) DO UPDATE SET message_ref = CASE WHEN EXCLUDED.message_ref <> '' THEN EXCLUDED.message_ref ELSE threads.message_ref END`,
          [key.slice(0, cut), key.slice(cut + 1), ref],
        );
        counts.threads++;
      }
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
    for (const s of Object.values(state.sources)) {
      await pg.putSourceState(s);
      counts.sources++;
    }
    for (const s of state.subscriptions) {
      await pg.upsertSubscription(s);
      counts.subscriptions++;
    }
    const known = new Set((await pg.listWatchAdditions()).map((w) => w.id));
    for (const w of state.watch) {
      if (!known.has(w.id)) await pg.addWatchAddition(w);
      counts.watchAdditions++;
    }
    for (const [sub, key] of Object.entries(state.digestMarkers)) await pg.setDigestMarker(sub, key);
    // The audit log is appended only into an empty one (a second import does not repeat it).
    if ((await pg.listAudit(1)).length === 0) {
      for (const a of state.audit) {
        await pg.appendAudit(a);
        counts.audit++;
      }
    }
    return counts;
  } finally {
    await src.close();
  }
}
