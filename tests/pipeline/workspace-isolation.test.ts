/**
 * One workspace never sees another's terms or the items kept only for another's terms:
 * through the alert pipeline, and through `/policy show`, `search` and `digest preview`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_CHANNEL } from '../../adapters/console/adapter.ts';
import { createCommandHandler } from '../../src/commands/index.ts';
import { buildDigest } from '../../src/digest/build.ts';
import type { CommandRequest, Subscription } from '../../src/domain/index.ts';
import { defaultWatchlist } from '../../src/matching/index.ts';
import { createMatcherSet } from '../../src/pipeline/matchers.ts';
import { loadSearchIndex } from '../../src/search/index.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { textOf } from '../commands/harness.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';
import { pipeline, rssSource } from './harness.ts';

let server: FixtureServer;
afterEach(async () => server?.close());

const A = 'T-ALPHA';
const B = CONSOLE_CHANNEL.workspaceId;

async function twoWorkspaces() {
  server = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
  const store = createMemoryStore();
  // Workspace A follows ice fishing (the defaults ignore it) and adds its own term to SB 212.
  await store.addWatchAddition({
    id: 'a1',
    workspaceId: A,
    topic: 'winter-sports',
    rule: '"ice fishing"',
    mode: 'include',
    addedBy: 'U1',
    addedAt: '2026-11-01T00:00:00Z',
  });
  await store.addWatchAddition({
    id: 'a2',
    workspaceId: A,
    topic: 'immigration-enforcement',
    rule: '"prohibit honoring"',
    mode: 'include',
    addedBy: 'U1',
    addedAt: '2026-11-01T00:00:00Z',
  });
  const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)], { store });
  await h.engine.cycle();
  const matchers = createMatcherSet(defaultWatchlist(), store);
  const search = await loadSearchIndex(store);
  const handler = createCommandHandler({
    store,
    clock: h.clock,
    search,
    watchlist: () => defaultWatchlist(),
    matchFor: matchers.view,
    digest: {
      preview: (sub, now) => buildDigest({ store, sub, now, sources: [], matchFor: matchers.view }),
      sendNow: async () => ({ sent: 0 }),
    },
    sources: async () => [],
    runtime: () => ({ version: 'test', startedAt: h.clock.now() }),
    defaultTz: 'UTC',
  });
  const ask = (workspaceId: string, text: string) => {
    const req: CommandRequest = { platform: 'slack', workspaceId, channelId: 'C1', userId: 'U9', text, isManager: false };
    return handler(req).then(textOf);
  };
  const sub = (workspaceId: string): Subscription => ({
    id: `slack:${workspaceId}:C1`,
    channel: { platform: 'slack', workspaceId, channelId: 'C1' },
    topics: [],
    jurisdictions: [],
    kinds: [],
    digest: null,
    createdAt: '2026-11-01T00:00:00Z',
    createdBy: 'U1',
  });
  const digest = async (workspaceId: string) =>
    (await buildDigest({ store, sub: sub(workspaceId), now: h.clock.now(), sources: [], matchFor: matchers.view }))
      .map((m) => textOf(m))
      .join('\n');
  return { h, store, ask, digest };
}

describe('workspace isolation', () => {
  it("stores an item kept only for A's term without A's terms, and alerts B nothing about it", async () => {
    const { h, store } = await twoWorkspaces();
    const fishing = (await store.listItems()).find((i) => i.title.includes('Ice Fishing'));
    expect(fishing?.match.workspaces).toEqual([A]);
    expect(fishing?.match.terms).toEqual([]);
    expect(fishing?.match.snippet).toBe('');
    // B's console subscription got the two on-topic bills and nothing of A's.
    const out = h.output();
    expect(out).toContain('HB 5001');
    expect(out).toContain('SB 212');
    expect(out).not.toContain('Ice Fishing');
    expect(out).not.toMatch(/Matched:[^\n]*prohibit honoring/i);
  });

  it('B cannot show, search or digest an A-only item; A can, with its own terms', async () => {
    const { ask, digest } = await twoWorkspaces();
    expect(await ask(B, 'show SB 140')).toMatch(/nothing stored as "SB 140"/);
    expect(await ask(B, 'search ice fishing')).not.toContain('Ice Fishing');
    expect(await ask(B, 'search shanties')).toContain('No results');
    expect(await digest(B)).not.toContain('Ice Fishing');

    const aShow = await ask(A, 'show SB 140');
    expect(aShow).toContain('Ice Fishing');
    expect(aShow).toMatch(/Terms: ice fishing/i);
    expect(aShow).toContain('winter-sports');
    expect(await ask(A, 'search shanties')).toContain('Ice Fishing');
    expect(await ask(A, 'search shanties topic:winter-sports')).toContain('Ice Fishing');
    expect(await digest(A)).toContain('Ice Fishing');
  });

  it("B's reasons for a shared item never include A's own terms", async () => {
    const { ask, digest } = await twoWorkspaces();
    const bShow = await ask(B, 'show SB 212');
    expect(bShow).toContain('SB 212');
    expect(bShow).not.toMatch(/Terms:[^\n]*prohibit honoring/i);
    expect(await ask(A, 'show SB 212')).toMatch(/Terms:[^\n]*prohibit honoring/i);
    expect(await ask(B, 'search detainers')).toContain('SB 212');
    const bDigest = await digest(B);
    expect(bDigest).toContain('SB 212');
    expect(bDigest).not.toMatch(/winter-sports|ice fishing/i);
  });
});
