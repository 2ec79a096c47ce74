import { afterEach, describe, expect, it } from 'vitest';
import { mapAward, samAwardsConnector } from '../../../feeds/connectors/sam-awards.ts';
import { itemId } from '../../../src/domain/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { json, keyedCtx } from '../../fixtures/feeds/keyed/context.ts';

const KEY = 'SAM-awards-key-1111';
const secrets = { SAM_API_KEY: KEY };
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('samAwardsConnector', () => {
  it('shares the SAM key and budget rules', () => {
    expect(samAwardsConnector.type).toBe('sam-awards');
    expect(samAwardsConnector.requiredSecret).toBe('SAM_API_KEY');
  });

  it('asks for ICE (sub-tier 7012) actions signed in the window, with the free-text query', async () => {
    server = await startFixtureServer({ '/contract-awards/v1/search': json('sam-awards.json') });
    await samAwardsConnector.fetch(keyedCtx('sam-awards', { baseUrl: server.url, q: 'license plate' }, { secrets }));
    const q = server.requests[0]!.query;
    expect(q.get('api_key')).toBe(KEY);
    expect(q.get('contractingSubtierCode')).toBe('7012');
    expect(q.get('q')).toBe('license plate');
    expect(q.get('dateSigned')).toBe('[02/19/2026,03/05/2026]');
    expect(q.get('limit')).toBe('100');
    expect(q.get('offset')).toBe('0');
  });

  it('maps awards; two modifications of one contract are one item at its latest version', async () => {
    server = await startFixtureServer({ '/contract-awards/v1/search': json('sam-awards.json') });
    const out = await samAwardsConnector.fetch(keyedCtx('sam-awards', { baseUrl: server.url }, { secrets, id: 'sam-awards-ice' }));
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    expect(out.items).toHaveLength(2);
    const [nlets, lpr] = out.items;
    expect(nlets).toMatchObject({
      id: itemId('sam-awards-ice', '70CMSD26P00000031|'),
      kind: 'contract',
      jurisdiction: 'US',
      identifier: '70CMSD26P00000031',
      agency: 'HOMELAND SECURITY, DEPARTMENT OF / U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT',
      status: 'Award',
      publishedAt: '2026-02-27T00:00:00.000Z',
      url: 'https://www.usaspending.gov/award/CONT_AWD_70CMSD26P00000031_7012_-NONE-_-NONE-',
    });
    expect(nlets).toMatchObject({ office: 'ICE DETENTION COMPLIANCE & REMOVALS', contractor: 'NLETS INC', place: 'HARTFORD, CT' });
    expect(nlets!.title).toContain('CRIMINAL JUSTICE INFORMATION');
    expect(nlets!.summary).toContain('NLETS INC');
    expect(lpr).toMatchObject({
      identifier: '70CMSD25C00000102',
      status: 'Modification P00003 (SUPPLEMENTAL AGREEMENT FOR WORK WITHIN SCOPE)',
    });
    expect(lpr!.publishedAt).toBe('2026-03-02T00:00:00.000Z');
  });

  it('reads lastModifiedDate where real responses put it (awardDetails.transactionData), as UTC', async () => {
    server = await startFixtureServer({ '/contract-awards/v1/search': json('sam-awards.json') });
    const out = await samAwardsConnector.fetch(keyedCtx('sam-awards', { baseUrl: server.url }, { secrets }));
    if (out.status !== 'ok') throw new Error(out.status);
    expect(out.items.map((i) => i.updatedAt)).toEqual(['2026-02-28T14:12:09.000Z', '2026-03-03T08:01:44.000Z']);
  });

  it('sees a corrected record (same modification, new lastModifiedDate) as a new version', () => {
    const raw = (lastModifiedDate: string) => ({
      contractId: { piid: '70CMSD26P00000031', modificationNumber: '0', transactionNumber: '0' },
      awardDetails: { dates: { dateSigned: '02/27/2026' }, transactionData: { lastModifiedDate } },
    });
    const before = mapAward('s', raw('2026-02-28 14:12:09'))!;
    const after = mapAward('s', raw('2026-03-10 10:00:00'))!;
    expect(after.id).toBe(before.id);
    expect(after.updatedAt).toBe('2026-03-10T10:00:00.000Z');
    expect(after.version).not.toBe(before.version);
  });

  it('reads the "No Data found" wrapper as an empty page', async () => {
    server = await startFixtureServer({ '/contract-awards/v1/search': json('sam-awards-empty.json') });
    const out = await samAwardsConnector.fetch(keyedCtx('sam-awards', { baseUrl: server.url }, { secrets }));
    expect(out).toMatchObject({
      status: 'ok',
      items: [],
      state: { cursor: { since: '2026-03-04T12:00:00.000Z' }, quota: { used: 1, limit: 10 } },
    });
  });

  it('makes no request once the budget is spent', async () => {
    server = await startFixtureServer({ '/contract-awards/v1/search': json('sam-awards.json') });
    const quota = { used: 3, limit: 3, period: 'day', resetAt: '2026-03-06T00:00:00.000Z' };
    const out = await samAwardsConnector.fetch(
      keyedCtx('sam-awards', { baseUrl: server.url, quotaLimit: 3 }, { secrets, state: { quota } }),
    );
    expect(out).toMatchObject({ status: 'failed', reason: 'quota' });
    expect(server.requests).toHaveLength(0);
  });

  it('sends one query per q, each costing a request', async () => {
    server = await startFixtureServer({ '/contract-awards/v1/search': json('sam-awards-empty.json') });
    const out = await samAwardsConnector.fetch(
      keyedCtx('sam-awards', { baseUrl: server.url, q: ['license plate', 'biometric'], contractingSubtierCode: '' }, { secrets }),
    );
    expect(server.requests.map((r) => r.query.get('q'))).toEqual(['license plate', 'biometric']);
    expect(server.requests[0]!.query.has('contractingSubtierCode')).toBe(false);
    expect(out.state?.quota?.used).toBe(2);
  });
});
