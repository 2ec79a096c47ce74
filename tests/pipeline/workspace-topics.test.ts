import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../storage/memory.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';
import { pipeline, rssSource } from './harness.ts';

let server: FixtureServer;
afterEach(async () => server?.close());

describe("a workspace's own watchlist additions", () => {
  it('alert that workspace on items the defaults ignore, under its custom topic', async () => {
    server = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const store = createMemoryStore();
    await store.addWatchAddition({
      id: 'w1',
      workspaceId: 'local',
      topic: 'winter-sports',
      rule: '"ice fishing"',
      mode: 'include',
      addedBy: 'U1',
      addedAt: '2026-11-01T00:00:00Z',
    });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)], { store });

    const cycle = await h.engine.cycle();
    expect(cycle.created).toBe(3);
    const fishing = h
      .output()
      .split('\n\n')
      .find((block) => block.includes('Ice Fishing'));
    expect(fishing).toContain('topics: winter-sports');
    expect(fishing).toMatch(/Matched: ice fishing/i);
  });

  it('an exclusion added by a workspace stops an alert the defaults would send', async () => {
    server = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const store = createMemoryStore();
    await store.addWatchAddition({
      id: 'w2',
      workspaceId: 'local',
      topic: 'immigration-enforcement',
      rule: 'courthouse*',
      mode: 'exclude',
      addedBy: 'U1',
      addedAt: '2026-11-01T00:00:00Z',
    });
    await store.addWatchAddition({
      id: 'w3',
      workspaceId: 'local',
      topic: 'immigration-enforcement',
      rule: 'detainer*',
      mode: 'exclude',
      addedBy: 'U1',
      addedAt: '2026-11-01T00:00:00Z',
    });
    await store.addWatchAddition({
      id: 'w4',
      workspaceId: 'local',
      topic: 'immigration-enforcement',
      rule: '"immigration"',
      mode: 'exclude',
      addedBy: 'U1',
      addedAt: '2026-11-01T00:00:00Z',
    });
    await store.addWatchAddition({
      id: 'w5',
      workspaceId: 'local',
      topic: 'immigration-enforcement',
      rule: '=ICE',
      mode: 'exclude',
      addedBy: 'U1',
      addedAt: '2026-11-01T00:00:00Z',
    });
    const h = await pipeline([rssSource('ct-bills', `${server.url}/ct.xml`)], { store });
    await h.engine.cycle();
    const headlines = h
      .output()
      .split('\n')
      .filter((l) => l.startsWith('● '));
    expect(headlines.some((l) => l.includes('SB 212'))).toBe(false);
    expect(headlines.some((l) => l.includes('HB 5001'))).toBe(true);
  });
});
