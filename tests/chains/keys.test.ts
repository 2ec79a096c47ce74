/** Chain keys: which identifiers tie records together, and which never do. */
import { describe, expect, it } from 'vitest';
import { chainKeys } from '../../src/chains/keys.ts';
import { createChainIndex } from '../../src/chains/index.ts';
import type { StoredItem } from '../../src/domain/index.ts';
import { makeItem, makeMatch } from '../helpers/items.ts';

const stored = (over: Parameters<typeof makeItem>[0], workspaces?: string[]): StoredItem => ({
  ...makeItem(over),
  firstSeenAt: '2026-11-20T00:00:00.000Z',
  lastSeenAt: '2026-11-20T00:00:00.000Z',
  match: makeMatch(workspaces ? { workspaces } : {}),
  history: [],
});

describe('chainKeys', () => {
  it('keys a solicitation or PIID by its compact form, wherever it appears', () => {
    expect(chainKeys({ kind: 'notice', jurisdiction: 'US', identifier: '70CMSD26R00000012', title: 'J&A' })).toEqual([
      'id:70CMSD26R00000012',
    ]);
    expect(
      chainKeys({
        kind: 'contract',
        jurisdiction: 'US',
        identifier: '70CMSD26P00000031 (IDV GS02F0001X)',
        title: 'Award',
        summary: 'Answers solicitation 70CMSD-26-R-00000012.',
      }),
    ).toEqual(expect.arrayContaining(['id:70CMSD26P00000031', 'id:70CMSD26R00000012']));
    expect(chainKeys({ kind: 'contract', jurisdiction: 'US', identifier: 'P1', title: 'x', refs: ['70CMSD26R00000012'] })).toEqual([
      'id:70CMSD26R00000012',
    ]);
  });

  it('keys bills by state, so HB 5001 in Connecticut never meets HB 5001 in Texas', () => {
    expect(chainKeys({ kind: 'bill', jurisdiction: 'CT', identifier: 'HB 5001', title: 'HB 5001 - An Act' })).toEqual(['bill:CT:HB5001']);
    expect(chainKeys({ kind: 'bill', jurisdiction: 'CT', identifier: 'H.B. 05001', title: 'x' })).toEqual(['bill:CT:HB5001']);
    expect(chainKeys({ kind: 'bill', jurisdiction: 'TX', identifier: 'HB 5001', title: 'x' })).toEqual(['bill:TX:HB5001']);
  });

  it('keys DHS privacy documents without their update letter, and the SORNs a PIA cites', () => {
    expect(
      chainKeys({ kind: 'notice', jurisdiction: 'US', identifier: 'DHS/ICE/PIA-039', title: 'DHS/ICE/PIA-039 LPR', refs: ['DHS/ICE-011'] }),
    ).toEqual(['id:DHSICEPIA039', 'id:DHSICE011']);
    expect(
      chainKeys({
        kind: 'notice',
        jurisdiction: 'US',
        title: 'Privacy Act of 1974; System of Records',
        summary: 'DHS/U.S. Immigration and Customs Enforcement (ICE)-011 … DHS/ICE-011 Criminal Arrest Records',
      }),
    ).toEqual(['id:DHSICE011']);
  });

  it('ignores short or number-less identifiers outside bills', () => {
    expect(chainKeys({ kind: 'notice', jurisdiction: 'US', identifier: '2024', title: 'FY 2024 report' })).toEqual([]);
    expect(chainKeys({ kind: 'notice', jurisdiction: 'US', identifier: 'ABCDEFGHIJ', title: 'x' })).toEqual([]);
  });
});

describe('createChainIndex', () => {
  it('finds the records sharing a key, newest first, and forgets removed ones', () => {
    const index = createChainIndex();
    const ja = stored({ native: 'ja', kind: 'notice', jurisdiction: 'US', identifier: '70CMSD26R00000012', title: 'J&A' });
    const award = stored({
      native: 'aw',
      kind: 'contract',
      jurisdiction: 'US',
      identifier: '70CMSD26P00000031',
      title: 'Award',
      refs: ['70CMSD26R00000012'],
    });
    const other = stored({ native: 'ot', kind: 'contract', jurisdiction: 'US', identifier: '70CMSD26P00000999', title: 'Other' });
    index.addOrUpdate([ja, award, other]);
    expect(index.related(ja).map((l) => l.id)).toEqual([award.id]);
    expect(index.related(award)).toEqual([
      expect.objectContaining({ id: ja.id, identifier: '70CMSD26R00000012', sourceId: 'test-source' }),
    ]);
    expect(index.related(other)).toEqual([]);
    index.remove([award.id]);
    expect(index.related(ja)).toEqual([]);
    expect(index.size()).toBe(2);
  });

  it('marks links to items kept only for some workspaces', () => {
    const index = createChainIndex();
    index.addOrUpdate([stored({ native: 'p', kind: 'bill', jurisdiction: 'CT', identifier: 'HB 5001' }, ['T2'])]);
    const [link] = index.related(makeItem({ native: 'q', kind: 'bill', jurisdiction: 'CT', identifier: 'HB 5001' }));
    expect(link!.workspaces).toEqual(['T2']);
  });
});
