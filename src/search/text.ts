/**
 * Text processing shared by the inverted index and the linear baseline, so both see the
 * same terms: Unicode word split, lower case, accents folded, a few stop words dropped and
 * the shared plural stemmer ('databases' → 'database', 'policies' → 'policy', 'searches' →
 * 'search'); word splitting, folding and stemming come from src/text, as in the matcher.
 */
import { foldDiacritics, foldPlural, splitRuns, splitWords } from '../text/index.ts';

const STOP = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'has',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'that',
  'the',
  'this',
  'to',
  'was',
  'with',
]);

function tokenize(text: string): string[] {
  return splitWords(text);
}

/** Normalize one token; null drops it (stop word). */
export function processTerm(raw: string): string | null {
  const t = foldDiacritics(raw).toLowerCase();
  if (t.length === 0 || STOP.has(t)) return null;
  return foldPlural(t);
}

/** Tokens of `text` after processing, in order. */
export function terms(text: string): string[] {
  return processAll(tokenize(text));
}

/**
 * Terms for the stores that search in SQL: the same processing, over whole runs (src/text `splitRuns`), because
 * their engines index a run of Chinese characters or kana as one word.
 */
export function runTerms(text: string): string[] {
  return processAll(splitRuns(text));
}

function processAll(tokens: string[]): string[] {
  const out: string[] = [];
  for (const tok of tokens) {
    const p = processTerm(tok);
    if (p) out.push(p);
  }
  return out;
}

/** Typo tolerance: alphabetic query terms of ≥ 5 letters may be one edit away. */
export function fuzzyDistance(term: string): number {
  return term.length >= 5 && /^\p{L}+$/u.test(term) ? 1 : 0;
}

/** Lower-cased, accent-folded, single-spaced text for phrase checks. */
export function phraseText(text: string): string {
  return ` ${tokenize(foldDiacritics(text).toLowerCase()).join(' ')} `;
}

/** Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
