/**
 * Coordination between instances that share one database, so that N instances split the work
 * and nothing is done twice: a due source is polled by one instance (a lease), a delivery is
 * sent by one instance (a claim), a channel's digest for a period is sent by one instance.
 * Leases and claims expire, so the work of an instance that crashed is picked up by the others.
 *
 * The core asks this port; storage/postgres implements it with row locks, and
 * `createLocalCoordinator` answers for the single process of the embedded mode.
 */
import type { Delivery } from '../domain/index.ts';

export interface SourceLeaseRequest {
  /** The source's poll interval: no instance starts a poll of it again sooner. */
  intervalMs: number;
  /** A manual poll (`poll --once`): the interval is ignored, a live lease is not. */
  force?: boolean;
}

export interface WorkCoordinator {
  /** This instance, as written in leases and claims. */
  readonly instanceId: string;
  /** How long a lease or claim lasts without renewal. */
  readonly leaseMs: number;
  /**
   * Take a source for one poll. True when this instance now holds its lease: nobody else held
   * a live one, and no poll of it started within `intervalMs`. The poll's start is recorded.
   */
  acquireSource(sourceId: string, req: SourceLeaseRequest): Promise<boolean>;
  /** Extend the leases this instance holds on these sources (a long poll). */
  renewSources(sourceIds: string[]): Promise<void>;
  /** Give the source back after its poll (its poll start stays recorded). */
  releaseSource(sourceId: string): Promise<void>;
  /**
   * Claim a pending delivery for sending: its current state (another instance may have tried
   * it since `d` was read), or undefined when another instance holds it or it is no longer pending.
   */
  claimDelivery(d: Delivery): Promise<Delivery | undefined>;
  releaseDelivery(key: string): Promise<void>;
  /**
   * Claim (or renew) the sending of one subscription's digest for one period. False while
   * another live instance holds it.
   */
  claimDigest(subscriptionId: string, period: string): Promise<boolean>;
  /** Give back every lease and claim this instance holds (graceful shutdown). */
  releaseAll(): Promise<void>;
}

/** One process alone: everything is granted (its own cycles never overlap). */
export function createLocalCoordinator(instanceId = 'local'): WorkCoordinator {
  return {
    instanceId,
    leaseMs: Number.POSITIVE_INFINITY,
    acquireSource: async () => true,
    renewSources: async () => undefined,
    releaseSource: async () => undefined,
    claimDelivery: async (d) => d,
    releaseDelivery: async () => undefined,
    claimDigest: async () => true,
    releaseAll: async () => undefined,
  };
}
