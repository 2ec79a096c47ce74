/**
 * The core's side of sharing work: two dispatchers, two digest runners and two whole apps
 * (createApp on DATABASE_URL) in one PostgreSQL schema, each with its own coordinator and a
 * hand-driven clock. Every delivery is posted once, a delivery left in flight by a crashed
 * sender is resumed (not re-posted blind) once its claim expires, a digest goes out once, and
 * a source is fetched once per interval whichever instance gets there first.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { createDigestRunner } from '../../src/digest/runner.ts';
import { DEFAULT_DIGEST } from '../../src/digest/schedule.ts';
import type { ChatAdapter, DeliverOptions, Delivery } from '../../src/domain/index.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { createDispatcher } from '../../src/pipeline/dispatcher.ts';
import { PostgresCoordinator } from '../../storage/postgres/coordinator.ts';
import { openPostgresStore, type PostgresStore } from '../../storage/postgres/store.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';
import { FakeClock } from '../helpers/clock.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { makeDelivery, makeItem, makeSubscription } from '../helpers/items.ts';
import { schemaDatabaseUrl, testDatabaseUrl, testSchema } from '../helpers/postgres.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const LEASE_MS = 30_000;
let store: PostgresStore;
let schema: string;
const clock = new FakeClock(new Date('2026-11-20T12:00:00Z'));
const apps: App[] = [];
let feeds: FixtureServer | undefined;

beforeAll(async () => {
  schema = await testSchema('shared');
  store = await openPostgresStore({ connectionString: testDatabaseUrl(), schema, max: 6 });
});
afterAll(async () => {
  for (const a of apps) await a.stop();
  await feeds?.close();
  await store?.close();
});

const coordinator = (id: string) => new PostgresCoordinator(store.pool, { instanceId: id, leaseMs: LEASE_MS, clock });

/** A Slack-like adapter that records every post and yields, so two dispatchers interleave. */
function recorder() {
  const posts: Array<{ key?: string; opts?: DeliverOptions }> = [];
  const adapter: ChatAdapter = {
    platform: 'slack',
    start: async () => {},
    stop: async () => {},
    deliver: async (_channel, _message, opts) => {
      await new Promise((r) => setTimeout(r, 2));
      posts.push({ key: opts?.deliveryKey, opts });
      return { ok: true, messageRef: `m${posts.length}` };
    },
  };
  return { adapter, posts };
}

describe('two senders on one outbox', () => {
  it('post every delivery exactly once', async () => {
    const subs = [
      makeSubscription({ id: 'slack:T1:CA', channel: { platform: 'slack', workspaceId: 'T1', channelId: 'CA' } }),
      makeSubscription({ id: 'slack:T1:CB', channel: { platform: 'slack', workspaceId: 'T1', channelId: 'CB' } }),
    ];
    const keys: string[] = [];
    for (const sub of subs) {
      await store.upsertSubscription(sub);
      for (let i = 0; i < 15; i++) {
        const item = makeItem({ native: `race-${i}`, identifier: `HB ${8000 + i}` });
        const d = makeDelivery(item, sub, { key: `${item.id}#1>${sub.id}`, item: { ...item, firstSeenAt: '2026-11-20T00:00:00.000Z' } });
        keys.push(d.key);
        await store.enqueueDeliveries([d]);
      }
    }
    const { adapter, posts } = recorder();
    const senders = ['sender-a', 'sender-b'].map((id) =>
      createDispatcher({ store, clock, log: silentLogger(), adapters: new Map([['slack', adapter]]), coordinator: coordinator(id) }),
    );
    for (let round = 0; round < 10 && (await store.deliveryCounts()).pending > 0; round++) {
      await Promise.all(senders.map((s) => s.dispatchDue()));
    }
    expect(posts.map((p) => p.key).sort()).toEqual([...keys].sort());
    expect((await store.deliveryCounts()).pending).toBe(0);
  });

  it("resume a crashed sender's delivery in flight once its claim expires, asking the platform first", async () => {
    const sub = makeSubscription({ id: 'slack:T1:CC', channel: { platform: 'slack', workspaceId: 'T1', channelId: 'CC' } });
    await store.upsertSubscription(sub);
    const item = makeItem({ native: 'crash-1', identifier: 'HB 8100' });
    const d: Delivery = makeDelivery(item, sub, {
      key: `${item.id}#1>${sub.id}`,
      item: { ...item, firstSeenAt: '2026-11-20T00:00:00.000Z' },
      nextAttemptAt: clock.now().toISOString(),
    });
    await store.enqueueDeliveries([d]);
    // The crashed sender claimed it and marked it in flight, then died before the answer.
    const crashed = coordinator('sender-crashed');
    expect(await crashed.claimDelivery(d)).toBeDefined();
    await store.updateDelivery(d.key, { inFlightSince: clock.now().toISOString() });

    const { adapter, posts } = recorder();
    const survivor = createDispatcher({
      store,
      clock,
      log: silentLogger(),
      adapters: new Map([['slack', adapter]]),
      coordinator: coordinator('sender-c'),
    });
    await survivor.dispatchDue();
    expect(posts).toHaveLength(0); // still claimed
    clock.advance(LEASE_MS);
    await survivor.dispatchDue();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.opts).toMatchObject({ deliveryKey: d.key, resumeSince: '2026-11-20T12:00:00.000Z' });
  });
});

describe('two digest runners', () => {
  it('send a channel its digest once per period', async () => {
    const sub = makeSubscription({
      id: 'slack:T1:CD',
      channel: { platform: 'slack', workspaceId: 'T1', channelId: 'CD' },
      digest: DEFAULT_DIGEST('UTC'),
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    await store.upsertSubscription(sub);
    const sent: string[] = [];
    const runners = ['digest-a', 'digest-b', 'digest-c'].map((id) => {
      const c = coordinator(id);
      return createDigestRunner({
        store,
        clock,
        sources: async () => [],
        send: async (s) => {
          await new Promise((r) => setTimeout(r, 5));
          sent.push(s.id);
          return true;
        },
        log: silentLogger(),
        claim: (subId, period) => c.claimDigest(subId, period),
      });
    });
    await Promise.all(runners.map((r) => r.tick()));
    await Promise.all(runners.map((r) => r.tick()));
    expect(sent.filter((id) => id === sub.id)).toEqual([sub.id]);
  });
});

describe('two whole apps on DATABASE_URL', () => {
  it('fetch a due source once per interval, whichever gets there first', async () => {
    feeds = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const env = loadEnv({
      DATABASE_URL: schemaDatabaseUrl(schema),
      DATA_DIR: '/nonexistent-policywatch-data',
      POLICYWATCH_CONFIG: '/nonexistent-policywatch.yml',
      ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    });
    const sources = [
      {
        id: 'ct-bills',
        type: 'rss',
        name: 'CT bills',
        enabled: true,
        intervalMinutes: 30,
        params: { url: `${feeds.url}/ct.xml`, jurisdiction: 'CT', kind: 'bill' },
      },
    ];
    for (const id of ['app-a', 'app-b'])
      apps.push(await createApp({ env, log: silentLogger(), clock, sources, adapters: [], instanceId: id, searchIndex: false }));
    const fetched = () => feeds!.requests.filter((r) => r.path === '/ct.xml').length;

    await Promise.all(apps.map((a) => a.engine.cycle()));
    expect(fetched()).toBe(1);
    clock.advance(29 * 60_000);
    await Promise.all(apps.map((a) => a.engine.cycle()));
    expect(fetched()).toBe(1);
    clock.advance(60_000);
    await Promise.all(apps.map((a) => a.engine.cycle()));
    await Promise.all(apps.map((a) => a.engine.cycle()));
    expect(fetched()).toBe(2);
  });

  it("lose no alert when an instance dies between storing a poll's items and anything after", async () => {
    feeds!.route('/ct-crash.xml', { body: rss(CT_BILLS) });
    const env = loadEnv({
      DATABASE_URL: schemaDatabaseUrl(schema),
      DATA_DIR: '/nonexistent-policywatch-data',
      POLICYWATCH_CONFIG: '/nonexistent-policywatch.yml',
      ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    });
    const sources = [
      {
        id: 'ct-crash',
        type: 'rss',
        name: 'CT bills',
        enabled: true,
        intervalMinutes: 30,
        params: { url: `${feeds!.url}/ct-crash.xml`, jurisdiction: 'CT', kind: 'bill' },
      },
    ];
    const sub = makeSubscription({
      id: 'slack:T1:CE',
      channel: { platform: 'slack', workspaceId: 'T1', channelId: 'CE' },
      jurisdictions: ['CT'],
    });
    await store.upsertSubscription(sub);
    const { adapter, posts } = recorder();
    const dying = await createApp({
      env,
      log: silentLogger(),
      clock,
      sources,
      adapters: [adapter],
      instanceId: 'app-dying',
      searchIndex: false,
    });
    apps.push(dying);
    // The items are written, then the process is gone: nothing after that write happens.
    const save = dying.store.saveItems.bind(dying.store);
    dying.store.saveItems = async (writes, now) => {
      await save(writes, now);
      throw new Error('killed');
    };
    await expect(dying.engine.cycle()).rejects.toThrow('killed');
    expect(posts).toHaveLength(0);

    const survivor = await createApp({
      env,
      log: silentLogger(),
      clock,
      sources,
      adapters: [adapter],
      instanceId: 'app-survivor',
      searchIndex: false,
    });
    apps.push(survivor);
    clock.advance(30 * 60_000);
    await survivor.engine.cycle(); // the items are known now: only the queued alerts remain to send
    const keys = posts.map((p) => p.key).filter((k) => k?.endsWith(`>${sub.id}`));
    expect(keys).toHaveLength(2); // the two matching CT bills, once each
    expect(new Set(keys).size).toBe(2);
  });
});
