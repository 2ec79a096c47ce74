/** Backoff and Retry-After for feeds, over real HTTP: "up to a day", whatever a server says. */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS } from '../../src/pipeline/backoff.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { pipeline, rssSource } from './harness.ts';

let server: FixtureServer;
afterEach(async () => server?.close());

describe('a source answering with an absurd Retry-After', () => {
  it.each([
    ['9999999999 seconds', '9999999999'],
    ['an HTTP date in the year 9999', 'Fri, 31 Dec 9999 23:59:59 GMT'],
  ])('is retried within a day for %s', async (_label, retryAfter) => {
    server = await startFixtureServer({ '/ct.xml': { status: 429, headers: { 'retry-after': retryAfter }, body: 'slow down' } });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)]);
    await h.engine.cycle();
    const state = await h.store.getSourceState('ct-bills');
    expect(state.consecutiveFailures).toBe(1);
    expect(Date.parse(state.nextPollAt!) - h.clock.now().getTime()).toBe(MAX_BACKOFF_MS);
  });
});
