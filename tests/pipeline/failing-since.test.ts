import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';
import { pipeline, rssSource } from './harness.ts';

let server: FixtureServer;
afterEach(async () => server?.close());

describe('a source remembers when its current run of failures began', () => {
  it('keeps the first failure time across retries and clears it after a success', async () => {
    server = await startFixtureServer({ '/ct.xml': { status: 502, body: 'bad gateway' } });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)]);
    const start = h.clock.now().toISOString();
    await h.engine.cycle();
    h.clock.advance(6 * 3600_000);
    await h.engine.cycle({ force: true });
    expect(await h.store.getSourceState('ct-bills')).toMatchObject({ consecutiveFailures: 2, failingSince: start });

    server.route('/ct.xml', { body: rss(CT_BILLS) });
    h.clock.advance(3600_000);
    await h.engine.cycle({ force: true });
    const healed = await h.store.getSourceState('ct-bills');
    expect(healed.consecutiveFailures).toBe(0);
    expect(healed.failingSince).toBeUndefined();
  });
});
