/**
 * HTML → text, for feed fields, matching and search alike: a linear tag stripper (each tag a
 * space so words do not run together; comments and script/style/head/noscript/template
 * contents dropped; a '<' that starts no tag, or that nothing later closes, is text) and
 * character-reference decoding with the `entities` package (every HTML5 named reference,
 * numeric ones; a reference must end with ';', unknown ones stay as written).
 */
import { decodeHTMLStrict } from 'entities';

/** Elements whose content is never prose. */
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'noscript', 'template', 'applet']);

function isTagStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2f /* / */ || c === 0x21 /* ! */ || c === 0x3f; /* ? */
}

/** Removes tags and comments in one pass, and the contents of script-like elements. */
export function stripTags(html: string): string {
  if (!html.includes('<')) return html;
  let lower: string | undefined;
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
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      out += ' ';
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      canClose = false; // nothing later can close a tag: the rest is text
      out += html.slice(lt);
      break;
    }
    i = gt + 1;
    const name = /^<([A-Za-z]+)/.exec(html.slice(lt, Math.min(gt, lt + 12)))?.[1]?.toLowerCase();
    if (name && SKIP_CONTENT.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
      i = closeEnd < 0 ? html.length : closeEnd + 1;
    }
    out += ' ';
  }
  return out;
}

/** Decodes character references (HTML5 named, decimal, hex); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

const knownEntity = new Map<string, string | undefined>();

/** The characters a named reference stands for (`amp` → '&'), or undefined for an unknown name. */
export function namedEntity(name: string): string | undefined {
  if (knownEntity.has(name)) return knownEntity.get(name);
  const ref = `&${name};`;
  const decoded = decodeHTMLStrict(ref);
  const value = decoded === ref ? undefined : decoded;
  if (knownEntity.size < 5000) knownEntity.set(name, value);
  return value;
}

/** Whitespace other than a lone space: a run of it, or a tab, newline or other space character. */
const COLLAPSIBLE = /[^\S ]| \s/;

export function collapseWhitespace(text: string): string {
  // Most feed text has single spaces only: then trimming is all there is to do.
  return COLLAPSIBLE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** Caps `text` at `maxLength` characters, ending a shortened one with '…'. */
export function capLength(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

/** HTML → plain text: tags stripped, entities decoded, whitespace collapsed, length capped. */
export function htmlToText(html: string, maxLength = Infinity): string {
  return capLength(collapseWhitespace(decodeEntities(stripTags(html))), maxLength);
}
