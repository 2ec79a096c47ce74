/**
 * Bounded work per poll: a feed with thousands of matching items is matched in chunks that
 * yield to the event loop, a channel gets at most MAX_PER_CHANNEL_PER_CYCLE posts from one
 * cycle and one summary post for the rest (with a search command), and no more than
 * MAX_ITEMS_PER_RESPONSE items are taken from one response.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../src/pipeline/chunks.ts';
import { MAX_ITEMS_PER_RESPONSE } from '../../src/pipeline/poller.ts';
import { capPerChannel, MAX_PER_CHANNEL_PER_CYCLE } from '../../src/pipeline/router.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { makeDelivery, makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';
import { rss, type FeedEntry } from '../fixtures/pipeline/feeds.ts';
import { pipeline, rssSource } from './harness.ts';
import { connectorFor } from '../../feeds/registry.ts';
import { sourceStatusRows } from '../../src/pipeline/source-status.ts';
import { setup as commandSetup, textOf } from '../commands/harness.ts';

let server: FixtureServer;
afterEach(async () => server?.close());

const bills = (n: number): FeedEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    guid: `CT-2027-HB${10000 + i}`,
    title: `HB ${10000 + i} - An Act Concerning Access to COLLECT by Federal Immigration Authorities`,
    description: 'To limit Immigration and Customs Enforcement access to state police databases.',
    link: `https://www.cga.ct.gov/bill/${10000 + i}`,
    pubDate: 'Wed, 18 Nov 2026 16:30:00 GMT',
  }));

describe('a poll of a very large feed', () => {
  it('matches in chunks that let the event loop run, and sends one channel 50 alerts plus one summary post for the rest', async () => {
    const n = 1200;
    server = await startFixtureServer({ '/big.xml': { body: rss(bills(n)) } });
    const h = await pipeline([rssSource('big', `${server.url}/big.xml`)]);
    // Count event-loop turns, and note the turn at which each item is matched.
    let turns = 0;
    let spinning = true;
    const spin = () => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    const matchedAt: number[] = [];
    const matchAny = h.matchers.matchAny.bind(h.matchers);
    h.matchers.matchAny = async (item) => {
      matchedAt.push(turns);
      return matchAny(item);
    };
    setImmediate(spin);
    const cycle = await h.engine.cycle();
    spinning = false;

    expect(matchedAt).toHaveLength(n);
    expect(matchedAt.at(-1)! - matchedAt[0]!).toBeGreaterThanOrEqual(Math.floor(n / CHUNK_SIZE) - 1);
    expect(cycle).toMatchObject({ created: n, enqueued: MAX_PER_CHANNEL_PER_CYCLE + 1, dispatch: { sent: MAX_PER_CHANNEL_PER_CYCLE + 1 } });
    const headlines = h
      .output()
      .split('\n')
      .filter((l) => l.startsWith('● ')).length;
    expect(headlines).toBe(MAX_PER_CHANNEL_PER_CYCLE);
    expect(h.output()).toContain(`${n - MAX_PER_CHANNEL_PER_CYCLE} more matching items from big`);
    expect(h.output()).toMatch(/\/policy search state:CT since:\d{4}-\d{2}-\d{2}/);
  }, 60_000);

  it('reads and writes the store a slice of items per call, with event-loop turns between the calls', async () => {
    const n = 1200;
    server = await startFixtureServer({ '/big.xml': { body: rss(bills(n)) } });
    const h = await pipeline([rssSource('big', `${server.url}/big.xml`)]);
    let turns = 0;
    let spinning = true;
    const spin = () => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    const calls: Array<{ op: string; size: number; turn: number }> = [];
    const { saveItems, knownItems } = h.store;
    h.store.saveItems = (writes, now) => {
      const size = writes.created.length + writes.changed.length + writes.touched.length + writes.seen.length + writes.unseen.length;
      calls.push({ op: 'save', size, turn: turns });
      return saveItems.call(h.store, writes, now);
    };
    h.store.knownItems = (ids) => {
      calls.push({ op: 'known', size: ids.length, turn: turns });
      return knownItems.call(h.store, ids);
    };
    setImmediate(spin);
    const cycle = await h.engine.cycle();
    spinning = false;

    expect(cycle.created).toBe(n);
    expect(await h.store.countItems()).toBe(n);
    for (const op of ['save', 'known']) {
      const mine = calls.filter((c) => c.op === op);
      expect(mine.reduce((sum, c) => sum + c.size, 0)).toBe(n);
      expect(Math.max(...mine.map((c) => c.size))).toBeLessThanOrEqual(CHUNK_SIZE);
      expect(new Set(mine.map((c) => c.turn)).size).toBe(mine.length);
    }
  }, 60_000);

  it(`takes at most ${MAX_ITEMS_PER_RESPONSE} new items from one response, shows the backlog, and takes the rest next poll`, async () => {
    const body = rss(bills(MAX_ITEMS_PER_RESPONSE + 10));
    server = await startFixtureServer({
      '/big.xml': (req) => (req.headers['if-none-match'] === '"v1"' ? { status: 304 } : { headers: { etag: '"v1"' }, body }),
    });
    const h = await pipeline([rssSource('big', `${server.url}/big.xml`)]);
    const cycle = await h.engine.cycle();
    expect(cycle.created).toBe(MAX_ITEMS_PER_RESPONSE);
    expect(await h.store.countItems()).toBe(MAX_ITEMS_PER_RESPONSE);
    const state = await h.store.getSourceState('big');
    expect(state.backlog).toMatchObject({ fetched: MAX_ITEMS_PER_RESPONSE + 10, taken: MAX_ITEMS_PER_RESPONSE, left: 10 });
    expect(state.etag).toBeUndefined(); // the same response comes again next time

    // The operator sees it in /policy status and /policy sources.
    const rows = await sourceStatusRows([rssSource('big', `${server.url}/big.xml`)], h.store, { connectorFor, secrets: {} });
    const commands = await commandSetup({ sources: async () => rows });
    expect(textOf(await commands.run('status'))).toContain(
      `Truncated polls: big: last poll took ${MAX_ITEMS_PER_RESPONSE}, 10 left for the next polls`,
    );
    expect(textOf(await commands.run('sources'))).toContain(
      `took ${MAX_ITEMS_PER_RESPONSE} of ${MAX_ITEMS_PER_RESPONSE + 10} new or changed items; the other 10 follow`,
    );

    // The next poll takes the rest (items already recorded are not matched again), then the backlog is gone.
    let matched = 0;
    const matchAny = h.matchers.matchAny.bind(h.matchers);
    h.matchers.matchAny = async (item) => {
      matched++;
      return matchAny(item);
    };
    const second = await h.engine.cycle({ force: true });
    expect(second.created).toBe(10);
    expect(matched).toBe(10);
    expect(await h.store.countItems()).toBe(MAX_ITEMS_PER_RESPONSE + 10);
    const after = await h.store.getSourceState('big');
    expect(after.backlog).toBeUndefined();
    expect(after.etag).toBe('"v1"');
    expect((await h.engine.cycle({ force: true })).polled[0]!.outcome).toBe('not-modified');
  }, 120_000);
});

describe('capPerChannel', () => {
  it('keeps priority deliveries first, caps each channel, and turns the rest into one summary per channel', () => {
    const a = makeSubscription();
    const b = makeSubscription({ id: 'slack:T1:C2', channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C2' } });
    const now = new Date('2026-11-20T10:00:00Z');
    const list = Array.from({ length: 5 }, (_, i) => {
      const item = makeItem({ native: `n${i}` });
      return makeDelivery(item, a, {
        key: `k${i}`,
        match: makeMatch({ priority: i === 4 }),
        item: { ...item, firstSeenAt: now.toISOString() },
      });
    });
    const other = makeDelivery(makeItem(), b, { key: 'other' });
    const out = capPerChannel([...list, other], now, 2);
    expect(out.filter((d) => d.subscriptionId === a.id && d.type !== 'overflow').map((d) => d.key)).toEqual(['k0', 'k4']);
    expect(out.find((d) => d.type === 'overflow')).toMatchObject({
      subscriptionId: a.id,
      channel: a.channel,
      overflow: { count: 3, sources: ['test-source'], command: '/policy search state:CT since:2026-11-20' },
    });
    expect(out.filter((d) => d.subscriptionId === b.id).map((d) => d.key)).toEqual(['other']);
  });
});
