/** dhs-privacy connector over real HTTP: the library listing and publication pages in dhs.gov's shape. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceState } from '../../../src/domain/index.ts';
import { itemId } from '../../../src/domain/index.ts';
import { citedDocNumbers, dhsPrivacyConnector, parseDocNumber } from '../../../feeds/connectors/dhs-privacy.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { fetchContext, okItems } from '../../helpers/fetch-context.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/dhs-privacy/${name}`, import.meta.url), 'utf8');
const html = (name: string, headers: Record<string, string> = {}) => ({
  headers: { 'Content-Type': 'text/html; charset=UTF-8', ...headers },
  body: fixture(name),
});

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function listing(pages: Record<string, string>) {
  return (req: { query: URLSearchParams }) => html(pages[req.query.get('page') ?? '0'] ?? 'listing-page1.html');
}

const ctx = (params: Record<string, unknown> = {}, state: Partial<SourceState> = {}) =>
  fetchContext({ id: 'dhs-privacy', type: 'dhs-privacy', params: { baseUrl: server!.url, ...params } }, { state });

describe('parseDocNumber', () => {
  it('reads the forms DHS prints, with updates as a suffix of the same number', () => {
    expect(parseDocNumber('DHS/ICE/PIA-055 Repository for Analytics in a Virtualized Environment (RAVEn)')).toEqual({
      number: 'DHS/ICE/PIA-055',
      component: 'ICE',
      type: 'PIA',
    });
    expect(parseDocNumber('DHS/ICE/PIA-039(b) Acquisition and Use of License Plate Reader Data')).toMatchObject({
      number: 'DHS/ICE/PIA-039',
      update: 'b',
    });
    expect(parseDocNumber('DHS/ICE/PIA – 001 Student and Exchange Visitor Program')).toMatchObject({ number: 'DHS/ICE/PIA-001' });
    expect(parseDocNumber('dhs-ice-pia-045-ice-investigative-case-management')).toMatchObject({ number: 'DHS/ICE/PIA-045' });
    expect(parseDocNumber('DHS/ICE-011 CARIER System of Records')).toEqual({ number: 'DHS/ICE-011', component: 'ICE', type: 'SORN' });
    expect(parseDocNumber('Privacy Office annual report')).toBeUndefined();
  });

  it('lists the document numbers a page cites', () => {
    expect(citedDocNumbers('Associated SORNs: DHS/ICE-009 External Investigations; DHS/ICE-011 CARIER; see DHS/ICE/PIA-039.')).toEqual([
      'DHS/ICE-009',
      'DHS/ICE-011',
      'DHS/ICE/PIA-039',
    ]);
  });
});

describe('dhsPrivacyConnector', () => {
  it('maps the library listing to notices for ICE, CBP, USCIS and DHS-wide, with number, program, abstract, date and PDF', async () => {
    server = await startFixtureServer({
      '/publications-library/privacy': listing({ '0': 'listing.html', '1': 'listing-page1.html' }),
      '/publication/dhs-ice-pia-039-acquisition-and-use-license-plate-reader-data-commercial-service': html('pia-039.html'),
      '/publication/dhsicepia-067-bond-management': html('pia-067.html'),
    });
    const outcome = await dhsPrivacyConnector.fetch(ctx());
    const items = okItems(outcome);
    // The Coast Guard PIA is left out; CBP on page 2 is kept.
    expect(items.map((i) => i.identifier)).toEqual([
      'DHS/ICE/PIA-067',
      'DHS/ICE/PIA-039',
      'DHS/ICE/PIA-045',
      'DHS/ICE-011',
      'DHS/ALL/PIA-092',
      'DHS/CBP/PIA-014',
    ]);
    const lpr = items[1]!;
    expect(lpr).toMatchObject({
      id: itemId('dhs-privacy', 'DHS/ICE/PIA-039'),
      kind: 'notice',
      jurisdiction: 'US',
      title: 'DHS/ICE/PIA-039 Acquisition and Use of License Plate Reader Data from a Commercial Service',
      url: `${server.url}/publication/dhs-ice-pia-039-acquisition-and-use-license-plate-reader-data-commercial-service`,
      agency: 'U.S. Immigration and Customs Enforcement',
      status: 'Privacy Impact Assessment update',
      publishedAt: '2025-11-14T12:00:00.000Z',
      refs: ['DHS/ICE-009', 'DHS/ICE-011'],
    });
    expect(lpr.summary).toContain('state departments of motor vehicles');
    expect(lpr.summary).toContain('PDF: https://www.dhs.gov/sites/default/files/2025-11/25_1114_privacy-pia-ice039b-lpr-update.pdf');
    expect(items[0]!.summary).toContain(`PDF: ${server.url}/sites/default/files/2026-01/26_0129_priv_pia-ice-067-bondmanagement.pdf`);
    expect(items[3]).toMatchObject({
      status: 'System of Records Notice',
      title: 'DHS/ICE-011 Criminal Arrest Records and Immigration Enforcement Records (CARIER) System of Records',
    });
    expect(items[4]).toMatchObject({ agency: 'Department of Homeland Security (DHS-wide)', publishedAt: '2024-03-01T12:00:00.000Z' });
    // The listing is asked newest-updated first; pages without a fixture fail quietly (kept out).
    const first = server.requests.find((r) => r.path === '/publications-library/privacy')!;
    expect(first.query.get('sort_by')).toBe('field_last_update_date_value');
    expect(first.query.get('sort_order')).toBe('DESC');
  });

  it('treats an updated PIA as a change of the same item, and reads its page again only then', async () => {
    server = await startFixtureServer({
      '/publications-library/privacy': listing({ '0': 'listing.html' }),
      '/publication/dhs-ice-pia-039-acquisition-and-use-license-plate-reader-data-commercial-service': html('pia-039.html'),
      '/publication/dhsicepia-067-bond-management': html('pia-067.html'),
    });
    const first = await dhsPrivacyConnector.fetch(ctx({ maxPages: 1 }));
    const before = okItems(first).find((i) => i.identifier === 'DHS/ICE/PIA-039')!;
    const cursor = first.state!.cursor!;
    expect(cursor['d:DHS/ICE/PIA-039']).toContain('25_1114_privacy-pia-ice039b-lpr-update.pdf');
    const detailReads = () => server!.requests.filter((r) => r.path.startsWith('/publication/')).length;
    const readsAfterFirst = detailReads();

    // Same listing: no publication page is read again, items are identical.
    const again = okItems(await dhsPrivacyConnector.fetch(ctx({ maxPages: 1 }, { cursor })));
    expect(detailReads()).toBe(readsAfterFirst);
    expect(again.find((i) => i.identifier === 'DHS/ICE/PIA-039')!.version).toBe(before.version);

    // DHS posts update (c): same item, new version, its page is read again.
    server.route('/publications-library/privacy', html('listing.html'));
    const updated = fixture('listing.html')
      .replace('DHS/ICE/PIA-039(b)', 'DHS/ICE/PIA-039(c)')
      .replace('<time datetime="2025-11-14T12:00:00Z">November 2025</time>', '<time datetime="2026-11-20T12:00:00Z">November 2026</time>');
    server.route('/publications-library/privacy', { headers: { 'Content-Type': 'text/html' }, body: updated });
    const after = okItems(await dhsPrivacyConnector.fetch(ctx({ maxPages: 1 }, { cursor })));
    const lpr = after.find((i) => i.identifier === 'DHS/ICE/PIA-039')!;
    expect(lpr.id).toBe(before.id);
    expect(lpr.version).not.toBe(before.version);
    expect(detailReads()).toBe(readsAfterFirst + 1);
  });

  it('uses conditional GET on the first listing page', async () => {
    server = await startFixtureServer({ '/publications-library/privacy': { status: 304, headers: { ETag: '"lib-7"' } } });
    const outcome = await dhsPrivacyConnector.fetch(ctx({}, { etag: '"lib-7"' }));
    expect(outcome).toMatchObject({ status: 'not-modified' });
    expect(server.requests[0]!.headers['if-none-match']).toBe('"lib-7"');
  });

  it('caps publication-page reads per poll and keeps the rest for later', async () => {
    server = await startFixtureServer({
      '/publications-library/privacy': listing({ '0': 'listing.html' }),
      '/publication/dhs-ice-pia-039-acquisition-and-use-license-plate-reader-data-commercial-service': html('pia-039.html'),
      '/publication/dhsicepia-067-bond-management': html('pia-067.html'),
    });
    const outcome = await dhsPrivacyConnector.fetch(ctx({ maxPages: 1, maxDetails: 1 }));
    expect(okItems(outcome)).toHaveLength(5);
    expect(server.requests.filter((r) => r.path.startsWith('/publication/'))).toHaveLength(1);
    expect(Object.keys(outcome.state!.cursor!)).toEqual(['d:DHS/ICE/PIA-067']);
  });

  it('fails clearly when the markup no longer matches, and on HTTP errors', async () => {
    server = await startFixtureServer({
      '/publications-library/privacy': { headers: { 'Content-Type': 'text/html' }, body: '<html><body><p>Access Denied</p></body></html>' },
    });
    expect(await dhsPrivacyConnector.fetch(ctx())).toMatchObject({ status: 'failed', reason: 'parse' });
    server.route('/publications-library/privacy', { status: 503 });
    expect(await dhsPrivacyConnector.fetch(ctx())).toMatchObject({ status: 'failed', reason: 'http' });
    expect(await dhsPrivacyConnector.fetch(ctx({ selectors: { item: 'li[', title: 'h3' } }))).toMatchObject({
      status: 'failed',
      reason: 'config',
    });
  });
});
