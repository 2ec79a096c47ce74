/**
 * The term dictionary: term → number, and the expansions of a query term (exact, prefix,
 * one typo). Instead of a deletion-neighbourhood map (one entry per term per letter, the
 * largest structure of the old index), candidate terms for prefixes and typos are kept in
 * per-length buckets of the terms that can qualify (alphabetic, ≥ 4 letters; for prefixes
 * also terms that start with ≥ 4 letters) and checked with an O(length) one-edit test.
 */
import { fuzzyDistance } from './text.ts';

/** Relative weight of a prefix or a one-typo expansion versus an exact term. */
export const EXPANSION_WEIGHT = { exact: 1, prefix: 0.375, fuzzy: 0.45 } as const;
const MAX_EXPANSIONS = 200;
const ALPHA = /^\p{L}+$/u;
const LEADING_LETTERS = /^\p{L}{4}/u;

/** True when `a` and `b` differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1) return false;
  let i = 0;
  while (i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === lb) return true;
  // Substitution (same length) or deletion from the longer one.
  const skipB = la === lb ? 1 : 0;
  for (let j = i + 1; j < la; j++) if (a.charCodeAt(j) !== b.charCodeAt(j - 1 + skipB)) return false;
  return true;
}

export class Lexicon {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  /** Alphabetic terms of ≥ 4 letters, by length (term ids). */
  private readonly alphaByLength: number[][] = [];
  /** Other terms that begin with ≥ 4 letters (prefix candidates only). */
  private readonly mixed: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The id of `term`, adding it when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    if (term.length >= 4 && ALPHA.test(term)) (this.alphaByLength[term.length] ??= []).push(id);
    else if (LEADING_LETTERS.test(term)) this.mixed.push(id);
    return id;
  }

  /** Term ids a query term reaches, with their expansion weight (exact, then prefixes, then one typo). */
  expand(q: string): Array<[number, number]> {
    const out = new Map<number, number>();
    const exact = this.ids.get(q);
    if (exact !== undefined) out.set(exact, EXPANSION_WEIGHT.exact);
    const terms = this.terms;
    if (q.length >= 4 && ALPHA.test(q)) {
      const addPrefixes = (list: number[]) => {
        for (const id of list) {
          if (out.size >= MAX_EXPANSIONS) return;
          const t = terms[id]!;
          if (t.length > q.length && t.startsWith(q) && !out.has(id)) out.set(id, EXPANSION_WEIGHT.prefix);
        }
      };
      for (let len = q.length + 1; len < this.alphaByLength.length; len++) addPrefixes(this.alphaByLength[len] ?? []);
      addPrefixes(this.mixed);
    }
    if (fuzzyDistance(q) > 0) {
      for (let len = q.length - 1; len <= q.length + 1; len++) {
        for (const id of this.alphaByLength[len] ?? []) {
          if (!out.has(id) && withinOneEdit(q, terms[id]!)) out.set(id, EXPANSION_WEIGHT.fuzzy);
        }
      }
    }
    return [...out];
  }
}
