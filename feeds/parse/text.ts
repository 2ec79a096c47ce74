/**
 * Text helpers for feed fields: a linear HTML tag stripper (rss-parser's regex is quadratic
 * on many unmatched '<'), HTML entity decoding, whitespace, dates and link resolution.
 */

/** Named entities worth decoding in titles and summaries (HTML's most common ones). */
export const NAMED_ENTITIES: Readonly<Record<string, number>> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, nbsp: 160, ensp: 8194, emsp: 8195, thinsp: 8201,
  ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222,
  hellip: 8230, bull: 8226, middot: 183, prime: 8242, copy: 169, reg: 174, trade: 8482, sect: 167, para: 182,
  deg: 176, plusmn: 177, times: 215, divide: 247, laquo: 171, raquo: 187, iexcl: 161, iquest: 191, cent: 162,
  pound: 163, euro: 8364, yen: 165, dagger: 8224, frac12: 189, frac14: 188, frac34: 190, shy: 173,
  aacute: 225, agrave: 224, acirc: 226, auml: 228, atilde: 227, aring: 229, aelig: 230, ccedil: 231,
  eacute: 233, egrave: 232, ecirc: 234, euml: 235, iacute: 237, igrave: 236, icirc: 238, iuml: 239,
  ntilde: 241, oacute: 243, ograve: 242, ocirc: 244, ouml: 246, otilde: 245, oslash: 248, szlig: 223,
  uacute: 250, ugrave: 249, ucirc: 251, uuml: 252, yacute: 253, yuml: 255,
  Aacute: 193, Agrave: 192, Acirc: 194, Auml: 196, Atilde: 195, Aring: 197, Ccedil: 199, Eacute: 201,
  Egrave: 200, Iacute: 205, Ntilde: 209, Oacute: 211, Ouml: 214, Uacute: 218, Uuml: 220,
};

function codePoint(n: number): string | undefined {
  if (!Number.isInteger(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
  return String.fromCodePoint(n);
}

export function isNamedEntity(name: string): boolean {
  return NAMED_ENTITIES[name] !== undefined;
}

/** Decodes numeric and common named character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return codePoint(n) ?? whole;
    }
    const n = NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()];
    return n === undefined ? whole : String.fromCodePoint(n);
  });
}

function isTagStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2f /* / */ || c === 0x21 /* ! */ || c === 0x3f /* ? */;
}

/** Removes HTML tags in one pass. A '<' that no later '>' closes is kept as text. */
export function stripTags(html: string): string {
  let out = '';
  let i = 0;
  let canClose = true;
  while (i < html.length) {
    const lt = canClose ? html.indexOf('<', i) : -1;
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (!isTagStart(html.charCodeAt(lt + 1))) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      canClose = false; // nothing later can close a tag: the rest is text
      out += html.slice(lt);
      break;
    }
    out += ' ';
    i = gt + 1;
  }
  return out;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes <script>, <style> (and similar) elements with their contents, linearly. */
export function dropScripts(html: string): string {
  if (!/<(?:script|style|noscript|template|applet)/i.test(html)) return html;
  const lower = html.toLowerCase();
  const open = /<(script|style|noscript|template|applet)[\s>/]/g;
  let out = '';
  let i = 0;
  for (;;) {
    open.lastIndex = i;
    const m = open.exec(lower);
    if (!m) break;
    out += `${html.slice(i, m.index)} `;
    const close = lower.indexOf(`</${m[1]}`, m.index);
    const gt = close < 0 ? -1 : lower.indexOf('>', close);
    i = gt < 0 ? html.length : gt + 1;
    if (i >= html.length) break;
  }
  return out + html.slice(i);
}

function cap(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

/** HTML → plain text: script/style dropped, tags stripped, entities decoded, whitespace collapsed, capped. */
export function htmlToText(html: string, maxLength = 4000): string {
  return cap(collapseWhitespace(decodeEntities(stripTags(dropScripts(html)))), maxLength);
}

/**
 * HTML or text → plain text: strip tags, decode entities, collapse whitespace, cap length.
 * `literal`: the value is plain text already (a "<blink>" in it is text): only collapse and cap.
 */
export function plainText(value: string, maxLength = 4000, opts: { literal?: boolean } = {}): string {
  if (opts.literal) return cap(collapseWhitespace(value), maxLength);
  return htmlToText(value, maxLength);
}

/** HTML elements a feed text may hold and still read as HTML (the common, harmless ones). */
const HTML_ELEMENTS = new Set(
  ('a abbr acronym address area article aside audio b bdi bdo big blockquote br button caption center cite code col ' +
    'colgroup dd del details dfn dialog dir div dl dt em fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 header hr ' +
    'i img input ins kbd label legend li main map mark menu meter nav noscript ol optgroup option output p pre progress q rp rt ' +
    'ruby s samp section select small source span strike strong sub summary sup table tbody td textarea tfoot th thead time tr ' +
    'tt u ul var video wbr').split(' '),
);

/**
 * Whether text from an element with no declared type is HTML, as mature feed readers guess:
 * it needs a close tag or a character reference, every tag must be a common HTML element,
 * and every named reference a known one.
 */
export function looksLikeHtml(text: string): boolean {
  if (!/<\/(\w+)>/.test(text) && !/&#?\w+;/.test(text)) return false;
  for (const m of text.matchAll(/<\/?(\w+)/g)) if (!HTML_ELEMENTS.has(m[1]!.toLowerCase())) return false;
  for (const m of text.matchAll(/&(\w+);/g)) if (!isNamedEntity(m[1]!)) return false;
  return true;
}

const ZONELESS_ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const ZONELESS_RFC822 = /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?$/;

/** ISO-8601 from a feed date (RFC 822, W3C-DTF / ISO 8601, …), else undefined; no zone means UTC. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let trimmed = value.trim();
  if (!trimmed) return undefined;
  // A two-digit year in an ISO date ('20-04-10T05:00:00+00:00') is this century's.
  if (/^\d{2}-\d{2}-\d{2}T/.test(trimmed)) trimmed = `20${trimmed}`;
  if (ZONELESS_ISO.test(trimmed)) trimmed = `${trimmed.replace(' ', 'T')}Z`;
  else if (ZONELESS_RFC822.test(trimmed)) trimmed = `${trimmed} GMT`;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return undefined;
  try {
    return new Date(ms).toISOString();
  } catch {
    return undefined;
  }
}

/** An absolute http(s) link, resolving relative ones against `base`; undefined otherwise. */
export function resolveLink(link: string | undefined, base: string | undefined): string | undefined {
  const raw = link?.trim();
  if (!raw) return undefined;
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
