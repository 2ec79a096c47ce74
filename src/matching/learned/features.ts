/**
 * The second opinion's features: stemmed words and word pairs of the title and summary, and
 * the words of the agency, awarding office and contractor, and the item's kind. Read with the
 * one text module (src/text): diacritics folded, lower case, runs of letters and digits, the
 * one plural stemmer; an Arabic word without the conjunction or preposition written onto it
 * (the matcher's arabicBare: "وترحيل" is read as "ترحيل").
 */
import { foldDiacritics, foldPlural, isUnspacedWord, splitWords } from '../../text/index.ts';
import { arabicBare } from '../tokens.ts';

/** What the model reads of an item (a stored item, a feed item, a labelled item). */
export interface ModelInput {
  title: string;
  summary?: string | undefined;
  agency?: string | undefined;
  office?: string | undefined;
  contractor?: string | undefined;
  /** The item kind (bill, contract, notice, rule, news), or a labelled set's source name. */
  kind?: string | undefined;
}

/** Words too common to carry meaning on their own (pairs skip them too). */
const STOP = new Set(
  (
    'the of and to in for on by with at from or as an be is are was were it its this that these those which who ' +
    'will shall may not no any all such other than into under upon about also has have had been being their ' +
    'they them there he she his her we our us you your a i'
  ).split(' '),
);

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** splitWords for lower-case ASCII text, by hand: the runs of a–z and 0–9. */
function asciiWords(lower: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/**
 * A word is kept when it has two letters or more, or is one character of a script written without spaces (a Chinese
 * character, kana, Thai...): there each character is a word (splitWords), so the pairs of neighbours are its
 * two-character runs, which carry most of the meaning ("入管", "送還", "警察").
 */
const keep = (w: string) => (w.length > 1 || isUnspacedWord(w)) && !STOP.has(w) && !/^\d{5,}$/.test(w);

/** The words the model reads in one text (ASCII text needs no folding: NFKD leaves it as it is). */
export function modelWords(text: string | undefined): string[] {
  if (!text) return [];
  const words = ASCII.test(text) ? asciiWords(text.toLowerCase()) : splitWords(foldDiacritics(text).toLowerCase());
  const out: string[] = [];
  for (const w of words) if (keep(w)) out.push(arabicBare(w) ?? foldPlural(w));
  return out;
}

/** One kind name for the item kinds and the labelled sets' source names. */
export function modelKind(kind: string | undefined): string | undefined {
  if (!kind) return undefined;
  if (/^(contract|contracts|usaspending|sam-opportunities|fpds)$/.test(kind)) return 'contract';
  if (/^(bill|bills|openstates|legiscan|congress)$/.test(kind)) return 'bill';
  if (/^(news|rss)$/.test(kind)) return 'news';
  return 'notice';
}

export const FIELDS = ['agency', 'office', 'contractor'] as const;

/**
 * The item's features, each once: `word`, `word word` (neighbours after stop words are
 * dropped), `office:word` and the like, `kind:contract`.
 */
export function itemFeatures(item: ModelInput): string[] {
  const out = new Set<string>();
  for (const text of [item.title, item.summary]) {
    const ws = modelWords(text);
    for (let i = 0; i < ws.length; i++) {
      out.add(ws[i]!);
      if (i + 1 < ws.length) out.add(`${ws[i]} ${ws[i + 1]}`);
    }
  }
  for (const f of FIELDS) for (const w of modelWords(item[f])) out.add(`${f}:${w}`);
  const kind = modelKind(item.kind);
  if (kind) out.add(`kind:${kind}`);
  return [...out];
}
