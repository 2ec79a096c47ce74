/**
 * ct-bills over real HTTP: the CGA's bill_info.csv (columns as read by the Open States
 * Connecticut scraper, openstates/openstates-scrapers scrapers/ct/bills.py, and a public
 * schema of the file), current session only, conditional GET.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { itemId } from '../../../src/domain/index.ts';
import { ctBillNumber, ctBillsConnector } from '../../../feeds/connectors/ct-bills.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { fetchContext, okItems } from '../../helpers/fetch-context.ts';

const csv = readFileSync(new URL('../../fixtures/feeds/ct/bill_info.csv', import.meta.url), 'utf8');
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
const ctx = (params: Record<string, unknown> = {}, state = {}) =>
  fetchContext({ id: 'ct-bills', type: 'ct-bills', params: { url: `${server!.url}/ftp/pub/data/bill_info.csv`, ...params } }, { state });

describe('ctBillsConnector', () => {
  it("maps the current session's bills with number, title, purpose and bill-status link", async () => {
    server = await startFixtureServer({
      '/ftp/pub/data/bill_info.csv': { headers: { 'Content-Type': 'text/csv', ETag: '"b1"' }, body: csv },
    });
    const outcome = await ctBillsConnector.fetch(ctx());
    const items = okItems(outcome);
    expect(items.map((i) => i.identifier)).toEqual(['HB 5001', 'SB 212', 'HB 6100']);
    expect(items[0]).toMatchObject({
      id: itemId('ct-bills', '2027:HB05001'),
      kind: 'bill',
      jurisdiction: 'CT',
      title: 'HB 5001 - AN ACT CONCERNING THE TRUST ACT AND ACCESS TO COLLECT BY FEDERAL IMMIGRATION AUTHORITIES',
      url: 'https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp?selBillType=Bill&which_year=2027&bill_num=5001',
      publishedAt: '2027-01-08T00:00:00.000Z',
    });
    expect(items[0]!.summary).toContain('access to COLLECT');
    expect(outcome).toMatchObject({ state: { etag: '"b1"' } });
    expect(ctBillNumber('SJ00012')).toBe('SJ 12');
  });

  it('asks conditionally and reports a changed file clearly', async () => {
    server = await startFixtureServer({ '/ftp/pub/data/bill_info.csv': { status: 304 } });
    expect(await ctBillsConnector.fetch(ctx({}, { etag: '"b1"' }))).toMatchObject({ status: 'not-modified' });
    expect(server.requests[0]!.headers['if-none-match']).toBe('"b1"');
    server.route('/ftp/pub/data/bill_info.csv', { headers: { 'Content-Type': 'text/csv' }, body: 'a,b\n1,2\n' });
    expect(await ctBillsConnector.fetch(ctx())).toMatchObject({ status: 'failed', reason: 'parse' });
  });
});
