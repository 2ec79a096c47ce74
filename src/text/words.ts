/** Word splitting shared by matching and search: a word is a run of letters and digits. */

/** Words joined by apostrophes ("driver's", "O'Neil") stay one match; see the matcher's tokenizer. */
export const WORD_WITH_APOSTROPHES = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** The runs of letters and digits in `text`, in order. */
export function splitWords(text: string): string[] {
  return text.split(NON_WORD).filter((t) => t.length > 0);
}
