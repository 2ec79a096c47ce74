/**
 * The `SearchIndex` shape shared by the stores that search themselves in SQL (sqlite/search.ts,
 * postgres/search.ts): nothing is held in memory, so addOrUpdate/remove only refresh the
 * item count; a search runs strict (every word) and falls back to any word, flagged relaxed,
 * when nothing has them all; an identifier is looked up as an internal id first, then in
 * each normalized form people type. Each store supplies only its query for one page and its
 * look-up of one identifier key.
 */
import type { StoredItem } from '../src/domain/index.ts';
import { looksLikeInternalId, normalizeIdentifier } from '../src/search/identifiers.ts';
import { splitQueryText } from '../src/search/rank.ts';
import { runTerms } from '../src/search/text.ts';
import type { SearchIndex, SearchQuery, SearchResult } from '../src/search/types.ts';

export interface SqlSearchBackend {
  /** One page of `q`: `words` (normalized terms) all (`all`) or any, and every phrase. */
  page(q: SearchQuery, words: string[], phrases: string[], all: boolean): Promise<SearchResult> | SearchResult;
  /** Items with this identifier key (and state, when given), newest first. */
  byIdentifierKey(key: string, jurisdiction: string | undefined): Promise<StoredItem[]> | StoredItem[];
  getItem(id: string): Promise<StoredItem | undefined>;
  countItems(): Promise<number>;
}

export function sqlSearchIndex(backend: SqlSearchBackend): SearchIndex {
  let size = 0;
  const refreshSize = () =>
    backend.countItems().then(
      (n) => void (size = n),
      () => {},
    );
  void refreshSize();

  return {
    addOrUpdate() {
      void refreshSize();
    },
    remove() {
      void refreshSize();
    },
    trim() {},
    get size() {
      return size;
    },
    get: (id) => backend.getItem(id),

    async search(q) {
      const { words, phrases } = splitQueryText(q.text);
      const qTerms = runTerms(words);
      const strict = await backend.page(q, qTerms, phrases, true);
      if (strict.total > 0 || phrases.length > 0 || new Set(qTerms).size < 2) return strict;
      const loose = await backend.page(q, qTerms, phrases, false);
      return loose.total > 0 ? { ...loose, relaxed: true } : strict;
    },

    async findByIdentifier(typed) {
      const trimmed = typed.trim();
      if (looksLikeInternalId(trimmed)) {
        const hit = await backend.getItem(trimmed.toLowerCase());
        if (hit) return [hit];
      }
      for (const form of normalizeIdentifier(trimmed)) {
        const found = await backend.byIdentifierKey(form.key, form.jurisdiction);
        if (found.length) return found;
      }
      return [];
    },
  };
}
