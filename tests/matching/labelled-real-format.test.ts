import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  agreementWith,
  SOURCES,
  SPLITS,
  TOPICS,
  checkItem,
  corpusId,
  corpusStats,
  isHardNegative,
  prepareAdditions,
  readCorpus,
  readJsonLines,
  renderStats,
  shingles,
  splitOfDoc,
  statsBlock,
  type SecondLabel,
} from '../fixtures/labelled-real/corpus.ts';

// Shape of the real-text labelled corpus (tests/fixtures/labelled-real/). This file checks the
// data only; it never runs the matcher, so the corpus stays a blind yardstick.

const DIR = fileURLToPath(new URL('../fixtures/labelled-real/', import.meta.url));

/** Floors the corpus has reached; raise them when items are added, never lower them. */
const MIN = {
  total: 67650,
  dev: 47350,
  heldout: 20300,
  perTopicPerSplit: 4000,
  negativesPerSplit: 8000,
  hardNegatives: 12550,
  billJurisdictions: 129,
};

const corpus = readCorpus(DIR);
const all = SPLITS.flatMap((s) => corpus[s]);

describe('real-text labelled corpus (labelled-real)', () => {
  it('has one JSON object per line in both splits', () => {
    for (const split of SPLITS) {
      const lines = readFileSync(`${DIR}${split}.jsonl`, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(lines.length).toBe(corpus[split].length);
      for (const line of lines) {
        const parsed: unknown = JSON.parse(line);
        expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)).toBe(true);
      }
    }
  });

  it('gives every item the required fields, a known source, valid labels and a short real summary', () => {
    for (const it of all) {
      expect(checkItem(it), it.id).toBeUndefined();
      expect(it.id.startsWith(`${it.source}-`), it.id).toBe(true);
    }
  });

  it('uses each id once across both splits', () => {
    const ids = all.map((it) => it.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps every source document in exactly one split, the one its hash (or its pin) names', () => {
    const devDocs = new Set(corpus.dev.map((it) => it.doc));
    const leaked = corpus.heldout.filter((it) => devDocs.has(it.doc)).map((it) => it.doc);
    expect(leaked).toEqual([]);
    for (const split of SPLITS) {
      const misplaced = corpus[split].filter((it) => splitOfDoc(it.doc) !== split).map((it) => it.doc);
      expect(misplaced, split).toEqual([]);
    }
  });

  it('reaches the size, balance and coverage floors', () => {
    expect(all.length).toBeGreaterThanOrEqual(MIN.total);
    expect(corpus.dev.length).toBeGreaterThanOrEqual(MIN.dev);
    expect(corpus.heldout.length).toBeGreaterThanOrEqual(MIN.heldout);
    for (const split of SPLITS) {
      const items = corpus[split];
      for (const topic of TOPICS) {
        expect(items.filter((it) => it.labels.includes(topic)).length, `${split} ${topic}`).toBeGreaterThanOrEqual(MIN.perTopicPerSplit);
      }
      expect(items.filter((it) => it.labels.length === 0).length, `${split} negatives`).toBeGreaterThanOrEqual(MIN.negativesPerSplit);
    }
    expect(all.filter(isHardNegative).length).toBeGreaterThanOrEqual(MIN.hardNegatives);
    const states = new Set(all.filter((it) => it.source === 'bills').map((it) => it.jurisdiction));
    states.delete(undefined);
    expect(states.size).toBeGreaterThanOrEqual(MIN.billJurisdictions);
    for (const source of SOURCES) {
      expect(
        all.some((it) => it.source === source),
        source,
      ).toBe(true);
    }
  });

  it('shows the counts in its README as they are (npm run corpus -- stats rewrites them)', () => {
    expect(statsBlock(readFileSync(`${DIR}README.md`, 'utf8'))).toBe(renderStats(corpusStats(corpus)));
  });
});

describe('adding records (npm run corpus -- add)', () => {
  const base = { source: 'news', summary: 'A lede.', citation: 'https://example.org/a', labels: [] as string[] };
  const line = (o: object, where = 'new.jsonl:1') => ({ line: JSON.stringify(o), where });

  it('gives a new record its id and the split of its document', () => {
    const rec = { ...base, title: 'A new story', doc: 'news:example-new-story' };
    const { added, skipped } = prepareAdditions({ dev: [], heldout: [] }, [line(rec)]);
    expect(skipped).toEqual([]);
    expect(added).toEqual([{ item: { id: corpusId(rec), ...rec }, split: splitOfDoc(rec.doc) }]);
  });

  it('takes a repository path with spaces in it as a citation, but not one with a line break or stray spaces', () => {
    const cite = (citation: string) => checkItem({ ...base, title: 'A law', doc: 'bill:AZ-code', citation });
    expect(cite('owner/laws:codes/THE MIGRATION CODE.md')).toBeUndefined();
    expect(cite('owner/laws:codes/a.md ')).toMatch(/citation/);
    expect(cite('owner/laws:codes/a\nb.md')).toMatch(/citation/);
    expect(cite('not a citation')).toMatch(/citation/);
  });

  it('keeps a document that is already in the corpus in its split, whatever its hash says', () => {
    const doc = 'news:example-already-there';
    const other: (typeof SPLITS)[number] = splitOfDoc(doc) === 'dev' ? 'heldout' : 'dev';
    const existing = { id: 'news-0000000000', ...base, title: 'First', doc };
    const corpusWithDoc = { dev: [], heldout: [], [other]: [existing] } as unknown as Parameters<typeof prepareAdditions>[0];
    const { added } = prepareAdditions(corpusWithDoc, [line({ ...base, title: 'Second', summary: 'Another lede.', doc })]);
    expect(added.map((a) => a.split)).toEqual([other]);
  });

  it('tells apart records written in another script (Cyrillic titles are not all one empty key)', () => {
    const first = { ...base, title: 'Полиция проверила мигрантов', summary: 'Первый текст.', doc: 'news:example-ru-1' };
    const second = { ...base, title: 'Реестр контролируемых лиц', summary: 'Второй текст.', doc: 'news:example-ru-2' };
    const { added, skipped } = prepareAdditions({ dev: [], heldout: [] }, [line(first, 'ru:1'), line(second, 'ru:2'), line(first, 'ru:3')]);
    expect(added.map((a) => a.item.title)).toEqual([first.title, second.title]);
    expect(skipped.map((s) => s.where)).toEqual(['ru:3']);
  });

  it('skips malformed lines and records already present, saying why', () => {
    const rec = { ...base, title: 'Once', doc: 'news:example-once' };
    const { added, skipped } = prepareAdditions({ dev: [], heldout: [] }, [
      line(rec, 'a:1'),
      line({ ...rec, doc: 'news:example-copy' }, 'a:2'),
      { line: '{not json', where: 'a:3' },
      line({ ...rec, title: 'Long', doc: 'news:x', summary: 'x'.repeat(601) }, 'a:4'),
      line({ ...rec, title: 'Bad label', doc: 'news:y', labels: ['immigration'] }, 'a:5'),
    ]);
    expect(added).toHaveLength(1);
    expect(skipped.map((s) => s.where)).toEqual(['a:2', 'a:3', 'a:4', 'a:5']);
    expect(skipped.map((s) => s.why)).toEqual([
      expect.stringContaining('already in the corpus'),
      expect.stringContaining('not JSON'),
      expect.stringContaining('at most 600'),
      expect.stringContaining('unknown label'),
    ]);
  });
  it('tells apart two documents that open with the same boilerplate by their identifiers', () => {
    const notice = {
      ...base,
      source: 'federal-register',
      title: 'Privacy Act of 1974; System of Records',
      summary: 'In accordance with the Privacy Act of 1974, the Department proposes a system.',
    };
    // The two notices go to different splits by their documents' hashes; past the boilerplate their texts differ.
    const first = {
      ...notice,
      summary: `${notice.summary} It holds the case files of the grants office on awards to cities and counties, kept for seven years after the award closes, with the names of the officials who signed them.`,
    };
    const second = {
      ...notice,
      summary: `${notice.summary} Visitor logs of the headquarters buildings in three cities, with the badge photos taken at the front desk and the times each visitor came and left the building.`,
    };
    const { added, skipped } = prepareAdditions({ dev: [], heldout: [] }, [
      line({ ...first, identifier: '2020-22535', doc: 'fr:2020-22535' }, 'b:1'),
      line({ ...second, identifier: '2010-10286', doc: 'fr:2010-10286' }, 'b:2'),
      line({ ...second, identifier: '2010-10286', doc: 'fr:copy-of-2010-10286' }, 'b:3'),
    ]);
    expect(added).toHaveLength(2);
    expect(skipped.map((s) => s.where)).toEqual(['b:3']);
  });

  it('skips a near-copy of a record in the other split (half its five-word runs), and keeps one in the same split', () => {
    const story = 'County commissioners voted on Tuesday to end the jail agreement that let federal immigration agents hold people there';
    const docs = 'abcdefgh'.split('').map((c) => `news:example-wire-${c}`);
    const dev = docs.filter((d) => splitOfDoc(d) === 'dev');
    const held = docs.filter((d) => splitOfDoc(d) === 'heldout');
    expect(dev.length).toBeGreaterThanOrEqual(2);
    expect(held.length).toBeGreaterThanOrEqual(1);
    const rec = (doc: string, title: string, tail: string, where: string) =>
      line({ ...base, title, summary: `${story}. ${tail}`, doc }, where);
    const { added, skipped } = prepareAdditions({ dev: [], heldout: [] }, [
      rec(dev[0]!, 'Commissioners end jail deal', 'The sheriff said the contract paid for two deputies.', 'c:1'),
      rec(dev[1]!, 'Jail deal ends after vote', 'Advocates had asked for the change for three years.', 'c:2'),
      rec(held[0]!, 'County drops agreement', 'The vote was four to one.', 'c:3'),
    ]);
    const other = prepareAdditions({ dev: [], heldout: [] }, [
      line(
        {
          ...base,
          title: 'Budget hearing on parks and libraries',
          summary: 'The library board asked for longer opening hours.',
          doc: held[0]!,
        },
        'c:4',
      ),
    ]);
    expect(added.map((a) => a.item.title)).toEqual(['Commissioners end jail deal', 'Jail deal ends after vote']);
    expect(other.added.map((a) => a.split)).toEqual(['heldout']);
    expect(skipped).toEqual([{ where: 'c:3', why: expect.stringMatching(/^a near-copy of news-\w{10}, in the other split/) }]);
  });

  it('counts five-word runs in any script, each Han or kana character a word', () => {
    expect([...shingles({ title: 'One two three four five six', summary: '' })]).toEqual([
      'one two three four five',
      'two three four five six',
    ]);
    expect(shingles({ title: '入管法改正', summary: '' }).size).toBe(1);
    expect(shingles({ title: 'Полиция проверила базу данных мигрантов', summary: '' }).size).toBe(1);
    expect(shingles({ title: 'Four words only here', summary: '' }).size).toBe(0);
  });
});

describe('agreement with a second, blind labeller (npm run corpus -- agreement)', () => {
  it("computes agreement and Cohen's kappa per topic", () => {
    const item = (id: string, labels: string[]) => ({
      id,
      source: 'news',
      title: id,
      summary: '',
      doc: id,
      citation: 'https://e.org',
      labels,
    });
    const small = { dev: [item('a', ['state-databases']), item('b', []), item('c', ['state-databases']), item('d', [])], heldout: [] };
    const [, db] = agreementWith(small, [
      { id: 'a', labels: ['state-databases'] },
      { id: 'b', labels: [] },
      { id: 'c', labels: [] },
      { id: 'd', labels: [] },
    ]);
    // observed 3/4; chance 0.5 × 0.25 + 0.5 × 0.75 = 0.5; kappa (0.75 − 0.5) / 0.5 = 0.5
    expect(db).toMatchObject({ topic: 'state-databases', items: 4, agreement: 0.75, kappa: 0.5, both: 1, corpusOnly: 1, secondOnly: 0 });
    expect(() => agreementWith(small, [{ id: 'gone', labels: [] }])).toThrow(/not in the corpus: gone/);
  });

  it.each([
    ['second-labeller.jsonl', 160, 'corpus records'],
    ['second-labeller-29.jsonl', 80, 'the twenty-ninth collection (40 dev, 40 held-out)'],
    ['second-labeller-30.jsonl', 80, 'the thirtieth collection (40 dev, 40 held-out)'],
    ['second-labeller-31.jsonl', 80, 'the thirty-first collection (40 dev, 40 held-out)'],
    ['second-labeller-32.jsonl', 80, 'the thirty-second collection (40 dev, 40 held-out)'],
    ['second-labeller-33.jsonl', 80, 'the thirty-third collection (40 dev, 40 held-out)'],
    ['second-labeller-34.jsonl', 80, 'the thirty-fourth collection (40 dev, 40 held-out)'],
    ['second-labeller-35.jsonl', 80, 'the thirty-fifth collection (40 dev, 40 held-out)'],
    ['second-labeller-36.jsonl', 80, 'the thirty-sixth collection (40 dev, 40 held-out)'],
    ['second-labeller-37.jsonl', 80, 'the thirty-seventh collection (40 dev, 40 held-out)'],
    ['second-labeller-38.jsonl', 80, 'the thirty-eighth collection (40 dev, 40 held-out)'],
    ['second-labeller-39.jsonl', 80, 'the thirty-ninth collection (40 dev, 40 held-out)'],
    ['second-labeller-40.jsonl', 80, 'the fortieth collection (40 dev, 40 held-out)'],
    ['second-labeller-41.jsonl', 80, 'the forty-first collection (40 dev, 40 held-out)'],
    ['second-labeller-42.jsonl', 80, 'the forty-second collection (40 dev, 40 held-out)'],
    ['second-labeller-43.jsonl', 80, 'the forty-third collection (59 dev, 21 held-out, drawn from its first round)'],
    ['second-labeller-43b.jsonl', 80, 'the forty-third collection (46 dev, 34 held-out, drawn from its later batches)'],
    ['second-labeller-44.jsonl', 80, 'the forty-fourth collection (56 dev, 24 held-out, drawn from its first two rounds)'],
    ['second-labeller-45.jsonl', 80, 'the forty-fifth collection (59 dev, 21 held-out, drawn from all three rounds)'],
    ['second-labeller-46.jsonl', 80, 'the forty-sixth collection (55 dev, 25 held-out, drawn from both rounds)'],
    ['second-labeller-47.jsonl', 80, 'the forty-seventh collection (52 dev, 28 held-out, drawn from all three rounds)'],
    ['second-labeller-48.jsonl', 80, 'the forty-eighth collection (60 dev, 20 held-out, drawn from all rounds but its last file)'],
    ['second-labeller-49.jsonl', 80, 'the forty-ninth collection (60 dev, 20 held-out, drawn from its three waves)'],
    ['second-labeller-50.jsonl', 80, 'the fiftieth collection (60 dev, 20 held-out, drawn from its first 24 collectors)'],
    ['second-labeller-51.jsonl', 80, 'the fifty-first collection (60 dev, 20 held-out, drawn from its first 15 collectors)'],
    ['second-labeller-52.jsonl', 80, 'the fifty-second collection (60 dev, 20 held-out, drawn from its first 17 collectors)'],
    ['second-labeller-53b.jsonl', 40, "the fifty-third collection's third wave (30 dev, 10 held-out)"],
    ['second-labeller-54.jsonl', 80, 'the fifty-fourth collection (60 dev, 20 held-out, drawn from its first three waves)'],
    ['second-labeller-55.jsonl', 80, 'the fifty-fifth collection (59 dev, 21 held-out, drawn from all four waves)'],
    ['second-labeller-56.jsonl', 80, 'the fifty-sixth collection (64 dev, 16 held-out, drawn from both waves)'],
  ])('holds %s (%i records), a second labelling of %s that agrees on at least 95% per topic', (file, size, sample) => {
    const second = readJsonLines<SecondLabel>(`${DIR}${file}`);
    expect(second, sample).toHaveLength(size);
    for (const a of agreementWith(corpus, second)) expect(a.agreement, a.topic).toBeGreaterThanOrEqual(0.95);
  });

  it("holds second-labeller-53.jsonl (80 records of the fifty-third collection's first two waves, 60 dev, 20 held-out), whose state-databases agreement is lower", () => {
    // Measured, not a goal: 0.963 and 0.887. The collection's second wave sought police and state data systems abroad,
    // where the kept text often leaves open whether records move (README, Agreement); no label was changed.
    const second = readJsonLines<SecondLabel>(`${DIR}second-labeller-53.jsonl`);
    expect(second).toHaveLength(80);
    const [imm, db] = agreementWith(corpus, second);
    expect(imm!.agreement).toBeGreaterThanOrEqual(0.95);
    expect(db!.agreement).toBeGreaterThanOrEqual(0.88);
  });
});
