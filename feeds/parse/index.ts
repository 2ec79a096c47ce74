export type { FeedParseOptions, FeedParser, FeedParseResult, FeedParseFailure, ParsedEntry, ParsedFeed } from './types.ts';
export { createRssFeedParser, defaultFeedParser, textOf } from './rss-parser.ts';
export type { RssFeedParserOptions } from './rss-parser.ts';
export { decodeEntities, htmlToText, looksLikeHtml, plainText, resolveLink, stripTags, toIsoDate } from './text.ts';
export { prepareXml } from './prepare.ts';
export { createThreadedFeedParser, threadedFeedParser } from './threaded.ts';
export type { ThreadedFeedParser, ThreadedFeedParserOptions } from './threaded.ts';
