/**
 * Text normalization, done once per item before matching: HTML stripped, entities decoded,
 * diacritics folded, typographic quotes and dashes simplified, whitespace collapsed.
 * Case is kept (case-sensitive acronyms need it). Every step is a linear scan. HTML, entities
 * and diacritics are handled by the shared text module (src/text), as in feeds and search.
 */
import { decodeEntities, foldDiacritics, stripTags } from '../text/index.ts';

export { stripTags as stripHtml } from '../text/index.ts';

/** One character of display text as the matcher sees it: diacritics folded, typographic quotes and dashes simplified. */
function foldChar(ch: string): string {
  let f = ch;
  if (ch.charCodeAt(0) >= 0x80) {
    f = foldDiacritics(ch);
    if (f.length === 1) {
      if (/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/.test(f)) f = "'";
      else if (/[\u201C\u201D\u201E\u201F\u2033]/.test(f)) f = '"';
      else if (/[\u2010-\u2015\u2212]/.test(f)) f = '-';
    }
  } else if (ch === '`') f = "'";
  return f;
}

/**
 * A field prepared for matching. `display` is what users see (tags stripped, entities decoded,
 * whitespace collapsed; accents, case and punctuation as written); `norm` is what the matcher
 * reads (normalizeText of the same input). `normStart[i]`/`normEnd[i]` give the range in
 * `display` of the character that produced `norm[i]`, so a match in `norm` maps back exactly.
 */
export interface PreparedText {
  display: string;
  norm: string;
  /** Null when `norm` equals `display` character for character (plain ASCII text: the common case). */
  normStart: number[] | null;
  normEnd: number[] | null;
}

export function prepareText(text: string): PreparedText {
  if (!text) return { display: '', norm: '', normStart: null, normEnd: null };
  let t = stripTags(text);
  // Decode twice at most: feeds often double-escape (&amp;amp;, &amp;lt;b&amp;gt;).
  t = decodeEntities(t);
  if (/&(amp|lt|gt|quot|#\d+);/.test(t)) t = decodeEntities(t);
  const display = stripTags(t)
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x5f\x61-\x7f]*$/.test(display)) return { display, norm: display, normStart: null, normEnd: null };
  let norm = '';
  const normStart: number[] = [];
  const normEnd: number[] = [];
  let i = 0;
  for (const ch of display) {
    const f = foldChar(ch);
    // A combining accent folded away belongs to the letter before it ("e\u0301" maps back whole).
    if (!f && normEnd.length > 0 && /^\p{M}+$/u.test(ch)) normEnd[normEnd.length - 1] = i + ch.length;
    norm += f;
    for (let k = 0; k < f.length; k++) {
      normStart.push(i);
      normEnd.push(i + ch.length);
    }
    i += ch.length;
  }
  return { display, norm, normStart, normEnd };
}

/** The text the matcher reads: see prepareText. */
export function normalizeText(text: string): string {
  return prepareText(text).norm;
}
