/**
 * The WorkCoordinator (src/hosting/coordinator.ts) of instances sharing one PostgreSQL
 * database. Each grant is one atomic statement:
 *  - a source lease is an INSERT … ON CONFLICT DO UPDATE … WHERE (free, expired or ours, and
 *    no poll started within the interval): the conflicting row is locked, so of two instances
 *    asking at once one gets it and the other gets no row;
 *  - a delivery claim locks the outbox row with SELECT … FOR UPDATE SKIP LOCKED and writes
 *    claimed_by / claim_expires_at; a row another instance is updating is skipped, not awaited;
 *  - a digest claim is one (subscription, period) row, taken over only once expired.
 * Times come from the instance's clock (keep hosts on NTP; the lease length is the margin).
 */
import type { Clock, Delivery } from '../../src/domain/index.ts';
import type { SourceLeaseRequest, WorkCoordinator } from '../../src/hosting/coordinator.ts';
import type { SqlClient } from './sql.ts';

export interface PostgresCoordinatorOptions {
  instanceId: string;
  leaseMs: number;
  clock: Clock;
}

export class PostgresCoordinator implements WorkCoordinator {
  readonly instanceId: string;
  readonly leaseMs: number;
  private readonly clock: Clock;

  constructor(
    private readonly db: SqlClient,
    opts: PostgresCoordinatorOptions,
  ) {
    this.instanceId = opts.instanceId;
    this.leaseMs = opts.leaseMs;
    this.clock = opts.clock;
  }

  private times(): { now: Date; until: Date } {
    const now = this.clock.now();
    return { now, until: new Date(now.getTime() + this.leaseMs) };
  }

  async acquireSource(sourceId: string, req: SourceLeaseRequest): Promise<boolean> {
    const { now, until } = this.times();
    const lastStart = new Date(now.getTime() - req.intervalMs);
    const { rowCount } = await this.db.query(
      `INSERT INTO source_leases AS l (source_id, holder, expires_at, poll_started_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (source_id) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at,
         poll_started_at = EXCLUDED.poll_started_at
       WHERE (l.holder IS NULL OR l.holder = $2 OR l.expires_at <= $4)
         AND ($5 OR l.poll_started_at <= $6)`,
      [sourceId, this.instanceId, until, now, req.force === true, lastStart],
    );
    return (rowCount ?? 0) > 0;
  }

  async renewSources(sourceIds: string[]): Promise<void> {
    if (sourceIds.length === 0) return;
    await this.db.query('UPDATE source_leases SET expires_at = $3 WHERE source_id = ANY($1) AND holder = $2', [
      sourceIds,
      this.instanceId,
      this.times().until,
    ]);
  }

  async releaseSource(sourceId: string): Promise<void> {
    await this.db.query('UPDATE source_leases SET holder = NULL WHERE source_id = $1 AND holder = $2', [sourceId, this.instanceId]);
  }

  async claimDelivery(d: Delivery): Promise<Delivery | undefined> {
    const { now, until } = this.times();
    const { rows } = await this.db.query<{ body: Delivery }>(
      `UPDATE deliveries SET claimed_by = $2, claim_expires_at = $3
       WHERE key = (SELECT key FROM deliveries WHERE key = $1 AND status = 'pending'
                      AND (claimed_by IS NULL OR claimed_by = $2 OR claim_expires_at <= $4)
                    FOR UPDATE SKIP LOCKED)
       RETURNING body`,
      [d.key, this.instanceId, until, now],
    );
    return rows[0]?.body;
  }

  async releaseDelivery(key: string): Promise<void> {
    await this.db.query('UPDATE deliveries SET claimed_by = NULL, claim_expires_at = NULL WHERE key = $1 AND claimed_by = $2', [
      key,
      this.instanceId,
    ]);
  }

  async claimDigest(subscriptionId: string, period: string): Promise<boolean> {
    const { now, until } = this.times();
    const { rowCount } = await this.db.query(
      `INSERT INTO digest_claims AS c (subscription_id, period_key, holder, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (subscription_id, period_key) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
       WHERE c.holder = EXCLUDED.holder OR c.expires_at <= $5`,
      [subscriptionId, period, this.instanceId, until, now],
    );
    if (!rowCount) return false;
    // Claims of earlier periods are done with (their digest markers say so).
    await this.db.query('DELETE FROM digest_claims WHERE subscription_id = $1 AND period_key <> $2 AND expires_at <= $3', [
      subscriptionId,
      period,
      now,
    ]);
    return true;
  }

  async releaseAll(): Promise<void> {
    await this.db.query('UPDATE source_leases SET holder = NULL WHERE holder = $1', [this.instanceId]);
    await this.db.query('UPDATE deliveries SET claimed_by = NULL, claim_expires_at = NULL WHERE claimed_by = $1', [this.instanceId]);
    await this.db.query('DELETE FROM digest_claims WHERE holder = $1', [this.instanceId]);
  }
}
