/**
 * A compact inverted index with precomputed, field-weighted BM25-style term weights.
 * Scoring accumulates into typed arrays, so a query touching 60 000 documents costs a few
 * milliseconds; typo tolerance uses a single-deletion neighbourhood map (edit distance 1,
 * O(word length) lookups), prefixes scan the term list. Documents are numbers; removed
 * ones are tombstoned and skipped until the owner compacts. See DESIGN.md.
 */
import { editDistance, fuzzyDistance, terms } from './text.ts';

export interface FieldSpec {
  boost: number;
  /** Typical length in terms; longer fields weigh each hit less. */
  typicalLength: number;
}

const K1 = 1.2;
const B = 0.75;
/** Relative weight of a prefix or a one-typo expansion versus an exact term. */
export const EXPANSION_WEIGHT = { exact: 1, prefix: 0.375, fuzzy: 0.45 } as const;
const MAX_EXPANSIONS = 200;

interface Posting {
  docs: number[];
  weights: number[];
}

export class InvertedIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly termList: string[] = [];
  private readonly neighbours = new Map<string, string[]>();
  private alive: Uint8Array = new Uint8Array(1024);
  private liveCount = 0;
  /** Reused per query; `score()` results are valid until the next call. */
  private scratch = { scores: new Float64Array(0), best: new Float64Array(0), hitCount: new Uint8Array(0) };
  private lastTouched: number[] = [];

  constructor(private readonly fields: FieldSpec[]) {}

  get live(): number {
    return this.liveCount;
  }

  /** Index document `doc` with one text per field (same order as the field specs). */
  add(doc: number, texts: string[]): void {
    const tf = new Map<string, number>();
    this.fields.forEach((spec, f) => {
      const toks = terms(texts[f] ?? '');
      const counts = new Map<string, number>();
      for (const t of toks) counts.set(t, (counts.get(t) ?? 0) + 1);
      const norm = 1 - B + (B * toks.length) / spec.typicalLength;
      for (const [t, c] of counts) tf.set(t, (tf.get(t) ?? 0) + (spec.boost * c * (K1 + 1)) / (c + K1 * norm));
    });
    for (const [t, w] of tf) {
      let p = this.postings.get(t);
      if (!p) {
        p = { docs: [], weights: [] };
        this.postings.set(t, p);
        this.termList.push(t);
        this.addNeighbours(t);
      }
      p.docs.push(doc);
      p.weights.push(w);
    }
    if (doc >= this.alive.length) {
      const next = new Uint8Array(Math.max(doc + 1, this.alive.length * 2));
      next.set(this.alive);
      this.alive = next;
    }
    if (!this.alive[doc]) this.liveCount++;
    this.alive[doc] = 1;
  }

  remove(doc: number): void {
    if (this.alive[doc]) {
      this.alive[doc] = 0;
      this.liveCount--;
    }
  }

  private addNeighbours(t: string): void {
    if (t.length < 4 || !/^\p{L}+$/u.test(t)) return;
    for (const key of [t, ...deletions(t)]) {
      const list = this.neighbours.get(key);
      if (list) list.push(t);
      else this.neighbours.set(key, [t]);
    }
  }

  /** Index terms a query term reaches, with their expansion weight. */
  expand(q: string): Array<[string, number]> {
    const out = new Map<string, number>();
    if (this.postings.has(q)) out.set(q, EXPANSION_WEIGHT.exact);
    if (q.length >= 4 && /^\p{L}+$/u.test(q)) {
      for (const t of this.termList) {
        if (out.size >= MAX_EXPANSIONS) break;
        if (t.length > q.length && t.startsWith(q) && !out.has(t)) out.set(t, EXPANSION_WEIGHT.prefix);
      }
    }
    if (fuzzyDistance(q) > 0) {
      for (const key of [q, ...deletions(q)]) {
        for (const t of this.neighbours.get(key) ?? []) {
          if (!out.has(t) && editDistance(q, t, 1) <= 1) out.set(t, EXPANSION_WEIGHT.fuzzy);
        }
      }
    }
    return [...out];
  }

  /**
   * Scores every live document against the query terms. With `all`, a document must match
   * every term (through any expansion). Returns the matching doc numbers and their scores
   * (a shared buffer: read it before the next call).
   */
  score(queryTerms: string[], all: boolean): { docs: number[]; scores: Float64Array } {
    const size = this.alive.length;
    if (this.scratch.scores.length < size) {
      this.scratch = { scores: new Float64Array(size), best: new Float64Array(size), hitCount: new Uint8Array(size) };
    }
    const { scores, best, hitCount } = this.scratch;
    // Clear what the previous query left (its caller has consumed the scores by now).
    for (const d of this.lastTouched) {
      scores[d] = 0;
      hitCount[d] = 0;
    }
    const touched: number[] = [];
    this.lastTouched = touched;
    const n = Math.max(1, this.liveCount);
    const unique = [...new Set(queryTerms)];
    const alive = this.alive;
    for (const q of unique) {
      const local: number[] = [];
      for (const [t, ew] of this.expand(q)) {
        const p = this.postings.get(t)!;
        const factor = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5)) * ew;
        const { docs, weights } = p;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i]!;
          if (alive[d] === 0) continue;
          const s = weights[i]! * factor;
          const prev = best[d]!;
          if (prev === 0) local.push(d);
          if (s > prev) best[d] = s;
        }
      }
      for (let i = 0; i < local.length; i++) {
        const d = local[i]!;
        if (hitCount[d] === 0) touched.push(d);
        scores[d]! += best[d]!;
        hitCount[d]!++;
        best[d] = 0;
      }
    }
    const need = all ? unique.length : 1;
    return { docs: need === 1 ? touched : touched.filter((d) => hitCount[d]! >= need), scores };
  }
}

function deletions(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}
