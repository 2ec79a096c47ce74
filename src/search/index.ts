/**
 * The search index behind `/policy search` and `/policy show`: an in-memory inverted index
 * over every stored item (inverted.ts), updated incrementally as items arrive and rebuilt
 * from the store at start. Ranking: field-weighted BM25 (identifier > title > agency >
 * summary) × recency × priority. Why not MiniSearch: see DESIGN.md.
 */
import type { RecordedItems, Store, StoredItem } from '../domain/index.ts';
import { DocColumns } from './columns.ts';
import { itemIdentifierKeys, looksLikeInternalId, normalizeIdentifier } from './identifiers.ts';
import { InvertedIndex } from './inverted.ts';
import { phraseMatcher } from './phrase.ts';
import { FIELD_BOOST, MAX_BOOST, splitQueryText } from './rank.ts';
import { processTerm, terms } from './text.ts';
import type { SearchIndex, SearchQuery, SearchResult } from './types.ts';

export type { SearchHit, SearchIndex, SearchQuery, SearchResult } from './types.ts';
export { linearScanSearch } from './linear.ts';
export { identifierKey, normalizeIdentifier, type IdentifierForm } from './identifiers.ts';

const FIELDS = [
  { boost: FIELD_BOOST.identifier, typicalLength: 3 },
  { boost: FIELD_BOOST.title, typicalLength: 12 },
  { boost: FIELD_BOOST.agency, typicalLength: 5 },
  { boost: FIELD_BOOST.summary, typicalLength: 60, maxTerms: 200 },
  { boost: 0.5, typicalLength: 1 },
];

function fieldTexts(item: StoredItem): string[] {
  return [
    [item.identifier ?? '', ...itemIdentifierKeys(item.identifier, item.jurisdiction)].join(' '),
    item.title,
    item.agency ?? '',
    item.summary ?? '',
    item.jurisdiction,
  ];
}

/** The `k` best docs seen, best first: higher score, then more recent, then indexed earlier. */
class TopK {
  readonly docs: number[] = [];
  private readonly scores: number[] = [];
  private readonly acts: number[] = [];
  constructor(private readonly k: number) {}

  /** A doc whose score stays below this cannot enter. */
  get floor(): number {
    return this.docs.length < this.k ? -Infinity : this.scores[this.k - 1]!;
  }

  offer(d: number, score: number, act: number): void {
    const { docs, scores, acts, k } = this;
    let i = docs.length;
    if (i === k) {
      const s = scores[k - 1]!;
      if (score < s || (score === s && (act < acts[k - 1]! || (act === acts[k - 1]! && d > docs[k - 1]!)))) return;
      i = k - 1;
    }
    while (i > 0) {
      const s = scores[i - 1]!;
      const a = acts[i - 1]!;
      if (score < s || (score === s && (act < a || (act === a && d > docs[i - 1]!)))) break;
      docs[i] = docs[i - 1]!;
      scores[i] = s;
      acts[i] = a;
      i--;
    }
    docs[i] = d;
    scores[i] = score;
    acts[i] = act;
  }

  scoreAt(i: number): number {
    return this.scores[i]!;
  }
}

export function createSearchIndex(): SearchIndex {
  let inv = new InvertedIndex(FIELDS);
  let cols = new DocColumns();
  let nextDoc = 0;
  const docOf = new Map<string, number>();
  /** Identifier keys that are stop words have no term to find them by (e.g. 'IT'): item ids. */
  const stopKeys = new Map<string, Set<string>>();

  function link(item: StoredItem, on: boolean): void {
    for (const key of itemIdentifierKeys(item.identifier, item.jurisdiction)) {
      if (processTerm(key) !== null) continue;
      let set = stopKeys.get(key);
      if (on) {
        if (!set) stopKeys.set(key, (set = new Set()));
        set.add(item.id);
      } else {
        set?.delete(item.id);
        if (set?.size === 0) stopKeys.delete(key);
      }
    }
  }

  function insert(item: StoredItem): void {
    const d = nextDoc++;
    docOf.set(item.id, d);
    cols.set(d, item);
    inv.add(d, fieldTexts(item));
    link(item, true);
  }

  function drop(id: string): void {
    const d = docOf.get(id);
    if (d === undefined) return;
    const item = cols.items[d];
    if (item) link(item, false);
    cols.clear(d);
    docOf.delete(id);
    inv.remove(d);
  }

  /** Rebuild without tombstones once they outnumber live documents. */
  function maybeCompact(): void {
    if (nextDoc < 1000 || nextDoc < 2 * inv.live) return;
    const live = cols.items.filter((i): i is StoredItem => i !== undefined);
    inv = new InvertedIndex(FIELDS);
    cols = new DocColumns();
    nextDoc = 0;
    docOf.clear();
    stopKeys.clear();
    for (const item of live) insert(item);
  }

  const get = (id: string): StoredItem | undefined => {
    const d = docOf.get(id);
    return d === undefined ? undefined : cols.items[d];
  };

  return {
    get size() {
      return docOf.size;
    },

    addOrUpdate(batch) {
      for (const item of batch) {
        drop(item.id);
        insert(item);
      }
      maybeCompact();
    },

    remove(ids) {
      for (const id of ids) drop(id);
      maybeCompact();
    },

    get,

    findByIdentifier(typed) {
      const trimmed = typed.trim();
      if (looksLikeInternalId(trimmed)) {
        const hit = get(trimmed.toLowerCase());
        if (hit) return [hit];
      }
      for (const form of normalizeIdentifier(trimmed)) {
        // The key is indexed as a term of the identifier field; verify each candidate.
        const term = processTerm(form.key);
        const candidates = term === null ? [...(stopKeys.get(form.key) ?? [])].map(get) : inv.docsWith(term).map((d) => cols.items[d]);
        const found = candidates.filter(
          (i): i is StoredItem =>
            i !== undefined &&
            (!form.jurisdiction || i.jurisdiction.toUpperCase() === form.jurisdiction) &&
            itemIdentifierKeys(i.identifier, i.jurisdiction).includes(form.key),
        );
        if (found.length > 0) return found.sort((a, b) => cols.activity[docOf.get(b.id)!]! - cols.activity[docOf.get(a.id)!]!);
      }
      return [];
    },

    search(q: SearchQuery): SearchResult {
      const nowMs = (q.now ?? new Date()).getTime();
      const accept = cols.filter(q);
      const { words, phrases } = splitQueryText(q.text);
      const phraseOk = phraseMatcher(phrases);
      const qTerms = terms([words, ...phrases].join(' '));
      const offset = Math.max(0, q.offset ?? 0);
      const top = new TopK(offset + Math.max(1, q.limit ?? 5));
      const { items, activity } = cols;
      let total = 0;
      let relaxed = false;
      if (qTerms.length === 0) {
        for (let d = 0; d < nextDoc; d++) {
          const item = items[d];
          if (!item || (accept && !accept(d)) || (phraseOk && !phraseOk(item))) continue;
          total++;
          top.offer(d, cols.boost(d, nowMs), activity[d]!);
        }
      } else {
        // Filters cut candidates inside the first postings pass unless the query may fall
        // back to "any word" (that fallback is decided before filters, as it always was).
        const mayRelax = phrases.length === 0 && new Set(qTerms).size > 1;
        const early = mayRelax ? undefined : accept;
        let m = inv.score(qTerms, true, early);
        if (m.count === 0 && mayRelax) {
          m = inv.score(qTerms, false);
          relaxed = m.count > 0;
        }
        const late = early ? undefined : accept;
        const { docs, count, scores } = m;
        for (let j = 0; j < count; j++) {
          const d = docs[j]!;
          if ((late && !late(d)) || (phraseOk && !phraseOk(items[d]!))) continue;
          total++;
          const base = scores[d]!;
          // Max-score cut: even the largest boost would not lift it into the top k.
          if (base * MAX_BOOST < top.floor) continue;
          top.offer(d, base * cols.boost(d, nowMs), activity[d]!);
        }
      }
      const hits = top.docs.slice(offset).map((d, i) => ({ item: items[d]!, score: top.scoreAt(offset + i) }));
      return { hits, total, ...(relaxed && total > 0 ? { relaxed } : {}) };
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
