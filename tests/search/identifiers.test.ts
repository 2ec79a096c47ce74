import { describe, expect, it } from 'vitest';
import { identifierKey, itemIdentifierKeys, looksLikeInternalId, normalizeIdentifier } from '../../src/search/identifiers.ts';

describe('identifierKey: the forms people type compare equal', () => {
  it.each([
    ['HB 5001', 'HB5001'],
    ['hb5001', 'HB5001'],
    ['H.B. 5001', 'HB5001'],
    ['House Bill 5001', 'HB5001'],
    ['HB 05001', 'HB5001'],
    ['Senate Bill 274', 'SB274'],
    ['sb-274', 'SB274'],
    ['H.R. 2', 'HR2'],
    ['2026-21345', '202621345'],
    ['70CDCR25P00000123', '70CDCR25P00000123'],
    ['70cdcr25p00000123', '70CDCR25P00000123'],
  ])('%s → %s', (typed, key) => {
    expect(identifierKey(typed)).toBe(key);
  });
});

describe('normalizeIdentifier: a leading jurisdiction becomes a filter', () => {
  it('splits "CT HB 5001" into CT + HB5001 and keeps the whole as a fallback', () => {
    expect(normalizeIdentifier('CT HB 5001')).toEqual([{ key: 'HB5001', jurisdiction: 'CT' }, { key: 'CTHB5001' }]);
  });
  it('accepts lower case and punctuation after the code', () => {
    expect(normalizeIdentifier('ct: hb5001')[0]).toEqual({ key: 'HB5001', jurisdiction: 'CT' });
  });
  it('does not treat a bill prefix as a state', () => {
    expect(normalizeIdentifier('HB 5001')).toEqual([{ key: 'HB5001' }]);
    expect(normalizeIdentifier('SB 4')).toEqual([{ key: 'SB4' }]);
  });
  it('indexes an item identifier that repeats its own state under both keys', () => {
    expect(itemIdentifierKeys('CT HB 5001', 'CT').sort()).toEqual(['CTHB5001', 'HB5001']);
    expect(itemIdentifierKeys(undefined, 'CT')).toEqual([]);
  });
  it('recognizes internal ids', () => {
    expect(looksLikeInternalId('a000000000000001')).toBe(true);
    expect(looksLikeInternalId('HB 5001')).toBe(false);
  });
});
