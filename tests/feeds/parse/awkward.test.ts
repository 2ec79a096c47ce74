/**
 * The awkward-feed corpus (tests/fixtures/feeds/awkward/README.md): every feed parses without
 * throwing and yields the right entries; hostile and malformed documents come back as values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSafeHttp } from '../../../feeds/http/index.ts';
import { defaultFeedParser, type FeedParseResult, type ParsedFeed } from '../../../feeds/parse/index.ts';
import { startFixtureServer } from '../../helpers/fixture-server.ts';

const dir = new URL('../../fixtures/feeds/awkward/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');

function ok(result: FeedParseResult): ParsedFeed {
  if (!result.ok) throw new Error(`expected a feed, got ${result.reason}: ${result.message}`);
  return result;
}

describe('awkward feeds', () => {
  it('keeps items that have no guid (and one without a link)', async () => {
    const feed = ok(await defaultFeedParser.parse(text('missing-guid.rss.xml')));
    expect(feed.title).toBe('Kansas Legislature - Bill Introductions');
    expect(feed.entries).toHaveLength(3);
    expect(feed.entries.every((e) => e.guid === undefined)).toBe(true);
    expect(feed.entries[0]).toMatchObject({
      title: 'HB 2451 - Prohibiting state agencies from sharing driver license data with federal immigration authorities',
      link: 'https://kslegislature.gov/li/b2025_26/measures/hb2451/',
      published: '2026-11-24T14:05:00.000Z',
    });
    expect(feed.entries[2]!.link).toBeUndefined();
  });

  it('strips HTML from titles and summaries and decodes entities, CDATA included', async () => {
    const feed = ok(await defaultFeedParser.parse(text('html-titles.rss.xml')));
    expect(feed.title).toBe('Statehouse News & Notes');
    const [a, b, c, d] = feed.entries;
    expect(a).toMatchObject({
      guid: 'news-1001',
      title: 'State police & ICE sign 287(g) agreement',
      summary: 'The agreement gives ICE access to the state\u2019s booking data.',
      published: '2026-11-23T14:00:00.000Z',
      categories: ['Immigration', 'Policing'],
      author: 'Maria Lopez',
    });
    expect(b).toMatchObject({
      title: 'Fusion center audit finds ALPR data shared with DHS & CBP',
      summary: 'Auditors found license plate reader records were queried 1,200 times.',
    });
    // A bare '&' and HTML-only entities (&nbsp; &mdash;) would stop a strict XML parser.
    expect(c!.title).toBe('AT&T wins state 911 contract \u2014 no data-sharing clause');
    // 10,000 unmatched '<' are kept as text, not fed to a quadratic regex.
    expect(d!.summary!.startsWith('<<<<')).toBe(true);
    expect(d!.title).toBe('Budget hearing recap');
  });

  it('resolves relative links against the feed URL and refuses script links', async () => {
    const feed = ok(await defaultFeedParser.parse(text('relative-links.atom.xml'), 'https://coalition.example.org/policy/feed.atom'));
    expect(feed.links).toEqual({
      self: 'https://coalition.example.org/policy/feed.atom',
      alternate: 'https://coalition.example.org/policy/',
    });
    expect(feed.entries.map((e) => e.link)).toEqual([
      'https://coalition.example.org/policy/entries/41',
      'https://coalition.example.org/policy/entries/42?ref=feed',
      undefined,
    ]);
    expect(feed.entries[0]).toMatchObject({
      guid: 'tag:coalition.example.org,2026:tracker/41',
      summary: 'California Law Enforcement Telecommunications System access was revoked.',
      published: '2026-11-20T09:00:00.000Z',
      updated: '2026-11-21T10:30:00.000Z',
      categories: ['clets', 'california'],
      author: 'Tracker Bot',
    });
    // xhtml titles keep their words (xml2js loses the order of mixed content).
    expect(feed.entries[1]!.title).toContain('MOU');
    expect(feed.entries[1]!.title).toContain('with DHS');
  });

  it('decodes windows-1252 declared only in the XML declaration, through safe HTTP', async () => {
    const server = await startFixtureServer({
      '/notices.rss': { headers: { 'Content-Type': 'application/rss+xml' }, body: readFileSync(new URL('windows-1252.rss.xml', dir)) },
    });
    try {
      const res = await createSafeHttp({ allowPrivateHosts: ['127.0.0.1'] }).request(`${server.url}/notices.rss`);
      if (res.status !== 'ok') throw new Error(res.status);
      const feed = ok(await defaultFeedParser.parse(res.body, res.finalUrl));
      expect(feed.entries[0]).toMatchObject({
        title: '\u201cSecure Communities\u201d data agreement \u2014 public comment',
        summary: 'Caf\u00e9 owners\u2019 association asks the board to reject the agreement.',
      });
    } finally {
      await server.close();
    }
  });

  it('parses a document that still starts with a byte-order mark', async () => {
    const raw = readFileSync(new URL('bom.rss.xml', dir)).toString('utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const feed = ok(await defaultFeedParser.parse(raw));
    expect(feed.entries[0]).toMatchObject({ guid: 'dps-2026-112', title: 'DPS clarifies policy on immigration detainers' });
  });

  it('gives bad Atom dates undefined instead of failing the feed', async () => {
    const feed = ok(await defaultFeedParser.parse(text('bad-dates.atom.xml')));
    expect(feed.entries).toHaveLength(3);
    expect(feed.entries[0]).toMatchObject({
      title: 'Records request: ICE access to state criminal history repository',
      updated: '2026-11-19T08:00:00.000Z',
    });
    expect(feed.entries[0]!.published).toBeUndefined();
    expect(feed.entries[1]!.published).toBeUndefined();
    expect(feed.entries[1]!.updated).toBeUndefined();
    expect(feed.entries[2]!.published).toBe('2026-11-18T17:00:00.000Z');
  });

  it('returns an empty list for a feed without items', async () => {
    const feed = ok(await defaultFeedParser.parse(text('empty.rss.xml')));
    expect(feed).toMatchObject({ title: 'Texas Legislature Online - Bills Passed Today', entries: [] });
  });

  it('reads RSS 1.0 / RDF with dc:date and rdf:about', async () => {
    const feed = ok(await defaultFeedParser.parse(text('rdf.rdf.xml')));
    expect(feed.entries).toEqual([
      {
        guid: 'https://council.example.gov/items/2026-334',
        link: 'https://council.example.gov/items/2026-334',
        title: 'Resolution limiting police cooperation with federal immigration detainers',
        summary: 'Second reading.',
        published: '2026-11-18T02:30:00.000Z',
      },
    ]);
  });

  it('refuses a billion-laughs document before parsing', async () => {
    const res = await defaultFeedParser.parse(text('billion-laughs.xml'));
    expect(res).toMatchObject({ ok: false, reason: 'hostile' });
  });

  it('returns a parse failure for malformed XML and for non-feeds', async () => {
    expect(await defaultFeedParser.parse(text('malformed.xml'))).toMatchObject({ ok: false, reason: 'parse' });
    expect(await defaultFeedParser.parse('<html><body>Not a feed</body></html>')).toMatchObject({ ok: false, reason: 'parse' });
    expect(await defaultFeedParser.parse('')).toMatchObject({ ok: false, reason: 'parse' });
  });

  it('parses a generated 10,000-item feed', async () => {
    const items = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<item><title>Item ${i} &amp; notes</title><link>/items/${i}</link><guid>g-${i}</guid><pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate></item>`,
    ).join('');
    const feed = ok(
      await defaultFeedParser.parse(
        `<rss version="2.0"><channel><title>Bulk</title>${items}</channel></rss>`,
        'https://bulk.example.org/feed',
      ),
    );
    expect(feed.entries).toHaveLength(10_000);
    expect(feed.entries[9_999]).toMatchObject({ guid: 'g-9999', title: 'Item 9999 & notes', link: 'https://bulk.example.org/items/9999' });
  });
});
