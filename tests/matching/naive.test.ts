import { describe, expect, it } from 'vitest';
import { compileNaiveBaseline, compileWatchlist, type Watchlist } from '../../src/matching/index.ts';

const w: Watchlist = {
  topics: [
    { id: 'immigration-enforcement', label: 'I', include: ['=ICE', 'deport*', '"removal proceedings"'], exclude: ['"snow and ice"'] },
    { id: 'state-databases', label: 'D', include: ['"DMV records"'], exclude: [] },
  ],
};

describe('compileNaiveBaseline', () => {
  it('returns a Matcher with the same result shape as the compiled matcher', () => {
    const item = { title: 'ICE access to DMV records', summary: 'Ends deportation referrals.' };
    const naive = compileNaiveBaseline(w).match(item);
    const fast = compileWatchlist(w).match(item);
    expect(naive).toMatchObject({ topics: fast!.topics, priority: true });
    expect(new Set(naive!.terms)).toEqual(new Set(fast!.terms));
    expect(naive!.snippet).toBe(fast!.snippet);
    expect(naive!.highlights.map(([s, e]) => naive!.snippet.slice(s, e))).toEqual(['ICE', 'DMV records', 'deportation']);
  });

  it('is naive: an exclusion vetoes the whole topic, NEAR is read as AND', () => {
    const item = { title: 'Snow and ice removal', summary: 'and ICE removal proceedings' };
    expect(compileNaiveBaseline(w).match(item)).toBeNull();
    expect(compileWatchlist(w).match(item)?.topics).toEqual(['immigration-enforcement']);
    const near: Watchlist = { topics: [{ id: 'x', label: 'X', include: ['data NEAR/2 =ICE'], exclude: [] }] };
    const far = { title: 'data about the long history of federal agencies, including ICE' };
    expect(compileNaiveBaseline(near).match(far)).not.toBeNull();
    expect(compileWatchlist(near).match(far)).toBeNull();
  });

  it('matches case-sensitive terms only in capitals and returns null when nothing matches', () => {
    expect(compileNaiveBaseline(w).match({ title: 'ice machines' })).toBeNull();
  });
});
