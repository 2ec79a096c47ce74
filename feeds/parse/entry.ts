/**
 * xml2js items (as rss-parser leaves them, plus the raw fields it is asked to keep) → entries.
 * The rules follow what mature feed readers do:
 *  - title: Atom type="text" is literal text ("<blink>" stays); html/xhtml, Atom 0.3
 *    mode="escaped", inline markup and RSS text that looks like HTML become plain text (script
 *    and style contents dropped); Atom 0.3 mode="base64" is decoded;
 *  - link: RSS <link>, or the first Atom link with rel="alternate" (or no rel) and an HTML
 *    type; a license/related/via/enclosure link is never the entry's link; with no link, a
 *    <guid> that is a permalink (isPermaLink not "false") is the link;
 *  - dates: published ← published, pubDate, issued, dcterms:issued, then dc:date, dcterms:modified,
 *    modified; updated ← updated. Times without a zone are UTC;
 *  - identity: entries reusing one guid with a different link or title get distinct keys.
 */
import { htmlToText, looksLikeHtml, plainText, resolveLink, toIsoDate } from './text.ts';
import type { ParsedEntry } from './types.ts';

type Raw = Record<string, unknown>;

/** Text of an xml2js value: a string, `{_: text}`, or nested elements (concatenated). */
export function textOf(value: unknown, depth = 0): string | undefined {
  if (value === undefined || value === null || depth > 8) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 1) return textOf(value[0], depth + 1) || undefined;
    const parts = value.map((v) => textOf(v, depth + 1)).filter((v): v is string => Boolean(v));
    return parts.length ? parts.join(' ') : undefined;
  }
  if (typeof value === 'object') {
    const obj = value as Raw;
    const parts: string[] = typeof obj._ === 'string' ? [obj._] : [];
    for (const k of Object.keys(obj)) {
      if (k === '$' || k === '_') continue;
      const text = textOf(obj[k], depth + 1);
      if (text) parts.push(text);
    }
    return parts.length ? parts.join(' ') : undefined;
  }
  return undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function attrsOf(value: unknown): Raw {
  const attrs = value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw).$ : undefined;
  return attrs && typeof attrs === 'object' ? (attrs as Raw) : {};
}

const HTML_TYPES = new Set(['html', 'xhtml', 'text/html', 'application/xhtml+xml']);

/** A text construct (title) as plain text, by its declared type (see the module comment). */
function constructText(value: unknown, atom: boolean, maxLength = 1000): string | undefined {
  const el = first(value);
  if (el === undefined || el === null) return undefined;
  const attrs = attrsOf(el);
  let text = textOf(el);
  if (text === undefined) return undefined;
  const mode = typeof attrs.mode === 'string' ? attrs.mode.toLowerCase() : undefined;
  const type = typeof attrs.type === 'string' ? attrs.type.toLowerCase() : undefined;
  // Atom 0.3 mode="base64", or an Atom 1.0 type that is neither text nor XML (a MIME type of binary content).
  const binaryType = type !== undefined && type.includes('/') && !type.startsWith('text/') && !type.includes('xml');
  if (mode === 'base64' || (atom && binaryType)) text = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
  const html =
    attrs['pw-markup'] === '1' ||
    (type !== undefined && HTML_TYPES.has(type)) ||
    mode === 'escaped' ||
    (!atom && (type === undefined || type === 'text/plain') && looksLikeHtml(text));
  const out = html ? htmlToText(text, maxLength) : plainText(text, maxLength, { literal: true });
  return out || undefined;
}

/** A feed-level title. */
export function feedText(value: unknown): string | undefined {
  return constructText(value, Boolean(attrsOf(first(value)).type), 500);
}

function categoriesOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const c of value) {
    const term = typeof c === 'string' ? c : (textOf((c as Raw)?._) ?? textOf(((c as Raw)?.$ as Raw | undefined)?.term));
    const clean = term ? plainText(term, 200) : '';
    if (clean) out.push(clean);
  }
  return out.length ? out : undefined;
}

/** Feed-level links by rel. */
export function linksOf(value: unknown, base: string | undefined): Record<string, string> | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const l of value) {
    const attrs = attrsOf(l);
    const href = resolveLink(typeof attrs.href === 'string' ? attrs.href : undefined, base);
    const rel = typeof attrs.rel === 'string' ? attrs.rel : 'alternate';
    if (href && !(rel in out)) out[rel] = href;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The entry's own link: RSS text, or the first alternate HTML Atom link. */
function entryLink(value: unknown, base: string | undefined): string | undefined {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value];
  for (const l of links) {
    const attrs = attrsOf(l);
    if (typeof attrs.href === 'string') {
      const rel = typeof attrs.rel === 'string' ? attrs.rel.trim().toLowerCase() : 'alternate';
      const type = typeof attrs.type === 'string' ? attrs.type.trim().toLowerCase() : 'text/html';
      if (rel !== 'alternate' || !(HTML_TYPES.has(type) || type === '')) continue;
      const href = resolveLink(attrs.href, base);
      if (href) return href;
      continue;
    }
    const text = textOf(l)?.trim();
    if (text) return resolveLink(text, base);
  }
  return undefined;
}

const SCRIPT_SCHEME = /^\s*(?:javascript|vbscript|data):/i;

/** True when a link element names a script/data URL (refused as the entry's link). */
function namesScriptLink(value: unknown): boolean {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return links.some((l) => {
    const href = attrsOf(l).href;
    return SCRIPT_SCHEME.test(typeof href === 'string' ? href : (textOf(l) ?? ''));
  });
}

/**
 * The entry id: RSS <guid>, Atom (or stray RSS) <id>, RDF rdf:about. A guid or id is also a
 * permalink unless isPermaLink says otherwise.
 */
function guidOf(item: Raw): { id?: string; permalink: boolean } {
  const raw = first(item['pw-guid']) ?? first(item['pw-id']) ?? first(item.id);
  if (raw !== undefined) {
    const id = textOf(raw)?.trim();
    const isPermaLink = attrsOf(raw).isPermaLink ?? attrsOf(raw).ispermalink;
    return { id: id || undefined, permalink: Boolean(id) && (isPermaLink === undefined || isPermaLink === 'true') };
  }
  const id = textOf(item['rdf:about'])?.trim();
  return { id: id || undefined, permalink: false };
}

const PUBLISHED_FIELDS = [
  'pw-published',
  'pubDate',
  'pw-issued',
  'pw-dcterms-issued',
  'pw-dc-date',
  'date',
  'pw-dcterms-modified',
  'pw-modified',
];

function dateOf(item: Raw, fields: string[]): string | undefined {
  for (const f of fields) {
    const v = item[f];
    // The last of repeated date elements counts, as in other readers.
    const iso = toIsoDate(textOf(Array.isArray(v) ? v[v.length - 1] : v));
    if (iso) return iso;
  }
  return undefined;
}

function normalizeEntry(item: Raw, base: string | undefined, extraFields: string[], atom: boolean): ParsedEntry {
  const summarySource = textOf(item.summary) ?? textOf(item.content) ?? textOf(item['content:encoded']);
  const summary = summarySource ? htmlToText(summarySource, 4000) : undefined;
  const title =
    constructText(item['pw-title'] ?? item.title, atom) ||
    constructText(item['pw-media-title'], false) ||
    (summary ? plainText(summary, 120) : '') ||
    '(untitled)';
  const guid = guidOf(item);
  const entry: ParsedEntry = { title };
  if (guid.id) entry.guid = guid.id;
  const link =
    entryLink(item['pw-link'], base) ?? entryLink(item['pw-atom-link'], base) ?? (guid.permalink ? resolveLink(guid.id, base) : undefined);
  if (link) entry.link = link;
  else if (namesScriptLink(item['pw-link']) || namesScriptLink(item['pw-atom-link'])) entry.linkRefused = true;
  if (summary) entry.summary = summary;
  const published = dateOf(item, PUBLISHED_FIELDS);
  const updated = dateOf(item, ['pw-updated']);
  if (published) entry.published = published;
  if (updated) entry.updated = updated;
  const categories = categoriesOf(item.categories) ?? categoriesOf(item['pw-category']);
  if (categories) entry.categories = categories;
  const author = textOf(item.creator) ?? textOf(item.author);
  if (author?.trim()) entry.author = plainText(author, 200);
  if (extraFields.length) {
    entry.extra = {};
    for (const f of extraFields) if (item[`pw-x-${f}`] !== undefined) entry.extra[f] = item[`pw-x-${f}`];
  }
  return entry;
}

/** Maps every item on its own; entries reusing a guid with a different link get a distinct key. */
export function mapEntries(
  items: Raw[],
  base: string | undefined,
  extraFields: string[],
  atom: boolean,
): { entries: ParsedEntry[]; skipped: number } {
  const entries: ParsedEntry[] = [];
  let skipped = 0;
  for (const item of items) {
    try {
      entries.push(normalizeEntry(item, base, extraFields, atom));
    } catch {
      skipped++;
    }
  }
  // One guid on entries with a different link or title: distinct entries (a podcast feed
  // reusing a guid must not lose an episode); the first keeps the guid as its identity.
  const firstByGuid = new Map<string, ParsedEntry>();
  for (const e of entries) {
    if (!e.guid) continue;
    const seen = firstByGuid.get(e.guid);
    if (!seen) firstByGuid.set(e.guid, e);
    else if (seen.link !== e.link || seen.title !== e.title) e.key = `${e.guid}\u0000${e.link ?? ''}\u0000${e.title}`;
  }
  return { entries, skipped };
}
