/**
 * The bench generators are deterministic (same seed, same bytes) and produce payloads the
 * real parsers and connectors read: RSS 2.0, Atom, Federal Register documents.json pages and
 * FPDS ATOM pages. No timing here: the numbers live in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import {
  atomFeed,
  extraAdditions,
  extraTerms,
  federalRegisterPage,
  fpdsPage,
  rng,
  rssFeed,
  searchQueries,
  storedItems,
} from '../../bench/gen.ts';
import { federalRegisterItem } from '../../feeds/connectors/federal-register.ts';
import { fpdsItem } from '../../feeds/connectors/fpds.ts';
import { createRssFeedParser, defaultFeedParser } from '../../feeds/parse/index.ts';
import { compileWatchlist, defaultWatchlist, mergeWatchlists, validateRule } from '../../src/matching/index.ts';

describe('rng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const seq = (seed: number) => Array.from({ length: 5 }, rng(seed).next);
    expect(seq(1)).toEqual(seq(1));
    expect(seq(1)).not.toEqual(seq(2));
    for (const x of seq(3)) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('feed generators', () => {
  it('are deterministic per seed', () => {
    expect(rssFeed(5, { items: 20, name: 'a' })).toBe(rssFeed(5, { items: 20, name: 'a' }));
    expect(rssFeed(5, { items: 20, name: 'a' })).not.toBe(rssFeed(6, { items: 20, name: 'a' }));
    expect(atomFeed(5, { items: 20, name: 'a' })).toBe(atomFeed(5, { items: 20, name: 'a' }));
    expect(federalRegisterPage(5, { items: 20 })).toBe(federalRegisterPage(5, { items: 20 }));
    expect(fpdsPage(5, { items: 10 })).toBe(fpdsPage(5, { items: 10 }));
  });

  it('produce RSS 2.0 the real parser reads entry by entry', async () => {
    const parsed = await defaultFeedParser.parse(rssFeed(1, { items: 50, name: 'ct' }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.entries).toHaveLength(50);
    const first = parsed.entries[0]!;
    expect(first.guid).toBe('ct-1-0');
    expect(first.title).toMatch(/^[A-Z]{2} \d+ - /);
    expect(first.link).toMatch(/^https:\/\/legislature\.example\.gov\/ct\/bills\/0\?session=2027&chamber=/);
    expect(first.published).toMatch(/^2026-\d\d-\d\dT/);
    expect(parsed.entries.every((e) => e.summary && !e.summary.includes('<'))).toBe(true);
  });

  it('produce Atom with ids, dates and relative links resolved', async () => {
    const parsed = await defaultFeedParser.parse(atomFeed(2, { items: 30, name: 'agency' }), 'https://agency.example.gov/agency.atom');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.entries).toHaveLength(30);
    expect(parsed.entries[0]!.guid).toBe('urn:agency:2:0');
    expect(parsed.entries[0]!.link).toBe('https://agency.example.gov/releases/agency/0');
    expect(parsed.entries.every((e) => e.published && e.updated && e.updated >= e.published)).toBe(true);
  });

  it('produce Federal Register pages the connector maps to items', () => {
    const page = JSON.parse(federalRegisterPage(3, { items: 25 })) as { results: Array<Record<string, unknown>> };
    const items = page.results.map((doc) => federalRegisterItem('fr', doc));
    expect(items.every((i) => i !== undefined)).toBe(true);
    expect(new Set(items.map((i) => i!.id)).size).toBe(25);
    expect(items[0]!.kind).toMatch(/^(notice|rule)$/);
    expect(items[0]!.agency).toBeTruthy();
  });

  it('produce FPDS ATOM pages whose awards the connector reads', async () => {
    const parsed = await createRssFeedParser({ extraItemFields: ['content', 'modified'] }).parse(
      fpdsPage(4, { items: 10 }),
      'https://www.fpds.gov/ezsearch/FEEDS/ATOM',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const items = parsed.entries.map((e) => fpdsItem('fpds', e, 'contract'));
    expect(items).toHaveLength(10);
    expect(items.every((i) => i?.kind === 'contract' && /^70CMSD27[FPC]\d{8}$/.test(i.identifier ?? ''))).toBe(true);
    expect(items[0]!.summary).toMatch(/^Obligated \$/);
  });
});

/**
 * The first stored item reads the dev split's 46,000 records to build the real-text vocabulary (bench/real-text.ts): about
 * 4 s alone, past the 20 s default on a 2-core CI machine running the corpus suites beside it. A time budget, not a
 * timed assertion.
 */
const CORPUS_LOAD_BUDGET_MS = 90_000;

describe('stored items, watchlist terms and queries', () => {
  it(
    'stored items are deterministic, with unique ids and a match each',
    () => {
      const a = storedItems(9, 300);
      expect(a).toEqual(storedItems(9, 300));
      expect(new Set(a.map((i) => i.id)).size).toBe(300);
      expect(a.every((i) => i.match.topics.length > 0 && i.history.length >= 1 && i.firstSeenAt <= i.lastSeenAt)).toBe(true);
    },
    CORPUS_LOAD_BUDGET_MS,
  );

  it('stored items use real-text vocabulary and spread their activity over a year', () => {
    const a = storedItems(9, 2000);
    const vocabulary = new Set(a.flatMap((i) => `${i.title} ${i.summary}`.toLowerCase().match(/[a-z]{4,}/g) ?? []));
    expect(vocabulary.size).toBeGreaterThan(2000);
    const days = new Set(a.map((i) => i.lastSeenAt.slice(0, 10)));
    expect(days.size).toBeGreaterThan(300);
    expect(a.some((i) => i.history.length === 2 && i.lastSeenAt > i.firstSeenAt)).toBe(true);
  });

  it('extra terms are distinct valid rules that compile with the default watchlist', () => {
    const terms = extraTerms(7, 300);
    expect(terms).toEqual(extraTerms(7, 300));
    expect(new Set(terms).size).toBe(300);
    for (const t of terms) expect(validateRule(t)).toEqual({ ok: true });
    const compiled = compileWatchlist(mergeWatchlists(defaultWatchlist(), undefined, extraAdditions(7, 300)));
    expect(compiled.problems).toEqual([]);
  });

  it('search queries are deterministic', () => {
    expect(searchQueries(11, 40)).toEqual(searchQueries(11, 40));
  });

  it('search queries are 40 distinct ones using every filter of the grammar', () => {
    const qs = searchQueries(11, 40);
    expect(new Set(qs.map((q) => JSON.stringify(q))).size).toBe(40);
    expect(qs.some((q) => q.jurisdictions)).toBe(true);
    expect(qs.some((q) => q.kinds)).toBe(true);
    expect(qs.some((q) => q.topics)).toBe(true);
    expect(qs.some((q) => q.sinceDays)).toBe(true);
    expect(qs.some((q) => q.text.startsWith('"'))).toBe(true);
  });
});
