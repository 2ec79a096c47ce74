/**
 * The PostgreSQL store's per-workspace tables: channel subscriptions, watch additions, digest
 * markers, workspace settings, the audit log, triage labels and follows. Each method is one
 * statement or one transaction. `PostgresStore` (store.ts) adds items, the outbox and source
 * state on top.
 */
import type {
  AuditEntry,
  ChannelRef,
  ItemFollow,
  Subscription,
  TriageLabel,
  WatchAddition,
  WorkspaceSettings,
} from '../../src/domain/index.ts';
import { defaultWorkspaceSettings } from '../../src/domain/index.ts';
import { inTransaction, type SqlPool } from './sql.ts';

const AUDIT_LIMIT = 500;

interface SettingsRow {
  workspace_id: string;
  second_opinion: boolean;
}

const settingsOf = (row: SettingsRow): WorkspaceSettings => ({ workspaceId: row.workspace_id, secondOpinion: row.second_opinion });

export class PostgresWorkspaceTables {
  constructor(readonly pool: SqlPool) {}

  // ─── Channel configuration ─────────────────────────────────────────────────────
  async listSubscriptions(): Promise<Subscription[]> {
    const { rows } = await this.pool.query<{ body: Subscription }>('SELECT body FROM subscriptions ORDER BY seq');
    return rows.map((r) => r.body);
  }

  async getSubscription(channel: ChannelRef): Promise<Subscription | undefined> {
    const { rows } = await this.pool.query<{ body: Subscription }>(
      'SELECT body FROM subscriptions WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3',
      [channel.platform, channel.workspaceId, channel.channelId],
    );
    return rows[0]?.body;
  }

  async upsertSubscription(sub: Subscription): Promise<void> {
    const { platform, workspaceId, channelId } = sub.channel;
    await inTransaction(this.pool, async (c) => {
      // Replaces the subscription with this id or for this channel, keeping its place in the list.
      const { rows } = await c.query<{ seq: string }>(
        'DELETE FROM subscriptions WHERE id = $1 OR (platform = $2 AND workspace_id = $3 AND channel_id = $4) RETURNING seq',
        [sub.id, platform, workspaceId, channelId],
      );
      const seq = rows.map((r) => Number(r.seq)).sort((a, b) => a - b)[0];
      await c.query(
        `INSERT INTO subscriptions (id, seq, platform, workspace_id, channel_id, body)
         VALUES ($1, coalesce($2, nextval(pg_get_serial_sequence('subscriptions', 'seq'))), $3, $4, $5, $6)`,
        [sub.id, seq ?? null, platform, workspaceId, channelId, sub],
      );
    });
  }

  async removeSubscription(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM subscriptions WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async listWatchAdditions(workspaceId?: string): Promise<WatchAddition[]> {
    const { rows } = workspaceId
      ? await this.pool.query<{ body: WatchAddition }>('SELECT body FROM watch_additions WHERE workspace_id = $1 ORDER BY seq', [
          workspaceId,
        ])
      : await this.pool.query<{ body: WatchAddition }>('SELECT body FROM watch_additions ORDER BY seq');
    return rows.map((r) => r.body);
  }

  async addWatchAddition(addition: WatchAddition): Promise<void> {
    await this.pool.query(
      'INSERT INTO watch_additions (id, workspace_id, body) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET workspace_id = EXCLUDED.workspace_id, body = EXCLUDED.body',
      [addition.id, addition.workspaceId, addition],
    );
  }

  async removeWatchAddition(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM watch_additions WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async getDigestMarker(subscriptionId: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ period_key: string }>('SELECT period_key FROM digest_markers WHERE subscription_id = $1', [
      subscriptionId,
    ]);
    return rows[0]?.period_key;
  }

  async setDigestMarker(subscriptionId: string, periodKey: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO digest_markers (subscription_id, period_key) VALUES ($1, $2) ON CONFLICT (subscription_id) DO UPDATE SET period_key = EXCLUDED.period_key',
      [subscriptionId, periodKey],
    );
  }

  // ─── Workspace settings ─────────────────────────────────────────────────────────
  async getWorkspaceSettings(workspaceId: string): Promise<WorkspaceSettings> {
    const { rows } = await this.pool.query<SettingsRow>(
      'SELECT workspace_id, second_opinion FROM workspace_settings WHERE workspace_id = $1',
      [workspaceId],
    );
    return rows[0] ? settingsOf(rows[0]) : defaultWorkspaceSettings(workspaceId);
  }

  async listWorkspaceSettings(): Promise<WorkspaceSettings[]> {
    const { rows } = await this.pool.query<SettingsRow>(
      'SELECT workspace_id, second_opinion FROM workspace_settings ORDER BY workspace_id',
    );
    return rows.map(settingsOf);
  }

  async putWorkspaceSettings(settings: WorkspaceSettings): Promise<void> {
    await this.pool.query(
      'INSERT INTO workspace_settings (workspace_id, second_opinion) VALUES ($1, $2) ON CONFLICT (workspace_id) DO UPDATE SET second_opinion = EXCLUDED.second_opinion',
      [settings.workspaceId, settings.secondOpinion],
    );
  }

  // ─── Audit ──────────────────────────────────────────────────────────────────────
  async appendAudit(entry: AuditEntry): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query('INSERT INTO audit (body) VALUES ($1)', [entry]);
      await c.query('DELETE FROM audit WHERE seq <= (SELECT max(seq) FROM audit) - $1', [AUDIT_LIMIT]);
    });
  }

  async listAudit(limit: number): Promise<AuditEntry[]> {
    const { rows } = await this.pool.query<{ body: AuditEntry }>('SELECT body FROM audit ORDER BY seq DESC LIMIT $1', [limit]);
    return rows.map((r) => r.body);
  }

  // ─── Triage labels ────────────────────────────────────────────────────────────────
  async putLabel(label: TriageLabel): Promise<void> {
    const group = label.label === 'reviewed' ? 'review' : 'relevance';
    // Delete then insert, so a replaced label moves to the end (labels list oldest first).
    await inTransaction(this.pool, async (c) => {
      await c.query('DELETE FROM triage_labels WHERE workspace_id = $1 AND item_id = $2 AND user_id = $3 AND label_group = $4', [
        label.workspaceId,
        label.itemId,
        label.userId,
        group,
      ]);
      await c.query('INSERT INTO triage_labels (workspace_id, item_id, user_id, label_group, body) VALUES ($1, $2, $3, $4, $5)', [
        label.workspaceId,
        label.itemId,
        label.userId,
        group,
        label,
      ]);
    });
  }

  async listLabels(workspaceId?: string): Promise<TriageLabel[]> {
    const { rows } = await this.pool.query<{ body: TriageLabel }>(
      'SELECT body FROM triage_labels WHERE $1::text IS NULL OR workspace_id = $1 ORDER BY seq',
      [workspaceId ?? null],
    );
    return rows.map((r) => r.body);
  }

  // ─── Follows ──────────────────────────────────────────────────────────────────────
  async putFollow(follow: ItemFollow): Promise<void> {
    const { platform, workspaceId, channelId } = follow.channel;
    await this.pool.query(
      `INSERT INTO item_follows (platform, workspace_id, channel_id, item_id, body) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (platform, workspace_id, channel_id, item_id) DO UPDATE SET body = EXCLUDED.body`,
      [platform, workspaceId, channelId, follow.itemId, follow],
    );
  }

  async removeFollow(channel: ChannelRef, itemId: string): Promise<boolean> {
    const res = await this.pool.query(
      'DELETE FROM item_follows WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3 AND item_id = $4',
      [channel.platform, channel.workspaceId, channel.channelId, itemId],
    );
    return (res.rowCount ?? 0) > 0;
  }

  async listFollows(itemIds?: string[]): Promise<ItemFollow[]> {
    const { rows } = await this.pool.query<{ body: ItemFollow }>(
      'SELECT body FROM item_follows WHERE $1::text[] IS NULL OR item_id = ANY($1) ORDER BY seq',
      [itemIds ?? null],
    );
    return rows.map((r) => r.body);
  }
}
