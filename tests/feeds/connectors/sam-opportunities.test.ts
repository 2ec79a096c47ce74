import { afterEach, describe, expect, it } from 'vitest';
import { samOpportunitiesConnector } from '../../../feeds/connectors/sam-opportunities.ts';
import { itemId } from '../../../src/domain/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { NOW, json, keyedCtx } from '../../fixtures/feeds/keyed/context.ts';

const KEY = 'SAM-test-key-0000';
const secrets = { SAM_API_KEY: KEY };
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves page 1 at offset 0 and page 2 at any other offset. */
async function samServer(): Promise<FixtureServer> {
  server = await startFixtureServer({
    '/opportunities/v2/search': (req) => json(req.query.get('offset') === '0' ? 'sam-opportunities-p1.json' : 'sam-opportunities-p2.json'),
  });
  return server;
}

describe('samOpportunitiesConnector', () => {
  it('declares SAM_API_KEY as its required secret', () => {
    expect(samOpportunitiesConnector.type).toBe('sam-opportunities');
    expect(samOpportunitiesConnector.requiredSecret).toBe('SAM_API_KEY');
  });

  it('asks for the posting window, notice types incl. justifications, and the agency', async () => {
    const s = await samServer();
    await samOpportunitiesConnector.fetch(
      keyedCtx('sam-opportunities', { baseUrl: s.url, organizationCode: '7012', limit: 2, maxPages: 1 }, { secrets }),
    );
    const q = s.requests[0]!.query;
    expect(q.get('api_key')).toBe(KEY);
    expect(q.get('postedFrom')).toBe('02/26/2026'); // 7-day first look-back
    expect(q.get('postedTo')).toBe('03/05/2026');
    expect(q.get('ptype')!.split(',')).toEqual(expect.arrayContaining(['u', 'o', 'k', 'p', 'a', 's', 'r']));
    expect(q.get('organizationCode')).toBe('7012');
    expect(q.get('limit')).toBe('2');
    expect(q.get('offset')).toBe('0');
  });

  it('maps an ICE justification for state police database access and a special notice', async () => {
    const s = await samServer();
    const out = await samOpportunitiesConnector.fetch(
      keyedCtx('sam-opportunities', { baseUrl: s.url, limit: 2, maxPages: 1 }, { secrets, id: 'sam-ice' }),
    );
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const [ja, special] = out.items;
    expect(ja).toMatchObject({
      id: itemId('sam-ice', '3f1c9a7e52d84b0f9c6e1a2b4d5e6f70'),
      sourceId: 'sam-ice',
      kind: 'contract',
      jurisdiction: 'US',
      identifier: '70CMSD26R00000012',
      agency: 'HOMELAND SECURITY, DEPARTMENT OF.US IMMIGRATION AND CUSTOMS ENFORCEMENT.ICE-ERO',
      status: 'Justification',
      url: 'https://sam.gov/opp/3f1c9a7e52d84b0f9c6e1a2b4d5e6f70/view',
      publishedAt: '2026-03-02T00:00:00.000Z',
    });
    // The office is what follows department and sub-tier in fullParentPathName.
    expect(ja).toMatchObject({ office: 'ICE-ERO', contractor: 'NLETS INC', place: 'Hartford, CT' });
    expect(special!.office).toBe('ICE-HSI');
    expect(ja!.title).toContain('COLLECT');
    expect(ja!.summary).toContain('Hartford, CT');
    expect(ja!.summary).toContain('NLETS INC');
    expect(special).toMatchObject({ kind: 'notice', identifier: 'a0b1c2d3e4f5061728394a5b6c7d8e9f', status: 'Special Notice' });
    expect(ja!.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('pages by record offset up to maxPages, spends one request per page and moves the cursor', async () => {
    const s = await samServer();
    const out = await samOpportunitiesConnector.fetch(
      keyedCtx('sam-opportunities', { baseUrl: s.url, limit: 2, maxPages: 3 }, { secrets }),
    );
    expect(s.requests.map((r) => r.query.get('offset'))).toEqual(['0', '2']);
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    expect(out.items.map((i) => i.identifier)).toEqual(['70CMSD26R00000012', 'a0b1c2d3e4f5061728394a5b6c7d8e9f', '70CMSD26Q00000077']);
    // The older response format has department / subTier / office instead of fullParentPathName.
    expect(out.items[2]!.agency).toBe('HOMELAND SECURITY, DEPARTMENT OF.US IMMIGRATION AND CUSTOMS ENFORCEMENT.ICE-OAQ');
    expect(out.state?.cursor).toEqual({ since: '2026-03-04T12:00:00.000Z' });
    expect(out.state?.quota).toEqual({ used: 2, limit: 10, period: 'day', resetAt: '2026-03-06T00:00:00.000Z' });
  });

  it('starts the window at the cursor, and never asks for more than a year', async () => {
    const s = await samServer();
    const ctx = (since: string) => keyedCtx('sam-opportunities', { baseUrl: s.url, limit: 2 }, { secrets, state: { cursor: { since } } });
    await samOpportunitiesConnector.fetch(ctx('2026-03-01T06:00:00.000Z'));
    await samOpportunitiesConnector.fetch(ctx('2024-01-01T00:00:00.000Z'));
    expect(s.requests.map((r) => r.query.get('postedFrom'))).toEqual(['03/01/2026', '03/06/2025']);
  });

  it('with the daily budget spent, fails with reason quota without calling the API', async () => {
    const s = await samServer();
    const quota = { used: 10, limit: 10, period: 'day', resetAt: '2026-03-06T00:00:00.000Z' };
    const out = await samOpportunitiesConnector.fetch(keyedCtx('sam-opportunities', { baseUrl: s.url }, { secrets, state: { quota } }));
    expect(s.requests).toHaveLength(0);
    expect(out).toMatchObject({ status: 'failed', reason: 'quota', retryAfterMs: 12 * 3600_000 });
    if (out.status === 'failed') expect(out.message).toContain('2026-03-06T00:00:00.000Z');
  });

  it('resets the budget once its day is over', async () => {
    const s = await samServer();
    const quota = { used: 10, limit: 10, period: 'day', resetAt: '2026-03-05T00:00:00.000Z' };
    const out = await samOpportunitiesConnector.fetch(
      keyedCtx('sam-opportunities', { baseUrl: s.url, limit: 2 }, { secrets, state: { quota } }),
    );
    expect(out.status).toBe('ok');
    expect(out.state?.quota).toMatchObject({ used: 1, resetAt: '2026-03-06T00:00:00.000Z' });
  });

  it('stops when the budget runs out mid-sweep and resumes there the next day', async () => {
    const s = await samServer();
    const params = { baseUrl: s.url, limit: 2, maxPages: 3 };
    const quota = { used: 9, limit: 10, period: 'day', resetAt: '2026-03-06T00:00:00.000Z' };
    const first = await samOpportunitiesConnector.fetch(keyedCtx('sam-opportunities', params, { secrets, state: { quota } }));
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    expect(first.items).toHaveLength(2);
    expect(first.state?.cursor).toMatchObject({ since: '2026-02-26T12:00:00.000Z', until: NOW.toISOString(), page: '1' });
    const tomorrow = new Date('2026-03-06T08:00:00Z');
    const second = await samOpportunitiesConnector.fetch(
      keyedCtx('sam-opportunities', params, {
        secrets,
        now: tomorrow,
        state: { cursor: first.state!.cursor!, quota: first.state!.quota! },
      }),
    );
    expect(s.requests.map((r) => r.query.get('offset'))).toEqual(['0', '2']);
    expect(s.requests[1]!.query.get('postedTo')).toBe('03/05/2026'); // the interrupted window
    expect(second.status === 'ok' && second.items.map((i) => i.identifier)).toEqual(['70CMSD26Q00000077']);
    expect(second.state?.cursor).toEqual({ since: '2026-03-04T12:00:00.000Z' });
  });

  it('maps 429 with Retry-After to a quota failure and keeps the old cursor', async () => {
    server = await startFixtureServer({
      '/opportunities/v2/search': { status: 429, headers: { 'retry-after': '120' }, body: 'OVER_RATE_LIMIT' },
    });
    const out = await samOpportunitiesConnector.fetch(
      keyedCtx('sam-opportunities', { baseUrl: server.url }, { secrets, state: { cursor: { since: '2026-03-01T00:00:00.000Z' } } }),
    );
    expect(out).toMatchObject({ status: 'failed', reason: 'quota', retryAfterMs: 120_000 });
    expect(out.state?.cursor).toBeUndefined();
    expect(out.state?.quota?.used).toBe(1);
    if (out.status === 'failed') expect(out.message).not.toContain(KEY);
  });

  it('never puts the key in a failure message', async () => {
    server = await startFixtureServer({ '/opportunities/v2/search': { status: 500, body: `error for ${KEY}` } });
    const out = await samOpportunitiesConnector.fetch(keyedCtx('sam-opportunities', { baseUrl: server.url }, { secrets }));
    expect(out).toMatchObject({ status: 'failed', reason: 'http' });
    if (out.status === 'failed') {
      expect(out.message).toContain('500');
      expect(out.message).not.toContain(KEY);
    }
  });

  it('treats 404 as "no notices in the window"', async () => {
    server = await startFixtureServer({ '/opportunities/v2/search': { status: 404, body: '{"error":"No Data found"}' } });
    const out = await samOpportunitiesConnector.fetch(keyedCtx('sam-opportunities', { baseUrl: server.url }, { secrets }));
    expect(out).toMatchObject({ status: 'ok', items: [] });
  });

  it('without the key, fails as a config problem and makes no request', async () => {
    const s = await samServer();
    const out = await samOpportunitiesConnector.fetch(keyedCtx('sam-opportunities', { baseUrl: s.url }));
    expect(out).toMatchObject({ status: 'failed', reason: 'config' });
    if (out.status === 'failed') expect(out.message).toContain('SAM_API_KEY');
    expect(s.requests).toHaveLength(0);
  });
});
