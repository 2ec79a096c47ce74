import { afterEach, describe, expect, it } from 'vitest';
import { congressBillUrl, congressConnector, ordinal } from '../../../feeds/connectors/congress.ts';
import { itemId } from '../../../src/domain/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { okItems } from '../../helpers/fetch-context.ts';
import { fixture, json, keyedCtx } from '../../fixtures/feeds/keyed/context.ts';

const KEY = 'congress-key-4444';
const secrets = { CONGRESS_API_KEY: KEY };
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('congressConnector', () => {
  it('declares CONGRESS_API_KEY, sends it as a header and asks for bills updated since the cursor', async () => {
    expect(congressConnector.requiredSecret).toBe('CONGRESS_API_KEY');
    server = await startFixtureServer({ '/v3/bill': json('congress-bills.json') });
    await congressConnector.fetch(
      keyedCtx('congress', { baseUrl: server.url }, { secrets, state: { cursor: { since: '2026-03-04T00:00:00.000Z' } } }),
    );
    const req = server.requests[0]!;
    expect(req.headers['x-api-key']).toBe(KEY);
    expect(req.url).not.toContain(KEY);
    expect(req.query.get('fromDateTime')).toBe('2026-03-04T00:00:00Z');
    expect(req.query.get('toDateTime')).toBe('2026-03-05T12:00:00Z');
    expect(req.url).toContain('sort=updateDate+desc');
    expect(req.query.get('limit')).toBe('250');
    expect(req.query.get('format')).toBe('json');
  });

  it('maps bills: identifier "HR 7356", status from latestAction, a congress.gov page link', async () => {
    server = await startFixtureServer({ '/v3/bill': json('congress-bills.json') });
    const out = await congressConnector.fetch(keyedCtx('congress', { baseUrl: server.url }, { secrets, id: 'congress' }));
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const [hr, s, hres] = out.items;
    expect(hr).toMatchObject({
      id: itemId('congress', '119-HR-7356'),
      kind: 'bill',
      jurisdiction: 'US',
      identifier: 'HR 7356',
      status: 'Referred to the House Committee on the Judiciary.',
      url: 'https://www.congress.gov/bill/119th-congress/house-bill/7356',
      agency: 'U.S. House',
      updatedAt: '2026-03-04T12:10:00.000Z',
    });
    expect(hr!.title).toContain('287(g)');
    expect(s).toMatchObject({ identifier: 'S 12', url: 'https://www.congress.gov/bill/119th-congress/senate-bill/12' });
    expect(hres!.title).toBe('HRES 901'); // empty titles fall back to the identifier
    expect(out.state?.cursor).toEqual({ since: '2026-03-05T11:00:00.000Z' });
  });

  it('follows pagination.next by offset, bounded by maxPages', async () => {
    const withNext = JSON.parse(fixture('congress-bills.json'));
    withNext.pagination.next = 'https://api.congress.gov/v3/bill?offset=3&limit=3&format=json';
    server = await startFixtureServer({
      '/v3/bill': { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(withNext) },
    });
    await congressConnector.fetch(keyedCtx('congress', { baseUrl: server.url, limit: 3, maxPages: 2 }, { secrets }));
    expect(server.requests.map((r) => r.query.get('offset'))).toEqual(['0', '3']);
  });

  it('a new latest action is a new version of the same bill', async () => {
    server = await startFixtureServer({ '/v3/bill': json('congress-bills.json') });
    const a = okItems(await congressConnector.fetch(keyedCtx('congress', { baseUrl: server.url }, { secrets })));
    const moved = fixture('congress-bills.json').replace('Referred to the House Committee on the Judiciary.', 'Passed House');
    server.route('/v3/bill', { status: 200, headers: { 'content-type': 'application/json' }, body: moved });
    const b = okItems(await congressConnector.fetch(keyedCtx('congress', { baseUrl: server.url }, { secrets })));
    expect(b[0]!.id).toBe(a[0]!.id);
    expect(b[0]!.version).not.toBe(a[0]!.version);
  });

  it('maps 429 to a quota failure with Retry-After, keeping the cursor', async () => {
    server = await startFixtureServer({
      '/v3/bill': { status: 429, headers: { 'retry-after': '3600' }, body: '{"error":{"code":"OVER_RATE_LIMIT"}}' },
    });
    const out = await congressConnector.fetch(
      keyedCtx('congress', { baseUrl: server.url }, { secrets, state: { cursor: { since: '2026-03-04T00:00:00.000Z' } } }),
    );
    expect(out).toMatchObject({ status: 'failed', reason: 'quota', retryAfterMs: 3_600_000 });
    expect(out.state?.cursor).toBeUndefined();
  });

  it('writes congress ordinals and bill-type paths', () => {
    expect([ordinal(111), ordinal(119), ordinal(121), ordinal(122), ordinal(123)]).toEqual(['111th', '119th', '121st', '122nd', '123rd']);
    expect(congressBillUrl(119, 'SJRES', '5')).toBe('https://www.congress.gov/bill/119th-congress/senate-joint-resolution/5');
  });
});
