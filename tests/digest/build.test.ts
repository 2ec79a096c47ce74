import { beforeEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.ts';
import { lineChars } from '../../src/digest/paginate.ts';
import { richTextToPlain, TOPIC_DATABASES, type RichMessage, type SourceStatusRow, type Store } from '../../src/domain/index.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { BOTH, makeSub, record } from './helpers.ts';

// Monday 2026-11-30 09:00 in New York: the digest covers (Nov 23 14:00Z, Nov 30 14:00Z].
const NOW = new Date('2026-11-30T14:00:00Z');

const plainLines = (m: RichMessage) => (m.sections ?? []).flatMap((s) => s.lines.map(richTextToPlain));
const headings = (msgs: RichMessage[]) => msgs.flatMap((m) => (m.sections ?? []).map((s) => s.heading));

async function seedWeek(store: Store): Promise<void> {
  // Priority (both topics), Connecticut, first seen this week.
  await record(
    store,
    {
      native: 'ct-hb-5001',
      title: 'An Act Concerning the Trust Act and COLLECT Access',
      jurisdiction: 'CT',
      identifier: 'HB 5001',
      status: 'Referred to Judiciary',
      topics: BOTH,
    },
    '2026-11-25T15:00:00Z',
  );
  // Federal notice first seen long ago, changed this week.
  await record(
    store,
    {
      native: 'fr-2026-0101',
      title: 'Privacy Act of 1974; System of Records (ICE)',
      kind: 'notice',
      identifier: '2026-0101',
      status: 'Proposed',
    },
    '2026-11-10T12:00:00Z',
  );
  await record(
    store,
    {
      native: 'fr-2026-0101',
      title: 'Privacy Act of 1974; System of Records (ICE)',
      kind: 'notice',
      identifier: '2026-0101',
      status: 'Final',
    },
    '2026-11-27T12:00:00Z',
  );
  // Federal bill first seen the previous week: counts only for the previous week.
  await record(
    store,
    { native: 'us-hr-10', title: 'Detainer Reform Act', identifier: 'H.R. 10', status: 'Introduced' },
    '2026-11-18T12:00:00Z',
  );
  // Seen again this week without change: not in the digest.
  await record(
    store,
    { native: 'us-hr-10', title: 'Detainer Reform Act', identifier: 'H.R. 10', status: 'Introduced' },
    '2026-11-28T12:00:00Z',
  );
  await record(
    store,
    { native: 'ca-sb-54', title: 'California Values Act amendments', jurisdiction: 'CA', identifier: 'SB 54', status: 'Passed Senate' },
    '2026-11-24T10:00:00Z',
  );
  await record(
    store,
    { native: 'news-1', title: 'County sheriff ends 287(g) agreement', jurisdiction: 'XX', kind: 'news' },
    '2026-11-26T10:00:00Z',
  );
  await record(
    store,
    { native: 'ny-s-987', title: 'New York for All Act', jurisdiction: 'NY', identifier: 'S 987', status: 'In committee' },
    '2026-11-29T10:00:00Z',
  );
  await record(
    store,
    {
      native: 'tx-alpr',
      title: 'License plate reader data retention',
      jurisdiction: 'TX',
      identifier: 'HB 77',
      status: 'Filed',
      topics: [TOPIC_DATABASES],
    },
    '2026-11-28T10:00:00Z',
  );
  // Older than both windows.
  await record(store, { native: 'old', title: 'Old news', jurisdiction: 'WA' }, '2026-10-01T10:00:00Z');
}

describe('buildDigest content', () => {
  let store: Store;
  beforeEach(async () => {
    store = createMemoryStore();
    await seedWeek(store);
  });

  it('puts priority first, then federal, then states alphabetically by name, unknown last', async () => {
    const msgs = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [] });
    expect(msgs).toHaveLength(1);
    expect(headings(msgs)).toEqual([
      '★ Priority (both topics)',
      'Federal',
      'California (CA)',
      'New York (NY)',
      'Texas (TX)',
      'Other / unknown jurisdiction',
    ]);
    const [msg] = msgs;
    expect(msg!.type).toBe('digest');
    expect(msg!.title).toBe('Weekly policy digest: Nov 23 – Nov 30, 2026');
    expect(msg!.tone).toBe('priority');
  });

  it('renders each line as title-link · identifier · status · date, priority lines with their jurisdiction', async () => {
    const [msg] = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [] });
    const lines = plainLines(msg!);
    expect(lines).toEqual([
      'An Act Concerning the Trust Act and COLLECT Access · CT · HB 5001 · Referred to Judiciary · new Nov 25',
      'Privacy Act of 1974; System of Records (ICE) · 2026-0101 · Final · updated Nov 27',
      'California Values Act amendments · SB 54 · Passed Senate · new Nov 24',
      'New York for All Act · S 987 · In committee · new Nov 29',
      'License plate reader data retention · HB 77 · Filed · new Nov 28',
      'County sheriff ends 287(g) agreement · new Nov 26',
    ]);
    const first = msg!.sections![0]!.lines[0]!;
    expect(first[0]).toEqual({ text: 'An Act Concerning the Trust Act and COLLECT Access', url: 'https://example.org/items/ct-hb-5001' });
    expect(first.find((s) => s.text === 'HB 5001')?.emphasis).toBe('code');
  });

  it('has a header with counts per topic against the previous week', async () => {
    const [msg] = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [] });
    expect(msg!.body!.map(richTextToPlain)).toEqual([
      '6 new or changed items in the last 7 days (5 new, 1 updated, 1 priority).',
      'immigration-enforcement: 5 (+4 vs the previous week (1))',
      'state-databases: 2 (+2 vs the previous week (0))',
    ]);
    expect(msg!.badges).toEqual(['immigration-enforcement', 'state-databases']);
    expect(msg!.context).toEqual(['Sent Mondays at 09:00 (America/New_York)']);
    expect(msg!.fallbackText).toContain('6 new or changed items');
  });

  it("applies the channel's jurisdictions, kinds and topics", async () => {
    const ca = await buildDigest({ store, sub: makeSub({ jurisdictions: ['CA', 'CT'] }), now: NOW, sources: [] });
    expect(headings(ca)).toEqual(['★ Priority (both topics)', 'California (CA)']);
    expect(ca[0]!.context).toEqual(['Filters: CA, CT', 'Sent Mondays at 09:00 (America/New_York)']);

    const notices = await buildDigest({ store, sub: makeSub({ kinds: ['notice'] }), now: NOW, sources: [] });
    expect(plainLines(notices[0]!)).toEqual(['Privacy Act of 1974; System of Records (ICE) · 2026-0101 · Final · updated Nov 27']);

    const dbs = await buildDigest({ store, sub: makeSub({ topics: [TOPIC_DATABASES] }), now: NOW, sources: [] });
    expect(plainLines(dbs[0]!)).toHaveLength(2);
    expect(dbs[0]!.body!.slice(1).map(richTextToPlain)).toEqual(['state-databases: 2 (+2 vs the previous week (0))']);
  });

  it('says "same as the previous week" and counts decreases', async () => {
    const s = createMemoryStore();
    await record(s, { native: 'a', title: 'A' }, '2026-11-18T12:00:00Z');
    await record(s, { native: 'b', title: 'B' }, '2026-11-19T12:00:00Z');
    await record(s, { native: 'c', title: 'C' }, '2026-11-25T12:00:00Z');
    await record(s, { native: 'd', title: 'D', topics: [TOPIC_DATABASES] }, '2026-11-18T12:00:00Z');
    await record(s, { native: 'e', title: 'E', topics: [TOPIC_DATABASES] }, '2026-11-25T12:00:00Z');
    const [msg] = await buildDigest({ store: s, sub: makeSub(), now: NOW, sources: [] });
    expect(msg!.body!.slice(1).map(richTextToPlain)).toEqual([
      'immigration-enforcement: 1 (−1 vs the previous week (2))',
      'state-databases: 1 (same as the previous week)',
    ]);
  });

  it('caps each section at N items, newest first, pointing at a lookup for the rest', async () => {
    const s = createMemoryStore();
    for (let i = 1; i <= 13; i++) {
      await record(
        s,
        { native: `ct-${i}`, title: `Connecticut bill ${i}`, jurisdiction: 'CT', identifier: `HB ${i}` },
        `2026-11-${String(16 + i).padStart(2, '0')}T12:00:00Z`,
      );
    }
    const [msg] = await buildDigest({ store: s, sub: makeSub({ kinds: ['bill'] }), now: NOW, sources: [], maxPerSection: 5 });
    const lines = plainLines(msg!);
    // Items 8–13 fall in the window (Nov 24–29); the newest five are listed.
    expect(lines.slice(0, 5).map((l) => l.split(' · ')[0])).toEqual([
      'Connecticut bill 13',
      'Connecticut bill 12',
      'Connecticut bill 11',
      'Connecticut bill 10',
      'Connecticut bill 9',
    ]);
    expect(lines[5]).toBe('and 1 more — /policy search since:7d state:CT kind:bill priority:no');
    expect(lines).toHaveLength(6);
  });

  it('uses the --since window for both the items and the lookup hint', async () => {
    const msgs = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [], days: 30, maxPerSection: 1 });
    const lines = msgs.flatMap(plainLines);
    expect(lines).toContain('and 1 more — /policy search since:30d state:US priority:no');
    expect(msgs[0]!.body![0]![0]!.text).toMatch(/in the last 30 days/);
  });
});

describe('buildDigest footer and empty weeks', () => {
  const sources: SourceStatusRow[] = [
    {
      id: 'fr',
      name: 'Federal Register',
      type: 'federal-register',
      enabled: true,
      consecutiveFailures: 9,
      itemsSeen: 10,
      lastSuccessAt: '2026-11-27T10:00:00Z',
      lastErrorAt: '2026-11-30T13:00:00Z',
    },
    {
      id: 'usa',
      name: 'USAspending',
      type: 'usaspending',
      enabled: true,
      consecutiveFailures: 2,
      itemsSeen: 5,
      lastSuccessAt: '2026-11-30T08:00:00Z',
      lastErrorAt: '2026-11-30T13:00:00Z',
    },
    {
      id: 'sam',
      name: 'SAM.gov opportunities',
      type: 'sam-opportunities',
      enabled: true,
      consecutiveFailures: 4,
      itemsSeen: 0,
      lastErrorAt: '2026-11-30T13:00:00Z',
    },
    {
      id: 'ls',
      name: 'LegiScan',
      type: 'legiscan',
      enabled: false,
      disabledReason: 'LEGISCAN_API_KEY is not set',
      consecutiveFailures: 0,
      itemsSeen: 0,
    },
    { id: 'ok', name: 'CT RSS', type: 'rss', enabled: true, consecutiveFailures: 0, itemsSeen: 3, lastSuccessAt: '2026-11-20T10:00:00Z' },
  ];

  it('names only sources failing for more than a day', async () => {
    const store = createMemoryStore();
    await seedWeek(store);
    const [msg] = await buildDigest({ store, sub: makeSub(), now: NOW, sources });
    expect(msg!.footer).toBe(
      '⚠ Failing for more than a day: Federal Register (last success Nov 27), SAM.gov opportunities (no successful fetch yet). Items from them may be missing; /policy sources has details.',
    );
  });

  it('says an empty week in one line, not an empty shell', async () => {
    const msgs = await buildDigest({ store: createMemoryStore(), sub: makeSub(), now: NOW, sources });
    expect(msgs).toHaveLength(1);
    const [msg] = msgs;
    expect(msg!.sections).toBeUndefined();
    expect(msg!.body!.map(richTextToPlain)).toEqual(["No new or changed items in the last 7 days for this channel's topics and filters."]);
    expect(msg!.footer).toContain('Federal Register');
    expect(msg!.fallbackText).toContain('No new or changed items');
  });
});

describe('buildDigest splitting', () => {
  async function bigStore(perState: number, titleLength = 60): Promise<Store> {
    const s = createMemoryStore();
    for (const state of ['CA', 'CT', 'NY']) {
      for (let i = 0; i < perState; i++) {
        const title = `${state} item ${String(i).padStart(3, '0')} `.padEnd(titleLength, 'x');
        await record(
          s,
          { native: `${state}-${i}`, title, jurisdiction: state, identifier: `HB ${i}`, status: 'Introduced' },
          new Date(Date.parse('2026-11-29T12:00:00Z') - i * 60_000).toISOString(),
        );
      }
    }
    return s;
  }

  it('splits across messages within the budget, never cutting or losing an item', async () => {
    const store = await bigStore(30);
    const msgs = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [], maxPerSection: 30 });
    expect(msgs.length).toBeGreaterThan(1);
    const all = msgs.flatMap(plainLines);
    expect(all).toHaveLength(90);
    expect(new Set(all).size).toBe(90);
    for (const line of all) expect(line).toMatch(/^(CA|CT|NY) item \d{3} x+ · HB \d+ · Introduced · new Nov 29$/);
    msgs.forEach((m, i) => {
      expect(m.title).toBe(`Weekly policy digest: Nov 23 – Nov 30, 2026 (${i + 1}/${msgs.length})`);
      const lines = m.sections!.flatMap((s) => s.lines);
      expect(lines.length).toBeLessThanOrEqual(40);
      const chars = m.title.length + (m.body ?? []).reduce((n, l) => n + lineChars(l), 0) + lines.reduce((n, l) => n + lineChars(l), 0);
      expect(chars).toBeLessThanOrEqual(3500);
      for (const s of m.sections!) expect(s.lines.reduce((n, l) => n + lineChars(l), 0)).toBeLessThanOrEqual(2800);
    });
    expect(msgs[0]!.body).toBeDefined();
    expect(msgs.slice(1).every((m) => m.body === undefined)).toBe(true);
    // A section that continues is labelled so.
    expect(headings(msgs)).toContain('California (CA) (continued)');
    expect(headings(msgs).filter((h) => h === 'California (CA)')).toHaveLength(1);
  });

  it('puts the footer on the last message only', async () => {
    const store = await bigStore(30);
    const failing: SourceStatusRow[] = [
      {
        id: 'fr',
        name: 'Federal Register',
        type: 'federal-register',
        enabled: true,
        consecutiveFailures: 3,
        itemsSeen: 0,
        lastSuccessAt: '2026-11-20T00:00:00Z',
      },
    ];
    const msgs = await buildDigest({ store, sub: makeSub(), now: NOW, sources: failing, maxPerSection: 30 });
    expect(msgs.at(-1)!.footer).toContain('Federal Register');
    expect(msgs.slice(0, -1).every((m) => m.footer === undefined)).toBe(true);
  });

  it('shortens very long titles so one line never outgrows a message', async () => {
    const store = await bigStore(12, 2000);
    const msgs = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [], maxPerSection: 12 });
    const all = msgs.flatMap((m) => m.sections!.flatMap((s) => s.lines));
    expect(all).toHaveLength(36);
    for (const l of all) expect(l[0]!.text.length).toBeLessThanOrEqual(180);
    expect(all[0]![0]!.text.endsWith('…')).toBe(true);
  });
});
