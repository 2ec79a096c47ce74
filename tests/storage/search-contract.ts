/**
 * The search contract: the `/policy search` grammar, filters, ranking intent, paging and
 * identifier look-ups on the fixed command corpus, run unchanged against every store that
 * searches itself in SQL (sqlite-search.test.ts, postgres-search.test.ts). `open` gives a
 * fresh, empty store and its search index; the suite closes the store after the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/index.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';
import type { SearchIndex, SearchQuery } from '../../src/search/index.ts';
import { CORPUS, CT_HB5001_UPDATE, NOW } from '../fixtures/commands/corpus.ts';
import { makeItem, makeMatch } from '../helpers/items.ts';

export interface SearchableStore {
  store: Store;
  index: SearchIndex;
}

export function searchContract(name: string, open: () => Promise<SearchableStore>): void {
  let store: Store;
  let index: SearchIndex;

  beforeAll(async () => {
    ({ store, index } = await open());
    for (const e of [...CORPUS, CT_HB5001_UPDATE]) await recordItems(store, [{ item: e.item, match: e.match }], new Date(e.seenAt));
  });
  afterAll(async () => store.close());

  const ids = async (q: SearchQuery) => (await index.search({ now: NOW, limit: 20, ...q })).hits.map((h) => h.item.id);

  describe(`${name}: the /policy search grammar on the fixed corpus`, () => {
    it('puts a title hit above a summary hit, and an identifier hit first', async () => {
      expect(await ids({ text: 'CLETS' })).toEqual(['a000000000000002', 'a000000000000007']);
      expect((await ids({ text: 'hb5001' })).sort()).toEqual(['a000000000000001', 'a000000000000003']);
    });

    it('boosts recent, then priority items when the text is the same', async () => {
      expect(await ids({ text: 'fusion center' })).toEqual(['a00000000000000a', 'a000000000000009']);
      expect(await ids({ text: 'detainer' })).toEqual(['a00000000000000c', 'a00000000000000b']);
    });

    it('folds plurals and case; requires every word, and falls back to any word with a flag', async () => {
      expect(await ids({ text: 'DETAINERS' })).toHaveLength(2);
      expect((await ids({ text: 'detainer fusion' })).length).toBe(4);
      expect((await index.search({ text: 'detainer fusion', now: NOW })).relaxed).toBe(true);
      expect((await index.search({ text: 'detainer jail', now: NOW })).relaxed).toBeUndefined();
    });

    it('keeps quoted phrases together', async () => {
      expect((await ids({ text: '"plate reader data"' })).sort()).toEqual(['a000000000000003', 'a000000000000004', 'a000000000000005']);
      expect(await ids({ text: '"reader plate"' })).toEqual([]);
    });

    it('applies filters: state, kind, topic, since (from the last change), and lists the newest with filters only', async () => {
      expect(await ids({ text: 'license plate', jurisdictions: ['US'], kinds: ['contract'] })).toEqual(['a000000000000005']);
      expect(await ids({ text: 'CLETS', topics: ['immigration-enforcement'] })).toEqual(['a000000000000002']);
      expect(await ids({ text: '', jurisdictions: ['CT'] })).toEqual(['a000000000000001']);
      expect(await ids({ text: 'COLLECT', since: new Date('2026-11-14T00:00:00Z') })).toEqual(['a000000000000001']);
      expect((await ids({ text: '', kinds: ['news'] }))[0]).toBe('a00000000000000a');
    });

    it('pages with limit and offset and reports the total', async () => {
      const first = await index.search({ text: '', now: NOW, limit: 3 });
      const second = await index.search({ text: '', now: NOW, limit: 3, offset: 3 });
      expect(first.total).toBe(second.total);
      expect(first.total).toBeGreaterThan(3);
      expect(first.hits.map((h) => h.item.id)).not.toEqual(second.hits.map((h) => h.item.id));
    });

    it('finds items by identifier as people type them', async () => {
      expect(await index.findByIdentifier('HB 5001')).toHaveLength(2);
      expect((await index.findByIdentifier('CT HB 5001')).map((i) => i.id)).toEqual(['a000000000000001']);
      expect((await index.findByIdentifier('70cdcr25p00000123')).map((i) => i.id)).toEqual(['a000000000000005']);
      expect((await index.findByIdentifier('2026-21345')).map((i) => i.id)).toEqual(['a000000000000004']);
      expect((await index.findByIdentifier('a000000000000006')).map((i) => i.id)).toEqual(['a000000000000006']);
      expect(await index.findByIdentifier('HB 4242')).toEqual([]);
    });

    it("shows an item kept only for one workspace's own terms to that workspace only, and filters by priority", async () => {
      const own = makeItem({ native: 'own-terms', title: 'Zebrafish telemetry contract', jurisdiction: 'US', kind: 'rule' });
      await recordItems(store, [{ item: own, match: makeMatch({ workspaces: ['T-OWN'], priority: false }) }], NOW);
      expect(await ids({ text: 'zebrafish', workspace: 'T-OWN' })).toEqual([own.id]);
      expect(await ids({ text: 'zebrafish', workspace: 'T-OTHER' })).toEqual([]);
      expect(await ids({ text: 'zebrafish' })).toEqual([own.id]); // the operator's command line sees everything
      expect(await ids({ text: 'zebrafish', priority: true })).toEqual([]);
      expect(await ids({ text: 'zebrafish', priority: false })).toEqual([own.id]);
    });

    it("takes in a state's cities and counties under a state filter ('Seattle, WA' is in state:WA)", async () => {
      const city = makeItem({ native: 'seattle', title: 'Seattle surveillance ordinance review', jurisdiction: 'Seattle, WA' });
      await recordItems(store, [{ item: city, match: makeMatch() }], NOW);
      expect(await ids({ text: 'surveillance ordinance', jurisdictions: ['WA'] })).toEqual([city.id]);
      expect(await ids({ text: 'surveillance ordinance', jurisdictions: ['wa'] })).toEqual([city.id]);
      expect(await ids({ text: 'surveillance ordinance', jurisdictions: ['OR'] })).toEqual([]);
    });

    it('finds a run of Chinese characters or kana written whole, as its engine indexes it', async () => {
      const ja = makeItem({ native: 'ja-run', title: '入管収容 の 実態', jurisdiction: 'JP', identifier: 'JP 1' });
      await recordItems(store, [{ item: ja, match: makeMatch() }], NOW);
      expect(await ids({ text: '入管収容' })).toEqual([ja.id]);
    });

    it('keeps its size current as items are added', async () => {
      index.addOrUpdate([]);
      await expect.poll(() => index.size).toBe(await store.countItems());
    });
  });
}
