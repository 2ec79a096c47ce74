import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { pipeline, rssSource } from './harness.ts';

let server: FixtureServer;
afterEach(async () => server?.close());

const headlines = (output: string, needle: string) => output.split('\n').filter((l) => /^(●|↻)/.test(l) && l.includes(needle)).length;

describe('crash between the outbox write and the items write', () => {
  it('delivers each alert exactly once: the queued delivery carries its item, and a later re-poll does not queue it again', async () => {
    server = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const sources = [rssSource('ct-bills', `${server.url}/ct.xml`)];

    // Cycle 1 records and queues the two matching bills; no chat platform is up to send them.
    const live = mkdtempSync(join(tmpdir(), 'pw-order-live-'));
    const first = await openSqliteStore(live);
    const h1 = await pipeline(sources, { store: first, adapters: [] });
    expect(await h1.engine.cycle({ force: true })).toMatchObject({ created: 2, enqueued: 2, dispatch: { waiting: 2 } });

    // The disk as a crash right after the outbox commit would leave it (with several instances
    // the alerts are queued before the items are stored): the queued deliveries, no items.
    const queued = await first.dueDeliveries(h1.clock.now());
    await first.close();
    const crashed = mkdtempSync(join(tmpdir(), 'pw-order-crashed-'));
    const store = await openSqliteStore(crashed);
    expect(await store.enqueueDeliveries(queued)).toHaveLength(2);
    expect(await store.countItems()).toBe(0);
    expect(await store.dueDeliveries(h1.clock.now())).toHaveLength(2);
    // Meanwhile the feed rolled over: the restart cannot re-read the items, only the outbox has them.
    server.route('/ct.xml', { body: rss([]) });
    const h2 = await pipeline(sources, { store });
    const restarted = await h2.engine.cycle({ force: true });
    expect(restarted).toMatchObject({ created: 0, enqueued: 0, dispatch: { sent: 2, failed: 0 } });
    expect(headlines(h2.output(), 'HB 5001')).toBe(1);
    expect(headlines(h2.output(), 'SB 212')).toBe(1);
    expect(h2.output()).toContain('bill · CT');

    // The items come back in the feed: stored now, but not alerted a second time.
    server.route('/ct.xml', { body: rss(CT_BILLS) });
    h2.clock.advance(31 * 60_000);
    expect(await h2.engine.cycle({ force: true })).toMatchObject({ created: 2, enqueued: 0, dispatch: { sent: 0 } });
    expect(headlines(h2.output(), 'HB 5001')).toBe(1);
    expect(headlines(h2.output(), 'SB 212')).toBe(1);
    expect(await store.deliveryCounts()).toEqual({ pending: 0, sent: 2, failed: 0 });
    await store.close();
  });
});
