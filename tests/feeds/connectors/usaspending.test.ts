/** USAspending connector over real HTTP against spending_by_award fixtures (see the fixture README). */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceState } from '../../../src/domain/index.ts';
import { itemId } from '../../../src/domain/index.ts';
import { USASPENDING_FIELDS, usaspendingConnector } from '../../../feeds/connectors/usaspending.ts';
import { neverAnswers, startFixtureServer, type FixtureServer, type RecordedRequest } from '../../helpers/fixture-server.ts';
import { fetchContext, okItems } from '../../helpers/fetch-context.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/usaspending/${name}`, import.meta.url), 'utf8');
const NOW = new Date('2026-11-24T12:00:00Z');
const PATH = 'POST /api/v2/search/spending_by_award/';
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ctx = (params: Record<string, unknown> = {}, state: Partial<SourceState> = {}, timeoutMs?: number) =>
  fetchContext(
    {
      id: 'usa-ice',
      type: 'usaspending',
      name: 'USAspending: ICE contracts',
      intervalMinutes: 360,
      params: { baseUrl: server!.url, ...params },
    },
    { state, now: NOW, timeoutMs },
  );

interface SearchBody {
  filters: { time_period: Array<{ start_date: string }>; keywords?: string[]; agencies?: unknown[] } & Record<string, unknown>;
  fields: string[];
  page: number;
}
const bodyOf = (r: RecordedRequest) => JSON.parse(r.body) as SearchBody;

async function serveTwoPages() {
  server = await startFixtureServer({
    [PATH]: (req) => ({
      headers: { 'Content-Type': 'application/json' },
      body: fixture(bodyOf(req).page === 1 ? 'page1.json' : 'page2.json'),
    }),
  });
}

describe('usaspendingConnector', () => {
  it('POSTs contract award types, the last-modified window, ICE as awarding sub-agency and the fields', async () => {
    await serveTwoPages();
    await usaspendingConnector.fetch(ctx());
    const body = bodyOf(server!.requests[0]!);
    expect(server!.requests[0]!.headers['content-type']).toBe('application/json');
    expect(body.filters).toEqual({
      award_type_codes: ['A', 'B', 'C', 'D'],
      time_period: [{ start_date: '2026-11-17', end_date: '2026-11-24', date_type: 'last_modified_date' }],
      agencies: [{ type: 'awarding', tier: 'subtier', name: 'U.S. Immigration and Customs Enforcement' }],
    });
    expect(body.fields).toEqual(USASPENDING_FIELDS);
    expect(body.page).toBe(1);
  });

  it('adds keywords when configured', async () => {
    await serveTwoPages();
    await usaspendingConnector.fetch(ctx({ keywords: ['license plate reader'], agencies: ['U.S. Customs and Border Protection'] }));
    const body = bodyOf(server!.requests[0]!);
    expect(body.filters.keywords).toEqual(['license plate reader']);
    expect(body.filters.agencies).toEqual([{ type: 'awarding', tier: 'subtier', name: 'U.S. Customs and Border Protection' }]);
  });

  it('maps awards to contract items and pages until hasNext is false', async () => {
    await serveTwoPages();
    const outcome = await usaspendingConnector.fetch(ctx());
    const got = okItems(outcome);
    expect(server!.requests.map((r) => bodyOf(r).page)).toEqual([1, 2]);
    expect(got).toHaveLength(3);
    expect(got[0]).toMatchObject({
      id: itemId('usa-ice', 'CONT_AWD_70CMSD27F00000012_7012_GS02F0001X_4732'),
      kind: 'contract',
      jurisdiction: 'US',
      identifier: '70CMSD27F00000012',
      title: 'WEST PUBLISHING CORPORATION: ACCESS TO COMMERCIAL LICENSE PLATE READER (LPR) DATA SERVICE FOR ERO',
      url: 'https://www.usaspending.gov/award/CONT_AWD_70CMSD27F00000012_7012_GS02F0001X_4732',
      agency: 'U.S. Immigration and Customs Enforcement',
      status: 'Award amount $1,250,000',
      publishedAt: '2026-11-18T00:00:00.000Z',
    });
    expect(got[0]).toMatchObject({ contractor: 'WEST PUBLISHING CORPORATION', place: 'DC' });
    expect(got[0]!.summary).toContain('Place of performance: DC.');
    expect(got[1]!.title).toContain('NLETS STATE CRIMINAL JUSTICE NETWORK ACCESS');
    expect(outcome).toMatchObject({ state: { cursor: { since: '2026-11-24' } } });
  });

  it('resumes from the cursor and bounds pages per poll, keeping the cursor when more remain', async () => {
    await serveTwoPages();
    const outcome = await usaspendingConnector.fetch(ctx({ maxPages: 1 }, { cursor: { since: '2026-11-20' } }));
    expect(server!.requests).toHaveLength(1);
    expect(bodyOf(server!.requests[0]!).filters.time_period[0]!.start_date).toBe('2026-11-20');
    expect(okItems(outcome)).toHaveLength(2);
    expect(outcome).toMatchObject({ state: { cursor: { since: '2026-11-20' } } });
  });

  it('gives a changed award the same id and a new version', async () => {
    await serveTwoPages();
    const before = okItems(await usaspendingConnector.fetch(ctx()))[0]!;
    server!.route(PATH, { headers: { 'Content-Type': 'application/json' }, body: fixture('page1-changed.json') });
    const after = okItems(await usaspendingConnector.fetch(ctx({}, { cursor: { since: '2026-11-24' } })))[0]!;
    expect(after.id).toBe(before.id);
    expect(after.version).not.toBe(before.version);
    expect(after.status).toBe('Award amount $1,560,000');
    const same = okItems(await usaspendingConnector.fetch(ctx({}, { cursor: { since: '2026-11-24' } })))[0]!;
    expect(same.version).toBe(after.version);
  });

  it('returns 5xx, timeouts and non-JSON as failed values', async () => {
    server = await startFixtureServer({ [PATH]: { status: 500, body: '{"detail":"error"}' } });
    expect(await usaspendingConnector.fetch(ctx())).toMatchObject({ status: 'failed', reason: 'http' });
    server.route(PATH, { status: 503, headers: { 'Retry-After': '60' } });
    expect(await usaspendingConnector.fetch(ctx())).toMatchObject({ status: 'failed', retryAfterMs: 60_000 });
    server.route(PATH, neverAnswers);
    expect(await usaspendingConnector.fetch(ctx({}, {}, 50))).toMatchObject({ status: 'failed', reason: 'timeout' });
    server.route(PATH, { body: 'not json' });
    expect(await usaspendingConnector.fetch(ctx())).toMatchObject({ status: 'failed', reason: 'parse' });
  });
});
