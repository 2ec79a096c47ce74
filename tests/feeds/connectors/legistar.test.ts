/**
 * legistar connector over real HTTP: matters and agenda items in the Web API's shape (field
 * names as recorded in jisaacstone/legisearch documentation/legistar.md), OData paging and the
 * last-modified cursor.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceState } from '../../../src/domain/index.ts';
import { itemId } from '../../../src/domain/index.ts';
import { legistarConnector, legistarTime } from '../../../feeds/connectors/legistar.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { fetchContext, okItems } from '../../helpers/fetch-context.ts';

const json = (name: string) => ({
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: readFileSync(new URL(`../../fixtures/feeds/legistar/${name}`, import.meta.url)),
});
const NOW = new Date('2026-11-24T12:00:00Z');

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ctx = (params: Record<string, unknown> = {}, state: Partial<SourceState> = {}) =>
  fetchContext(
    {
      id: 'legistar-seattle',
      type: 'legistar',
      params: { client: 'seattle', jurisdiction: 'Seattle, WA', baseUrl: `${server!.url}/v1`, ...params },
    },
    { state, now: NOW },
  );

const routes = () => ({
  '/v1/seattle/matters': json('matters.json'),
  '/v1/seattle/events': json('events.json'),
  '/v1/seattle/events/6801/eventitems': json('eventitems-6801.json'),
});

describe('legistarTime', () => {
  it("reads the API's zone-less UTC times", () => {
    expect(legistarTime('2017-07-31T23:46:47.397')).toBe('2017-07-31T23:46:47.397Z');
    expect(legistarTime(null)).toBeUndefined();
  });
});

describe('legistarConnector', () => {
  it('maps matters with file number, type, status and body, under the city as jurisdiction', async () => {
    server = await startFixtureServer(routes());
    const items = okItems(await legistarConnector.fetch(ctx()));
    const cb = items.find((i) => i.identifier === 'CB 120931')!;
    expect(cb).toMatchObject({
      id: itemId('legistar-seattle', 'matter:14211'),
      kind: 'bill',
      jurisdiction: 'Seattle, WA',
      status: 'In Committee',
      agency: 'Public Safety Committee',
      url: 'https://seattle.legistar.com/LegislationDetail.aspx?ID=14211&GUID=5C1E8A0B-3D1F-4B6E-9E6A-2F0B7A1C9D44',
      publishedAt: '2026-11-17T00:00:00.000Z',
      updatedAt: '2026-11-18T21:04:11.513Z',
    });
    expect(cb.title).toMatch(/^CB 120931 AN ORDINANCE relating to the Seattle Police Department/);
    expect(cb.summary).toContain('Type: Council Bill (CB).');
    const res = items.find((i) => i.identifier === 'Res 32145')!;
    expect(res.title).toBe('Res 32145 Welcoming City resolution: ICE detainers and courthouse arrests');
    expect(res.summary).toContain('decline ICE detainer requests');
  });

  it('maps agenda items with the names of their attachments', async () => {
    server = await startFixtureServer(routes());
    const items = okItems(await legistarConnector.fetch(ctx()));
    const agenda = items.find((i) => i.id === itemId('legistar-seattle', 'eventitem:90321'))!;
    expect(agenda).toMatchObject({
      kind: 'notice',
      jurisdiction: 'Seattle, WA',
      identifier: 'CB 120931',
      agency: 'Public Safety Committee',
      status: 'In Committee',
      publishedAt: '2026-11-24T00:00:00.000Z',
    });
    expect(agenda.summary).toContain('Public Safety Committee on 2026-11-24, item 3.');
    expect(agenda.summary).toContain(
      'Attachments: Att A - Flock Group Inc. Master Services Agreement; Surveillance Impact Report: ALPR data sharing with ICE and other agencies.',
    );
    expect(items.find((i) => i.title === 'Call to Order')!.url).toContain('MeetingDetail.aspx?LEGID=6801');
    const itemsReq = server.requests.find((r) => r.path === '/v1/seattle/events/6801/eventitems')!;
    expect(itemsReq.query.get('Attachments')).toBe('1');
  });

  it('asks for changes since the cursor, oldest first, paged with $top/$skip, and advances the cursor', async () => {
    server = await startFixtureServer(routes());
    const outcome = await legistarConnector.fetch(
      ctx({ pageSize: 2, maxPages: 2 }, { cursor: { matters: '2026-11-18T00:00:00.000Z', events: '2026-11-19T00:00:00.000Z' } }),
    );
    const matters = server.requests.filter((r) => r.path === '/v1/seattle/matters');
    // A full page (2 of 2) asks for the next one.
    expect(matters).toHaveLength(2);
    expect(matters[0]!.query.get('$filter')).toBe("MatterLastModifiedUtc gt datetime'2026-11-18T00:00:00'");
    expect(matters[0]!.query.get('$orderby')).toBe('MatterLastModifiedUtc');
    expect(matters[0]!.query.get('$top')).toBe('2');
    expect(matters[1]!.query.get('$skip')).toBe('2');
    expect(server.requests.find((r) => r.path === '/v1/seattle/events')!.query.get('$filter')).toBe(
      "EventLastModifiedUtc gt datetime'2026-11-19T00:00:00'",
    );
    // The newest change seen, less a few minutes of overlap.
    expect(outcome.state?.cursor).toEqual({ matters: '2026-11-19T16:25:02.200Z', events: '2026-11-20T04:11:05.300Z' });
  });

  it('starts lookbackDays back on the first poll', async () => {
    server = await startFixtureServer(routes());
    await legistarConnector.fetch(ctx({ lookbackDays: 7, maxEvents: 0 }));
    expect(server.requests[0]!.query.get('$filter')).toBe("MatterLastModifiedUtc gt datetime'2026-11-17T12:00:00'");
    expect(server.requests.some((r) => r.path === '/v1/seattle/events')).toBe(false);
  });

  it('keeps the matters when a client refuses agendas, and fails clearly otherwise', async () => {
    server = await startFixtureServer({
      '/v1/seattle/matters': json('matters.json'),
      '/v1/seattle/events': { status: 400, body: 'Agenda status not configured' },
    });
    const outcome = await legistarConnector.fetch(ctx());
    expect(okItems(outcome)).toHaveLength(2);
    expect(outcome.state?.cursor?.events).toBe('2026-10-25T12:00:00.000Z');
    server.route('/v1/seattle/matters', { status: 403 });
    expect(await legistarConnector.fetch(ctx())).toMatchObject({
      status: 'failed',
      reason: 'config',
      message: expect.stringContaining('params.token'),
    });
    server.route('/v1/seattle/matters', { headers: { 'Content-Type': 'application/json' }, body: '{"Message":"An error has occurred."}' });
    expect(await legistarConnector.fetch(ctx())).toMatchObject({ status: 'failed', reason: 'parse' });
    expect(await legistarConnector.fetch(ctx({ client: undefined }))).toMatchObject({ status: 'failed', reason: 'config' });
    expect(await legistarConnector.fetch(ctx({ jurisdiction: undefined }))).toMatchObject({ status: 'failed', reason: 'config' });
  });
});
