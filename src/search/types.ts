import type { ItemKind, StoredItem } from '../domain/index.ts';

/** What `search` asks the index for. Empty `text` lists the newest items that pass the filters. */
export interface SearchQuery {
  /** Free words; `"quoted phrases"` must appear as written (case-insensitive). */
  text: string;
  jurisdictions?: string[];
  kinds?: ItemKind[];
  topics?: string[];
  /** true: only priority items (matching both default topics); false: only the others. */
  priority?: boolean;
  /**
   * The asking workspace: items kept only for other workspaces' own terms are skipped.
   * Undefined (the operator's command line): every item.
   */
  workspace?: string;
  /** Only items that came up (published, updated or changed) at or after this instant. */
  since?: Date;
  /** Page size; default 5. */
  limit?: number;
  offset?: number;
  /** Reference instant for the recency boost; default `new Date()`. */
  now?: Date;
}

export interface SearchHit {
  item: StoredItem;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Hits before paging. */
  total: number;
  /** True when no item had every word, so items with some of them are shown. */
  relaxed?: boolean;
}

export interface SearchIndex {
  /** Add new items or replace stored versions (same id). */
  addOrUpdate(items: StoredItem[]): void;
  remove(ids: string[]): void;
  /** Gives back spare capacity after a bulk load (optional to call). */
  trim(): void;
  search(q: SearchQuery): Promise<SearchResult>;
  /** The indexed item with this internal id. */
  get(id: string): Promise<StoredItem | undefined>;
  /** Items whose identifier matches what a person typed ('CT HB 5001', 'hb5001', '2025-01234'). */
  findByIdentifier(typed: string): Promise<StoredItem[]>;
  readonly size: number;
}
