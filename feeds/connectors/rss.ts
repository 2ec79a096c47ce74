/**
 * Generic RSS/Atom/RDF connector: news feeds, agency press releases, state legislature feeds.
 * params: { url, jurisdiction? ('XX'), kind? ('news'; a legislature feed may say 'bill'), agency? }
 * Identity: guid → link → title+date. Conditional GET with the stored ETag/Last-Modified.
 */
import type { FetchContext, FetchOutcome, Item, ItemKind, SourceConnector } from '../../src/domain/index.ts';
import { threadedFeedParser, type FeedParser, type ParsedEntry } from '../parse/index.ts';
import { forEachChunked } from '../../src/pipeline/chunks.ts';
import { collapseWhitespace } from '../../src/text/index.ts';
import { buildItem } from './build-item.ts';
import { configFailure, failed, fromHttpFailure } from './failures.ts';
import { kindParam, strParam } from './params.ts';

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/**
 * The bill number at the start of a title: 'HB 2451', 'S.B. 310', 'AB1234' (letters-only
 * prefixes are written without dots, 'SB 310'), and congressional forms with words in the
 * prefix, kept as written: 'S. Res. 882', 'S. Con. Res. 40', 'H. J. Res. 45'.
 */
export function billIdentifier(title: string): string | undefined {
  const m = /^\s*([A-Z](?:\.?\s?[A-Z]){0,3}\.?(?:\s?(?:Con|Conc|Jt|Res)\.?)*)\s?(\d{1,5})\b/.exec(title);
  if (!m) return undefined;
  const prefix = m[1]!.trim();
  if (/[a-z]/.test(prefix)) return `${prefix.replace(/\s+/g, ' ')} ${m[2]}`;
  return `${prefix.replace(/[.\s]/g, '')} ${m[2]}`;
}

/** Download-link boilerplate some publishers put in every description (GovInfo's "Content Files PDF | XML …"). */
const DOWNLOAD_BOILERPLATE = /\bContent Files\b(?:\s*(?:PDF|XML|TEXT|TXT|HTML|ZIP|MODS|PREMIS|Metadata|download|Details|More|\||·|,))+/gi;

function cleanSummary(summary: string | undefined): string | undefined {
  if (!summary) return undefined;
  const text = collapseWhitespace(/content files/i.test(summary) ? summary.replace(DOWNLOAD_BOILERPLATE, ' ') : summary);
  return text || undefined;
}

/**
 * Values every entry of the feed shares (with two entries or more) say nothing about one
 * entry: a constant category (GovInfo's "Congressional Bills") is no bill status, and a
 * constant description no summary.
 */
function sharedByAll(entries: ParsedEntry[], pick: (e: ParsedEntry) => string[]): Set<string> {
  if (entries.length < 2) return new Set();
  let shared = new Set(pick(entries[0]!));
  for (const e of entries.slice(1)) {
    const own = new Set(pick(e));
    shared = new Set([...shared].filter((v) => own.has(v)));
    if (!shared.size) break;
  }
  return shared;
}

/**
 * The id an entry is stored under. Exported for the shared feed-corpus scorer
 * (../shared/feed-corpus/score.mts, `npm run conformance`), which imports it by name.
 * @public
 */
export function entryNativeId(entry: ParsedEntry): string {
  return entry.key ?? entry.guid ?? entry.link ?? `${entry.title}\u0000${entry.published ?? entry.updated ?? ''}`;
}

interface FeedConstants {
  categories: Set<string>;
  summaries: Set<string>;
}

/**
 * Where an entry without a link of its own points: the feed's URL, as other feed readers do
 * (and the item stays the same whichever page the site shows); an entry whose link was a
 * refused script URL points at the feed's web page instead, never at the raw XML.
 */
interface Fallbacks {
  feedUrl: string;
  siteUrl: string;
}

function toItem(
  ctx: FetchContext,
  entry: ParsedEntry,
  kind: ItemKind,
  jurisdiction: string,
  fallback: Fallbacks,
  constant: FeedConstants,
): Item {
  const agency = strParam(ctx.source.params, 'agency');
  const statuses = (entry.categories ?? []).filter((c) => !constant.categories.has(c));
  const status = kind === 'bill' && statuses.length ? statuses.join(', ') : undefined;
  const summary = cleanSummary(entry.summary && !constant.summaries.has(entry.summary) ? entry.summary : undefined);
  return buildItem(
    ctx.source.id,
    entryNativeId(entry),
    {
      kind,
      jurisdiction,
      identifier: kind === 'bill' ? billIdentifier(entry.title) : undefined,
      title: entry.title,
      summary,
      url: entry.link ?? (entry.linkRefused ? fallback.siteUrl : fallback.feedUrl),
      agency,
      status,
      publishedAt: entry.published ?? entry.updated,
      updatedAt: entry.updated,
    },
    [entry.summary, entry.updated],
  );
}

export function createRssConnector(parser: FeedParser = threadedFeedParser): SourceConnector {
  return {
    type: 'rss',
    description: 'Any RSS 2.0, Atom or RSS 1.0 feed (news, agency releases, state legislature feeds); conditional GET.',
    async fetch(ctx: FetchContext): Promise<FetchOutcome> {
      const { params } = ctx.source;
      const url = strParam(params, 'url');
      if (!url) return configFailure(`source ${ctx.source.id}: params.url is required for an rss source`);
      const jurisdiction = (strParam(params, 'jurisdiction') ?? 'XX').toUpperCase();
      const kind = kindParam(params, 'news');
      const res = await ctx.http.request(url, { etag: ctx.state.etag, lastModified: ctx.state.lastModified, headers: { accept: ACCEPT } });
      if (res.status === 'not-modified') return { status: 'not-modified', state: { etag: res.etag, lastModified: res.lastModified } };
      if (res.status === 'failed') {
        if (res.httpStatus === 410) return failed('gone', `feed ${url} is gone (HTTP 410); remove or replace this source`);
        return fromHttpFailure(res, `feed ${url}`);
      }
      const parsed = await parser.parse(res.body, res.finalUrl, { signal: ctx.signal });
      if (!parsed.ok) return failed(parsed.reason, `feed ${url}: ${parsed.message}`);
      if (parsed.skipped) ctx.log.warn({ source: ctx.source.id, skipped: parsed.skipped }, 'feed entries skipped');
      const fallback: Fallbacks = { feedUrl: res.finalUrl, siteUrl: parsed.links?.alternate ?? new URL('/', res.finalUrl).href };
      const seen = new Set<string>();
      const items: Item[] = [];
      const distinct = [...new Map(parsed.entries.map((e) => [entryNativeId(e), e])).values()];
      const constant: FeedConstants = {
        categories: sharedByAll(distinct, (e) => e.categories ?? []),
        summaries: sharedByAll(distinct, (e) => (e.summary ? [e.summary] : [])),
      };
      // Tens of thousands of entries take a while to map (two hashes each): in chunks.
      await forEachChunked(parsed.entries, (entry) => {
        const item = toItem(ctx, entry, kind, jurisdiction, fallback, constant);
        if (seen.has(item.id)) return; // a feed repeating an entry yields it once
        seen.add(item.id);
        items.push(item);
      });
      return { status: 'ok', items, state: { etag: res.etag, lastModified: res.lastModified } };
    },
  };
}

export const rssConnector: SourceConnector = createRssConnector();
