import { describe, expect, it } from 'vitest';
import { EXPANSION_WEIGHT, Lexicon, withinOneEdit } from '../../src/search/lexicon.ts';
import { editDistance } from '../../src/search/text.ts';

function lexicon(words: string[]): Lexicon {
  const lex = new Lexicon();
  for (const w of words) lex.intern(w);
  return lex;
}

const named = (lex: Lexicon, q: string) => Object.fromEntries(lex.expand(q).map(([id, w]) => [lex.terms[id]!, w]));

describe('withinOneEdit agrees with the edit distance', () => {
  const words = ['police', 'polices', 'policy', 'olice', 'pólice', 'poilce', 'palice', 'xpolice', 'polic', 'pol', 'license', 'licence', ''];
  it.each(words.flatMap((a) => words.map((b) => [a, b] as const)))('%s / %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(editDistance(a, b, 1) <= 1);
  });
});

describe('Lexicon.expand', () => {
  const lex = lexicon([
    'deportation',
    'deport',
    'deported',
    'deporting',
    'license',
    'licensed',
    'licence',
    'jail',
    'hb5001',
    'immigration2026',
    '2026',
  ]);

  it('finds the exact term, longer terms it begins (≥ 4 letters) and terms one typo away (≥ 5 letters)', () => {
    expect(named(lex, 'deport')).toEqual({
      deport: EXPANSION_WEIGHT.exact,
      deported: EXPANSION_WEIGHT.prefix,
      deporting: EXPANSION_WEIGHT.prefix,
      deportation: EXPANSION_WEIGHT.prefix,
    });
    expect(named(lex, 'deportaton')).toEqual({ deportation: EXPANSION_WEIGHT.fuzzy });
    expect(named(lex, 'licence')).toEqual({ licence: EXPANSION_WEIGHT.exact, license: EXPANSION_WEIGHT.fuzzy });
  });

  it('reaches terms that start with letters and go on with digits by prefix', () => {
    expect(named(lex, 'immigration')).toEqual({ immigration2026: EXPANSION_WEIGHT.prefix });
  });

  it('does not guess for short or non-alphabetic words', () => {
    expect(named(lex, 'jial')).toEqual({});
    expect(named(lex, 'jai')).toEqual({});
    expect(named(lex, '2027')).toEqual({});
    expect(named(lex, 'hb5001')).toEqual({ hb5001: EXPANSION_WEIGHT.exact });
  });

  it('interns each term once', () => {
    const l = lexicon(['a1', 'a1', 'b2']);
    expect(l.size).toBe(2);
    expect(l.id('a1')).toBe(0);
    expect(l.intern('b2')).toBe(1);
  });
});
