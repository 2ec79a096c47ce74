/**
 * `policywatch db import <DATA_DIR>`: copies an embedded installation (policywatch.sqlite and
 * state.json) into PostgreSQL: items, seen-ids, the outbox (queued deliveries, sent keys, alert
 * threads) and the operator-facing state (source states, subscriptions, watch additions, digest
 * markers, audit, triage labels, follows, workspace settings). The data directory is opened read-only (no lock:
 * it works while that daemon runs; stop it before switching over, then import once more to
 * take what it did meanwhile). Every row is upserted, so running the import again is safe;
 * rows already in PostgreSQL and not in the data directory are kept.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore, SQLITE_FILE } from '../sqlite/store.ts';
import { inTransaction } from './sql.ts';
import type { PostgresStore } from './store.ts';

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
  labels: number;
  follows: number;
  workspaceSettings: number;
}

/** Rows per statement for the bulk parts (seen-ids, sent keys). */
const CHUNK = 5000;

export async function importDataDir(dataDir: string, pg: PostgresStore): Promise<ImportCounts> {
  if (!existsSync(join(dataDir, SQLITE_FILE)))
    throw new Error(`${join(dataDir, SQLITE_FILE)} not found: is ${dataDir} a policywatch data directory?`);
  const src = await openSqliteStore(dataDir, { readOnly: true });
  try {
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
      labels: 0,
      follows: 0,
      workspaceSettings: 0,
    };
    // Items a page at a time (never all in memory), written as "changed" (an upsert).
    for (const page of src.itemPages(2000)) {
      await pg.saveItems({ created: [], changed: page, touched: [], seen: [], unseen: [] }, new Date());
      counts.items += page.length;
    }
    const outbox = src.exportOutbox();
    await inTransaction(pg.pool, async (c) => {
      let seen: Array<{ id: string; version: string; seenAt: string }> = [];
      const writeSeen = async () => {
        await c.query(
          `INSERT INTO seen_items (id, version, seen_at) SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
           ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, seen_at = EXCLUDED.seen_at`,
          [seen.map((s) => s.id), seen.map((s) => s.version), seen.map((s) => s.seenAt)],
        );
        counts.seen += seen.length;
        seen = [];
      };
      for (const s of src.exportSeen()) {
        seen.push(s);
        if (seen.length === CHUNK) await writeSeen();
      }
      if (seen.length) await writeSeen();
      for (const d of outbox.deliveries) {
        await c.query(
          `INSERT INTO deliveries (key, status, type, item_id, subscription_id, created_at, next_attempt_at, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (key) DO UPDATE SET status = EXCLUDED.status, next_attempt_at = EXCLUDED.next_attempt_at, body = EXCLUDED.body`,
          [d.key, d.status, d.type, d.itemId, d.subscriptionId, d.createdAt, d.nextAttemptAt, d],
        );
        counts.deliveries++;
      }
      for (let i = 0; i < outbox.sentKeys.length; i += CHUNK) {
        const part = outbox.sentKeys.slice(i, i + CHUNK);
        await c.query(
          `INSERT INTO sent_keys (key, sent_at) SELECT * FROM unnest($1::text[], $2::timestamptz[])
           ON CONFLICT (key) DO UPDATE SET sent_at = EXCLUDED.sent_at`,
          [part.map((s) => s.key), part.map((s) => s.sentAt)],
        );
        counts.sentKeys += part.length;
      }
      for (const t of outbox.threads) {
        await c.query(
          `INSERT INTO threads (item_id, subscription_id, message_ref) VALUES ($1, $2, $3)
           ON CONFLICT (item_id, subscription_id) DO UPDATE SET message_ref = CASE WHEN EXCLUDED.message_ref <> '' THEN EXCLUDED.message_ref ELSE threads.message_ref END`,
          [t.itemId, t.subscriptionId, t.messageRef],
        );
        counts.threads++;
      }
    });
    const state = src.exportState();
    for (const s of Object.values(state.sources)) {
      await pg.putSourceState(s);
      counts.sources++;
    }
    for (const s of state.subscriptions) {
      await pg.upsertSubscription(s);
      counts.subscriptions++;
    }
    for (const w of state.watch) {
      await pg.addWatchAddition(w); // an upsert by id
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
    // Labels and follows replace the same user's label on an item, and the same channel's follow.
    for (const l of state.labels) {
      await pg.putLabel(l);
      counts.labels++;
    }
    for (const f of state.follows) {
      await pg.putFollow(f);
      counts.follows++;
    }
    for (const w of Object.values(state.workspaceSettings)) {
      await pg.putWorkspaceSettings(w);
      counts.workspaceSettings++;
    }
    return counts;
  } finally {
    await src.close();
  }
}
