/**
 * Source leases, delivery claims and digest claims of instances sharing one PostgreSQL
 * database (its own schema), each instance a PostgresCoordinator over its own pool with a
 * hand-driven clock: a crash is an instance that stops renewing, and time moving past its lease.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PostgresCoordinator } from '../../storage/postgres/coordinator.ts';
import { openPostgresStore, type PostgresStore } from '../../storage/postgres/store.ts';
import { FakeClock } from '../helpers/clock.ts';
import { makeDelivery, makeItem, makeSubscription } from '../helpers/items.ts';
import { testDatabaseUrl, testSchema } from '../helpers/postgres.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const LEASE_MS = 30_000;
const MINUTE = 60_000;
let store: PostgresStore;
let other: PostgresStore;
const clock = new FakeClock();

beforeAll(async () => {
  const schema = await testSchema('coord');
  store = await openPostgresStore({ connectionString: testDatabaseUrl(), schema, max: 4 });
  other = await openPostgresStore({ connectionString: testDatabaseUrl(), schema, max: 4, migrate: false });
});
afterAll(async () => {
  await store?.close();
  await other?.close();
});

/** Instance `name`; `b` instances use a second pool, as another process would. */
const instance = (name: string, pool: 'a' | 'b' = 'a') =>
  new PostgresCoordinator((pool === 'a' ? store : other).pool, { instanceId: name, leaseMs: LEASE_MS, clock });

describe('source leases', () => {
  it('grants a due source to one of several instances asking at once', async () => {
    const all = [instance('i1'), instance('i2', 'b'), instance('i3'), instance('i4', 'b')];
    const grants = await Promise.all(all.flatMap((c) => Array.from({ length: 5 }, () => c.acquireSource('race', { intervalMs: MINUTE }))));
    expect(grants.filter(Boolean)).toHaveLength(1);
  });

  it('is not polled again within its interval, even after the lease is released', async () => {
    const a = instance('a1');
    const b = instance('b1', 'b');
    expect(await a.acquireSource('src-interval', { intervalMs: 10 * MINUTE })).toBe(true);
    await a.releaseSource('src-interval');
    expect(await b.acquireSource('src-interval', { intervalMs: 10 * MINUTE })).toBe(false);
    expect(await a.acquireSource('src-interval', { intervalMs: 10 * MINUTE })).toBe(false);
    clock.advance(10 * MINUTE);
    expect(await b.acquireSource('src-interval', { intervalMs: 10 * MINUTE })).toBe(true);
  });

  it('a forced poll ignores the interval but not a live lease', async () => {
    const a = instance('a2');
    const b = instance('b2', 'b');
    expect(await a.acquireSource('src-force', { intervalMs: 10 * MINUTE })).toBe(true);
    expect(await b.acquireSource('src-force', { intervalMs: 10 * MINUTE, force: true })).toBe(false);
    await a.releaseSource('src-force');
    expect(await b.acquireSource('src-force', { intervalMs: 10 * MINUTE, force: true })).toBe(true);
  });

  it("a crashed instance's lease expires and another instance takes the source", async () => {
    const crashed = instance('crashed-1');
    const b = instance('b3', 'b');
    expect(await crashed.acquireSource('src-crash', { intervalMs: 10_000 })).toBe(true);
    clock.advance(20_000); // the interval has passed, the lease has not
    expect(await b.acquireSource('src-crash', { intervalMs: 10_000 })).toBe(false);
    clock.advance(LEASE_MS - 20_000);
    expect(await b.acquireSource('src-crash', { intervalMs: 10_000 })).toBe(true);
  });

  it('renewing keeps a long poll leased past the first expiry', async () => {
    const a = instance('a4');
    const b = instance('b4', 'b');
    expect(await a.acquireSource('src-long', { intervalMs: 1000 })).toBe(true);
    clock.advance(LEASE_MS - 1000);
    await a.renewSources(['src-long']);
    clock.advance(LEASE_MS - 1000);
    expect(await b.acquireSource('src-long', { intervalMs: 1000 })).toBe(false);
    await b.renewSources(['src-long']); // not b's: changes nothing
    clock.advance(1001);
    expect(await b.acquireSource('src-long', { intervalMs: 1000 })).toBe(true);
  });

  it('releaseAll gives back the leases held at shutdown', async () => {
    const a = instance('a5');
    const b = instance('b5', 'b');
    expect(await a.acquireSource('src-stop-1', { intervalMs: 1000 })).toBe(true);
    expect(await a.acquireSource('src-stop-2', { intervalMs: 1000 })).toBe(true);
    await a.releaseAll();
    clock.advance(1000);
    expect(await b.acquireSource('src-stop-1', { intervalMs: 1000 })).toBe(true);
    expect(await b.acquireSource('src-stop-2', { intervalMs: 1000 })).toBe(true);
  });
});

describe('delivery claims', () => {
  const sub = makeSubscription();
  const queue = async (native: string) => {
    const item = makeItem({ native });
    const d = makeDelivery(item, sub, { key: `${item.id}#1>${sub.id}` });
    expect(await store.enqueueDeliveries([d])).toHaveLength(1);
    return d;
  };

  it('lets exactly one of several senders claim a delivery', async () => {
    const d = await queue('claim-race');
    const senders = [instance('s1'), instance('s2', 'b'), instance('s3'), instance('s4', 'b')];
    const claims = await Promise.all(senders.flatMap((c) => [c.claimDelivery(d), c.claimDelivery(d)]));
    const winners = new Set(claims.flatMap((c, i) => (c ? [senders[Math.floor(i / 2)]!.instanceId] : [])));
    expect(winners.size).toBe(1);
    expect(claims.find(Boolean)?.key).toBe(d.key);
  });

  it('returns the current row: what another sender wrote since it was read', async () => {
    const d = await queue('claim-fresh');
    const a = instance('s5');
    const b = instance('s6', 'b');
    expect(await a.claimDelivery(d)).toBeDefined();
    await store.updateDelivery(d.key, {
      attempts: 1,
      inFlightSince: '2026-11-20T12:00:00.000Z',
      nextAttemptAt: '2026-11-20T12:00:30.000Z',
    });
    expect(await b.claimDelivery(d)).toBeUndefined(); // still a's
    await a.releaseDelivery(d.key);
    const fresh = await b.claimDelivery(d); // the snapshot `d` is stale; the claim is not
    expect(fresh).toMatchObject({ key: d.key, attempts: 1, inFlightSince: '2026-11-20T12:00:00.000Z' });
  });

  it("a crashed sender's claim expires; a sent delivery cannot be claimed", async () => {
    const d = await queue('claim-crash');
    const crashed = instance('s-crashed');
    const b = instance('s7', 'b');
    expect(await crashed.claimDelivery(d)).toBeDefined();
    clock.advance(LEASE_MS - 1);
    expect(await b.claimDelivery(d)).toBeUndefined();
    clock.advance(1);
    expect(await b.claimDelivery(d)).toBeDefined();
    await store.updateDelivery(d.key, { status: 'sent', sentAt: clock.now().toISOString(), messageRef: 'm1' });
    expect(await crashed.claimDelivery(d)).toBeUndefined();
    expect(await b.claimDelivery(d)).toBeUndefined();
  });

  it('skips a row another transaction has locked instead of waiting for it', async () => {
    const d = await queue('claim-locked');
    const c = await other.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT 1 FROM deliveries WHERE key = $1 FOR UPDATE', [d.key]);
      expect(await instance('s8').claimDelivery(d)).toBeUndefined();
      await c.query('COMMIT');
    } finally {
      c.release();
    }
    expect(await instance('s8').claimDelivery(d)).toBeDefined();
  });
});

describe('digest claims', () => {
  it('one instance per subscription and period; renewable by its holder; taken over once expired', async () => {
    const [a, b, c] = [instance('d1'), instance('d2', 'b'), instance('d3')];
    const first = await Promise.all([a, b, c].map((x) => x.claimDigest('slack:T1:C9', '2026-W47')));
    expect(first.filter(Boolean)).toHaveLength(1);
    const holder = [a, b, c][first.indexOf(true)]!;
    const others = [a, b, c].filter((x) => x !== holder);
    clock.advance(LEASE_MS - 1000);
    expect(await holder.claimDigest('slack:T1:C9', '2026-W47')).toBe(true); // renewed
    clock.advance(LEASE_MS - 1000);
    expect(await others[0]!.claimDigest('slack:T1:C9', '2026-W47')).toBe(false);
    expect(await others[0]!.claimDigest('slack:T1:C8', '2026-W47')).toBe(true); // another channel
    clock.advance(1001); // the holder crashed: it renews no more
    expect(await others[1]!.claimDigest('slack:T1:C9', '2026-W47')).toBe(true);
  });
});
