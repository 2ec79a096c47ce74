/**
 * Word tokens over normalized text. A word is a run of letters and digits, optionally
 * joined by apostrophes (a possessive "'s" is dropped: "ICE's" → "ICE", "driver's" →
 * "driver"). Punctuation and hyphens separate words, so "license-plate" is two words and
 * "287(g)" is "287" "g". Each token keeps its character range in the text for snippets.
 */

import { foldPlural, WORD_WITH_APOSTROPHES } from '../text/index.ts';

export interface Token {
  start: number;
  end: number;
  /** As written (possessive dropped); null in SHOUTING segments where case carries no meaning. */
  cased: string | null;
  lower: string;
  /** `lower` with a simple plural ending folded (see foldPlural). */
  folded: string;
  /** Index of the text segment (title, summary, agency, identifier) the token is in. */
  segment: number;
}

const WORD = WORD_WITH_APOSTROPHES;

/** The shared plural stemmer (src/text): agencies → agency, searches → search, detainers → detainer. */
export { foldPlural };

function cleanWord(raw: string): string {
  let w = raw;
  if (/'[sS]$/.test(w)) w = w.slice(0, -2);
  return w.includes("'") ? w.replace(/'/g, '') : w;
}

/** True when a text is mostly capital letters (all-caps bill titles): acronyms cannot be told apart there. */
function isShouting(text: string): boolean {
  const { upper, letters } = letterCounts(text);
  return letters >= 12 && upper / letters > 0.7;
}

function letterCounts(text: string): { upper: number; letters: number } {
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch >= 'A' && ch <= 'Z') {
      upper++;
      letters++;
    } else if (ch >= 'a' && ch <= 'z') letters++;
  }
  return { upper, letters };
}

const SENTENCE_END = /[.!?;](?:\s+|$)|\n/g;

/**
 * Where case carries no meaning, sentence by sentence: an all-caps sentence inside a field
 * (a resolution's caps preamble before its ordinary text) shouts on its own; a sentence too
 * short to tell (under 12 letters) follows the whole field. Returns sentence end offsets and
 * whether each shouts.
 */
function shoutingSentences(text: string): Array<{ end: number; shouting: boolean }> {
  const field = isShouting(text);
  const out: Array<{ end: number; shouting: boolean }> = [];
  let from = 0;
  const close = (end: number) => {
    const part = text.slice(from, end);
    const { letters } = letterCounts(part);
    out.push({ end, shouting: letters >= 12 ? isShouting(part) : field });
    from = end;
  };
  for (const m of text.matchAll(SENTENCE_END)) close((m.index ?? 0) + m[0].length);
  if (from < text.length || out.length === 0) close(text.length);
  return out;
}

export function tokenize(text: string, segment = 0, offset = 0): Token[] {
  const sentences = shoutingSentences(text);
  let k = 0;
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = cleanWord(m[0]);
    if (!word) continue;
    const lower = word.toLowerCase();
    while (k < sentences.length - 1 && (m.index ?? 0) >= sentences[k]!.end) k++;
    const shouting = sentences[k]!.shouting;
    const start = offset + (m.index ?? 0);
    // A dropped possessive is not part of the word's range either: "ICE's" highlights "ICE".
    const length = /'[sS]$/.test(m[0]) ? m[0].length - 2 : m[0].length;
    tokens.push({ start, end: start + length, cased: shouting ? null : word, lower, folded: foldPlural(lower), segment });
  }
  return tokens;
}

/** The words of a rule phrase, tokenized the same way as the text. */
export function ruleWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = cleanWord(m[0]);
    if (w) out.push(w);
  }
  return out;
}
