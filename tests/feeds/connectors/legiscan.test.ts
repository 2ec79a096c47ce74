import { afterEach, describe, expect, it } from 'vitest';
import { legiScanEntries, legiscanConnector } from '../../../feeds/connectors/legiscan.ts';
import { itemId } from '../../../src/domain/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { okItems } from '../../helpers/fetch-context.ts';
import { fixture, json, keyedCtx } from '../../fixtures/feeds/keyed/context.ts';

const KEY = 'legiscan-key-3333';
const secrets = { LEGISCAN_API_KEY: KEY };
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('legiscanConnector', () => {
  it('declares LEGISCAN_API_KEY and searches every state', async () => {
    expect(legiscanConnector.requiredSecret).toBe('LEGISCAN_API_KEY');
    server = await startFixtureServer({ '/': json('legiscan-search.json') });
    await legiscanConnector.fetch(keyedCtx('legiscan', { baseUrl: server.url, query: '"gang database" AND immigration' }, { secrets }));
    const q = server.requests[0]!.query;
    expect(q.get('key')).toBe(KEY);
    expect(q.get('op')).toBe('getSearch');
    expect(q.get('state')).toBe('ALL');
    expect(q.get('query')).toBe('"gang database" AND immigration');
    expect(q.get('year')).toBe('2');
    expect(q.get('page')).toBe('1');
  });

  it('reads results keyed "0", "1"… (an object, not an array) and skips "summary"', async () => {
    server = await startFixtureServer({ '/': json('legiscan-search.json') });
    const out = await legiscanConnector.fetch(keyedCtx('legiscan', { baseUrl: server.url, query: 'x' }, { secrets, id: 'ls' }));
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    expect(out.items.map((i) => i.identifier)).toEqual(['AB2035', 'HB05001', 'HB1234']);
    expect(out.items[0]).toMatchObject({
      id: itemId('ls', '1912345'),
      kind: 'bill',
      jurisdiction: 'CA',
      title: 'Shared gang databases: CalGang: access by federal immigration authorities',
      status: 'Re-referred to Com. on PUB. S.',
      url: 'https://legiscan.com/CA/bill/AB2035/2025',
      updatedAt: '2026-03-02T00:00:00.000Z',
    });
    expect(out.items[2]!.jurisdiction).toBe('US'); // LegiScan's "state" for Congress
    expect(out.state?.quota).toMatchObject({ used: 1, limit: 30000, period: 'month', resetAt: '2026-04-01T00:00:00.000Z' });
    expect(legiScanEntries({ summary: {}, '10': { a: 1 }, '2': { b: 2 } })).toEqual([{ b: 2 }, { a: 1 }]);
  });

  it('a new change_hash is a new version of the same bill', async () => {
    server = await startFixtureServer({ '/': json('legiscan-search.json') });
    const a = okItems(await legiscanConnector.fetch(keyedCtx('legiscan', { baseUrl: server.url, query: 'x' }, { secrets })));
    const changed = fixture('legiscan-search.json').replace('0d3c9e1f2a4b5c6d7e8f90a1b2c3d4e5', 'ffffffffffffffffffffffffffffffff');
    server.route('/', { status: 200, headers: { 'content-type': 'application/json' }, body: changed });
    const b = okItems(await legiscanConnector.fetch(keyedCtx('legiscan', { baseUrl: server.url, query: 'x' }, { secrets })));
    expect(b[0]!.id).toBe(a[0]!.id);
    expect(b[0]!.version).not.toBe(a[0]!.version);
    expect(b[1]!.version).toBe(a[1]!.version);
  });

  it('pages while summary.page_total says so, within maxPages', async () => {
    const twoPages = fixture('legiscan-search.json').replace('"page_total": 1', '"page_total": 5');
    server = await startFixtureServer({ '/': { status: 200, headers: { 'content-type': 'application/json' }, body: twoPages } });
    await legiscanConnector.fetch(keyedCtx('legiscan', { baseUrl: server.url, query: 'x', maxPages: 2 }, { secrets }));
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['1', '2']);
  });

  it('turns an ERROR status into a failure that names the key variable, without the key', async () => {
    server = await startFixtureServer({ '/': json('legiscan-error.json') });
    const out = await legiscanConnector.fetch(keyedCtx('legiscan', { baseUrl: server.url, query: 'x' }, { secrets }));
    expect(out).toMatchObject({ status: 'failed', reason: 'config' });
    if (out.status === 'failed') {
      expect(out.message).toContain('LEGISCAN_API_KEY');
      expect(out.message).not.toContain(KEY);
    }
  });

  it('stops before the API once the monthly budget is spent', async () => {
    server = await startFixtureServer({ '/': json('legiscan-search.json') });
    const quota = { used: 30000, limit: 30000, period: 'month', resetAt: '2026-04-01T00:00:00.000Z' };
    const out = await legiscanConnector.fetch(keyedCtx('legiscan', { baseUrl: server.url, query: 'x' }, { secrets, state: { quota } }));
    expect(out).toMatchObject({ status: 'failed', reason: 'quota' });
    if (out.status === 'failed') expect(out.message).toContain('2026-04-01');
    expect(server.requests).toHaveLength(0);
  });

  it('maps 429 with Retry-After to a quota failure', async () => {
    server = await startFixtureServer({ '/': { status: 429, headers: { 'retry-after': '30' } } });
    const out = await legiscanConnector.fetch(keyedCtx('legiscan', { baseUrl: server.url, query: 'x' }, { secrets }));
    expect(out).toMatchObject({ status: 'failed', reason: 'quota', retryAfterMs: 30_000 });
  });
});
