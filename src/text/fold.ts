/** Folding shared by matching and search: diacritics, and one plural stemmer. */

/** Letters NFKD leaves whole, and the plain spelling writers and rule authors also use for them. */
const PLAIN: Record<string, string> = { ß: 'ss', Ø: 'O', ø: 'o', ı: 'i', Ł: 'L', ł: 'l', Đ: 'D', đ: 'd' };
const PLAIN_LETTER = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'g');

/**
 * é → e, ñ → n, ß → ss, ø → o, and the letters NFKD leaves alone that writers and rule authors
 * spell with a plain letter: Turkish dotless ı → i, Polish ł → l, South Slavic đ → d (so
 * `"sinir disi"` reads *sınır dışı*); ligatures and full-width forms to ASCII via NFKD.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(PLAIN_LETTER, (c) => PLAIN[c]!);
}

/**
 * Conservative plural folding for lower-case words, applied alike to texts, rules and queries:
 * agencies → agency, searches → search, databases → database, detainers → detainer. It never
 * strips -ss, -us, -is endings (access, status, analysis) and leaves words shorter than four
 * letters and words with digits (1990s, 287g) alone.
 */
export function foldPlural(word: string): string {
  const n = word.length;
  if (n < 4 || !word.endsWith('s') || /\d/.test(word)) return word;
  if (word.endsWith('ies') && n > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.slice(0, -1);
}
