/**
 * The default FeedParser on rss-parser's `parseString` (never `parseURL`): RSS 0.9x/2.0,
 * RDF (RSS 1.0) and Atom. Guards: rejectHostileXml first; prepareXml (entities, Atom dates);
 * rss-parser's quadratic stripHtml replaced by a linear one; each entry normalized on its
 * own so one bad entry never sinks the feed.
 */
import { createRequire } from 'node:module';
import Parser from 'rss-parser';
import { rejectHostileXml } from '../http/xml-guard.ts';
import { prepareXml, RENAMED_DATES } from './prepare.ts';
import { plainText, resolveLink, stripTags, toIsoDate } from './text.ts';
import type { FeedParser, FeedParseResult, ParsedEntry } from './types.ts';

// rss-parser computes `contentSnippet` with /<(?:.|\n)*?>/, quadratic on many unmatched '<'.
const rssUtils = createRequire(import.meta.url)('rss-parser/lib/utils.js') as { stripHtml: (s: string) => string };
rssUtils.stripHtml = stripTags;

type Raw = Record<string, unknown>;

export interface RssFeedParserOptions {
  /** Extra item elements to keep raw (xml2js shape) in `entry.extra`, e.g. 'content'. */
  extraItemFields?: string[];
}

/** Text of an xml2js value: a string, `{_: text}`, or nested elements (concatenated). */
export function textOf(value: unknown, depth = 0): string | undefined {
  if (value === undefined || value === null || depth > 8) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => textOf(v, depth + 1)).filter((v): v is string => Boolean(v));
    return parts.length ? parts.join(' ') : undefined;
  }
  if (typeof value === 'object') {
    const obj = value as Raw;
    // xml2js keeps mixed content's own text in `_` and child elements apart (order is lost).
    const parts = (typeof obj._ === 'string' ? [obj._] : []).concat(
      Object.entries(obj)
      .filter(([k]) => k !== '$')
      .map(([, v]) => textOf(v, depth + 1))
      .filter((v): v is string => Boolean(v)),
    );
    return parts.length ? parts.join(' ') : undefined;
  }
  return undefined;
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

function linksOf(value: unknown, base: string | undefined): Record<string, string> | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const l of value) {
    const attrs = (l as Raw)?.$ as Raw | undefined;
    const href = resolveLink(typeof attrs?.href === 'string' ? attrs.href : undefined, base);
    const rel = typeof attrs?.rel === 'string' ? attrs.rel : 'alternate';
    if (href && !(rel in out)) out[rel] = href;
  }
  return Object.keys(out).length ? out : undefined;
}

function normalizeEntry(item: Raw, base: string | undefined, extraFields: string[]): ParsedEntry {
  const rawTitle = textOf(item.title);
  const summarySource = textOf(item.summary) ?? textOf(item.content) ?? textOf(item['content:encoded']);
  const summary = summarySource ? plainText(summarySource) : undefined;
  const title = (rawTitle ? plainText(rawTitle, 1000) : '') || (summary ? plainText(summary, 120) : '') || '(untitled)';
  const guid = textOf(item.guid) ?? textOf(item.id) ?? textOf(item['rdf:about']);
  const published =
    toIsoDate(textOf(item[RENAMED_DATES.published])) ?? toIsoDate(textOf(item.pubDate)) ?? toIsoDate(textOf(item.date));
  const updated = toIsoDate(textOf(item[RENAMED_DATES.updated]));
  const author = textOf(item.creator) ?? textOf(item.author);
  const entry: ParsedEntry = { title };
  if (guid?.trim()) entry.guid = guid.trim();
  const link = resolveLink(textOf(item.link), base);
  if (link) entry.link = link;
  if (summary) entry.summary = summary;
  if (published) entry.published = published;
  if (updated) entry.updated = updated;
  const categories = categoriesOf(item.categories) ?? categoriesOf(item['pw-category']);
  if (categories) entry.categories = categories;
  if (author?.trim()) entry.author = plainText(author, 200);
  if (extraFields.length) {
    entry.extra = {};
    for (const f of extraFields) if (item[`pw-x-${f}`] !== undefined) entry.extra[f] = item[`pw-x-${f}`];
  }
  return entry;
}

export function createRssFeedParser(opts: RssFeedParserOptions = {}): FeedParser {
  const extraFields = opts.extraItemFields ?? [];
  const itemFields: Array<string | [string, string, { keepArray?: boolean }]> = [
    RENAMED_DATES.published,
    RENAMED_DATES.updated,
    ['category', 'pw-category', { keepArray: true }],
    ...extraFields.map((f): [string, string, { keepArray?: boolean }] => [f, `pw-x-${f}`, {}]),
  ];
  const parserOptions = { customFields: { item: itemFields as never, feed: [['link', 'pw-links', { keepArray: true }], ['atom:link', 'pw-atom-links', { keepArray: true }]] as never } };

  return {
    async parse(xml: string, baseUrl?: string): Promise<FeedParseResult> {
      const hostile = rejectHostileXml(xml);
      if (!hostile.ok) return { ok: false, reason: 'hostile', message: hostile.message };
      let feed: Raw & { items?: Raw[] };
      try {
        // A fresh rss-parser (and xml2js parser) per document: a shared one keeps state between
        // parses, and a document with no root element after a clean parse never settles.
        feed = (await new Parser(parserOptions).parseString(prepareXml(xml.replace(/^\uFEFF/, '')))) as unknown as Raw & { items?: Raw[] };
      } catch (err) {
        return { ok: false, reason: 'parse', message: `not a readable RSS/Atom/RDF feed: ${(err as Error).message.split('\n')[0]}` };
      }
      const links = { ...linksOf(feed['pw-atom-links'], baseUrl), ...linksOf(feed['pw-links'], baseUrl) };
      const feedLink = resolveLink(typeof feed.link === 'string' ? feed.link : undefined, baseUrl);
      // RSS 2.0's channel <link> is the feed's web page.
      if (feedLink && !links.alternate) links.alternate = feedLink;
      const base = baseUrl ?? feedLink ?? links.self;
      const entries: ParsedEntry[] = [];
      let skipped = 0;
      for (const item of feed.items ?? []) {
        try {
          entries.push(normalizeEntry(item, base, extraFields));
        } catch {
          skipped++;
        }
      }
      const title = textOf(feed.title);
      return {
        ok: true,
        ...(title ? { title: plainText(title, 500) } : {}),
        entries,
        ...(Object.keys(links).length ? { links } : {}),
        ...(skipped ? { skipped } : {}),
      };
    },
  };
}

/** The default parser. */
export const defaultFeedParser: FeedParser = createRssFeedParser();
