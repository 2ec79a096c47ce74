import { afterEach, describe, expect, it } from 'vitest';
import { nySenateConnector, nySessionYear } from '../../../feeds/connectors/nysenate.ts';
import { itemId } from '../../../src/domain/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { okItems } from '../../helpers/fetch-context.ts';
import { fixture, json, keyedCtx } from '../../fixtures/feeds/keyed/context.ts';

const KEY = 'nysenate-key-6666';
const secrets = { NYSENATE_API_KEY: KEY };
const PATH = '/api/3/bills/2025/search';
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('nySenateConnector', () => {
  it('declares NYSENATE_API_KEY and searches the current session', async () => {
    expect(nySenateConnector.requiredSecret).toBe('NYSENATE_API_KEY');
    server = await startFixtureServer({ [PATH]: json('nysenate-search.json') });
    await nySenateConnector.fetch(keyedCtx('nysenate', { baseUrl: server.url, terms: 'immigration AND "license plate"' }, { secrets }));
    const q = server.requests[0]!.query;
    expect(server.requests[0]!.path).toBe(PATH); // 2026 is the second year of the 2025 session
    expect(q.get('term')).toBe('immigration AND "license plate"');
    expect(q.get('key')).toBe(KEY);
    expect(q.get('offset')).toBe('1');
  });

  it('maps result.items[].result to NY bills', async () => {
    server = await startFixtureServer({ [PATH]: json('nysenate-search.json') });
    const out = await nySenateConnector.fetch(keyedCtx('nysenate', { baseUrl: server.url, terms: 'x' }, { secrets, id: 'ny' }));
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const [nyForAll, lpr, muffin] = out.items;
    expect(nyForAll).toMatchObject({
      id: itemId('ny', '2025-S987'),
      kind: 'bill',
      jurisdiction: 'NY',
      identifier: 'S987A',
      status: 'In Senate Committee',
      agency: 'New York Senate',
      url: 'https://www.nysenate.gov/legislation/bills/2025/S987',
      publishedAt: '2025-01-08T11:43:51.000Z',
    });
    expect(nyForAll!.title).toContain('New York for All');
    expect(lpr).toMatchObject({ identifier: 'A4521', agency: 'New York Assembly' });
    expect(muffin!.status).toBe('Signed by Governor');
  });

  it('a status change or a new amendment is a new version of the same bill', async () => {
    server = await startFixtureServer({ [PATH]: json('nysenate-search.json') });
    const a = okItems(await nySenateConnector.fetch(keyedCtx('nysenate', { baseUrl: server.url, terms: 'x' }, { secrets })));
    const moved = fixture('nysenate-search.json')
      .replace('"statusDesc": "In Senate Committee"', '"statusDesc": "Passed Senate"')
      .replace('"printNo": "A4521"', '"printNo": "A4521A"');
    server.route(PATH, { status: 200, headers: { 'content-type': 'application/json' }, body: moved });
    const b = okItems(await nySenateConnector.fetch(keyedCtx('nysenate', { baseUrl: server.url, terms: 'x' }, { secrets })));
    expect(b.map((i) => i.id)).toEqual(a.map((i) => i.id));
    expect(b[0]!.version).not.toBe(a[0]!.version);
    expect(b[1]!.version).not.toBe(a[1]!.version);
    expect(b[2]!.version).toBe(a[2]!.version);
  });

  it('pages by 1-based offset while total says there is more', async () => {
    server = await startFixtureServer({ [PATH]: json('nysenate-search.json') });
    await nySenateConnector.fetch(keyedCtx('nysenate', { baseUrl: server.url, terms: 'x', limit: 2, maxPages: 5 }, { secrets }));
    expect(server.requests.map((r) => r.query.get('offset'))).toEqual(['1', '3']);
  });

  it('keeps the key out of failure messages', async () => {
    server = await startFixtureServer({ [PATH]: { status: 503, body: 'down' } });
    const out = await nySenateConnector.fetch(keyedCtx('nysenate', { baseUrl: server.url, terms: 'x' }, { secrets }));
    expect(out).toMatchObject({ status: 'failed', reason: 'http' });
    if (out.status === 'failed') expect(out.message).not.toContain(KEY);
  });

  it('works out the session year', () => {
    expect(nySessionYear(new Date('2025-06-01T00:00:00Z'))).toBe(2025);
    expect(nySessionYear(new Date('2026-06-01T00:00:00Z'))).toBe(2025);
  });
});
