/**
 * Word splitting shared by matching, search and the learned second opinion: a word is a run of letters (with their
 * combining marks) and digits, except in scripts written without spaces between words (Chinese characters,
 * Japanese kana, Thai, Lao, Khmer and Burmese), where each character is a word of its own, so that a term in them can be found inside a run of them
 * as a phrase of its characters.
 */

/** Chinese characters, kana and the unspaced scripts of Southeast Asia, as RegExp class contents. */
const UNSPACED = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
/** One character of a word in a spaced script. */
const SPACED = `(?:(?![${UNSPACED}])[\\p{L}\\p{M}\\p{N}])`;
const UNSPACED_CHAR = `[${UNSPACED}]\\p{M}*`;

/** Words joined by apostrophes ("driver's", "O'Neil") stay one match; see the matcher's tokenizer. */
export const WORD_WITH_APOSTROPHES = new RegExp(`${UNSPACED_CHAR}|${SPACED}+(?:'${SPACED}+)*`, 'gu');

const WORD = new RegExp(`${UNSPACED_CHAR}|${SPACED}+`, 'gu');

/** The words of `text`, in order: runs of letters and digits, and each character of an unspaced script alone. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

const UNSPACED_WORD = new RegExp(`^${UNSPACED_CHAR}$`, 'u');

/** Whether `word` (one of splitWords' words) is a single character of a script written without spaces. */
export function isUnspacedWord(word: string): boolean {
  return UNSPACED_WORD.test(word);
}

const RUN = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of `text` as SQL full-text engines index them (SQLite FTS5's unicode61, PostgreSQL's parser): runs of
 * letters and digits, a run of Chinese characters or kana included as one word. Queries sent to those engines use
 * it, so a search for a whole run still finds it there (they cannot find part of a run).
 */
export function splitRuns(text: string): string[] {
  return text.match(RUN) ?? [];
}
