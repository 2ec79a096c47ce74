/** html connector over real HTTP: CSS selectors from the config, identity, conditional GET, failures. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceState } from '../../../src/domain/index.ts';
import { itemId } from '../../../src/domain/index.ts';
import { htmlConnector, pageDate } from '../../../feeds/connectors/html.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { fetchContext, okItems } from '../../helpers/fetch-context.ts';

const page = readFileSync(new URL('../../fixtures/feeds/html/county-notices.html', import.meta.url), 'utf8');
const SELECTORS = { item: 'table.notices tr.notice', title: 'td.title', link: 'td.title a@href', date: 'td.date', summary: 'td.desc' };

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ctx = (params: Record<string, unknown> = {}, state: Partial<SourceState> = {}) =>
  fetchContext(
    {
      id: 'county-notices',
      type: 'html',
      params: { url: `${server!.url}/sheriff/notices`, selectors: SELECTORS, jurisdiction: 'az', kind: 'notice', ...params },
    },
    { state },
  );

describe('pageDate', () => {
  it('reads the dates pages print', () => {
    expect(pageDate('11/19/2026')).toBe('2026-11-19T00:00:00.000Z');
    expect(pageDate('November 12, 2026')).toBe('2026-11-12T00:00:00.000Z');
    expect(pageDate('March 2023')).toBe('2023-03-01T00:00:00.000Z');
    expect(pageDate('2026-11-02')).toBe('2026-11-02T00:00:00.000Z');
    expect(pageDate('2026-01-29T12:00:00Z')).toBe('2026-01-29T12:00:00.000Z');
    expect(pageDate('soon')).toBeUndefined();
  });
});

describe('htmlConnector', () => {
  it('turns each matching element into an item using the configured selectors', async () => {
    server = await startFixtureServer({
      '/sheriff/notices': { headers: { 'Content-Type': 'text/html; charset=utf-8', ETag: '"n1"' }, body: page },
    });
    const outcome = await htmlConnector.fetch(ctx());
    const items = okItems(outcome);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      id: itemId('county-notices', `${server.url}/notices/2026-114`),
      kind: 'notice',
      jurisdiction: 'AZ',
      title: 'Intergovernmental Service Agreement with U.S. Immigration and Customs Enforcement: renewal',
      url: `${server.url}/notices/2026-114`,
      summary: 'The Board of Supervisors will consider renewal of the IGSA for detention bed space and 287(g) task force participation.',
      publishedAt: '2026-11-19T00:00:00.000Z',
    });
    expect(items[1]).toMatchObject({ url: 'https://county.example.gov/notices/2026-109', publishedAt: '2026-11-12T00:00:00.000Z' });
    // No link: identified by its title, linked to the page.
    expect(items[2]).toMatchObject({
      id: itemId('county-notices', 'Snow and ice removal bids (no link)'),
      url: `${server.url}/sheriff/notices`,
    });
    expect(outcome).toMatchObject({ state: { etag: '"n1"' } });
    expect(server.requests[0]!.headers.accept).toContain('text/html');
  });

  it('keeps the id and changes the version when an entry is edited', async () => {
    server = await startFixtureServer({ '/sheriff/notices': { headers: { 'Content-Type': 'text/html' }, body: page } });
    const before = okItems(await htmlConnector.fetch(ctx()));
    server.route('/sheriff/notices', {
      headers: { 'Content-Type': 'text/html' },
      body: page.replace('for detention bed space', 'for 400 detention beds'),
    });
    const after = okItems(await htmlConnector.fetch(ctx()));
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(after[0]!.version).not.toBe(before[0]!.version);
    expect(after[1]!.version).toBe(before[1]!.version);
  });

  it('sends the stored validators and maps 304 to not-modified', async () => {
    server = await startFixtureServer({ '/sheriff/notices': { status: 304, headers: { ETag: '"n1"' } } });
    expect(await htmlConnector.fetch(ctx({}, { etag: '"n1"' }))).toMatchObject({ status: 'not-modified' });
    expect(server.requests[0]!.headers['if-none-match']).toBe('"n1"');
  });

  it('reports bad selectors as config errors and an empty match as a parse failure', async () => {
    server = await startFixtureServer({ '/sheriff/notices': { headers: { 'Content-Type': 'text/html' }, body: page } });
    expect(await htmlConnector.fetch(ctx({ selectors: undefined }))).toMatchObject({ status: 'failed', reason: 'config' });
    expect(await htmlConnector.fetch(ctx({ selectors: { item: 'tr' } }))).toMatchObject({
      status: 'failed',
      reason: 'config',
      message: expect.stringContaining('"item" and "title"'),
    });
    expect(await htmlConnector.fetch(ctx({ selectors: { item: 'tr[', title: 'td' } }))).toMatchObject({
      status: 'failed',
      reason: 'config',
      message: expect.stringContaining('invalid CSS selector'),
    });
    expect(await htmlConnector.fetch(ctx({ selectors: { item: 'div.nothing', title: 'a' } }))).toMatchObject({
      status: 'failed',
      reason: 'parse',
      message: expect.stringContaining('sources test county-notices'),
    });
  });

  it('goes through the safe HTTP layer: size cap and the private-address guard', async () => {
    server = await startFixtureServer({ '/sheriff/notices': { headers: { 'Content-Type': 'text/html' }, body: page.repeat(60) } });
    expect(await htmlConnector.fetch(ctx({ maxBytes: 65_536 }))).toMatchObject({ status: 'failed', reason: 'too-large' });
    const guarded = fetchContext(
      { id: 'x', type: 'html', params: { url: `${server.url}/sheriff/notices`, selectors: SELECTORS } },
      { http: (await import('../../../feeds/http/index.ts')).createSafeHttp({}) },
    );
    expect(await htmlConnector.fetch(guarded)).toMatchObject({ status: 'failed', reason: 'blocked' });
  });
});
