/**
 * A chain index that fills itself after start-up, like the search index: the daemon answers
 * commands at once. Until it is loaded, `related` knows only what has been read so far (a
 * related-items line may be missing for a few seconds); the poller waits for `ready` before
 * it decides whether a record is linked to a stored one. Changes that arrive while it loads
 * are applied after the load, in order.
 */
import type { ItemStore, StoredItem } from '../domain/index.ts';
import { createChainIndex, type ChainIndex } from './index.ts';

type ItemSource = Pick<ItemStore, 'listItems' | 'forEachItem'>;

export interface BackgroundChainIndex extends ChainIndex {
  /** Settles once every stored item is indexed (rejects when loading failed). */
  readonly ready: Promise<void>;
}

/** `also` sees every batch of the load too (other in-memory indexes filled in the same pass). */
export function createBackgroundChainIndex(store: ItemSource, also?: (items: StoredItem[]) => void): BackgroundChainIndex {
  const index = createChainIndex();
  let loaded = false;
  const later: Array<() => void> = [];
  const ready = (async () => {
    await new Promise<void>((r) => setImmediate(r)); // start-up goes on while the items stream in
    const visit = (batch: StoredItem[]) => {
      index.addOrUpdate(batch);
      also?.(batch);
    };
    if (store.forEachItem) await store.forEachItem(visit);
    else visit(await store.listItems());
    for (const op of later.splice(0)) op();
    loaded = true;
  })();
  ready.catch(() => {}); // surfaced by whoever awaits it
  const whenLoaded = (op: () => void) => (loaded ? op() : void later.push(op));
  return {
    ready,
    addOrUpdate: (items) => whenLoaded(() => index.addOrUpdate(items)),
    remove: (ids) => whenLoaded(() => index.remove(ids)),
    related: (item, limit) => index.related(item, limit),
    size: () => index.size(),
  };
}
