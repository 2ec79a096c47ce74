/**
 * Test helpers for the digest: matching items recorded into a store at given times, and
 * subscriptions. Items imitate what connectors emit (bills, Federal Register notices, contracts).
 */
import { DEFAULT_TOPICS, TOPIC_DATABASES, TOPIC_IMMIGRATION, itemId, itemVersion } from '../../src/domain/index.ts';
import type { DigestSchedule, Item, ItemKind, MatchResult, Store, Subscription } from '../../src/domain/index.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';

export interface ItemSpec {
  native: string;
  title: string;
  jurisdiction?: string;
  kind?: ItemKind;
  identifier?: string;
  status?: string;
  topics?: string[];
}

function makeItem(spec: ItemSpec): Item {
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
  await recordItems(store, [{ item, match: makeMatch(spec.topics) }], new Date(at));
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

/**
 * A busy week: 3 priority items, 40 federal, 25 Connecticut, 8 California, some with feed text
 * that tries to ping or inject markup. Returns the store and every item's identifier.
 */
export async function busyWeek(store: Store): Promise<string[]> {
  const ids: string[] = [];
  const at = (i: number) => new Date(Date.parse('2026-11-29T12:00:00Z') - i * 3_600_000).toISOString();
  let n = 0;
  const add = async (spec: ItemSpec) => {
    ids.push(spec.identifier!);
    await record(store, spec, at(n++));
  };
  for (let i = 0; i < 3; i++) {
    await add({
      native: `p${i}`,
      title: `Priority: state DMV photos shared with ICE <!channel> & *all* (${i})`,
      jurisdiction: 'CT',
      identifier: `SB ${900 + i}`,
      status: 'Public hearing',
      topics: BOTH,
    });
  }
  for (let i = 0; i < 40; i++) {
    await add({
      native: `us${i}`,
      title: `Privacy Act system of records notice ${i}: [ICE](http://evil.example) @everyone _fusion_ <@U123>`,
      kind: 'notice',
      identifier: `2026-${String(1000 + i)}`,
      status: 'Proposed rule',
    });
  }
  for (let i = 0; i < 25; i++) {
    await add({
      native: `ct${i}`,
      title: `An Act Concerning COLLECT Access & Immigration Detainers, part ${i}`,
      jurisdiction: 'CT',
      identifier: `HB ${5000 + i}`,
      status: 'Referred to Joint Committee on Judiciary',
    });
  }
  for (let i = 0; i < 8; i++) {
    await add({
      native: `ca${i}`,
      title: `CalGang database reform ${i}`,
      jurisdiction: 'CA',
      identifier: `AB ${90 + i}`,
      status: 'Chaptered',
    });
  }
  return ids;
}
