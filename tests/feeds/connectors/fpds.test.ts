/** FPDS ATOM connector over real HTTP against feed fixtures (see tests/fixtures/feeds/fpds/README.md). */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceState } from '../../../src/domain/index.ts';
import { itemId } from '../../../src/domain/index.ts';
import { fpdsConnector } from '../../../feeds/connectors/fpds.ts';
import { neverAnswers, startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { fetchContext, okItems } from '../../helpers/fetch-context.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const PATH = '/ezsearch/FEEDS/ATOM';
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/feeds/fpds/${name}`, import.meta.url), 'utf8').replaceAll('{{BASE}}', server!.url);
const atom = (name: string) => ({ headers: { 'Content-Type': 'application/atom+xml;charset=UTF-8' }, body: fixture(name) });

const ctx = (params: Record<string, unknown> = {}, state: Partial<SourceState> = {}, timeoutMs?: number) =>
  fetchContext(
    {
      id: 'fpds-ice',
      type: 'fpds',
      name: 'FPDS: ICE contract actions',
      intervalMinutes: 1440,
      params: { baseUrl: `${server!.url}${PATH}`, ...params },
    },
    { state, now: NOW, timeoutMs },
  );

async function serveTwoPages() {
  server = await startFixtureServer();
  server.route(PATH, (req) => atom(req.query.get('start') === '10' ? 'page2.atom.xml' : 'page1.atom.xml'));
}

describe('fpdsConnector', () => {
  it('queries VERSION 1.5.3 by contracting agency and LAST_MOD_DATE window', async () => {
    await serveTwoPages();
    await fpdsConnector.fetch(ctx());
    const q = server!.requests[0]!.query;
    expect(q.get('FEEDNAME')).toBe('PUBLIC');
    expect(q.get('VERSION')).toBe('1.5.3');
    expect(q.get('q')).toBe('CONTRACTING_AGENCY_ID:7012 LAST_MOD_DATE:[2026/11/17,2026/11/24]');
  });

  it('maps ns1:award content to contract items and follows rel="next"', async () => {
    await serveTwoPages();
    const outcome = await fpdsConnector.fetch(ctx());
    const got = okItems(outcome);
    expect(server!.requests.map((r) => r.query.get('start'))).toEqual([null, '10']);
    expect(got).toHaveLength(3);
    expect(got[0]).toMatchObject({
      id: itemId('fpds-ice', '7012:70CMSD27F00000012:GS02F0001X'),
      kind: 'contract',
      jurisdiction: 'US',
      identifier: '70CMSD27F00000012 (IDV GS02F0001X)',
      title: 'ACCESS TO COMMERCIAL LICENSE PLATE READER (LPR) DATA SERVICE FOR ERO — WEST PUBLISHING CORPORATION',
      agency: 'U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT',
      status: 'DELIVERY ORDER, base award',
      publishedAt: '2026-11-18T00:00:00.000Z',
      url: 'https://www.fpds.gov/ezsearch/search.do?q=70CMSD27F00000012+0&s=FPDS&templateName=1.5.3&indexName=awardfull',
    });
    expect(got[0]).toMatchObject({ office: 'ICE/OAQ', contractor: 'WEST PUBLISHING CORPORATION', place: 'WASHINGTON, DC' });
    expect(got[0]!.summary).toContain('Obligated $1,250,000.');
    expect(got[0]!.summary).toContain('NOT AVAILABLE FOR COMPETITION (ONLY ONE SOURCE-OTHER (FAR 6.302-1 OTHER))');
    expect(got[1]).toMatchObject({ identifier: '70CMSD27P00000031', status: 'PURCHASE ORDER, base award' });
    expect(got[1]!.title).toContain('NLETS STATE CRIMINAL JUSTICE NETWORK ACCESS');
    expect(got[2]!.title).toContain('JANITORIAL');
    expect(outcome).toMatchObject({ state: { cursor: { since: '2026/11/24' } } });
  });

  it('bounds pages per poll and keeps the cursor when more remain', async () => {
    await serveTwoPages();
    const outcome = await fpdsConnector.fetch(ctx({ maxPages: 1 }, { cursor: { since: '2026/11/20' } }));
    expect(server!.requests).toHaveLength(1);
    expect(server!.requests[0]!.query.get('q')).toBe('CONTRACTING_AGENCY_ID:7012 LAST_MOD_DATE:[2026/11/20,2026/11/24]');
    expect(okItems(outcome)).toHaveLength(2);
    expect(outcome).toMatchObject({ state: { cursor: { since: '2026/11/20' } } });
  });

  it('makes a modification a new version of the same contract item', async () => {
    await serveTwoPages();
    const base = okItems(await fpdsConnector.fetch(ctx()))[0]!;
    server!.route(PATH, atom('modification.atom.xml'));
    const mod = okItems(await fpdsConnector.fetch(ctx({}, { cursor: { since: '2026/11/24' } })))[0]!;
    expect(mod.id).toBe(base.id);
    expect(mod.version).not.toBe(base.version);
    expect(mod.status).toBe('DELIVERY ORDER, modification 1');
  });

  it('can treat every transaction as its own item', async () => {
    await serveTwoPages();
    const base = okItems(await fpdsConnector.fetch(ctx({ identity: 'transaction' })))[0]!;
    server!.route(PATH, atom('modification.atom.xml'));
    const mod = okItems(await fpdsConnector.fetch(ctx({ identity: 'transaction' })))[0]!;
    expect(mod.id).not.toBe(base.id);
    expect(mod.id).toBe(itemId('fpds-ice', '7012:70CMSD27F00000012:GS02F0001X:1:0'));
  });

  it('returns an empty page as no items', async () => {
    server = await startFixtureServer();
    server.route(PATH, atom('empty.atom.xml'));
    expect(okItems(await fpdsConnector.fetch(ctx()))).toEqual([]);
  });

  it.each([410, 404])('retires itself on HTTP %i, pointing at SAM.gov contract awards', async (status) => {
    server = await startFixtureServer({ [PATH]: { status, body: 'Gone' } });
    const outcome = await fpdsConnector.fetch(ctx());
    expect(outcome).toMatchObject({ status: 'failed', reason: 'gone' });
    if (outcome.status !== 'failed') return;
    expect(outcome.message).toContain('SAM.gov Contract Awards');
    expect(outcome.state?.disabledReason).toContain('sam-awards');
  });

  it('returns 5xx, timeouts, malformed and hostile XML as failed values', async () => {
    server = await startFixtureServer({ [PATH]: { status: 500 } });
    expect(await fpdsConnector.fetch(ctx())).toMatchObject({ status: 'failed', reason: 'http' });
    server.route(PATH, neverAnswers);
    expect(await fpdsConnector.fetch(ctx({}, {}, 50))).toMatchObject({ status: 'failed', reason: 'timeout' });
    server.route(PATH, { body: '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>cut off' });
    expect(await fpdsConnector.fetch(ctx())).toMatchObject({ status: 'failed', reason: 'parse' });
    server.route(PATH, { body: '<!DOCTYPE feed [<!ENTITY x "y">]><feed>&x;</feed>' });
    expect(await fpdsConnector.fetch(ctx())).toMatchObject({ status: 'failed', reason: 'hostile' });
  });
});
