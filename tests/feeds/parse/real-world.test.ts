/**
 * Feeds as the real world writes them: one small document per class of trouble that mature
 * feed readers cope with, and what the parser makes of it.
 */
import { describe, expect, it } from 'vitest';
import { defaultFeedParser, type FeedParseResult, type ParsedFeed } from '../../../feeds/parse/index.ts';

const BASE = 'https://feeds.example.org/news/feed.xml';

async function parse(xml: string): Promise<ParsedFeed> {
  const result: FeedParseResult = await defaultFeedParser.parse(xml, BASE);
  if (!result.ok) throw new Error(`expected a feed, got ${result.reason}: ${result.message}`);
  return result;
}
const rss = (items: string, rootAttrs = ' version="2.0"') =>
  `<?xml version="1.0"?><rss${rootAttrs}><channel><title>T</title>${items}</channel></rss>`;
const atom = (entries: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${entries}</feed>`;

describe('document shapes readers accept', () => {
  it('reads <rss> without a version (or an unknown one) as RSS 2.0', async () => {
    for (const attrs of ['', ' version="2.0.1"', ' version="1.0"']) {
      const feed = await parse(rss('<item><title>HB 1</title><link>https://x.example/1</link></item>', attrs));
      expect(feed.entries).toEqual([{ title: 'HB 1', link: 'https://x.example/1' }]);
    }
  });

  it('reads items of an <rss> or RDF document that has no <channel>', async () => {
    const bare = await parse('<rss version="2.0"><item><title>No channel</title><link>https://x.example/a</link></item></rss>');
    expect(bare.entries.map((e) => e.title)).toEqual(['No channel']);
    const rdf = await parse(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="https://x.example/r"><title>RDF item</title><link>https://x.example/r</link></item></rdf:RDF>',
    );
    expect(rdf.entries).toMatchObject([{ title: 'RDF item', link: 'https://x.example/r' }]);
  });

  it('reads RSS elements under a namespace prefix, Atom entries written <item>, and media:title', async () => {
    const prefixed = await parse(
      '<r:rss version="2.0" xmlns:r="http://backend.userland.com/rss2"><r:channel><r:title>P</r:title><r:item><r:title>Prefixed</r:title></r:item></r:channel></r:rss>',
    );
    expect(prefixed.entries.map((e) => e.title)).toEqual(['Prefixed']);
    const items = await parse(atom('<item><title>Written as item</title></item>'));
    expect(items.entries.map((e) => e.title)).toEqual(['Written as item']);
    const media = await parse(
      rss('<item xmlns:media="http://search.yahoo.com/mrss/"><media:title>Only a media title</media:title></item>'),
    );
    expect(media.entries[0]!.title).toBe('Only a media title');
  });

  it('recovers a stray close tag and a missing root close tag', async () => {
    const stray = await parse('<rss version="2.0"><channel><title>S</title></b><item><title>Kept</title></item></channel></rss>');
    expect(stray.entries.map((e) => e.title)).toEqual(['Kept']);
    const unclosed = await parse(
      '<rss version="2.0"><channel><title>U</title><item><title>One</title></item><item><title>Two</title></item>',
    );
    expect(unclosed.entries.map((e) => e.title)).toEqual(['One', 'Two']);
  });

  it('drops the entry a truncated download cut off, and keeps the complete ones', async () => {
    const cut = await parse('<rss version="2.0"><channel><title>C</title><item><title>Whole</title></item><item><title>Half of a ti');
    expect(cut.entries.map((e) => e.title)).toEqual(['Whole']);
    expect(await defaultFeedParser.parse('<rss version="2.0"><channel><item><title>Only half')).toMatchObject({
      ok: false,
      reason: 'parse',
    });
  });

  it('still refuses documents that are no feed', async () => {
    expect(await defaultFeedParser.parse('<html><body>Not a feed</body></html>')).toMatchObject({ ok: false, reason: 'parse' });
  });
});

describe('entry links', () => {
  it('takes a permalink <guid> as the link when there is no <link>, but not one marked isPermaLink="false"', async () => {
    const feed = await parse(
      rss(
        '<item><title>A</title><guid>https://x.example/story/1</guid></item>' +
          '<item><title>B</title><guid isPermaLink="false">https://x.example/story/2</guid></item>' +
          '<item><title>C</title><guid>story-3</guid></item>',
      ),
    );
    expect(feed.entries[0]).toMatchObject({ guid: 'https://x.example/story/1', link: 'https://x.example/story/1' });
    expect(feed.entries[1]!.link).toBeUndefined();
    expect(feed.entries[2]!.link).toBe('https://feeds.example.org/news/story-3');
  });

  it('takes an Atom id URL as the link when the entry has no alternate link', async () => {
    const feed = await parse(
      atom('<entry><title>Id only</title><id>https://x.example/entries/1</id></entry><entry><title>Urn</title><id>urn:uuid:1</id></entry>'),
    );
    expect(feed.entries[0]).toMatchObject({ guid: 'https://x.example/entries/1', link: 'https://x.example/entries/1' });
    expect(feed.entries[1]!.link).toBeUndefined();
  });

  it('never takes a license, related, via or enclosure link for the entry link', async () => {
    const feed = await parse(
      atom(
        '<entry><title>L</title><link rel="license" href="https://creativecommons.org/licenses/by/4.0/"/>' +
          '<link rel="related" href="https://x.example/related"/><link rel="via" href="https://x.example/via"/>' +
          '<link rel="enclosure" type="audio/mpeg" href="https://x.example/a.mp3"/><link rel="alternate" type="text/html" href="https://x.example/post"/></entry>' +
          '<entry><title>M</title><link rel="license" href="https://creativecommons.org/licenses/by/4.0/"/></entry>',
      ),
    );
    expect(feed.entries[0]!.link).toBe('https://x.example/post');
    expect(feed.entries[1]!.link).toBeUndefined();
  });

  it('reads an atom:link inside an RSS item', async () => {
    const feed = await parse(
      rss('<item xmlns:atom="http://www.w3.org/2005/Atom"><title>A</title><atom:link href="https://x.example/item"/></item>'),
    );
    expect(feed.entries[0]!.link).toBe('https://x.example/item');
  });
});

describe('entry titles', () => {
  it('keeps XHTML titles whole and in order', async () => {
    const feed = await parse(
      atom(
        '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><b>This</b> is <i>XHTML</i> content.</div></title></entry>',
      ),
    );
    expect(feed.entries[0]!.title).toBe('This is XHTML content.');
  });

  it('keeps escaped literal text in a text title, and reads escaped HTML in an html title', async () => {
    const feed = await parse(
      atom(
        '<entry><title type="text">History of the &lt;blink&gt; tag</title></entry><entry><title type="html">&lt;b&gt;Bold&lt;/b&gt; &amp;amp; more</title></entry>',
      ),
    );
    expect(feed.entries.map((e) => e.title)).toEqual(['History of the <blink> tag', 'Bold & more']);
    const plain = await parse(rss('<item><title>Compare a &lt; b and &lt;c&gt;</title></item>'));
    expect(plain.entries[0]!.title).toBe('Compare a < b and <c>');
  });

  it('drops script and style text from titles', async () => {
    const feed = await parse(
      atom('<entry><title type="html">Safe &lt;script&gt;alert(1)&lt;/script&gt;title&lt;style&gt;b{}&lt;/style&gt;</title></entry>'),
    );
    expect(feed.entries[0]!.title).toBe('Safe title');
    const inline = await parse(rss('<item><title>Inline <b>bold</b> <script>evil()</script>end</title></item>'));
    expect(inline.entries[0]!.title).toBe('Inline bold end');
  });

  it('decodes base64 titles (Atom 0.3 mode="base64", Atom 1.0 binary types)', async () => {
    const b64 = Buffer.from('Example <b>Atom</b>').toString('base64');
    const old = await parse(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title mode="base64">${b64}</title></entry></feed>`,
    );
    expect(old.entries[0]!.title).toBe('Example <b>Atom</b>');
    const binary = await parse(atom(`<entry><title type="application/octet-stream">${b64}</title></entry>`));
    expect(binary.entries[0]!.title).toBe('Example <b>Atom</b>');
  });
});

describe('entry dates', () => {
  it('reads dc:date, dcterms:issued/modified and Atom 0.3 issued/modified', async () => {
    const ns = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"';
    const feed = await parse(
      rss(
        `<item ${ns}><title>a</title><dc:date>2026-11-20T10:00:00Z</dc:date></item>` +
          `<item ${ns}><title>b</title><dcterms:issued>2026-11-21T10:00:00+01:00</dcterms:issued></item>` +
          `<item ${ns}><title>c</title><dcterms:modified>2026-11-22T10:00:00Z</dcterms:modified></item>`,
      ),
    );
    expect(feed.entries.map((e) => e.published)).toEqual([
      '2026-11-20T10:00:00.000Z',
      '2026-11-21T09:00:00.000Z',
      '2026-11-22T10:00:00.000Z',
    ]);
    const old = await parse(
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>i</title><issued>2026-11-23T08:00:00Z</issued></entry><entry><title>m</title><modified>2026-11-24T08:00:00Z</modified></entry></feed>',
    );
    expect(old.entries.map((e) => e.published)).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z']);
  });

  it('reads times without a zone as UTC, and the last of repeated updated elements', async () => {
    const feed = await parse(
      rss(
        '<item><title>a</title><pubDate>Sat, 07 Sep 2002 00:00:01</pubDate></item><item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>b</title><dc:date>2002-09-07T12:30:00</dc:date></item>',
      ),
    );
    expect(feed.entries.map((e) => e.published)).toEqual(['2002-09-07T00:00:01.000Z', '2002-09-07T12:30:00.000Z']);
    const repeated = await parse(
      atom('<entry><title>u</title><updated>2010-12-01T10:14:55Z</updated><updated>2003-12-31T10:14:55Z</updated></entry>'),
    );
    expect(repeated.entries[0]!.updated).toBe('2003-12-31T10:14:55.000Z');
  });
});

describe('entry identity', () => {
  it('gives entries that reuse one guid with a different link or title their own keys', async () => {
    const feed = await parse(
      rss(
        '<item><title>Episode 1</title><link>https://x.example/1</link><guid isPermaLink="false">dup</guid></item>' +
          '<item><title>Episode 2</title><link>https://x.example/2</link><guid isPermaLink="false">dup</guid></item>' +
          '<item><title>Episode 1</title><link>https://x.example/1</link><guid isPermaLink="false">dup</guid></item>',
      ),
    );
    expect(feed.entries.map((e) => e.guid)).toEqual(['dup', 'dup', 'dup']);
    expect(feed.entries[0]!.key).toBeUndefined();
    expect(feed.entries[1]!.key).toBe('dup\u0000https://x.example/2\u0000Episode 2');
    expect(feed.entries[2]!.key).toBeUndefined(); // the same entry again
  });
});
