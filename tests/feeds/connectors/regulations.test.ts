import { afterEach, describe, expect, it } from 'vitest';
import { kindForDocumentType, regulationsConnector } from '../../../feeds/connectors/regulations.ts';
import { itemId } from '../../../src/domain/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { okItems } from '../../helpers/fetch-context.ts';
import { fixture, json, keyedCtx } from '../../fixtures/feeds/keyed/context.ts';

const KEY = 'regs-key-5555';
const secrets = { REGULATIONS_API_KEY: KEY };
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('regulationsConnector', () => {
  it('declares REGULATIONS_API_KEY and filters by agency and last-modified time', async () => {
    expect(regulationsConnector.requiredSecret).toBe('REGULATIONS_API_KEY');
    server = await startFixtureServer({ '/v4/documents': json('regulations-documents.json') });
    await regulationsConnector.fetch(
      keyedCtx(
        'regulations',
        { baseUrl: server.url, searchTerms: ['system of records'] },
        { secrets, state: { cursor: { since: '2026-03-01T08:30:00.000Z' } } },
      ),
    );
    const req = server.requests[0]!;
    expect(req.headers['x-api-key']).toBe(KEY);
    expect(req.url).not.toContain(KEY);
    expect(req.query.get('filter[agencyId]')).toBe('DHS,ICE,CBP,USCIS');
    expect(req.query.get('filter[searchTerm]')).toBe('system of records');
    expect(req.query.get('filter[lastModifiedDate][ge]')).toBe('2026-03-01 08:30:00');
    expect(req.query.get('page[size]')).toBe('250');
    expect(req.query.get('page[number]')).toBe('1');
  });

  it('maps JSON:API documents; notices and rules by documentType', async () => {
    server = await startFixtureServer({ '/v4/documents': json('regulations-documents.json') });
    const out = await regulationsConnector.fetch(keyedCtx('regulations', { baseUrl: server.url }, { secrets, id: 'regs' }));
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const [sorn, rule, offTopic] = out.items;
    expect(sorn).toMatchObject({
      id: itemId('regs', 'DHS-2026-0007-0001'),
      kind: 'notice',
      jurisdiction: 'US',
      identifier: '2026-04411',
      agency: 'DHS',
      status: 'Notice',
      url: 'https://www.regulations.gov/document/DHS-2026-0007-0001',
      publishedAt: '2026-03-05T05:00:00.000Z',
      updatedAt: '2026-03-04T15:20:11.000Z',
    });
    expect(sorn!.title).toContain('System of Records');
    expect(sorn!.summary).toContain('Open for comment until 2026-04-06');
    expect(rule).toMatchObject({ kind: 'rule', identifier: 'USCIS-2026-0002-0001', status: 'Proposed Rule' }); // no FR number yet
    expect(offTopic!.agency).toBe('CBP');
    expect(out.state?.cursor).toEqual({ since: '2026-03-05T06:00:00.000Z' });
  });

  it('pages while meta.hasNextPage, up to maxPages (page[number] ≤ 20)', async () => {
    const more = fixture('regulations-documents.json').replace('"hasNextPage": false', '"hasNextPage": true');
    server = await startFixtureServer({ '/v4/documents': { status: 200, headers: { 'content-type': 'application/json' }, body: more } });
    const out = await regulationsConnector.fetch(keyedCtx('regulations', { baseUrl: server.url, maxPages: 3 }, { secrets }));
    expect(server.requests.map((r) => r.query.get('page[number]'))).toEqual(['1', '2', '3']);
    expect(out.status === 'ok' && out.items).toHaveLength(3); // the same documents on each page are one item each
  });

  it('a withdrawal is a new version of the same document', async () => {
    server = await startFixtureServer({ '/v4/documents': json('regulations-documents.json') });
    const a = okItems(await regulationsConnector.fetch(keyedCtx('regulations', { baseUrl: server.url }, { secrets })));
    const withdrawn = fixture('regulations-documents.json').replace('"withdrawn": false', '"withdrawn": true');
    server.route('/v4/documents', { status: 200, headers: { 'content-type': 'application/json' }, body: withdrawn });
    const b = okItems(await regulationsConnector.fetch(keyedCtx('regulations', { baseUrl: server.url }, { secrets })));
    expect(b[0]!.id).toBe(a[0]!.id);
    expect(b[0]!.status).toBe('Notice (withdrawn)');
    expect(b[0]!.version).not.toBe(a[0]!.version);
  });

  it('maps 429 OVER_RATE_LIMIT to a quota failure with Retry-After', async () => {
    server = await startFixtureServer({
      '/v4/documents': { status: 429, headers: { 'retry-after': '900' }, body: '{"error":{"code":"OVER_RATE_LIMIT"}}' },
    });
    const out = await regulationsConnector.fetch(keyedCtx('regulations', { baseUrl: server.url }, { secrets }));
    expect(out).toMatchObject({ status: 'failed', reason: 'quota', retryAfterMs: 900_000 });
  });

  it('classifies document types', () => {
    expect(kindForDocumentType('Rule')).toBe('rule');
    expect(kindForDocumentType('Proposed Rule')).toBe('rule');
    expect(kindForDocumentType('Notice')).toBe('notice');
    expect(kindForDocumentType('Supporting & Related Material')).toBe('notice');
  });
});
