/** Small builders for domain objects in tests. */
import { itemId, itemVersion, type Delivery, type Item, type MatchResult, type Subscription } from '../../src/domain/index.ts';

export function makeItem(overrides: Partial<Item> & { native?: string } = {}): Item {
  const { native = 'n1', ...rest } = overrides;
  const base = {
    sourceId: 'test-source',
    kind: 'bill' as const,
    jurisdiction: 'CT',
    identifier: 'HB 5001',
    title: 'An Act Concerning the Sharing of COLLECT Data with Immigration Authorities',
    url: 'https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp?selBillType=Bill&bill_num=HB05001',
    status: 'Referred to Joint Committee on Judiciary',
    ...rest,
  };
  return { id: itemId(base.sourceId, native), version: itemVersion(base), ...base } as Item;
}

export function makeMatch(overrides: Partial<MatchResult> = {}): MatchResult {
  return {
    topics: ['immigration-enforcement', 'state-databases'],
    terms: ['COLLECT', 'immigration'],
    snippet: 'Sharing of COLLECT Data with Immigration Authorities',
    highlights: [
      [11, 18],
      [29, 40],
    ],
    priority: true,
    ...overrides,
  };
}

export function makeSubscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    id: 'slack:T1:C1',
    channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' },
    topics: [],
    jurisdictions: [],
    kinds: [],
    digest: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    createdBy: 'U1',
    ...overrides,
  };
}

export function makeDelivery(item: Item, sub: Subscription, overrides: Partial<Delivery> = {}): Delivery {
  return {
    key: `${item.id}@${item.version}>${sub.id}`,
    itemId: item.id,
    itemVersion: item.version,
    subscriptionId: sub.id,
    channel: sub.channel,
    type: 'alert',
    match: makeMatch(),
    status: 'pending',
    attempts: 0,
    createdAt: '2026-11-20T00:00:00.000Z',
    nextAttemptAt: '2026-11-20T00:00:00.000Z',
    ...overrides,
  };
}
