/**
 * The chain index fills in the background after a restart (src/chains/background.ts): it
 * answers at once, applies changes made while it loads after the load, and the poller waits
 * for it before deciding whether a record is linked to a stored item. Ordering is held with a
 * gate on the store's item stream, never with timing.
 */
import { describe, expect, it } from 'vitest';
import { createBackgroundChainIndex } from '../../src/chains/background.ts';
import type { SourceConfig, SourceConnector, StoredItem } from '../../src/domain/index.ts';
import { silentLogger } from '../../src/log.ts';
import { defaultWatchlist } from '../../src/matching/index.ts';
import { createMatcherSet } from '../../src/pipeline/matchers.ts';
import { pollSource } from '../../src/pipeline/poller.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { FakeClock } from '../helpers/clock.ts';
import { makeItem, makeMatch } from '../helpers/items.ts';

const stored = (over: Parameters<typeof makeItem>[0]): StoredItem => ({
  ...makeItem(over),
  firstSeenAt: '2026-11-20T00:00:00.000Z',
  lastSeenAt: '2026-11-20T00:00:00.000Z',
  match: makeMatch({ topics: ['state-databases'] }),
  history: [],
  changeSeq: 1,
});

const ja = stored({ native: 'ja', kind: 'notice', jurisdiction: 'US', identifier: '70CMSD26R00000012', title: 'J&A for COLLECT access' });

/** A store whose item stream waits for `open()`; records when the stream is done. */
function gatedItems(items: StoredItem[], events: string[]) {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  return {
    open,
    store: {
      listItems: async () => items,
      async forEachItem(visit: (batch: StoredItem[]) => void) {
        await gate;
        visit(items);
        events.push('chain index loaded');
      },
    },
  };
}

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise<void>((r) => setImmediate(r));
};

describe('the background chain index', () => {
  it('answers before it is loaded and applies changes made meanwhile after the load, in order', async () => {
    const events: string[] = [];
    const { store, open } = gatedItems([ja], events);
    const index = createBackgroundChainIndex(store);
    const award = stored({
      native: 'aw',
      kind: 'contract',
      jurisdiction: 'US',
      identifier: '70CMSD26P00000031',
      title: 'Award',
      refs: ['70CMSD26R00000012'],
    });
    expect(index.related(award)).toEqual([]); // nothing read yet, and no waiting
    index.addOrUpdate([award]);
    index.remove([ja.id]);
    open();
    await index.ready;
    expect(events).toEqual(['chain index loaded']);
    // The removal made during the load wins over the loader's copy.
    expect(index.related(award)).toEqual([]);
    expect(index.size()).toBe(1);
  });

  it('holds a poll until it is loaded, so a record linked to a stored item is kept', async () => {
    const events: string[] = [];
    const { store: items, open } = gatedItems([ja], events);
    const chains = createBackgroundChainIndex(items);
    const store = createMemoryStore();
    const matchers = createMatcherSet(defaultWatchlist(), store);
    const matchAny = matchers.matchAny.bind(matchers);
    matchers.matchAny = async (item) => {
      events.push('matched');
      return matchAny(item);
    };
    // An award naming no watched term, citing the stored J&A.
    const award = makeItem({
      native: 'aw',
      kind: 'contract',
      jurisdiction: 'US',
      identifier: '70CMSD26P00000031',
      title: 'Award for software maintenance',
      refs: ['70CMSD26R00000012'],
    });
    const connector: SourceConnector = { type: 'awards', description: 'one award', fetch: async () => ({ status: 'ok', items: [award] }) };
    const source: SourceConfig = { id: 'awards', type: 'awards', name: 'awards', enabled: true, intervalMinutes: 30, params: {} };
    const polled = pollSource(source, {
      store,
      clock: new FakeClock(),
      log: silentLogger(),
      http: {} as never,
      matchers,
      connectorFor: () => connector,
      secrets: {},
      chains,
    });

    await turns(50); // ample for a poll that does not wait to reach matching
    expect(events).toEqual([]);
    open();
    const result = await polled;

    expect(events).toEqual(['chain index loaded', 'matched']);
    expect(result.created.map((i) => i.id)).toEqual([award.id]);
    expect(result.created[0]!.match.terms).toEqual(['linked to 70CMSD26R00000012']);
  });
});
