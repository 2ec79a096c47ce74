export type { FeedParser, FeedParseResult, ParsedEntry, ParsedFeed } from './types.ts';
export { createRssFeedParser, defaultFeedParser } from './rss-parser.ts';
export { decodeEntities, plainText, resolveLink, stripTags, toIsoDate } from './text.ts';
export { prepareXml } from './prepare.ts';
export { createThreadedFeedParser, threadedFeedParser } from './threaded.ts';
export type { ThreadedFeedParser } from './threaded.ts';
