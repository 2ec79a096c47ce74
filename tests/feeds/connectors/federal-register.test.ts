/** Federal Register connector over real HTTP against documents.json fixtures (see the fixture README). */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceState } from '../../../src/domain/index.ts';
import { itemId } from '../../../src/domain/index.ts';
import { federalRegisterConnector } from '../../../feeds/connectors/federal-register.ts';
import { neverAnswers, startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { fetchContext, okItems } from '../../helpers/fetch-context.ts';

const fixture = (name: string, base: string) =>
  readFileSync(new URL(`../../fixtures/feeds/federal-register/${name}`, import.meta.url), 'utf8').replaceAll('{{BASE}}', base);
const NOW = new Date('2026-11-24T12:00:00Z');
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ctx = (params: Record<string, unknown>, state: Partial<SourceState> = {}, timeoutMs?: number) =>
  fetchContext(
    { id: 'fr-ice', type: 'federal-register', name: 'Federal Register: ICE', params: { baseUrl: `${server!.url}/api/v1`, ...params } },
    { state, now: NOW, timeoutMs },
  );

async function serveTwoPages() {
  server = await startFixtureServer();
  const base = server.url;
  server.route('/api/v1/documents.json', { headers: { 'Content-Type': 'application/json' }, body: fixture('page1.json', base) });
  server.route('/api/v1/documents', { headers: { 'Content-Type': 'application/json' }, body: fixture('page2.json', base) });
}

describe('federalRegisterConnector', () => {
  it('asks for the agencies, types, term and publication-date window, newest first', async () => {
    await serveTwoPages();
    await federalRegisterConnector.fetch(
      ctx({ agencies: ['u-s-immigration-and-customs-enforcement', 'u-s-customs-and-border-protection'], term: 'system of records' }),
    );
    const q = server!.requests[0]!.query;
    expect(q.getAll('conditions[agencies][]')).toEqual(['u-s-immigration-and-customs-enforcement', 'u-s-customs-and-border-protection']);
    expect(q.getAll('conditions[type][]')).toEqual(['NOTICE', 'RULE', 'PRORULE']);
    expect(q.get('conditions[term]')).toBe('system of records');
    expect(q.get('conditions[publication_date][gte]')).toBe('2026-11-10'); // now − 14 days
    expect(q.get('order')).toBe('newest');
    expect(q.getAll('fields[]')).toContain('comments_close_on');
  });

  it('maps documents to items, including a Privacy Act system-of-records notice', async () => {
    await serveTwoPages();
    const got = okItems(await federalRegisterConnector.fetch(ctx({})));
    expect(got.map((i) => i.identifier)).toEqual(['2026-24117', '2026-23990', '2026-23501', '2026-23444']);
    expect(got[0]).toMatchObject({
      id: itemId('fr-ice', '2026-24117'),
      sourceId: 'fr-ice',
      kind: 'notice',
      jurisdiction: 'US',
      title: 'Privacy Act of 1974; System of Records',
      url: 'https://www.federalregister.gov/documents/2026/11/20/2026-24117/privacy-act-of-1974-system-of-records',
      agency: 'Homeland Security Department; U.S. Immigration and Customs Enforcement',
      status: 'Notice; comments close 2026-12-21',
      publishedAt: '2026-11-20T00:00:00.000Z',
    });
    expect(got[0]!.summary).toContain('license plate reader data');
    expect(got[1]).toMatchObject({ kind: 'rule', status: 'Proposed Rule; comments close 2027-01-19' });
    expect(got[2]).toMatchObject({ kind: 'rule', status: 'Rule' });
    expect(got[3]).toMatchObject({ kind: 'notice', agency: 'Homeland Security Department; U.S. Citizenship and Immigration Services' });
  });

  it('follows next_page_url and advances the cursor to the newest publication date', async () => {
    await serveTwoPages();
    const outcome = await federalRegisterConnector.fetch(ctx({}));
    expect(server!.requests.map((r) => r.path)).toEqual(['/api/v1/documents.json', '/api/v1/documents']);
    expect(server!.requests[1]!.query.get('search_after_cursor')).toBe('WzE3NjM1OTY4MDAwMDAsIjIwMjYtMjM5OTAiXQ==');
    expect(outcome).toMatchObject({ status: 'ok', state: { cursor: { since: '2026-11-20' } } });
  });

  it('stops at maxPages and keeps the old cursor so older documents are not skipped', async () => {
    await serveTwoPages();
    const outcome = await federalRegisterConnector.fetch(ctx({ maxPages: 1 }, { cursor: { since: '2026-11-15' } }));
    expect(server!.requests).toHaveLength(1);
    expect(server!.requests[0]!.query.get('conditions[publication_date][gte]')).toBe('2026-11-15');
    expect(okItems(outcome)).toHaveLength(2);
    expect(outcome).toMatchObject({ state: { cursor: { since: '2026-11-15' } } });
  });

  it('keeps ids stable and changes the version when the title changes', async () => {
    await serveTwoPages();
    const first = okItems(await federalRegisterConnector.fetch(ctx({})));
    server!.route('/api/v1/documents.json', {
      headers: { 'Content-Type': 'application/json' },
      body: fixture('page1-changed.json', server!.url),
    });
    const second = okItems(await federalRegisterConnector.fetch(ctx({}, { cursor: { since: '2026-11-20' } })));
    expect(second[0]!.id).toBe(first[0]!.id);
    expect(second[0]!.version).not.toBe(first[0]!.version);
    const again = okItems(await federalRegisterConnector.fetch(ctx({}, { cursor: { since: '2026-11-20' } })));
    expect(again[0]!.version).toBe(second[0]!.version);
  });

  it('returns 5xx, timeouts and bad JSON as failed values', async () => {
    server = await startFixtureServer({ '/api/v1/documents.json': { status: 502, body: 'bad gateway' } });
    expect(await federalRegisterConnector.fetch(ctx({}))).toMatchObject({ status: 'failed', reason: 'http' });
    server.route('/api/v1/documents.json', { status: 429, headers: { 'Retry-After': '30' } });
    expect(await federalRegisterConnector.fetch(ctx({}))).toMatchObject({ status: 'failed', reason: 'http', retryAfterMs: 30_000 });
    server.route('/api/v1/documents.json', neverAnswers);
    expect(await federalRegisterConnector.fetch(ctx({}, {}, 50))).toMatchObject({ status: 'failed', reason: 'timeout' });
    server.route('/api/v1/documents.json', { body: '<html>maintenance</html>' });
    expect(await federalRegisterConnector.fetch(ctx({}))).toMatchObject({ status: 'failed', reason: 'parse' });
  });

  it('does not follow a next_page_url to another host', async () => {
    server = await startFixtureServer();
    server.route('/api/v1/documents.json', { body: fixture('page1.json', 'https://elsewhere.example.org') });
    const outcome = await federalRegisterConnector.fetch(ctx({}));
    expect(okItems(outcome)).toHaveLength(2);
    expect(server.requests).toHaveLength(1);
  });
});
