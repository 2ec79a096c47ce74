import { afterEach, describe, expect, it } from 'vitest';
import { jurisdictionFromOcd, openStatesConnector } from '../../../feeds/connectors/openstates.ts';
import { itemId } from '../../../src/domain/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { okItems } from '../../helpers/fetch-context.ts';
import { fixture, keyedCtx } from '../../fixtures/feeds/keyed/context.ts';

const KEY = 'os-key-2222';
const secrets = { OPENSTATES_API_KEY: KEY };
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Page 1 and 2 from fixtures; anything past max_page answers 404 as the real API does. */
async function osServer(pages: Record<string, string> = { '1': fixture('openstates-p1.json'), '2': fixture('openstates-p2.json') }) {
  server = await startFixtureServer({
    '/bills': (req) => {
      const body = pages[req.query.get('page') ?? '1'];
      return body
        ? { status: 200, headers: { 'content-type': 'application/json' }, body }
        : { status: 404, body: '{"detail":"No such page"}' };
    },
  });
  return server;
}

describe('openStatesConnector', () => {
  it('declares OPENSTATES_API_KEY and sends it as the X-API-KEY header', async () => {
    expect(openStatesConnector.requiredSecret).toBe('OPENSTATES_API_KEY');
    const s = await osServer();
    await openStatesConnector.fetch(keyedCtx('openstates', { baseUrl: s.url, q: '"trust act" OR sanctuary', maxPages: 1 }, { secrets }));
    const req = s.requests[0]!;
    expect(req.headers['x-api-key']).toBe(KEY);
    expect(req.url).not.toContain(KEY);
    expect(req.query.get('q')).toBe('"trust act" OR sanctuary');
    expect(req.query.getAll('include')).toEqual(['actions', 'abstracts']);
    expect(req.query.get('per_page')).toBe('20');
    expect(req.query.get('page')).toBe('1');
    expect(req.query.get('updated_since')).toBe('2026-02-19T12:00:00'); // 14-day first look-back
    expect(req.query.has('jurisdiction')).toBe(false);
  });

  it('maps CT and CA bills limiting data sharing with ICE', async () => {
    const s = await osServer();
    const out = await openStatesConnector.fetch(
      keyedCtx('openstates', { baseUrl: s.url, q: 'immigration', maxPages: 1 }, { secrets, id: 'os' }),
    );
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const [ct, ca] = out.items;
    expect(ct).toMatchObject({
      id: itemId('os', 'ocd-bill/5c1e2d3f-0a9b-4c8d-9e7f-112233445566'),
      kind: 'bill',
      jurisdiction: 'CT',
      identifier: 'SB 1145',
      status: 'Joint Favorable Report, Judiciary',
      url: 'https://openstates.org/ct/bills/2026/SB1145/',
      agency: 'Connecticut Senate',
      publishedAt: '2026-02-10T00:00:00.000Z',
    });
    expect(ct!.summary).toContain('COLLECT');
    expect(ca).toMatchObject({ jurisdiction: 'CA', identifier: 'AB 1812' });
    expect(ca!.summary).toContain("driver's license");
  });

  it('pages until max_page and moves updated_since forward', async () => {
    const s = await osServer();
    const out = await openStatesConnector.fetch(keyedCtx('openstates', { baseUrl: s.url, q: 'immigration' }, { secrets }));
    expect(s.requests.map((r) => r.query.get('page'))).toEqual(['1', '2']);
    expect(out.status === 'ok' && out.items.map((i) => i.identifier)).toEqual(['SB 1145', 'AB 1812', 'HB 1105']);
    expect(out.state?.cursor).toEqual({ since: '2026-03-05T11:00:00.000Z' });
    expect(out.state?.quota).toMatchObject({ used: 2, limit: 250, period: 'day' });
  });

  it('ends paging cleanly on the 404 past max_page', async () => {
    // pagination claims more pages than exist: page 2 answers 404
    const lying = fixture('openstates-p1.json').replace('"max_page": 2', '"max_page": 5');
    const s = await osServer({ '1': lying });
    const out = await openStatesConnector.fetch(keyedCtx('openstates', { baseUrl: s.url, q: 'immigration' }, { secrets }));
    expect(s.requests.map((r) => r.query.get('page'))).toEqual(['1', '2']);
    expect(out).toMatchObject({ status: 'ok', state: { cursor: { since: '2026-03-05T11:00:00.000Z' } } });
    expect(out.status === 'ok' && out.items).toHaveLength(2);
  });

  it('a status change gives the same id and a new version', async () => {
    const moved = fixture('openstates-p1.json').replace(
      '"latest_action_description": "Joint Favorable Report, Judiciary"',
      '"latest_action_description": "Passed Senate"',
    );
    const before = await osServer({ '1': fixture('openstates-p1.json') });
    const a = okItems(await openStatesConnector.fetch(keyedCtx('openstates', { baseUrl: before.url, q: 'x' }, { secrets })));
    await before.close();
    const after = await osServer({ '1': moved });
    const b = okItems(await openStatesConnector.fetch(keyedCtx('openstates', { baseUrl: after.url, q: 'x' }, { secrets })));
    expect(b[0]!.id).toBe(a[0]!.id);
    expect(b[0]!.status).toBe('Passed Senate');
    expect(b[0]!.version).not.toBe(a[0]!.version);
    expect(b[1]!.version).toBe(a[1]!.version); // the unchanged CA bill
  });

  it('runs one query per jurisdiction × q and caps requests per poll (10/minute tier)', async () => {
    const s = await osServer({ '1': fixture('openstates-p2.json').replace('"max_page": 2', '"max_page": 1') });
    const params = { baseUrl: s.url, q: ['detainer', '"license plate"'], jurisdictions: ['ct', 'ca'], maxRequestsPerPoll: 3 };
    const out = await openStatesConnector.fetch(keyedCtx('openstates', params, { secrets }));
    expect(s.requests.map((r) => `${r.query.get('jurisdiction')}:${r.query.get('q')}`)).toEqual([
      'ct:detainer',
      'ct:"license plate"',
      'ca:detainer',
    ]);
    expect(out.state?.cursor).toMatchObject({ job: 'ca|"license plate"', page: '0' });
  });

  it('maps 429 to a quota failure with Retry-After', async () => {
    server = await startFixtureServer({
      '/bills': { status: 429, headers: { 'retry-after': '60' }, body: '{"detail":"exceeded limit of 10/min"}' },
    });
    const out = await openStatesConnector.fetch(keyedCtx('openstates', { baseUrl: server.url, q: 'x' }, { secrets }));
    expect(out).toMatchObject({ status: 'failed', reason: 'quota', retryAfterMs: 60_000 });
  });

  it('reports a rejected key as a config problem naming the variable', async () => {
    server = await startFixtureServer({ '/bills': { status: 401, body: '{"detail":"Invalid API Key."}' } });
    const out = await openStatesConnector.fetch(keyedCtx('openstates', { baseUrl: server.url, q: 'x' }, { secrets }));
    expect(out).toMatchObject({ status: 'failed', reason: 'config' });
    if (out.status === 'failed') expect(out.message).toContain('OPENSTATES_API_KEY');
  });

  it('reads state codes from ocd jurisdiction ids', () => {
    expect(jurisdictionFromOcd('ocd-jurisdiction/country:us/state:ct/government')).toBe('CT');
    expect(jurisdictionFromOcd('ocd-jurisdiction/country:us/district:dc/government')).toBe('DC');
    expect(jurisdictionFromOcd('ocd-jurisdiction/country:us/territory:pr/government')).toBe('PR');
    expect(jurisdictionFromOcd('ocd-jurisdiction/country:us/government')).toBe('US');
    expect(jurisdictionFromOcd(undefined)).toBe('XX');
  });
});
