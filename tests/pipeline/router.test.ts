/** Which subscription wants which item: jurisdictions, including cities and counties inside a state. */
import { describe, expect, it } from 'vitest';
import { stateOfJurisdiction, type StoredItem } from '../../src/domain/index.ts';
import { wants } from '../../src/pipeline/router.ts';
import { makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';

const stored = (jurisdiction: string): StoredItem => ({ ...makeItem({ jurisdiction }), firstSeenAt: '', lastSeenAt: '', match: makeMatch(), history: [] });

describe('wants', () => {
  it('gives a state subscription the items of its cities and counties', () => {
    const wa = makeSubscription({ jurisdictions: ['WA'] });
    expect(wants(wa, stored('Seattle, WA'), makeMatch())).toBe(true);
    expect(wants(wa, stored('WA'), makeMatch())).toBe(true);
    expect(wants(wa, stored('Cook County, IL'), makeMatch())).toBe(false);
    expect(wants(makeSubscription({ jurisdictions: ['Seattle, WA'] }), stored('Seattle, WA'), makeMatch())).toBe(true);
  });

  it('reads the state of a local jurisdiction', () => {
    expect(stateOfJurisdiction('Mecklenburg County, NC')).toBe('NC');
    expect(stateOfJurisdiction('CT')).toBe('CT');
    expect(stateOfJurisdiction('US')).toBe('US');
  });
});
