/** rss connector over real HTTP: mapping, identity, conditional GET, change detection, failures. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceState } from '../../../src/domain/index.ts';
import { itemId } from '../../../src/domain/index.ts';
import { createSafeHttp } from '../../../feeds/http/index.ts';
import { billIdentifier, rssConnector } from '../../../feeds/connectors/rss.ts';
import { neverAnswers, startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { fetchContext, okItems } from '../../helpers/fetch-context.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ctx = (params: Record<string, unknown>, state: Partial<SourceState> = {}, timeoutMs?: number) =>
  fetchContext(
    { id: 'ks-house', type: 'rss', name: 'Kansas House actions', params: { url: `${server!.url}/li/rss/house_action.xml`, ...params } },
    { state, now: new Date('2026-11-24T18:00:00Z'), timeoutMs },
  );

const served = (name: string, headers: Record<string, string> = {}) => ({
  headers: { 'Content-Type': 'application/rss+xml', ...headers },
  body: fixture(name),
});

describe('rssConnector', () => {
  it('maps a legislature feed to bill items with identifiers, once per entry', async () => {
    server = await startFixtureServer({ '/li/rss/house_action.xml': served('rss/bills.rss.xml') });
    const got = okItems(await rssConnector.fetch(ctx({ jurisdiction: 'ks', kind: 'bill' })));
    expect(got).toHaveLength(3);
    expect(got[0]).toMatchObject({
      id: itemId('ks-house', 'ks-2026-hb2451'),
      sourceId: 'ks-house',
      kind: 'bill',
      jurisdiction: 'KS',
      identifier: 'HB 2451',
      title: 'HB 2451 - Prohibiting state agencies from sharing driver license data with federal immigration authorities',
      url: 'https://kslegislature.gov/li/b2025_26/measures/hb2451/',
      status: 'Referred to Committee on Federal and State Affairs',
      summary: 'Driver license and state ID records; ICE access; KCJIS queries.',
      publishedAt: '2026-11-24T14:05:00.000Z',
    });
    // No guid: identity falls back to the link, resolved against the feed URL.
    expect(got[1]).toMatchObject({
      id: itemId('ks-house', `${server.url}/li/b2025_26/measures/sb310/`),
      identifier: 'SB 310',
      url: `${server.url}/li/b2025_26/measures/sb310/`,
    });
  });

  it('reads a GovInfo bill feed: congressional identifiers, no constant category as status, no download boilerplate as summary', async () => {
    server = await startFixtureServer({ '/li/rss/house_action.xml': served('rss/govinfo-bills.rss.xml') });
    const got = okItems(await rssConnector.fetch(ctx({ jurisdiction: 'us', kind: 'bill' })));
    expect(got.map((i) => i.identifier)).toEqual(['S. Res. 882', 'S. Con. Res. 40', 'HR 9876']);
    expect(got.map((i) => i.status)).toEqual([undefined, undefined, undefined]);
    expect(got[0]!.summary).toBeUndefined();
    expect(got[1]!.summary).toBeUndefined();
    expect(got[2]!.summary).toBe('Introduced in House.');
    expect(got[0]).toMatchObject({
      url: 'https://www.govinfo.gov/app/details/BILLS-118sres882ats',
      publishedAt: '2024-09-24T04:00:00.000Z',
    });
  });

  it('keeps entries that reuse one guid with different links (a podcast feed loses no episode)', async () => {
    const body = `<rss version="2.0"><channel><title>P</title>
      <item><title>Episode 1</title><link>https://pod.example/1</link><guid isPermaLink="false">ep</guid></item>
      <item><title>Episode 2</title><link>https://pod.example/2</link><guid isPermaLink="false">ep</guid></item>
      <item><title>Episode 1</title><link>https://pod.example/1</link><guid isPermaLink="false">ep</guid></item>
    </channel></rss>`;
    server = await startFixtureServer({ '/li/rss/house_action.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body } });
    const got = okItems(await rssConnector.fetch(ctx({})));
    expect(got.map((i) => i.url)).toEqual(['https://pod.example/1', 'https://pod.example/2']);
    expect(got[0]!.id).toBe(itemId('ks-house', 'ep'));
  });

  it('defaults to news items with an unknown jurisdiction, and identifies link-less, guid-less entries by title+date', async () => {
    server = await startFixtureServer({ '/li/rss/house_action.xml': served('awkward/missing-guid.rss.xml') });
    const got = okItems(await rssConnector.fetch(ctx({})));
    expect(got[0]).toMatchObject({ kind: 'news', jurisdiction: 'XX' });
    expect(got[0]!.identifier).toBeUndefined();
    expect(got[2]).toMatchObject({
      id: itemId('ks-house', 'HB 2460 - Renaming a portion of U.S. highway 50\u00002026-11-24T16:00:00.000Z'),
      // No link of its own: the feed's URL, as other feed readers give it.
      url: `${server.url}/li/rss/house_action.xml`,
    });
  });

  it("points an entry whose link was a script URL at the feed's web page, never at the XML", async () => {
    server = await startFixtureServer({ '/li/rss/house_action.xml': served('awkward/relative-links.atom.xml') });
    const got = okItems(await rssConnector.fetch(ctx({})));
    const scripted = got.find((i) => i.title === 'Link with a script scheme')!;
    expect(scripted.url).toBe(`${server.url}/policy/`);
  });

  it('sends the stored validators and maps 304 to not-modified', async () => {
    server = await startFixtureServer({ '/li/rss/house_action.xml': { status: 304, headers: { ETag: '"abc"' } } });
    const outcome = await rssConnector.fetch(ctx({}, { etag: '"abc"', lastModified: 'Tue, 24 Nov 2026 16:00:00 GMT' }));
    expect(outcome).toEqual({ status: 'not-modified', state: { etag: '"abc"', lastModified: 'Tue, 24 Nov 2026 16:00:00 GMT' } });
    expect(server.requests[0]!.headers['if-none-match']).toBe('"abc"');
    expect(server.requests[0]!.headers['if-modified-since']).toBe('Tue, 24 Nov 2026 16:00:00 GMT');
  });

  it('returns the new validators with the items', async () => {
    server = await startFixtureServer({
      '/li/rss/house_action.xml': served('rss/bills.rss.xml', { ETag: '"v7"', 'Last-Modified': 'Tue, 24 Nov 2026 16:01:00 GMT' }),
    });
    expect(await rssConnector.fetch(ctx({}))).toMatchObject({
      status: 'ok',
      state: { etag: '"v7"', lastModified: 'Tue, 24 Nov 2026 16:01:00 GMT' },
    });
  });

  it('keeps the id and changes the version when a bill status changes', async () => {
    server = await startFixtureServer({ '/li/rss/house_action.xml': served('rss/bills.rss.xml') });
    const before = okItems(await rssConnector.fetch(ctx({ kind: 'bill' })));
    server.route('/li/rss/house_action.xml', served('rss/bills-changed.rss.xml'));
    const after = okItems(await rssConnector.fetch(ctx({ kind: 'bill' })));
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(after[0]!.version).not.toBe(before[0]!.version);
    expect(after[2]!.version).toBe(before[2]!.version);
  });

  it('returns failures as values: config, 5xx, timeout, 410 gone, malformed and hostile XML', async () => {
    server = await startFixtureServer({ '/li/rss/house_action.xml': { status: 500 } });
    expect(await rssConnector.fetch(ctx({ url: undefined }))).toMatchObject({ status: 'failed', reason: 'config' });
    expect(await rssConnector.fetch(ctx({}))).toMatchObject({ status: 'failed', reason: 'http' });
    server.route('/li/rss/house_action.xml', neverAnswers);
    expect(await rssConnector.fetch(ctx({}, {}, 50))).toMatchObject({ status: 'failed', reason: 'timeout' });
    server.route('/li/rss/house_action.xml', { status: 410 });
    expect(await rssConnector.fetch(ctx({}))).toMatchObject({ status: 'failed', reason: 'gone' });
    server.route('/li/rss/house_action.xml', served('awkward/malformed.xml'));
    expect(await rssConnector.fetch(ctx({}))).toMatchObject({ status: 'failed', reason: 'parse' });
    server.route('/li/rss/house_action.xml', served('awkward/billion-laughs.xml'));
    expect(await rssConnector.fetch(ctx({}))).toMatchObject({ status: 'failed', reason: 'hostile' });
  });

  it('is refused when the feed URL is private and not allow-listed', async () => {
    server = await startFixtureServer({ '/li/rss/house_action.xml': served('rss/bills.rss.xml') });
    const c = { ...ctx({}), http: createSafeHttp() };
    expect(await rssConnector.fetch(c)).toMatchObject({ status: 'failed', reason: 'blocked' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('billIdentifier', () => {
  it.each([
    ['HB 2451 - Title', 'HB 2451'],
    ['S.B. 310: Title', 'SB 310'],
    ['AB1234 Title', 'AB 1234'],
    ['S. Res. 882 (ATS) - A resolution', 'S. Res. 882'],
    ['S. Con. Res. 40 (IS) - A concurrent resolution', 'S. Con. Res. 40'],
    ['H. J. Res. 45 - Proposing an amendment', 'H. J. Res. 45'],
    ['H.R. 9876 (IH) - To prohibit', 'HR 9876'],
    ['S. 1300 - Adoptive Family Relief Act', 'S 1300'],
    ['Budget hearing recap', undefined],
  ])('%s → %s', (title, expected) => {
    expect(billIdentifier(title)).toBe(expected);
  });
});
