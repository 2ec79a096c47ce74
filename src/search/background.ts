/**
 * A search index that fills itself after start-up instead of before it: the daemon answers
 * commands and delivers at once, and only searches wait (for the index, a few seconds at
 * 100k items). Changes that arrive while it loads are kept and applied after the load, in
 * order, so an item read by the loader never replaces a newer version.
 */
import type { ItemStore } from '../domain/index.ts';
import { createStoreSearchIndex } from './index.ts';
import type { SearchIndex } from './types.ts';

type ItemSource = Pick<ItemStore, 'getItem' | 'listItems' | 'forEachItem' | 'getItems'>;

export interface BackgroundSearchIndex extends SearchIndex {
  /** Settles once every stored item is indexed (rejects when loading failed). */
  readonly ready: Promise<void>;
}

export function createBackgroundSearchIndex(store: ItemSource): BackgroundSearchIndex {
  const index = createStoreSearchIndex(store);
  let loaded = false;
  const later: Array<() => void> = [];
  const ready = (async () => {
    // Yield first: start-up goes on while the items stream in.
    await new Promise<void>((r) => setImmediate(r));
    if (store.forEachItem) await store.forEachItem((batch) => index.addOrUpdate(batch));
    else index.addOrUpdate(await store.listItems());
    for (const op of later.splice(0)) op();
    loaded = true;
    index.trim();
  })();
  // A failed load surfaces in each search; do not leave it unhandled meanwhile.
  ready.catch(() => {});
  const whenLoaded = (op: () => void) => (loaded ? op() : void later.push(op));
  return {
    ready,
    addOrUpdate: (items) => whenLoaded(() => index.addOrUpdate(items)),
    remove: (ids) => whenLoaded(() => index.remove(ids)),
    trim: () => whenLoaded(() => index.trim()),
    get size() {
      return index.size;
    },
    async search(q) {
      await ready;
      return index.search(q);
    },
    async get(id) {
      await ready;
      return index.get(id);
    },
    async findByIdentifier(typed) {
      await ready;
      return index.findByIdentifier(typed);
    },
  };
}
