/** Which subscription wants which item: jurisdictions, including cities and counties inside a state. */
import { describe, expect, it } from 'vitest';
import { stateOfJurisdiction, type StoredItem } from '../../src/domain/index.ts';
import { followKey, routeItems, wants } from '../../src/pipeline/router.ts';
import type { MatcherSet } from '../../src/pipeline/matchers.ts';
import { makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';

const stored = (jurisdiction: string): StoredItem => ({
  ...makeItem({ jurisdiction }),
  firstSeenAt: '',
  lastSeenAt: '',
  match: makeMatch(),
  history: [],
});

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

describe('routeItems: followed items', () => {
  const matcherSet = (matches: boolean): MatcherSet => {
    const m = { match: () => (matches ? makeMatch() : null) };
    return {
      base: () => m,
      forWorkspace: async () => m,
      matchAny: async () => null,
      view: async () => null,
      invalidate: () => undefined,
    } as unknown as MatcherSet;
  };
  const changedItem = (): StoredItem => ({
    ...makeItem({ kind: 'contract', status: 'Modified' }),
    firstSeenAt: '',
    lastSeenAt: '',
    match: makeMatch(),
    history: [],
    changeSeq: 3,
  });
  const alertedEverywhere = async () => true;
  const now = new Date('2026-11-20T12:00:00Z');

  it('posts every change of a followed item to the following channel, even outside its filters or once it stops matching', async () => {
    const item = changedItem();
    const billsOnly = makeSubscription({ kinds: ['bill'] });
    const other = makeSubscription({
      id: 'slack:T1:C2',
      channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C2' },
      kinds: ['bill'],
    });
    const followers = (id: string) => (id === item.id ? new Set([followKey(billsOnly.channel)]) : undefined);
    for (const matches of [true, false]) {
      const out = await routeItems(
        [{ item, change: 'changed' }],
        [billsOnly, other],
        matcherSet(matches),
        alertedEverywhere,
        now,
        undefined,
        followers,
      );
      expect(out.map((d) => [d.subscriptionId, d.type, d.followed])).toEqual([['slack:T1:C1', 'update', true]]);
    }
  });

  it('does not follow for a channel that never saw the alert, a broken channel, or a new item', async () => {
    const item = changedItem();
    const sub = makeSubscription({ kinds: ['bill'] });
    const followers = () => new Set([followKey(sub.channel)]);
    expect(await routeItems([{ item, change: 'changed' }], [sub], matcherSet(false), async () => false, now, undefined, followers)).toEqual(
      [],
    );
    const broken = { ...sub, broken: { reason: 'gone', since: '' } };
    expect(
      await routeItems([{ item, change: 'changed' }], [broken], matcherSet(false), alertedEverywhere, now, undefined, followers),
    ).toEqual([]);
    expect(await routeItems([{ item, change: 'new' }], [sub], matcherSet(false), alertedEverywhere, now, undefined, followers)).toEqual([]);
  });

  it('never shows a follower an item kept only for another workspace', async () => {
    const item = { ...changedItem(), match: makeMatch({ workspaces: ['T9'] }) };
    const sub = makeSubscription();
    const out = await routeItems(
      [{ item, change: 'changed' }],
      [sub],
      matcherSet(false),
      alertedEverywhere,
      now,
      undefined,
      () => new Set([followKey(sub.channel)]),
    );
    expect(out).toEqual([]);
  });
});
