/**
 * Generic RSS/Atom/RDF connector: news feeds, agency press releases, state legislature feeds.
 * params: { url, jurisdiction? ('XX'), kind? ('news'; a legislature feed may say 'bill'), agency? }
 * Identity: guid → link → title+date. Conditional GET with the stored ETag/Last-Modified.
 */
import type { FetchContext, FetchOutcome, Item, ItemKind, SourceConnector } from '../../src/domain/index.ts';
import { defaultFeedParser, type FeedParser, type ParsedEntry } from '../parse/index.ts';
import { buildItem, config, failed, fromHttpFailure, kindParam, strParam } from './common.ts';

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/** 'HB 2451', 'S.B. 310', 'AB 1234' at the start of a bill title. */
export function billIdentifier(title: string): string | undefined {
  const m = /^\s*([A-Z](?:\.?[A-Z]){0,3}\.?\s?\d{1,5})\b/.exec(title);
  return m?.[1]?.replace(/\./g, '').replace(/^([A-Z]+)(\d)/, '$1 $2');
}

export function entryNativeId(entry: ParsedEntry): string {
  return entry.guid ?? entry.link ?? `${entry.title}\u0000${entry.published ?? entry.updated ?? ''}`;
}

function toItem(ctx: FetchContext, entry: ParsedEntry, kind: ItemKind, jurisdiction: string, fallbackUrl: string): Item {
  const agency = strParam(ctx.source.params, 'agency');
  const status = kind === 'bill' && entry.categories?.length ? entry.categories.join(', ') : undefined;
  return buildItem(
    ctx.source.id,
    entryNativeId(entry),
    {
      kind,
      jurisdiction,
      identifier: kind === 'bill' ? billIdentifier(entry.title) : undefined,
      title: entry.title,
      summary: entry.summary,
      url: entry.link ?? fallbackUrl,
      agency,
      status,
      publishedAt: entry.published ?? entry.updated,
      updatedAt: entry.updated,
    },
    [entry.summary, entry.updated],
  );
}

export function createRssConnector(parser: FeedParser = defaultFeedParser): SourceConnector {
  return {
    type: 'rss',
    description: 'Any RSS 2.0, Atom or RSS 1.0 feed (news, agency releases, state legislature feeds); conditional GET.',
    async fetch(ctx: FetchContext): Promise<FetchOutcome> {
      const { params } = ctx.source;
      const url = strParam(params, 'url');
      if (!url) return config(`source ${ctx.source.id}: params.url is required for an rss source`);
      const jurisdiction = (strParam(params, 'jurisdiction') ?? 'XX').toUpperCase();
      const kind = kindParam(params, 'news');
      const res = await ctx.http.request(url, { etag: ctx.state.etag, lastModified: ctx.state.lastModified, headers: { accept: ACCEPT } });
      if (res.status === 'not-modified') return { status: 'not-modified', state: { etag: res.etag, lastModified: res.lastModified } };
      if (res.status === 'failed') {
        if (res.httpStatus === 410) return failed('gone', `feed ${url} is gone (HTTP 410); remove or replace this source`);
        return fromHttpFailure(res, `feed ${url}`);
      }
      const parsed = await parser.parse(res.body, res.finalUrl);
      if (!parsed.ok) return failed(parsed.reason, `feed ${url}: ${parsed.message}`);
      if (parsed.skipped) ctx.log.warn({ source: ctx.source.id, skipped: parsed.skipped }, 'feed entries skipped');
      // An entry without a usable link points at the feed's web page (or the site), never at the XML.
      const siteUrl = parsed.links?.alternate ?? new URL('/', res.finalUrl).href;
      const seen = new Set<string>();
      const items: Item[] = [];
      for (const entry of parsed.entries) {
        const item = toItem(ctx, entry, kind, jurisdiction, siteUrl);
        if (seen.has(item.id)) continue; // a feed repeating an entry yields it once
        seen.add(item.id);
        items.push(item);
      }
      return { status: 'ok', items, state: { etag: res.etag, lastModified: res.lastModified } };
    },
  };
}

export const rssConnector: SourceConnector = createRssConnector();
