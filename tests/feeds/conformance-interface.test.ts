/**
 * The names the shared feed-corpus scorer (../shared/feed-corpus/score.mts, `npm run
 * conformance`) imports from the project by path. It lives outside the repository, so nothing
 * else here would notice one of them being renamed or made private.
 */
import { describe, expect, it } from 'vitest';
import * as rss from '../../feeds/connectors/rss.ts';
import * as http from '../../feeds/http/index.ts';
import * as parse from '../../feeds/parse/index.ts';
import * as domain from '../../src/domain/index.ts';

describe('what the feed-corpus scorer imports', () => {
  it('finds every function it calls under the name it uses', () => {
    for (const [mod, names] of [
      [rss, ['createRssConnector', 'entryNativeId']],
      [parse, ['defaultFeedParser', 'createRssFeedParser']],
      [http, ['createSafeHttp', 'decodeBody']],
      [domain, ['itemId']],
    ] as const)
      for (const name of names) expect(typeof (mod as Record<string, unknown>)[name], name).not.toBe('undefined');
  });

  it('stores an entry under its guid, else its link, else its title and date', () => {
    expect(rss.entryNativeId({ guid: 'g-1', link: 'https://a.example/1', title: 'T' } as never)).toBe('g-1');
    expect(rss.entryNativeId({ link: 'https://a.example/1', title: 'T' } as never)).toBe('https://a.example/1');
    expect(rss.entryNativeId({ title: 'T', published: '2026-01-02' } as never)).toBe('T\u00002026-01-02');
  });
});
