import { describe, expect, it } from 'vitest';
import { compareRules, parseCandidates, parsePairs, trialRules } from '../../scripts/rule-trial.ts';
import type { LabelledItem, Watchlist } from '../../src/matching/index.ts';

const IMM = 'immigration-enforcement';
const DB = 'state-databases';

const watchlist: Watchlist = {
  topics: [
    { id: IMM, label: 'Immigration', include: ['"removal proceedings"'], exclude: ['"ice storm"'] },
    { id: DB, label: 'Databases', include: ['"license plate reader"'], exclude: [] },
  ],
};

const item = (id: string, title: string, labels: string[]): LabelledItem => ({ id, source: 'news', title, labels });
const items = [
  item('a', 'County ends removal proceedings contract', [IMM]),
  item('b', 'Detainers honoured at the county jail', [IMM]),
  item('c', 'Sheriff rejects detainers from ICE', [IMM, DB]),
  item('d', 'Detainers for unpaid rent: eviction court', []),
  item('e', 'ICE storm closes the jail', []),
  item('f', 'City buys license plate reader cameras', [DB]),
];

describe('trying candidate rules on labelled items (npm run corpus -- trial)', () => {
  it('reads imm|, db| and both| lines, skipping comments and blank lines', () => {
    expect(parseCandidates('# a comment\n\nimm|detainer*\ndb|=ALPR\nboth|"plate reader"\n')).toEqual([
      { topic: IMM, rule: 'detainer*' },
      { topic: DB, rule: '=ALPR' },
      { topic: IMM, rule: '"plate reader"' },
      { topic: DB, rule: '"plate reader"' },
    ]);
  });

  it('names the line of an unknown topic or a rule the rule language rejects', () => {
    expect(() => parseCandidates('imm|ok\nvisa|"x"')).toThrow(/line 2/);
    expect(() => parseCandidates('imm|"unclosed')).toThrow(/line 1/);
  });

  it('can skip such lines and say why, keeping the others', () => {
    const problems: string[] = [];
    expect(parseCandidates('imm|"unclosed\nvisa|x\ndb|=ALPR', problems)).toEqual([{ topic: DB, rule: '=ALPR' }]);
    expect(problems).toEqual([expect.stringMatching(/^line 1: /), expect.stringMatching(/^line 2: expected/)]);
  });

  it('splits what a rule reads into new finds, false alarms and finds the watchlist already has', () => {
    const [detainers] = trialRules(watchlist, items, parseCandidates('imm|detainer*'));
    expect(detainers!.found.sort()).toEqual(['b', 'c']);
    expect(detainers!.falseAlarms).toEqual(['d']);
    expect(detainers!.already).toBe(0);
    const [proceedings] = trialRules(watchlist, items, parseCandidates('imm|proceedings'));
    expect(proceedings).toMatchObject({ found: [], falseAlarms: [], already: 1 });
  });

  it("applies the topic's exclusions to the candidate, as the watchlist would", () => {
    const [ice] = trialRules(watchlist, items, parseCandidates('imm|=ICE'));
    // "ICE storm" is masked by the immigration topic's exclusion; the sheriff's ICE is not.
    expect(ice!.found).toEqual(['c']);
    expect(ice!.falseAlarms).toEqual([]);
    const [dbIce] = trialRules(watchlist, items, parseCandidates('db|=ICE'));
    expect(dbIce!.falseAlarms).toEqual(['e']);
  });

  it('gives the same answers whatever the batch size', () => {
    const candidates = parseCandidates('imm|detainer*\nimm|jail\ndb|jail\nboth|=ICE\ndb|cameras');
    expect(trialRules(watchlist, items, candidates, 1)).toEqual(trialRules(watchlist, items, candidates, 40));
  });
});

describe('checking a narrowed rule against the old one (npm run corpus -- compare)', () => {
  it('reads pairs of lines of one topic', () => {
    expect(parsePairs('imm|detainer*\nimm|detainer* AND NOT rent')).toEqual([
      { topic: IMM, old: 'detainer*', new: 'detainer* AND NOT rent' },
    ]);
    expect(() => parsePairs('imm|detainer*')).toThrow(/pairs/);
    expect(() => parsePairs('imm|detainer*\ndb|detainer*')).toThrow(/one topic/);
    expect(() => parsePairs('both|detainer*\nboth|detainer* AND NOT rent')).toThrow(/one topic/);
    expect(() => parsePairs('visa|detainer*\nimm|detainer*')).toThrow(/^pair 1: its line 1: expected/);
  });

  it('can skip a pair the rule language rejects and say why, keeping the others', () => {
    const problems: string[] = [];
    const pairs = parsePairs('imm|detainer*\nimm|"unclosed\n# a comment\nimm|jail\nimm|jail AND NOT rent', problems);
    expect(pairs).toEqual([{ topic: IMM, old: 'jail', new: 'jail AND NOT rent' }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^pair 1: its line 2/);
  });

  it('reports positives lost, false alarms dropped and items newly read', () => {
    const [good, lossy, wider] = compareRules(
      watchlist,
      items,
      parsePairs(
        [
          'imm|detainer*',
          'imm|detainer* AND NOT (rent OR eviction)',
          'imm|detainer*',
          'imm|detainer* AND jail',
          'imm|detainer*',
          'imm|detainer* OR "removal proceedings"',
        ].join('\n'),
      ),
    );
    expect(good).toMatchObject({ lostPositives: [], droppedFalseAlarms: ['d'], extra: [] });
    expect(lossy).toMatchObject({ lostPositives: ['c'], droppedFalseAlarms: ['d'], extra: [] });
    expect(wider).toMatchObject({ lostPositives: [], droppedFalseAlarms: [], extra: ['a'] });
    // The topic as a whole: "removal proceedings" already reads item a, so the wider rule reads nothing new there.
    expect(lossy).toMatchObject({ watchlistLost: ['c'], watchlistExtra: [] });
    expect(wider).toMatchObject({ watchlistLost: [], watchlistExtra: [] });
  });

  it('tells a narrowing that loses a positive the rest of the topic still reads from one the topic loses', () => {
    // "sheriff" reads item c, so narrowing detainer* to "detainer* AND jail" costs the topic nothing.
    const withSheriff: Watchlist = {
      topics: watchlist.topics.map((t) => (t.id === IMM ? { ...t, include: [...t.include, 'detainer*', 'sheriff'] } : t)),
    };
    const [narrowed] = compareRules(withSheriff, items, parsePairs('imm|detainer*\nimm|detainer* AND jail'));
    expect(narrowed).toMatchObject({ lostPositives: ['c'], watchlistLost: [], watchlistExtra: [] });
    const [without] = compareRules(watchlist, items, parsePairs('imm|detainer*\nimm|detainer* AND jail'));
    expect(without).toMatchObject({ lostPositives: ['c'], watchlistLost: ['c'] });
  });
});
