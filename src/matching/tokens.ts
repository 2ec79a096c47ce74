/**
 * Word tokens over normalized text. A word is a run of letters and digits (or one character of a script written
 * without spaces: Chinese, kana, Thai; src/text/words.ts), optionally
 * joined by apostrophes (a possessive "'s" is dropped: "ICE's" → "ICE", "driver's" →
 * "driver"). Punctuation and hyphens separate words, so "license-plate" is two words and
 * "287(g)" is "287" "g". Each token keeps its character range in the text for snippets.
 */

import { foldDiacritics, foldPlural, WORD_WITH_APOSTROPHES } from '../text/index.ts';

export interface Token {
  start: number;
  end: number;
  /** As written (possessive dropped); null in SHOUTING segments where case carries no meaning. */
  cased: string | null;
  lower: string;
  /** `lower` with a simple plural ending folded (see foldPlural). */
  folded: string;
  /**
   * An Arabic word without the conjunction or preposition written onto it (arabicBare): "وترحيل" → "ترحيل",
   * "للمهاجرين" → "المهاجرين". A term's first word also reads this form.
   */
  bare?: string;
  /** Index of the text segment (title, summary, agency, identifier) the token is in. */
  segment: number;
  /** The token opens a new sentence ("… crime. Information …"): a phrase does not run across. */
  sentenceStart?: boolean;
}

/** A word (src/text): a run of letters and digits joined by apostrophes, or one Chinese character or kana ("入管" is two words). */
const WORD = WORD_WITH_APOSTROPHES;

/** The shared plural stemmer (src/text): agencies → agency, searches → search, detainers → detainer. */
export { foldPlural };

/**
 * A French or Italian elision before a word (l'expulsion, d'éloignement, qu'il, dell'immigrazione,
 * un'indagine): the word is what follows the apostrophe, so rules name "expulsion", not "lexpulsion".
 */
const ELISION = /^(?:[ldjnsmct]|qu|dell|nell|sull|dall|all|coll|un)'(?=[a-z0-9])/i;

/**
 * A Turkish case or plural ending set off a name by an apostrophe (UYAP'ta, ICE'in, Emniyet'e, AFAD'ın,
 * Almanya'dan, FBI'lar): the word is the name before it, so "UYAP" and `=ICE` read it. Diacritics may be folded or
 * not (dotless ı stays). A lone vowel ending only after a consonant (UYAP'ı), so
 * Hawai'i and Sana'a stay whole; the name needs two letters (Uzbek o'zbek, y'all stay whole).
 */
const TURKISH_ENDING =
  /^(\p{L}[\p{L}\p{N}]+)'(?:[ny]?[iıuü]n?|[ny]?[ae]|n?[dt][ae](?:n|ki)?|y?l[ae]|l[ae]r(?:[iıuü]n?|[ae]|[dt][ae]n?|[iıuü]nd[ae]n?|[iıuü]n[iıuü]n)?|s[iıuü](?:n[ae]|n[iıuü]n|nd[ae]n?)?|[dt][iıuü]r|[cç][ae]|y?k[ae]n)$/iu;

/** The name before a Turkish ending (TURKISH_ENDING), or undefined. */
function turkishStem(w: string): string | undefined {
  const m = TURKISH_ENDING.exec(w);
  if (!m) return undefined;
  const ending = w.slice(m[1]!.length + 1);
  if (ending.length === 1 && /[aeiou]$/i.test(m[1]!)) return undefined;
  return m[1];
}

function cleanWord(raw: string): string {
  if (!raw.includes("'")) return raw;
  let w = raw.replace(ELISION, '');
  if (/'[sS]$/.test(w)) w = w.slice(0, -2);
  if (!w.includes("'")) return w;
  return turkishStem(w) ?? w.replace(/'/g, '');
}

/**
 * How much of a written word `raw` its cleaned `word` covers, when cleaning changed it: a dropped possessive or
 * Turkish ending is not part of the range ("ICE's" and "UYAP'ta" highlight the name); an elided article is
 * ("l'expulsion" highlights the whole).
 */
function keptLength(raw: string, word: string): number {
  if (/'[sS]$/.test(raw)) return raw.length - 2;
  return raw.startsWith(word) && raw[word.length] === "'" ? word.length : raw.length;
}

const LETTER = /\p{L}/u;
const shouts = (upper: number, letters: number) => letters >= 12 && upper / letters > 0.7;

/**
 * Where case carries no meaning (all-caps bill titles: acronyms cannot be told apart there),
 * sentence by sentence: an all-caps sentence inside a field (a resolution's caps preamble
 * before its ordinary text) shouts on its own; a sentence too short to tell (under 12 letters)
 * follows the whole field. Letters of every script count, and a caseless one (Hangul, Arabic, Han) as lower case:
 * until the fortieth collection only Latin letters did, so a Korean or Arabic text naming "ICE" read as shouted and
 * `=ICE` was not trusted there. One scan: the end offset of each sentence and whether it shouts.
 */
function shoutingSentences(text: string): Array<{ end: number; shouting: boolean }> {
  const parts: Array<{ end: number; upper: number; letters: number }> = [];
  let upper = 0;
  let letters = 0;
  let allUpper = 0;
  let allLetters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c > 127 && LETTER.test(text[i]!)) {
      // Letters of other scripts count too: a Korean or Arabic sentence with "ICE" in it is not a shouted one.
      // A caseless letter (Hangul, Arabic, CJK) is never upper case; Cyrillic and Greek capitals are.
      letters++;
      if (text[i] !== text[i]!.toLowerCase()) upper++;
    } else if (c === 10 || ((c === 46 || c === 33 || c === 63 || c === 59) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))))) {
      // A sentence ends at . ! ? ; before a space (or the end), and at a line break.
      let end = i + 1;
      while (end < text.length && isSpace(text.charCodeAt(end))) end++;
      parts.push({ end, upper, letters });
      allUpper += upper;
      allLetters += letters;
      upper = letters = 0;
      i = end - 1;
    }
  }
  if (letters > 0 || parts.length === 0 || parts[parts.length - 1]!.end < text.length) parts.push({ end: text.length, upper, letters });
  allUpper += upper;
  allLetters += letters;
  const field = shouts(allUpper, allLetters);
  return parts.map((p) => ({ end: p.end, shouting: p.letters >= 12 ? shouts(p.upper, p.letters) : field }));
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** Calls `each` with every word of `text` as WORD finds it (index, raw word). ASCII text is scanned by hand (same words, no RegExp). */
function rawWords(text: string, each: (index: number, raw: string) => void): void {
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(text)) {
    for (const m of text.matchAll(WORD)) each(m.index ?? 0, m[0]);
    return;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    // An apostrophe joins two runs: driver's, O'Neil.
    while (i + 1 < n && text.charCodeAt(i) === 39 && isWordChar(text.charCodeAt(i + 1))) {
      i++;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
    }
    each(start, text.slice(start, i));
  }
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** An Arabic word: Arabic letters only, and at least one of them. */
const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]+$/;

/** Whether `word` is written in Arabic letters only (the words arabicBare reads). */
export const isArabicWord = (word: string): boolean => ARABIC_WORD.test(word);

/**
 * An Arabic word without one proclitic: the conjunction و or ف, then the preposition ب, ل or ك (either or both),
 * with لل read as ل + ال (the article's alef is dropped after ل): "وبترحيل" → "ترحيل", "للترحيل" → "الترحيل",
 * "فالشرطة" → "الشرطة". Undefined when the word has none or what is left is under three letters ("وطن" stays
 * "وطن"). It is read beside the word as written, never instead of it, so "بصمة" still reads as "بصمة"; Persian's
 * own letters (ک, ی) make no word Arabic-only, but a Persian word spelled in shared letters is treated alike.
 */
export function arabicBare(lower: string): string | undefined {
  // The first letter's code first: most words are not Arabic, and this runs for every word the matcher and the model read.
  const first = lower.charCodeAt(0);
  if (first < 0x621 || first > 0x6d3 || lower.length < 4 || !isArabicWord(lower)) return undefined;
  let w = lower;
  if (w[0] === '\u0648' || w[0] === '\u0641') w = w.slice(1);
  if (w.startsWith('\u0644\u0644')) w = `\u0627${w.slice(1)}`;
  else if (w[0] === '\u0628' || w[0] === '\u0644' || w[0] === '\u0643') w = w.slice(1);
  return w !== lower && w.length >= 3 ? w : undefined;
}

export function tokenize(text: string, segment = 0, offset = 0): Token[] {
  const sentences = shoutingSentences(text);
  let k = 0;
  const tokens: Token[] = [];
  let prevWord = '';
  let prevSentence = 0;
  rawWords(text, (index, raw) => {
    const word = cleanWord(raw);
    if (!word) return;
    const lower = word.toLowerCase();
    while (k < sentences.length - 1 && index >= sentences[k]!.end) k++;
    const shouting = sentences[k]!.shouting;
    const start = offset + index;
    const length = word.length === raw.length ? raw.length : keptLength(raw, word);
    const token: Token = { start, end: start + length, cased: shouting ? null : word, lower, folded: foldPlural(lower), segment };
    const bare = arabicBare(lower);
    if (bare) token.bare = bare;
    // A sentence end (shoutingSentences: . ! ? ; before a space, or a line break) lies between this word and the last.
    if (k !== prevSentence && prevWord && !shouting && opensSentence(prevWord, word)) token.sentenceStart = true;
    prevWord = word;
    prevSentence = k;
    tokens.push(token);
  });
  return tokens;
}

/**
 * Whether a word after a sentence end opens a new sentence: it starts with a capital, and the
 * word before is three letters or more and not a capitalised word of four letters or fewer (so
 * "U.S.", "No.", "Inc." and "Gov." end no sentence).
 */
function opensSentence(prev: string, word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90 || prev.length < 3) return false;
  const prevFirst = prev.charCodeAt(0);
  return !(prevFirst >= 65 && prevFirst <= 90 && prev.length <= 4);
}

/**
 * The words of a rule phrase, tokenized the same way as the text and folded the same way (diacritics and combining
 * marks dropped: a term written "déportation", "불법체류" or "डिपोर्ट" reads like the text the matcher sees).
 */
export function ruleWords(text: string): string[] {
  const out: string[] = [];
  for (const m of foldDiacritics(text).matchAll(WORD)) {
    const w = cleanWord(m[0]);
    if (w) out.push(w);
  }
  return out;
}
