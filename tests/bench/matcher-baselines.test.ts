/**
 * The matcher bench's baselines answer as our matcher does, so its speed ratios compare the
 * same work: the same phrases found in the same items, normalized alike (diacritics, typographic
 * apostrophes).
 */
import { describe, expect, it } from 'vitest';
import { ahoCorasickFinder, assertSameAnswers, compiledFinder, literalPhrases, regexFinder } from '../../bench/matcher-baselines.ts';

const phrases = [['gardai'], ['pulse'], ['plate', 'reader'], ['arrest', 'record'], ['driver', 'license'], ['crime', 'information']];
const items = [
  { title: 'Shatter accuses gardaí of treating Pulse like a social website' },
  { title: 'Council buys plate readers', summary: 'Arrest records are kept apart.' },
  { title: 'Ice fishing season opens' },
  // A typographic apostrophe: the matcher reads "driver’s license" as "driver license", so must the baselines
  { title: 'State shares driver’s license photos' },
  // A phrase does not run across the end of a sentence, in the matcher or the baselines
  { title: 'Unless investigating a crime. Information stays private' },
];

describe('matcher bench baselines', () => {
  it('find the same phrases as the compiled matcher, with diacritics folded alike', () => {
    const finders = [compiledFinder(phrases), regexFinder(phrases), ahoCorasickFinder(phrases)];
    expect(assertSameAnswers(finders, items)).toBe(3);
    for (const f of finders) expect([...f.find(items[0]!)].sort()).toEqual(['gardai', 'pulse']);
    for (const f of finders) expect([...f.find(items[3]!)]).toEqual(['driver license']);
  });

  it('still agree when the matcher lists its most terms and two of them fold to one phrase', () => {
    // The matcher lists at most MAX_TERMS (8) terms as written: "student records" and "student's records" are two of
    // them but one phrase once folded, so its set is shorter than the cap it hit; its words must still be the others'.
    const words = ['comply', 'state', 'law', 'retention', 'bill', 'federal', 'government', 'system'].map((w) => [w]);
    const many = [['student', 'record'], ...words];
    const item = {
      title: 'Student records bill',
      summary: "The district shall comply with state law on student's records and their retention; federal government system.",
    };
    const finders = [compiledFinder(many), regexFinder(many), ahoCorasickFinder(many)];
    expect(finders[0]!.listed!(item)).toBe(8);
    expect(finders[0]!.find(item).size).toBeLessThan(8);
    expect(assertSameAnswers(finders, [item])).toBe(1);
  });

  it('say which item and which finder disagree', () => {
    const wrong = { name: 'wrong', find: () => new Set(['pulse']) };
    expect(() => assertSameAnswers([compiledFinder(phrases), wrong], items)).toThrow(/item 0 .*gardai pulse.*wrong \[pulse\]/);
  });

  it('leave out phrases opening with an Arabic word, which the matcher also reads with a proclitic', () => {
    const w = { topics: [{ id: 'imm', label: 'imm', include: ['"ترحيل المخالفين" OR ترحيل OR deport* OR "plate reader"'], exclude: [] }] };
    expect(literalPhrases(w)).toEqual([['plate', 'reader']]);
    // With them, the matcher finds "بترحيل" where a literal finder cannot.
    const arabic = [['ترحيل']];
    const item = { title: 'قرار بترحيل المخالفين' };
    expect(compiledFinder(arabic).find(item).size).toBe(1);
    expect(ahoCorasickFinder(arabic).find(item).size).toBe(0);
  });
});
