/**
 * The chain index: which stored items share a chain key (keys.ts). Kept in memory, built
 * from the store at start and updated as items are stored or pruned, like the search index.
 * Each entry keeps the little a related-items line needs, so neither alerts nor `show` read
 * the store to name a link.
 */
import type { ChainLink, Item, StoredItem } from '../domain/index.ts';
import { chainKeys } from './keys.ts';

export type { ChainLink };

export interface ChainIndex {
  /** Add or refresh stored items. */
  addOrUpdate(items: StoredItem[]): void;
  remove(ids: string[]): void;
  /** Stored items sharing a key with `item` (not itself), most recently added first. */
  related(item: Pick<Item, 'id' | 'kind' | 'jurisdiction' | 'identifier' | 'refs' | 'title' | 'summary'>, limit?: number): ChainLink[];
  size(): number;
  /** Set while the index still loads (background): settles once it is complete. */
  readonly ready?: Promise<void>;
}

/** What a related-items line needs of a stored item. */
export function linkOf(item: StoredItem): ChainLink {
  return {
    id: item.id,
    sourceId: item.sourceId,
    kind: item.kind,
    jurisdiction: item.jurisdiction,
    ...(item.identifier ? { identifier: item.identifier } : {}),
    title: item.title,
    url: item.url,
    topics: item.match.topics,
    ...(item.match.workspaces ? { workspaces: [...item.match.workspaces] } : {}),
  };
}

export function createChainIndex(): ChainIndex {
  const byKey = new Map<string, Set<string>>();
  const entries = new Map<string, { keys: string[]; link: ChainLink; seq: number }>();
  let seq = 0;

  function drop(id: string): void {
    const e = entries.get(id);
    if (!e) return;
    for (const k of e.keys) {
      const ids = byKey.get(k);
      ids?.delete(id);
      if (ids && ids.size === 0) byKey.delete(k);
    }
    entries.delete(id);
  }

  return {
    addOrUpdate(items) {
      for (const item of items) {
        drop(item.id);
        const keys = chainKeys(item);
        entries.set(item.id, { keys, link: linkOf(item), seq: ++seq });
        for (const k of keys) {
          let ids = byKey.get(k);
          if (!ids) byKey.set(k, (ids = new Set()));
          ids.add(item.id);
        }
      }
    },
    remove(ids) {
      for (const id of ids) drop(id);
    },
    related(item, limit = 10) {
      const found = new Set<string>();
      for (const k of chainKeys(item)) for (const id of byKey.get(k) ?? []) if (id !== item.id) found.add(id);
      return [...found]
        .map((id) => entries.get(id)!)
        .sort((a, b) => b.seq - a.seq)
        .slice(0, limit)
        .map((e) => e.link);
    },
    size: () => entries.size,
  };
}

/** 'J&A 70CDCR24R00000012 — Sole source… (sam-opps-ice)': one link as a line. */
export function linkLine(l: ChainLink): string {
  const title = l.title.length > 90 ? `${l.title.slice(0, 89)}…` : l.title;
  const head = l.identifier && !title.includes(l.identifier) ? `${l.identifier} — ${title}` : title;
  return `${head} (${l.sourceId})`;
}
