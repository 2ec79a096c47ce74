/**
 * The search index behind `/policy search` and `/policy show`: an in-memory inverted index
 * over every stored item (inverted.ts), updated incrementally as items arrive and rebuilt
 * from the store at start. Ranking: field-weighted BM25 (identifier > title > agency >
 * summary) × recency × priority. Why not MiniSearch: see DESIGN.md.
 */
import type { RecordedItems, Store, StoredItem } from '../domain/index.ts';
import { itemIdentifierKeys, looksLikeInternalId, normalizeIdentifier } from './identifiers.ts';
import { InvertedIndex } from './inverted.ts';
import { activityTime, documentBoost, FIELD_BOOST, filterFor, splitQueryText } from './rank.ts';
import { phraseText, terms } from './text.ts';
import type { SearchHit, SearchIndex, SearchQuery, SearchResult } from './types.ts';

export type { SearchHit, SearchIndex, SearchQuery, SearchResult } from './types.ts';
export { linearScanSearch } from './linear.ts';
export { identifierKey, normalizeIdentifier, type IdentifierForm } from './identifiers.ts';

const FIELDS = [
  { boost: FIELD_BOOST.identifier, typicalLength: 3 },
  { boost: FIELD_BOOST.title, typicalLength: 12 },
  { boost: FIELD_BOOST.agency, typicalLength: 5 },
  { boost: FIELD_BOOST.summary, typicalLength: 60 },
  { boost: 0.5, typicalLength: 1 },
];

interface Entry {
  item: StoredItem;
  activity: number;
  /** Lazily built text for phrase checks. */
  hay?: string;
}

function fieldTexts(item: StoredItem): string[] {
  return [
    [item.identifier ?? '', ...itemIdentifierKeys(item.identifier, item.jurisdiction)].join(' '),
    item.title,
    item.agency ?? '',
    item.summary ?? '',
    item.jurisdiction,
  ];
}

export function itemPhraseText(item: StoredItem): string {
  return phraseText([item.identifier, item.title, item.agency, item.summary].filter(Boolean).join(' \u0000 '));
}

/** Keeps the `k` best entries of a stream, best first. */
interface Ranked extends SearchHit {
  activity: number;
}

function topK(k: number): { push(h: Ranked): void; result(): Ranked[] } {
  const best: Ranked[] = [];
  const better = (a: Ranked, b: Ranked) => a.score > b.score || (a.score === b.score && a.activity > b.activity);
  return {
    push(h) {
      if (best.length === k && !better(h, best[k - 1]!)) return;
      let i = best.length < k ? best.length : k - 1;
      best[i] = h;
      while (i > 0 && better(best[i]!, best[i - 1]!)) {
        [best[i], best[i - 1]] = [best[i - 1]!, best[i]!];
        i--;
      }
    },
    result: () => best,
  };
}

export function createSearchIndex(): SearchIndex {
  let inv = new InvertedIndex(FIELDS);
  let docs: Array<Entry | undefined> = [];
  const docOf = new Map<string, number>();
  const byKey = new Map<string, Set<string>>();

  function link(item: StoredItem, on: boolean): void {
    for (const key of itemIdentifierKeys(item.identifier, item.jurisdiction)) {
      let set = byKey.get(key);
      if (on) {
        if (!set) byKey.set(key, (set = new Set()));
        set.add(item.id);
      } else {
        set?.delete(item.id);
        if (set?.size === 0) byKey.delete(key);
      }
    }
  }

  function insert(item: StoredItem): void {
    const n = docs.length;
    docs.push({ item, activity: activityTime(item) });
    docOf.set(item.id, n);
    inv.add(n, fieldTexts(item));
  }

  function drop(id: string): void {
    const n = docOf.get(id);
    if (n === undefined) return;
    const entry = docs[n];
    if (entry) link(entry.item, false);
    docs[n] = undefined;
    docOf.delete(id);
    inv.remove(n);
  }

  /** Rebuild without tombstones once they outnumber live documents. */
  function maybeCompact(): void {
    if (docs.length < 1000 || docs.length < 2 * inv.live) return;
    const live = docs.filter((e): e is Entry => e !== undefined).map((e) => e.item);
    inv = new InvertedIndex(FIELDS);
    docs = [];
    docOf.clear();
    for (const item of live) insert(item);
  }

  return {
    get size() {
      return docOf.size;
    },

    addOrUpdate(batch) {
      for (const item of batch) {
        drop(item.id);
        insert(item);
        link(item, true);
      }
      maybeCompact();
    },

    remove(ids) {
      for (const id of ids) drop(id);
      maybeCompact();
    },

    get(id) {
      const n = docOf.get(id);
      return n === undefined ? undefined : docs[n]?.item;
    },

    findByIdentifier(typed) {
      const trimmed = typed.trim();
      if (looksLikeInternalId(trimmed)) {
        const hit = this.get(trimmed.toLowerCase());
        if (hit) return [hit];
      }
      for (const form of normalizeIdentifier(trimmed)) {
        const found = [...(byKey.get(form.key) ?? [])]
          .map((id) => this.get(id))
          .filter((i): i is StoredItem => i !== undefined && (!form.jurisdiction || i.jurisdiction.toUpperCase() === form.jurisdiction));
        if (found.length > 0) return found.sort((a, b) => activityTime(b) - activityTime(a));
      }
      return [];
    },

    search(q: SearchQuery): SearchResult {
      const nowMs = (q.now ?? new Date()).getTime();
      const accept = filterFor(q);
      const { words, phrases } = splitQueryText(q.text);
      const phraseKeys = phrases.map(phraseText);
      const qTerms = terms([words, ...phrases].join(' '));
      const offset = Math.max(0, q.offset ?? 0);
      const top = topK(offset + Math.max(1, q.limit ?? 5));
      let total = 0;
      const consider = (e: Entry | undefined, base: number): void => {
        if (!e || !accept(e.item, e.activity)) return;
        if (phraseKeys.length > 0) {
          e.hay ??= itemPhraseText(e.item);
          if (!phraseKeys.every((p) => e.hay!.includes(p))) return;
        }
        total++;
        top.push({ item: e.item, score: base * documentBoost(e.item, nowMs, e.activity), activity: e.activity });
      };
      let relaxed = false;
      if (qTerms.length === 0) {
        for (const e of docs) consider(e, 1);
      } else {
        let { docs: matched, scores } = inv.score(qTerms, true);
        if (matched.length === 0 && phrases.length === 0 && new Set(qTerms).size > 1) {
          ({ docs: matched, scores } = inv.score(qTerms, false));
          relaxed = matched.length > 0;
        }
        for (const d of matched) consider(docs[d], scores[d]!);
      }
      return { hits: top.result().slice(offset).map(({ item, score }) => ({ item, score })), total, ...(relaxed && total > 0 ? { relaxed } : {}) };
    },
  };
}

/** Build an index from everything the store holds (at start). */
export async function loadSearchIndex(store: Pick<Store, 'listItems'>): Promise<SearchIndex> {
  const index = createSearchIndex();
  index.addOrUpdate(await store.listItems());
  return index;
}

/** Feed the result of `store.recordItems` to the index (after every poll). */
export function indexRecorded(index: SearchIndex, recorded: RecordedItems): void {
  index.addOrUpdate([...recorded.created, ...recorded.changed]);
}
