/**
 * One bad response must never stall the bot: the parser carries no state from one document to
 * the next, so a document with no root element right after a clean feed is rejected at once
 * and never completes with another feed's items.
 */
import { describe, expect, it } from 'vitest';
import { defaultFeedParser, type FeedParseResult } from '../../../feeds/parse/index.ts';

const CLEAN_A = `<?xml version="1.0"?><rss version="2.0"><channel><title>A</title>
<item><title>Feed A item</title><link>https://a.example/1</link></item></channel></rss>`;
const CLEAN_C = `<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>
<item><title>Feed C item</title><link>https://c.example/1</link></item>
<item><title>Feed C item 2</title><link>https://c.example/2</link></item></channel></rss>`;
const EMPTY_DOCUMENTS = ['<!-- a comment and no root element -->', '<?xml version="1.0" encoding="utf-8"?>', '', '   \n'];

const PENDING = Symbol('pending');
/** The parse result, or PENDING if it has not settled within a second. */
function withinASecond(p: Promise<FeedParseResult>): Promise<FeedParseResult | typeof PENDING> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof PENDING>((resolve) => (timer = setTimeout(() => resolve(PENDING), 1000)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

describe('the feed parser carries no state between documents', () => {
  for (const doc of EMPTY_DOCUMENTS) {
    it(`rejects ${JSON.stringify(doc)} right after a clean parse`, async () => {
      expect((await defaultFeedParser.parse(CLEAN_A)).ok).toBe(true);
      const result = await withinASecond(defaultFeedParser.parse(doc));
      expect(result).not.toBe(PENDING);
      expect(result).toMatchObject({ ok: false, reason: 'parse' });
    });
  }

  it('never hands an empty document the entries of a feed parsed alongside it', async () => {
    expect((await defaultFeedParser.parse(CLEAN_A)).ok).toBe(true);
    const [empty, c] = await Promise.all([withinASecond(defaultFeedParser.parse(EMPTY_DOCUMENTS[0]!)), defaultFeedParser.parse(CLEAN_C)]);
    expect(empty).toMatchObject({ ok: false });
    expect(c).toMatchObject({ ok: true, entries: [{ title: 'Feed C item' }, { title: 'Feed C item 2' }] });
  });

  it('judges a stray close tag the same whatever was parsed before', async () => {
    const stray = '<rss version="2.0"><channel><title>S</title><item><title>x</title></item></channel></rss></extra>';
    const fresh = await defaultFeedParser.parse(stray);
    await defaultFeedParser.parse(CLEAN_A);
    await defaultFeedParser.parse(EMPTY_DOCUMENTS[0]!);
    expect(await defaultFeedParser.parse(stray)).toEqual(fresh);
  });
});
