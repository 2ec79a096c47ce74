/**
 * Text helpers for feed fields. HTML → text and entity decoding are the shared text module's
 * (src/text: a linear stripper, since rss-parser's regex is quadratic on many unmatched '<');
 * here: literal vs HTML text, the HTML guess, dates and link resolution.
 */
import { capLength, collapseWhitespace, decodeEntities, htmlToText, namedEntity, stripTags } from '../../src/text/index.ts';

export { decodeEntities, htmlToText, stripTags };

/** Whether `name` is an HTML named character reference (`nbsp`, `eacute`, …). */
function isNamedEntity(name: string): boolean {
  return namedEntity(name) !== undefined;
}

/**
 * HTML or text → plain text: strip tags, decode entities, collapse whitespace, cap length.
 * `literal`: the value is plain text already (a "<blink>" in it is text): only collapse and cap.
 */
export function plainText(value: string, maxLength = 4000, opts: { literal?: boolean } = {}): string {
  if (opts.literal) return capLength(collapseWhitespace(value), maxLength);
  return htmlToText(value, maxLength);
}

/** HTML elements a feed text may hold and still read as HTML (the common, harmless ones). */
const HTML_ELEMENTS = new Set(
  (
    'a abbr acronym address area article aside audio b bdi bdo big blockquote br button caption center cite code col ' +
    'colgroup dd del details dfn dialog dir div dl dt em fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 header hr ' +
    'i img input ins kbd label legend li main map mark menu meter nav noscript ol optgroup option output p pre progress q rp rt ' +
    'ruby s samp section select small source span strike strong sub summary sup table tbody td textarea tfoot th thead time tr ' +
    'tt u ul var video wbr'
  ).split(' '),
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
