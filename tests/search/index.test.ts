import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredItem } from '../../src/domain/index.ts';
import { createSearchIndex, linearScanSearch, loadSearchIndex, type SearchIndex, type SearchQuery } from '../../src/search/index.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { CORPUS, CT_HB5001_UPDATE, NOW } from '../fixtures/commands/corpus.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';

let items: StoredItem[];
let index: SearchIndex;

beforeEach(async () => {
  const store = createMemoryStore();
  for (const e of [...CORPUS, CT_HB5001_UPDATE]) await recordItems(store, [{ item: e.item, match: e.match }], new Date(e.seenAt));
  items = await store.listItems();
  index = await loadSearchIndex(store);
});

const ids = async (q: SearchQuery) => (await index.search({ now: NOW, limit: 20, ...q })).hits.map((h) => h.item.id);

describe('ranking on the fixed corpus', () => {
  it('puts a title hit above a summary hit', async () => {
    expect(await ids({ text: 'CLETS' })).toEqual(['a000000000000002', 'a000000000000007']);
  });

  it('puts an identifier hit first', async () => {
    expect((await ids({ text: '2026-21345' }))[0]).toBe('a000000000000004');
    expect((await ids({ text: 'hb5001' })).sort()).toEqual(['a000000000000001', 'a000000000000003']);
  });

  it('boosts recent items when the text is the same', async () => {
    expect(await ids({ text: 'fusion center' })).toEqual(['a00000000000000a', 'a000000000000009']);
  });

  it('boosts priority items when the text and date are the same', async () => {
    expect(await ids({ text: 'detainer' })).toEqual(['a00000000000000c', 'a00000000000000b']);
  });

  it('ranks title matches for "license plate reader" above summary-only ones', async () => {
    const found = await ids({ text: 'license plate reader' });
    expect(found.slice(0, 2).sort()).toEqual(['a000000000000003', 'a000000000000005']);
    expect(found).toContain('a000000000000004');
  });
});

describe('matching', () => {
  it('tolerates one typo in words of five letters or more', async () => {
    expect(await ids({ text: 'fingerprnt' })).toEqual(['a000000000000006']);
    expect(await ids({ text: 'biometic' })).toEqual(['a000000000000006']);
  });

  it('does not guess for short words', async () => {
    expect(await ids({ text: 'jial' })).toEqual([]);
  });

  it('folds plurals and case', async () => {
    expect(await ids({ text: 'DETAINERS' })).toHaveLength(2);
  });

  it('requires every word, and falls back to any word with a flag', async () => {
    expect((await ids({ text: 'detainer fusion' })).length).toBe(4);
    expect((await index.search({ text: 'detainer fusion', now: NOW })).relaxed).toBe(true);
    expect((await index.search({ text: 'detainer jail', now: NOW })).relaxed).toBeUndefined();
  });

  it('keeps quoted phrases together', async () => {
    expect((await ids({ text: '"plate reader data"' })).sort()).toEqual(['a000000000000003', 'a000000000000004', 'a000000000000005']);
    expect(await ids({ text: '"reader plate"' })).toEqual([]);
  });

  it('applies filters: state, kind, topic, since', async () => {
    expect(await ids({ text: 'license plate', jurisdictions: ['US'], kinds: ['contract'] })).toEqual(['a000000000000005']);
    expect(await ids({ text: 'CLETS', topics: ['immigration-enforcement'] })).toEqual(['a000000000000002']);
    expect(await ids({ text: '', jurisdictions: ['CT'] })).toEqual(['a000000000000001']);
    expect(await ids({ text: 'license plate', since: new Date('2026-10-01T00:00:00Z') })).toEqual(['a000000000000004']);
  });

  it('counts "since" from the last change, not the first sighting', async () => {
    expect(await ids({ text: 'COLLECT', since: new Date('2026-11-14T00:00:00Z') })).toEqual(['a000000000000001']);
  });

  it('lists the newest items when there are only filters', async () => {
    expect((await ids({ text: '', kinds: ['news'] }))[0]).toBe('a00000000000000a');
  });

  it('pages with limit and offset and reports the total', async () => {
    const first = await index.search({ text: 'immigration', limit: 2, now: NOW });
    const second = await index.search({ text: 'immigration', limit: 2, offset: 2, now: NOW });
    expect(first.total).toBe(second.total);
    expect(first.total).toBeGreaterThan(3);
    expect(first.hits.map((h) => h.item.id)).not.toEqual(second.hits.map((h) => h.item.id));
    expect(first.hits[0]!.score).toBeGreaterThanOrEqual(first.hits[1]!.score);
  });
});

describe('incremental updates', () => {
  it('adds, replaces and removes items', async () => {
    const idx = createSearchIndex();
    const base = items.find((i) => i.id === 'a000000000000002')!;
    idx.addOrUpdate([base]);
    expect(idx.size).toBe(1);
    expect((await idx.search({ text: 'CLETS' })).total).toBe(1);
    idx.addOrUpdate([{ ...base, title: 'Telecommunications access bill', summary: 'No acronym here', identifier: 'SB 999' }]);
    expect(idx.size).toBe(1);
    expect((await idx.search({ text: 'CLETS' })).total).toBe(0);
    expect((await idx.search({ text: 'telecommunications' })).total).toBe(1);
    expect(await idx.findByIdentifier('SB 274')).toEqual([]);
    expect(await idx.findByIdentifier('CA SB 999')).toHaveLength(1);
    idx.remove([base.id]);
    expect(idx.size).toBe(0);
    expect((await idx.search({ text: 'telecommunications' })).total).toBe(0);
    expect(await idx.get(base.id)).toBeUndefined();
  });

  it('finds a Japanese word inside a run of characters and a Hindi word whole', async () => {
    const idx = createSearchIndex();
    const base = items.find((i) => i.id === 'a000000000000002')!;
    idx.addOrUpdate([
      { ...base, id: 'ja', title: '入管による収容とは何か', summary: '', identifier: 'JA 1' },
      { ...base, id: 'hi', title: 'अमेरिका से डिपोर्ट हुए भारतीय', summary: '', identifier: 'HI 1' },
    ]);
    expect((await idx.search({ text: '収容' })).hits.map((h) => h.item.id)).toEqual(['ja']);
    expect((await idx.search({ text: 'डिपोर्ट' })).hits.map((h) => h.item.id)).toEqual(['hi']);
  });

  it('stays correct across many replacements (compaction)', async () => {
    const idx = createSearchIndex();
    const base = items[0]!;
    for (let round = 0; round < 3; round++) {
      idx.addOrUpdate(
        Array.from({ length: 600 }, (_, n) => ({ ...base, id: `x${n}`, title: `Round ${round} item ${n}`, identifier: `HB ${n}` })),
      );
    }
    expect(idx.size).toBe(600);
    expect((await idx.search({ text: 'round' })).total).toBe(600);
    expect((await idx.findByIdentifier('HB 17')).map((i) => i.title)).toEqual(['Round 2 item 17']);
  });
});

describe('identifier lookup', () => {
  it('finds both HB 5001s without a state and one with it', async () => {
    expect(await index.findByIdentifier('HB 5001')).toHaveLength(2);
    expect((await index.findByIdentifier('CT HB 5001')).map((i) => i.id)).toEqual(['a000000000000001']);
    expect((await index.findByIdentifier('ny hb5001')).map((i) => i.id)).toEqual(['a000000000000003']);
    expect(await index.findByIdentifier('H.B. 5001')).toHaveLength(2);
  });
  it('finds award, document numbers and internal ids', async () => {
    expect((await index.findByIdentifier('70cdcr25p00000123')).map((i) => i.id)).toEqual(['a000000000000005']);
    expect((await index.findByIdentifier('2026-21345')).map((i) => i.id)).toEqual(['a000000000000004']);
    expect((await index.findByIdentifier('a000000000000006')).map((i) => i.id)).toEqual(['a000000000000006']);
    expect(await index.findByIdentifier('HB 4242')).toEqual([]);
  });
});

describe('linearScanSearch (the benchmark baseline)', () => {
  it.each([
    { text: 'CLETS' },
    { text: 'fusion center' },
    { text: 'detainer' },
    { text: '"plate reader data"' },
    { text: 'fingerprnt' },
    { text: '', jurisdictions: ['CT'] },
    { text: 'license plate', jurisdictions: ['US'], kinds: ['contract' as const] },
  ])('agrees with the index on %j', async (q) => {
    const linear = linearScanSearch(items, { now: NOW, limit: 20, ...q }).map((h) => h.item.id);
    const indexed = await ids(q);
    expect(new Set(linear)).toEqual(new Set(indexed));
    expect(linear[0]).toBe(indexed[0]);
  });
});

describe('scale-minded paths keep the ranking', () => {
  const VOCAB = [
    'program',
    'department',
    'records',
    'police',
    'immigration',
    'database',
    'detainer',
    'fusion',
    'center',
    'license',
    'plate',
    'reader',
    'grant',
    'report',
  ];
  const KINDS = ['bill', 'rule', 'notice', 'contract'] as const;
  /** 400 items: dense words (in most items), mixed kinds, dates and priorities; deterministic. */
  function corpus(): StoredItem[] {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const base = items[0]!;
    return Array.from({ length: 400 }, (_, n) => {
      const words = Array.from({ length: 5 + Math.floor(rnd() * 30) }, () => VOCAB[Math.floor(rnd() * rnd() * VOCAB.length)]!);
      const seen = new Date(NOW.getTime() - Math.floor(rnd() * 200) * 86_400_000).toISOString();
      return {
        ...base,
        id: `c${n}`,
        identifier: `SB ${n}`,
        kind: KINDS[n % 4]!,
        title: words.slice(0, 4).join(' '),
        summary: words.slice(4).join(' '),
        firstSeenAt: seen,
        lastSeenAt: seen,
        publishedAt: seen,
        history: [{ version: 'v1', title: 't', seenAt: seen }],
        match: { ...base.match, priority: rnd() < 0.3 },
      };
    });
  }

  it.each([
    { text: 'program' },
    { text: 'department', kinds: ['rule' as const] },
    { text: 'records police' },
    { text: 'programm' },
    { text: '"program department"' },
    { text: '', kinds: ['notice' as const] },
  ])('the top 5 of %j are the first 5 of the full ranking', async (q) => {
    const idx = createSearchIndex();
    idx.addOrUpdate(corpus());
    const full = await idx.search({ now: NOW, limit: 1000, ...q });
    expect(full.total).toBeGreaterThan(10);
    expect(full.hits).toHaveLength(full.total);
    full.hits.forEach((h, i) => i > 0 && expect(h.score).toBeLessThanOrEqual(full.hits[i - 1]!.score));
    expect((await idx.search({ now: NOW, limit: 5, ...q })).hits.map((h) => h.item.id)).toEqual(
      full.hits.slice(0, 5).map((h) => h.item.id),
    );
    expect((await idx.search({ now: NOW, limit: 5, offset: 5, ...q })).hits.map((h) => h.item.id)).toEqual(
      full.hits.slice(5, 10).map((h) => h.item.id),
    );
  });

  it('filters inside the postings pass give the same hits as filtering afterwards', async () => {
    const idx = createSearchIndex();
    const all = corpus();
    idx.addOrUpdate(all);
    const unfiltered = (await idx.search({ now: NOW, limit: 1000, text: 'department' })).hits;
    const filtered = (await idx.search({ now: NOW, limit: 1000, text: 'department', kinds: ['rule'] })).hits;
    expect(filtered.map((h) => h.item.id)).toEqual(unfiltered.filter((h) => h.item.kind === 'rule').map((h) => h.item.id));
  });

  it('decides the "any word" fallback before filters, as before', async () => {
    // Some item has both words, just not a contract: no fallback, no hits.
    const r = await index.search({ text: 'detainer jail', kinds: ['contract'], now: NOW });
    expect((await index.search({ text: 'detainer jail', now: NOW })).total).toBeGreaterThan(0);
    expect(r).toEqual({ hits: [], total: 0 });
  });
});

describe('what is indexed', () => {
  it('indexes the first 200 words of a summary', async () => {
    const idx = createSearchIndex();
    const words = Array.from({ length: 260 }, (_, n) => `w${n}x`);
    idx.addOrUpdate([{ ...items[0]!, summary: words.join(' ') }]);
    expect((await idx.search({ text: 'w10x' })).total).toBe(1);
    expect((await idx.search({ text: 'w199x' })).total).toBe(1);
    expect((await idx.search({ text: 'w250x' })).total).toBe(0);
  });

  it('finds identifiers whose key is a stop word', async () => {
    const idx = createSearchIndex();
    idx.addOrUpdate([{ ...items[0]!, id: 'b000000000000001', identifier: 'IT' }]);
    expect((await idx.findByIdentifier('it')).map((i) => i.id)).toEqual(['b000000000000001']);
    idx.remove(['b000000000000001']);
    expect(await idx.findByIdentifier('it')).toEqual([]);
  });
});
