/**
 * A compact inverted index with precomputed, field-weighted BM25-style term weights.
 * Postings live in a shared block pool of typed arrays (postings.ts), terms in a lexicon
 * with prefix/typo expansion (lexicon.ts). Scoring accumulates into reused typed arrays and
 * allocates nothing per document; with every word required, the rarest word goes first and
 * the others only touch documents still in the running, and the caller's filter can cut
 * candidates in that first pass. Documents are numbers; removed ones are tombstoned and
 * skipped until the owner compacts. See DESIGN.md.
 */
import { Lexicon } from './lexicon.ts';
import { PostingPool, WEIGHT_OF } from './postings.ts';
import { terms } from './text.ts';

export interface FieldSpec {
  boost: number;
  /** Typical length in terms; longer fields weigh each hit less. */
  typicalLength: number;
  /** Index only this many leading terms of the field. */
  maxTerms?: number;
}

/** Matching doc numbers (`docs[0..count)`) and their scores, indexed by doc number. */
export interface Matches {
  docs: Uint32Array;
  count: number;
  scores: Float64Array;
}

const K1 = 1.2;
const B = 0.75;

function scratchOf(size: number) {
  return {
    scores: new Float64Array(size),
    cur: new Float64Array(size),
    mark: new Uint32Array(size),
    hit: new Uint16Array(size),
    touched: new Uint32Array(size),
    local: new Uint32Array(size),
  };
}

export class InvertedIndex {
  private readonly lexicon = new Lexicon();
  private pool = new PostingPool();
  private alive: Uint8Array = new Uint8Array(1024);
  private liveCount = 0;
  /** Reused per query; a `score()` result is valid until the next call. */
  private scratch = scratchOf(0);
  private lastCount = 0;
  private stamp = 0;

  constructor(private readonly fields: FieldSpec[]) {}

  get live(): number {
    return this.liveCount;
  }

  /** Distinct terms and posting-pool slots (for memory reports). */
  get stats(): { terms: number; slots: number } {
    return { terms: this.lexicon.size, slots: this.pool.slots };
  }

  /** Index document `doc` with one text per field (same order as the field specs). */
  add(doc: number, texts: string[]): void {
    const tf = new Map<string, number>();
    this.fields.forEach((spec, f) => {
      let toks = terms(texts[f] ?? '');
      if (spec.maxTerms !== undefined && toks.length > spec.maxTerms) toks = toks.slice(0, spec.maxTerms);
      const counts = new Map<string, number>();
      for (const t of toks) counts.set(t, (counts.get(t) ?? 0) + 1);
      const norm = 1 - B + (B * toks.length) / spec.typicalLength;
      for (const [t, c] of counts) tf.set(t, (tf.get(t) ?? 0) + (spec.boost * c * (K1 + 1)) / (c + K1 * norm));
    });
    for (const [t, w] of tf) this.pool.append(this.lexicon.intern(t), doc, w);
    if (doc >= this.alive.length) {
      const next = new Uint8Array(Math.max(doc + 1, this.alive.length * 2));
      next.set(this.alive);
      this.alive = next;
    }
    if (!this.alive[doc]) this.liveCount++;
    this.alive[doc] = 1;
  }

  /**
   * Drops removed documents and renumbers the others (`renumber[old]` = new number, or -1);
   * numbers must keep their order. Postings keep their weights.
   */
  compact(renumber: Int32Array, live: number): void {
    const before = this.pool;
    this.pool = before.rebuilt(renumber, this.lexicon.size);
    this.alive = new Uint8Array(Math.max(1024, live));
    this.alive.fill(1, 0, live);
    this.liveCount = live;
    this.scratch = scratchOf(0);
    this.lastCount = 0;
    this.stamp = 0;
  }

  /** Gives back unused capacity (after a bulk load). */
  trim(): void {
    this.pool.trim();
  }

  remove(doc: number): void {
    if (this.alive[doc]) {
      this.alive[doc] = 0;
      this.liveCount--;
    }
  }

  /** Live documents whose postings hold exactly `term`. */
  docsWith(term: string): number[] {
    const id = this.lexicon.id(term);
    const out: number[] = [];
    if (id !== undefined) this.pool.forEach(id, (d) => this.alive[d] === 1 && out.push(d));
    return out;
  }

  /** Index terms a query term reaches, with their expansion weight. */
  expand(q: string): Array<[string, number]> {
    return this.lexicon.expand(q).map(([id, w]) => [this.lexicon.terms[id]!, w]);
  }

  /**
   * Scores live documents against the query terms. With `all`, a document must match every
   * term (through any expansion), and `accept` (if given) drops documents in the first pass.
   * A term's score in a document is its best expansion; the document's is the sum.
   */
  score(queryTerms: string[], all: boolean, accept?: (d: number) => boolean): Matches {
    if (this.scratch.scores.length < this.alive.length) {
      this.scratch = scratchOf(this.alive.length);
      this.stamp = 0;
      this.lastCount = 0;
    }
    const { scores, cur, mark, hit, touched, local } = this.scratch;
    for (let i = 0; i < this.lastCount; i++) {
      const d = touched[i]!;
      scores[d] = 0;
      hit[d] = 0;
    }
    this.lastCount = 0;
    const none: Matches = { docs: touched, count: 0, scores };
    const n = Math.max(1, this.liveCount);
    const { df, docs, codes } = this.pool;
    const alive = this.alive;
    const groups = [...new Set(queryTerms)].map((q) => {
      const exps = this.lexicon.expand(q).map(([id, ew]) => ({
        ranges: this.pool.ranges(id),
        factor: Math.log(1 + (n - df[id]! + 0.5) / (df[id]! + 0.5)) * ew,
        df: df[id]!,
      }));
      return { exps, df: exps.reduce((s, e) => s + e.df, 0) };
    });
    if (all) {
      if (groups.some((g) => g.exps.length === 0)) return none;
      groups.sort((a, b) => a.df - b.df);
    }
    let tc = 0;
    for (let i = 0; i < groups.length; i++) {
      const exps = groups[i]!.exps;
      const first = all && i === 0;
      const filter = first ? accept : undefined;
      if (this.stamp >= 0xfffffff0) {
        mark.fill(0);
        this.stamp = 0;
      }
      const stamp = ++this.stamp;
      let lc = 0;
      for (const { ranges, factor } of exps) {
        for (let r = 0; r < ranges.length; r += 2) {
          const end = ranges[r + 1]!;
          for (let p = ranges[r]!; p < end; p++) {
            const d = docs[p]!;
            if (all ? hit[d] !== i || (first && (alive[d] === 0 || (filter !== undefined && !filter(d)))) : alive[d] === 0) continue;
            const s = WEIGHT_OF[codes[p]!]! * factor;
            if (mark[d] !== stamp) {
              mark[d] = stamp;
              cur[d] = s;
              local[lc++] = d;
            } else if (s > cur[d]!) cur[d] = s;
          }
        }
      }
      for (let j = 0; j < lc; j++) {
        const d = local[j]!;
        if (hit[d] === 0) touched[tc++] = d;
        scores[d]! += cur[d]!;
        hit[d]!++;
      }
      if (all && lc === 0) break;
    }
    const need = all ? groups.length : 1;
    let m = 0;
    for (let j = 0; j < tc; j++) {
      const d = touched[j]!;
      if (hit[d]! >= need) touched[m++] = d;
      else {
        scores[d] = 0;
        hit[d] = 0;
      }
    }
    this.lastCount = m;
    return { docs: touched, count: m, scores };
  }
}
