import { describe, expect, it } from 'vitest';
import type { ItemKind } from '../../src/domain/index.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';
import type { SearchQuery } from '../../src/search/index.ts';
import { createSqliteSearchIndex } from '../../storage/sqlite/search.ts';
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { makeItem, makeMatch } from '../helpers/items.ts';
import { openStore, tempDir } from './helpers.ts';
import { searchContract } from './search-contract.ts';

searchContract('SQLite search (FTS5)', async () => {
  const store = await openSqliteStore(tempDir());
  return { store, index: createSqliteSearchIndex(store) };
});

describe('SQLite search: pages and totals of the filtered (one pass) and unfiltered (count by the index) paths', () => {
  const NOW = new Date('2026-11-20T12:00:00Z');
  const WORDS = ['plate', 'reader', 'detainer', 'fusion', 'database', 'sharing', 'immigration', 'records'];
  const STATES = ['CT', 'WA', 'Seattle, WA', 'US'];
  const KINDS: ItemKind[] = ['bill', 'contract', 'rule'];

  async function corpus() {
    const store = await openStore(tempDir());
    for (let k = 0; k < 90; k++) {
      const item = makeItem({
        native: `g${k}`,
        identifier: `HB ${6000 + k}`,
        jurisdiction: STATES[k % STATES.length]!,
        kind: KINDS[k % KINDS.length]!,
        title: `${WORDS[k % WORDS.length]} ${WORDS[(k * 3 + 1) % WORDS.length]} act ${k}`,
        summary: `About ${WORDS[(k * 5 + 2) % WORDS.length]} and ${WORDS[k % WORDS.length]}.`,
      });
      const match = makeMatch({ topics: k % 2 ? ['immigration-enforcement'] : ['state-databases'], priority: k % 5 === 0 });
      await recordItems(store, [{ item, match }], new Date(NOW.getTime() - (k % 40) * 5 * 86_400_000));
    }
    return createSqliteSearchIndex(store);
  }

  it('pages through every match in one order, with the same total on every page and past the end', async () => {
    const index = await corpus();
    const queries: SearchQuery[] = [
      { text: 'plate' },
      { text: 'plate reader' },
      { text: 'detainer', jurisdictions: ['WA'] },
      { text: 'records', kinds: ['contract'], topics: ['state-databases'] },
      { text: 'database', priority: false },
      { text: 'fusion sharing', since: new Date('2026-09-01T00:00:00Z') },
      { text: 'zzzz', kinds: ['bill'] },
      { text: '', kinds: ['bill'], jurisdictions: ['WA'] },
      { text: '', kinds: ['contract'] },
    ];
    for (const q of queries) {
      const all = await index.search({ ...q, now: NOW, limit: 1000 });
      const pages = [];
      for (let offset = 0; offset < all.total + 4; offset += 4) {
        const p = await index.search({ ...q, now: NOW, limit: 4, offset });
        expect(p.total, JSON.stringify({ q, offset })).toBe(all.total);
        pages.push(...p.hits);
      }
      expect(pages).toEqual(all.hits);
      expect(all.hits).toHaveLength(all.total);
      const past = await index.search({ ...q, now: NOW, limit: 4, offset: all.total + 8 });
      expect(past).toEqual({ hits: [], total: all.total, ...(all.relaxed ? { relaxed: true } : {}) });
    }
  });

  it('gives a filter that keeps every item the same pages and totals as no filter', async () => {
    const index = await corpus();
    for (const text of ['plate', 'reader records', 'immigration', '"plate reader"', 'detainer zzzz']) {
      for (const offset of [0, 3, 200]) {
        const plain = await index.search({ text, now: NOW, limit: 6, offset });
        const filtered = await index.search({ text, now: NOW, limit: 6, offset, since: new Date(0) });
        expect(filtered, JSON.stringify({ text, offset })).toEqual(plain);
        if (offset === 0 && text !== 'detainer zzzz') expect(plain.total, text).toBeGreaterThan(6);
      }
    }
  });
});
