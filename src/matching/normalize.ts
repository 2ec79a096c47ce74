/**
 * Text normalization, done once per item before matching: HTML stripped, entities decoded,
 * diacritics folded, typographic quotes and dashes simplified, whitespace collapsed.
 * Case is kept (case-sensitive acronyms need it). Every step is a linear scan.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-',
  lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', sbquo: "'", bdquo: '"', hellip: '...',
  sect: '§', para: '¶', copy: '(c)', reg: '(r)', trade: '(tm)', middot: '·', bull: '·',
  shy: '', zwj: '', zwnj: '', thinsp: ' ', ensp: ' ', emsp: ' ', laquo: '"', raquo: '"',
  eacute: 'é', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç',
  Eacute: 'É', Aacute: 'Á', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', uuml: 'ü', ouml: 'ö', auml: 'ä',
};

/** Elements whose content is never prose. */
const SKIP_CONTENT = ['script', 'style', 'head'];

/**
 * Removes tags (each replaced by a space so words do not run together) and comments, and
 * drops script/style content. A hand-written scan: linear even on hostile input such as
 * thousands of unclosed '<'.
 */
export function stripHtml(text: string): string {
  if (!text.includes('<')) return text;
  const lower = text.toLowerCase();
  let out = '';
  let i = 0;
  let noMoreClose = false;
  while (i < text.length) {
    const lt = noMoreClose ? -1 : text.indexOf('<', i);
    if (lt === -1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, lt);
    const next = text[lt + 1] ?? '';
    if (!/[a-zA-Z/!?]/.test(next)) {
      out += '<';
      i = lt + 1;
      continue;
    }
    if (lower.startsWith('<!--', lt)) {
      const endComment = text.indexOf('-->', lt + 4);
      i = endComment === -1 ? text.length : endComment + 3;
      out += ' ';
      continue;
    }
    const gt = text.indexOf('>', lt + 1);
    if (gt === -1) {
      noMoreClose = true;
      out += text.slice(lt);
      break;
    }
    const name = /^<([a-z]+)/.exec(lower.slice(lt, Math.min(gt, lt + 12)))?.[1];
    i = gt + 1;
    if (name && SKIP_CONTENT.includes(name)) {
      const close = lower.indexOf(`</${name}`, i);
      const closeEnd = close === -1 ? -1 : text.indexOf('>', close);
      i = closeEnd === -1 ? text.length : closeEnd + 1;
    }
    out += ' ';
  }
  return out;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ' ';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** é → e, ñ → n, ß → ss; ligatures and full-width forms to ASCII via NFKD. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/[Øø]/g, (c) => (c === 'Ø' ? 'O' : 'o'));
}

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
  let t = stripHtml(text);
  // Decode twice at most: feeds often double-escape (&amp;amp;, &amp;lt;b&amp;gt;).
  t = decodeEntities(t);
  if (/&(amp|lt|gt|quot|#\d+);/.test(t)) t = decodeEntities(t);
  const display = stripHtml(t)
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
