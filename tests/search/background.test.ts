import { describe, expect, it } from 'vitest';
import { recordItems } from '../../src/pipeline/item-changes.ts';
import { createBackgroundSearchIndex } from '../../src/search/background.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { makeItem, makeMatch } from '../helpers/items.ts';

const now = new Date('2026-11-20T12:00:00Z');

describe('search index built after start-up', () => {
  it('is returned at once, and a search waits for the stored items to be indexed', async () => {
    const store = createMemoryStore();
    const items = ['a', 'b', 'c'].map((native) => makeItem({ native, title: `Fusion center data sharing ${native}` }));
    await recordItems(
      store,
      items.map((item) => ({ item, match: makeMatch() })),
      now,
    );
    const index = createBackgroundSearchIndex(store);
    expect(index.size).toBe(0);
    const found = await index.search({ text: 'fusion', now, limit: 10 });
    expect(found.total).toBe(3);
    expect(index.size).toBe(3);
    expect((await index.findByIdentifier('HB 5001')).length).toBe(3);
  });

  it('applies changes that arrive while loading after the load, so the newer version wins', async () => {
    const store = createMemoryStore();
    const v1 = makeItem({ title: 'License plate reader contract' });
    const [stored] = (await recordItems(store, [{ item: v1, match: makeMatch() }], now)).created;
    const index = createBackgroundSearchIndex(store);
    const newer = { ...stored!, title: 'Automated license plate reader contract cancelled', version: 'v2' };
    index.addOrUpdate([newer]);
    await index.ready;
    expect((await index.search({ text: 'cancelled', now })).hits.map((h) => h.item.id)).toEqual([v1.id]);
    index.remove([v1.id]);
    expect((await index.search({ text: 'license', now })).total).toBe(0);
  });
});
