/**
 * The default FeedParser on rss-parser's `parseString` (never `parseURL`): RSS 0.9x/1.0/2.0
 * (a missing or unknown version reads as 2.0), RDF and Atom 0.3/1.0. A fresh rss-parser per
 * document: a shared one keeps state between parses (a document with no root element after a
 * clean parse never settled). Around it:
 *  - before: rejectHostileXml; a root element must exist; prepareXml (entities, Atom dates);
 *    inline markup in text constructs escaped (markup.ts); a missing <channel> supplied;
 *  - if the strict parse fails: one retry with the tags balanced (repair.ts);
 *  - after: each entry mapped on its own (entry.ts), so one bad entry never sinks the feed.
 */
import { createRequire } from 'node:module';
import Parser from 'rss-parser';
import { rejectHostileXml } from '../http/xml-guard.ts';
import { feedText, linksOf, mapEntries, textOf } from './entry.ts';
import { escapeInlineMarkup } from './markup.ts';
import { prepareXml, RENAMED_DATES } from './prepare.ts';
import { balanceTags, documentRoot, ensureChannel, unprefixFeedElements } from './repair.ts';
import { resolveLink, stripTags } from './text.ts';
import type { FeedParser, FeedParseResult } from './types.ts';

// rss-parser computes `contentSnippet` with /<(?:.|\n)*?>/, quadratic on many unmatched '<'.
const rssUtils = createRequire(import.meta.url)('rss-parser/lib/utils.js') as { stripHtml: (s: string) => string };
rssUtils.stripHtml = stripTags;

type Raw = Record<string, unknown>;
type Field = string | [string, string] | [string, string, { keepArray?: boolean }];

export interface RssFeedParserOptions {
  /** Extra item elements to keep raw (xml2js shape) in `entry.extra`, e.g. 'content'. */
  extraItemFields?: string[];
}

/** Raw item elements the entry mapper reads (rss-parser's own mapping loses attributes and order). */
const RAW_ITEM_FIELDS: Field[] = [
  ['title', 'pw-title', { keepArray: true }],
  ['link', 'pw-link', { keepArray: true }],
  ['guid', 'pw-guid', { keepArray: true }],
  ['id', 'pw-id', { keepArray: true }],
  ['atom:link', 'pw-atom-link', { keepArray: true }],
  ['media:title', 'pw-media-title', { keepArray: true }],
  ['category', 'pw-category', { keepArray: true }],
  [RENAMED_DATES.published, RENAMED_DATES.published, { keepArray: true }],
  [RENAMED_DATES.updated, RENAMED_DATES.updated, { keepArray: true }],
  ['issued', 'pw-issued'],
  ['modified', 'pw-modified'],
  ['created', 'pw-created'],
  ['dc:date', 'pw-dc-date'],
  ['dcterms:issued', 'pw-dcterms-issued'],
  ['dcterms:modified', 'pw-dcterms-modified'],
  ['dcterms:created', 'pw-dcterms-created'],
];

const FEED_FIELDS: Field[] = [
  ['title', 'pw-title', { keepArray: true }],
  ['link', 'pw-links', { keepArray: true }],
  ['atom:link', 'pw-atom-links', { keepArray: true }],
];

type AtomItemMapper = (this: Parser, entry: Raw) => Raw;
const mapAtomItem = (Parser.prototype as unknown as { parseItemAtom: AtomItemMapper }).parseItemAtom;

/**
 * rss-parser, except that an Atom <content> the caller keeps raw (FPDS puts its award XML
 * there) is handed over as parsed, as `pw-x-content`: rss-parser would serialize it back to
 * XML as the entry's content (which cost as much as parsing it), and data is no summary.
 */
class RawContentParser extends Parser<Raw, Raw> {
  parseItemAtom(entry: Raw): Raw {
    const { content, ...rest } = entry;
    const item = mapAtomItem.call(this, rest);
    // As rss-parser copies a custom field: the first element, or its text when it has only text.
    const raw: unknown = Array.isArray(content) ? content[0] : undefined;
    if (raw !== undefined) item['pw-x-content'] = raw && typeof (raw as Raw)._ === 'string' ? (raw as Raw)._ : raw;
    return item;
  }
}

async function parseOnce(xml: string, options: Parser.ParserOptions<Raw, Raw>, rawContent: boolean): Promise<Raw & { items?: Raw[] }> {
  // defaultRSS: an <rss> root without a (known) version is read as RSS 2.0.
  const parser = new (rawContent ? RawContentParser : Parser)({ ...options, defaultRSS: 2 });
  return (await parser.parseString(xml)) as unknown as Raw & { items?: Raw[] };
}

export function createRssFeedParser(opts: RssFeedParserOptions = {}): FeedParser {
  const extraFields = opts.extraItemFields ?? [];
  const itemFields: Field[] = [...RAW_ITEM_FIELDS, ...extraFields.map((f): Field => [f, `pw-x-${f}`, {}])];
  const options = { customFields: { item: itemFields as never, feed: FEED_FIELDS as never } };
  const rawContent = extraFields.includes('content');

  return {
    async parse(input: string, baseUrl?: string): Promise<FeedParseResult> {
      const xml = input.replace(/^\uFEFF/, '');
      const hostile = rejectHostileXml(xml);
      if (!hostile.ok) return { ok: false, reason: 'hostile', message: hostile.message };
      const root = documentRoot(xml);
      if (!root) return { ok: false, reason: 'parse', message: 'not a readable RSS/Atom/RDF feed: the document has no root element' };
      const unprefixed = unprefixFeedElements(xml, root);
      const prepared = ensureChannel(escapeInlineMarkup(prepareXml(unprefixed.xml), extraFields), unprefixed.root);
      let feed: Raw & { items?: Raw[] };
      let cutEntry = false;
      try {
        feed = await parseOnce(prepared, options, rawContent);
      } catch (err) {
        const failure: FeedParseResult = {
          ok: false,
          reason: 'parse',
          message: `not a readable RSS/Atom/RDF feed: ${(err as Error).message.split('\n')[0]}`,
        };
        const repaired = balanceTags(prepared);
        try {
          feed = await parseOnce(repaired.xml, options, rawContent);
        } catch {
          return failure;
        }
        // A document cut off inside an entry (a truncated download): that entry is incomplete
        // and is dropped; with nothing complete left the document stays a failure.
        cutEntry = repaired.closedAtEnd.some((name) => /(?:^|:)(?:item|entry)$/.test(name));
        if (cutEntry && (feed.items?.length ?? 0) <= 1) return failure;
      }
      if (cutEntry) feed.items = feed.items?.slice(0, -1);
      const links = { ...linksOf(feed['pw-atom-links'], baseUrl), ...linksOf(feed['pw-links'], baseUrl) };
      const feedLink = resolveLink(typeof feed.link === 'string' ? feed.link : undefined, baseUrl);
      // RSS 2.0's channel <link> is the feed's web page.
      if (feedLink && !links.alternate) links.alternate = feedLink;
      const base = baseUrl ?? feedLink ?? links.self;
      const atom = unprefixed.root.name === 'feed';
      const { entries, skipped } = mapEntries(feed.items ?? [], base, extraFields, atom);
      const title = feedText(feed['pw-title']) ?? textOf(feed.title);
      return {
        ok: true,
        ...(title ? { title } : {}),
        entries,
        ...(Object.keys(links).length ? { links } : {}),
        ...(skipped ? { skipped } : {}),
      };
    },
  };
}

/** The default parser (it keeps no state between documents). */
export const defaultFeedParser: FeedParser = createRssFeedParser();
