import { afterEach, describe, expect, it } from 'vitest';
import { neverAnswers, startFixtureServer, type FixtureServer, type Route } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';
import { pipeline, rssSource } from './harness.ts';

let server: FixtureServer;
afterEach(async () => server?.close());

/** Alert headline lines (one per alert) that mention `needle`. */
const count = (output: string, needle: string) => output.split('\n').filter((l) => /^(●|↻)/.test(l) && l.includes(needle)).length;

describe('one poll cycle, end to end over real HTTP', () => {
  it('alerts each matching item once, ignores the near-miss, and alerts nothing on the second poll', async () => {
    server = await startFixtureServer({ '/ct.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss(CT_BILLS) } });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)]);

    const first = await h.engine.cycle();
    expect(first).toMatchObject({ created: 2, enqueued: 2, dispatch: { sent: 2 } });
    expect(count(h.output(), 'HB 5001')).toBe(1);
    expect(count(h.output(), 'SB 212')).toBe(1);
    expect(h.output()).not.toContain('Ice Fishing');
    expect(h.output()).toContain('bill · CT');

    h.clock.advance(31 * 60_000);
    const second = await h.engine.cycle();
    expect(second).toMatchObject({ created: 0, changed: 0, enqueued: 0 });
    expect(count(h.output(), 'HB 5001')).toBe(1);
  });

  it('sends one follow-up when an item changes, threaded to the first alert', async () => {
    server = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)]);
    await h.engine.cycle();
    const amended = CT_BILLS.map((e) => (e.guid === 'CT-2027-SB00212' ? { ...e, title: `${e.title} (Substitute, Passed Senate)` } : e));
    server.route('/ct.xml', { body: rss(amended) });
    h.clock.advance(31 * 60_000);

    const cycle = await h.engine.cycle();
    expect(cycle).toMatchObject({ created: 0, changed: 1, enqueued: 1, dispatch: { sent: 1 } });
    expect(h.output()).toMatch(/UPDATE .*SB 212 .*Passed Senate/);
    expect(h.output()).toMatch(/follow-up to console-/);
  });

  it('runs overlapping cycles one after the other (a scheduler tick during a forced poll), so a change is alerted once', async () => {
    const events: string[] = [];
    let feed = rss(CT_BILLS);
    server = await startFixtureServer({
      '/ct.xml': () => {
        events.push('fetch');
        return { body: feed, delayMs: 20 };
      },
    });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)]);
    const cycle = () => h.engine.cycle({ force: true }).then((summary) => (events.push('done'), summary));
    const [a, b] = await Promise.all([cycle(), cycle()]);
    // The second cycle fetched only after the first had finished: it saw the first one's items.
    expect(events).toEqual(['fetch', 'done', 'fetch', 'done']);
    expect([a.created, b.created]).toEqual([2, 0]);
    feed = rss(CT_BILLS.map((e) => (e.guid === 'CT-2027-SB00212' ? { ...e, title: `${e.title} (Substitute, Passed Senate)` } : e)));
    const [c, d] = await Promise.all([cycle(), cycle()]);
    expect([c.changed, d.changed]).toEqual([1, 0]);
    expect(h.output().match(/UPDATE .*SB 212 .*Passed Senate/g)).toHaveLength(1);
  });

  it('does not poll a source again before its interval unless forced', async () => {
    server = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)]);
    await h.engine.cycle();
    await h.engine.cycle();
    expect(server.requests).toHaveLength(1);
    await h.engine.cycle({ force: true });
    expect(server.requests).toHaveLength(2);
  });

  it('polls a 1-minute source at the next minute tick although its last poll started a little after its tick', async () => {
    server = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`, { intervalMinutes: 1 })]);
    h.clock.advance(250); // this poll starts a quarter second after its tick
    await h.engine.cycle();
    expect(server.requests).toHaveLength(1);
    h.clock.advance(60_000 - 250); // the next tick, a minute after the last
    await h.engine.cycle();
    expect(server.requests).toHaveLength(2);
    // Not twice within one tick, nor at the half-minute.
    await h.engine.cycle();
    h.clock.advance(29_000);
    await h.engine.cycle();
    expect(server.requests).toHaveLength(2);
    h.clock.advance(31_000);
    await h.engine.cycle();
    expect(server.requests).toHaveLength(3);
  });

  // The timeout case injects a short fetch timeout (the other source still answers well within it).
  it.each<[string, Route, RegExp, number?]>([
    ['a 500', { status: 500, body: 'Internal Server Error' }, /^http: /],
    ['malformed XML', { body: '<rss><channel><item><title>broken' }, /^parse: /],
    ['a 20 MB body', { body: `<rss><channel>${'<item><title>x</title></item>'.repeat(700_000)}</channel></rss>` }, /^too-large: /],
    ['a timeout', neverAnswers, /^timeout: /, 300],
  ])(
    'keeps going after %s: the failure is recorded on the source and other sources still alert',
    async (_label, broken, reason, timeoutMs) => {
      server = await startFixtureServer({ '/broken.xml': broken, '/ct.xml': { body: rss(CT_BILLS) } });
      const h = await pipeline([rssSource('broken', `${server.url}/broken.xml`), rssSource('ct-bills', `${server.url}/ct.xml`)], {
        timeoutMs,
      });

      const cycle = await h.engine.cycle();
      expect(cycle.created).toBe(2);
      const state = await h.store.getSourceState('broken');
      expect(state.consecutiveFailures).toBe(1);
      expect(state.lastError).toMatch(reason);
      expect(state.nextPollAt! > h.clock.now().toISOString()).toBe(true);
      expect((await h.store.getSourceState('ct-bills')).consecutiveFailures).toBe(0);
    },
  );

  it('backs off a failing source exponentially and resets after a success', async () => {
    server = await startFixtureServer({ '/ct.xml': { status: 503, body: 'down' } });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)]);
    await h.engine.cycle();
    const firstWait = Date.parse((await h.store.getSourceState('ct-bills')).nextPollAt!) - h.clock.now().getTime();
    h.clock.advance(firstWait);
    await h.engine.cycle();
    const secondWait = Date.parse((await h.store.getSourceState('ct-bills')).nextPollAt!) - h.clock.now().getTime();
    expect(secondWait).toBe(firstWait * 2);
    server.route('/ct.xml', { body: rss(CT_BILLS) });
    h.clock.advance(secondWait);
    await h.engine.cycle();
    const state = await h.store.getSourceState('ct-bills');
    expect(state.consecutiveFailures).toBe(0);
    expect(state.lastSuccessAt).toBe(h.clock.now().toISOString());
  });

  it('queues nothing for a subscription whose platform is no longer configured (e.g. console after Slack was set up)', async () => {
    server = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)], { platforms: new Set(['slack']) });
    const cycle = await h.engine.cycle();
    expect(cycle).toMatchObject({ created: 2, enqueued: 0 });
    expect(await h.store.deliveryCounts()).toEqual({ pending: 0, sent: 0, failed: 0 });
  });
});
