/** The feed-parser port: XML text in, normalized entries out; failures are values. */

export interface ParsedEntry {
  guid?: string;
  /** Identity when the guid alone is ambiguous (a feed reusing one guid for entries with different links). */
  key?: string;
  link?: string;
  /** The entry named a link that was refused (javascript:, data:), so it has no link. */
  linkRefused?: true;
  title: string;
  summary?: string;
  /** ISO-8601, undefined when missing or unparseable. */
  published?: string;
  updated?: string;
  categories?: string[];
  author?: string;
  /** Raw parsed values of the extra item fields a caller asked for (`extraItemFields`). */
  extra?: Record<string, unknown>;
}

export interface ParsedFeed {
  ok: true;
  title?: string;
  entries: ParsedEntry[];
  /** Feed-level links by rel ('self', 'next', 'alternate', …), absolute. */
  links?: Record<string, string>;
  /** Entries dropped because they could not be normalized. */
  skipped?: number;
}

export interface FeedParseFailure {
  ok: false;
  /** 'hostile': DTD internal subset / entity declarations; 'parse': not well-formed or not a feed. */
  reason: 'parse' | 'hostile';
  message: string;
}

export type FeedParseResult = ParsedFeed | FeedParseFailure;

export interface FeedParseOptions {
  /** Abandons the parse (the source deadline, shutdown): it then settles as a failure. */
  signal?: AbortSignal;
}

export interface FeedParser {
  parse(xml: string, baseUrl?: string, opts?: FeedParseOptions): Promise<FeedParseResult>;
}
