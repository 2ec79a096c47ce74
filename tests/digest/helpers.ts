/**
 * Test helpers for the digest: matching items recorded into a store at given times, and
 * subscriptions. Items imitate what connectors emit (bills, Federal Register notices, contracts).
 */
import { DEFAULT_TOPICS, TOPIC_DATABASES, TOPIC_IMMIGRATION, itemId, itemVersion } from '../../src/domain/index.ts';
import type { DigestSchedule, Item, ItemKind, MatchResult, Store, Subscription } from '../../src/domain/index.ts';

export interface ItemSpec {
  native: string;
  title: string;
  jurisdiction?: string;
  kind?: ItemKind;
  identifier?: string;
  status?: string;
  topics?: string[];
}

export function makeItem(spec: ItemSpec): Item {
  const base = {
    title: spec.title,
    status: spec.status,
  };
  return {
    id: itemId('test-source', spec.native),
    sourceId: 'test-source',
    kind: spec.kind ?? 'bill',
    jurisdiction: spec.jurisdiction ?? 'US',
    identifier: spec.identifier,
    title: spec.title,
    url: `https://example.org/items/${encodeURIComponent(spec.native)}`,
    status: spec.status,
    version: itemVersion(base),
  };
}

export function makeMatch(topics: string[] = [TOPIC_IMMIGRATION]): MatchResult {
  return {
    topics,
    terms: ['ICE'],
    snippet: 'shares records with ICE',
    highlights: [[18, 21]],
    priority: DEFAULT_TOPICS.every((t) => topics.includes(t)),
  };
}

export const BOTH = [TOPIC_IMMIGRATION, TOPIC_DATABASES];

/** Record one item as first seen (or changed, if its status differs from what is stored) at `at`. */
export async function record(store: Store, spec: ItemSpec, at: string): Promise<Item> {
  const item = makeItem(spec);
  await store.recordItems([{ item, match: makeMatch(spec.topics) }], new Date(at));
  return item;
}

export function makeSub(overrides: Partial<Subscription> = {}): Subscription {
  const digest: DigestSchedule = { day: 1, time: '09:00', tz: 'America/New_York' };
  return {
    id: 'sub-1',
    channel: { platform: 'console', workspaceId: 'local', channelId: 'C1' },
    topics: [],
    jurisdictions: [],
    kinds: [],
    digest,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'U1',
    ...overrides,
  };
}
