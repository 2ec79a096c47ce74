/**
 * The search index behind `/policy search` and `/policy show`: an in-memory inverted index
 * over every stored item (inverted.ts), updated incrementally as items arrive and rebuilt
 * from the store at start. Ranking: field-weighted BM25 (identifier > title > agency >
 * summary) × recency × priority. Why not MiniSearch: see DESIGN.md.
 */
import type { Store, StoredItem } from '../domain/index.ts';
import { DocColumns, keyHash } from './columns.ts';
import { itemIdentifierKeys, looksLikeInternalId, normalizeIdentifier } from './identifiers.ts';
import { InvertedIndex } from './inverted.ts';
import { phraseMatcher } from './phrase.ts';
import { FIELD_BOOST, MAX_BOOST, splitQueryText } from './rank.ts';
import { processTerm, terms } from './text.ts';
import type { SearchIndex, SearchQuery, SearchResult } from './types.ts';

export type { SearchIndex, SearchQuery } from './types.ts';
export { linearScanSearch } from './linear.ts';
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
  private readonly activities: number[] = [];
  constructor(private readonly k: number) {}

  /** A doc whose score stays below this cannot enter. */
  get floor(): number {
    return this.docs.length < this.k ? -Infinity : this.scores[this.k - 1]!;
  }

  offer(d: number, score: number, activity: number): void {
    const { docs, scores, activities, k } = this;
    let i = docs.length;
    if (i === k) {
      const s = scores[k - 1]!;
      if (score < s || (score === s && (activity < activities[k - 1]! || (activity === activities[k - 1]! && d > docs[k - 1]!)))) return;
      i = k - 1;
    }
    while (i > 0) {
      const s = scores[i - 1]!;
      const a = activities[i - 1]!;
      if (score < s || (score === s && (activity < a || (activity === a && d > docs[i - 1]!)))) break;
      docs[i] = docs[i - 1]!;
      scores[i] = s;
      activities[i] = a;
      i--;
    }
    docs[i] = d;
    scores[i] = score;
    activities[i] = activity;
  }

  scoreAt(i: number): number {
    return this.scores[i]!;
  }
}

export interface SearchIndexOptions {
  /**
   * Fetches stored items by id (same order; undefined for an id no longer stored). The index
   * keeps no items when given this (the store has them); without it, it keeps the items it
   * is given (tests, tools).
   */
  load?: (ids: string[]) => Promise<Array<StoredItem | undefined>>;
}

/** Candidates checked against a quoted phrase per fetch. */
const PHRASE_BATCH = 512;

export function createSearchIndex(opts: SearchIndexOptions = {}): SearchIndex {
  const inverted = new InvertedIndex(FIELDS);
  const columns = new DocColumns();
  let nextDoc = 0;
  const docOf = new Map<string, number>();
  /** Identifier keys that are stop words have no term to find them by (e.g. 'IT'): item ids. */
  const stopKeys = new Map<string, Set<string>>();
  /** The stop-word keys of each item that has any. */
  const stopKeysOf = new Map<string, string[]>();
  const own = opts.load ? undefined : new Map<string, StoredItem>();
  const load = opts.load ?? (async (ids: string[]) => ids.map((id) => own!.get(id)));

  function link(item: StoredItem): void {
    const keys = itemIdentifierKeys(item.identifier, item.jurisdiction).filter((key) => processTerm(key) === null);
    if (keys.length === 0) return;
    stopKeysOf.set(item.id, keys);
    for (const key of keys) {
      let set = stopKeys.get(key);
      if (!set) stopKeys.set(key, (set = new Set()));
      set.add(item.id);
    }
  }

  function unlink(id: string): void {
    for (const key of stopKeysOf.get(id) ?? []) {
      const set = stopKeys.get(key);
      set?.delete(id);
      if (set?.size === 0) stopKeys.delete(key);
    }
    stopKeysOf.delete(id);
  }

  function insert(item: StoredItem): void {
    const d = nextDoc++;
    docOf.set(item.id, d);
    columns.set(d, item);
    inverted.add(d, fieldTexts(item));
    own?.set(item.id, item);
    link(item);
  }

  function drop(id: string): void {
    const d = docOf.get(id);
    if (d === undefined) return;
    unlink(id);
    columns.clear(d);
    docOf.delete(id);
    own?.delete(id);
    inverted.remove(d);
  }

  /** Drop tombstones once they outnumber live documents: renumber the live ones in order. */
  function maybeCompact(): void {
    if (nextDoc < 1000 || nextDoc < 2 * inverted.live) return;
    const renumber = new Int32Array(nextDoc).fill(-1);
    let n = 0;
    for (let d = 0; d < nextDoc; d++) {
      const id = columns.docs[d];
      if (id === undefined) continue;
      renumber[d] = n;
      columns.move(d, n);
      docOf.set(id, n);
      n++;
    }
    columns.truncate(n);
    inverted.compact(renumber, n);
    nextDoc = n;
  }

  const get = async (id: string): Promise<StoredItem | undefined> => (docOf.has(id) ? (await load([id]))[0] : undefined);

  /** Indexes (into `ids`) of the items that contain every phrase, fetched a batch at a time. */
  async function withPhrases(ids: string[], phraseOk: (item: StoredItem) => boolean): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < ids.length; i += PHRASE_BATCH) {
      const found = await load(ids.slice(i, i + PHRASE_BATCH));
      found.forEach((item, j) => {
        if (item && phraseOk(item)) out.push(i + j);
      });
    }
    return out;
  }

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

    trim() {
      inverted.trim();
    },

    get,

    async findByIdentifier(typed) {
      const trimmed = typed.trim();
      if (looksLikeInternalId(trimmed)) {
        const hit = await get(trimmed.toLowerCase());
        if (hit) return [hit];
      }
      for (const form of normalizeIdentifier(trimmed)) {
        // The key is indexed as a term of the identifier field; verify each candidate.
        const term = processTerm(form.key);
        let candidates = term === null ? [...(stopKeys.get(form.key) ?? [])].map((id) => docOf.get(id)!) : inverted.docsWith(term);
        // Only items with this key (by hash; verified on the item below), newest first (the
        // order is taken before fetching: doc numbers may change meanwhile).
        const h = keyHash(form.key);
        candidates = candidates.filter((d) => columns.firstKeyHash[d] === h || columns.secondKeyHash[d] === h);
        candidates.sort((a, b) => columns.activity[b]! - columns.activity[a]!);
        const items = await load(candidates.map((d) => columns.docs[d]!));
        const found = items.filter(
          (i): i is StoredItem =>
            i !== undefined &&
            (!form.jurisdiction || i.jurisdiction.toUpperCase() === form.jurisdiction) &&
            itemIdentifierKeys(i.identifier, i.jurisdiction).includes(form.key),
        );
        if (found.length > 0) return found;
      }
      return [];
    },

    async search(q: SearchQuery): Promise<SearchResult> {
      const nowMs = (q.now ?? new Date()).getTime();
      const accept = columns.filter(q);
      const { words, phrases } = splitQueryText(q.text);
      const phraseOk = phraseMatcher(phrases);
      const qTerms = terms([words, ...phrases].join(' '));
      const offset = Math.max(0, q.offset ?? 0);
      const top = new TopK(offset + Math.max(1, q.limit ?? 5));
      const { activity } = columns;
      let total = 0;
      let relaxed = false;
      /** Candidates waiting for the phrase check, with their text scores. */
      const pending: number[] = [];
      const pendingScore: number[] = [];
      if (qTerms.length === 0) {
        for (let d = 0; d < nextDoc; d++) {
          if (!columns.docs[d] || (accept && !accept(d))) continue;
          if (phraseOk) {
            pending.push(d);
            pendingScore.push(0);
            continue;
          }
          total++;
          top.offer(d, columns.boost(d, nowMs), activity[d]!);
        }
      } else {
        // Filters cut candidates inside the first postings pass unless the query may fall
        // back to "any word" (that fallback is decided before filters, as it always was).
        const mayRelax = phrases.length === 0 && new Set(qTerms).size > 1;
        const early = mayRelax ? undefined : accept;
        let m = inverted.score(qTerms, true, early);
        if (m.count === 0 && mayRelax) {
          m = inverted.score(qTerms, false);
          relaxed = m.count > 0;
        }
        const late = early ? undefined : accept;
        const { docs, count, scores } = m;
        for (let j = 0; j < count; j++) {
          const d = docs[j]!;
          if (late && !late(d)) continue;
          const base = scores[d]!;
          if (phraseOk) {
            pending.push(d);
            pendingScore.push(base);
            continue;
          }
          total++;
          // Max-score cut: even the largest boost would not lift it into the top k.
          if (base * MAX_BOOST < top.floor) continue;
          top.offer(d, base * columns.boost(d, nowMs), activity[d]!);
        }
      }
      // Doc numbers may change while fetching (an update compacts the index): take what the
      // ranking needs now.
      const idOf = new Map<number, string>();
      if (phraseOk && pending.length > 0) {
        const ids = pending.map((d) => columns.docs[d]!);
        const boosts = pending.map((d) => columns.boost(d, nowMs));
        const activities = pending.map((d) => activity[d]!);
        pending.forEach((d, i) => idOf.set(d, ids[i]!));
        for (const i of await withPhrases(ids, phraseOk)) {
          total++;
          const base = pendingScore[i]!;
          if (qTerms.length > 0 && base * MAX_BOOST < top.floor) continue;
          top.offer(pending[i]!, qTerms.length === 0 ? boosts[i]! : base * boosts[i]!, activities[i]!);
        }
      }
      const shown = top.docs.slice(offset);
      const scores = shown.map((_, i) => top.scoreAt(offset + i));
      const found = await load(shown.map((d) => idOf.get(d) ?? columns.docs[d]!));
      const hits = found.flatMap((item, i) => (item ? [{ item, score: scores[i]! }] : []));
      return { hits, total, ...(relaxed && total > 0 ? { relaxed } : {}) };
    },
  };
}

type ItemSource = Pick<Store, 'getItem' | 'listItems' | 'forEachItem' | 'getItems'>;

/** An empty index that fetches the items it returns from the store (it holds none itself). */
export function createStoreSearchIndex(store: ItemSource): SearchIndex {
  const load = store.getItems
    ? (ids: string[]) => store.getItems!(ids)
    : (ids: string[]) => Promise.all(ids.map((id) => store.getItem(id)));
  return createSearchIndex({ load });
}

/** Build an index from everything the store holds (at start), without holding every item at once. */
export async function loadSearchIndex(store: ItemSource): Promise<SearchIndex> {
  const index = createStoreSearchIndex(store);
  if (store.forEachItem) await store.forEachItem((batch) => index.addOrUpdate(batch));
  else index.addOrUpdate(await store.listItems());
  index.trim();
  return index;
}
