/**
 * How an item is described in every message (alert, search, show, digest), so the same record
 * never reads differently in two places: its kind line, its date, its jurisdiction.
 */
import type { Item, PossibleTopic, StoredItem } from './types.ts';

/** The jurisdiction code items carry when the source did not say. */
export const UNKNOWN_JURISDICTION = 'XX';

/** 'US' → 'Federal'; an unknown jurisdiction → undefined (never shown as 'XX'). */
export function jurisdictionLabel(code: string | undefined): string | undefined {
  if (!code || code === UNKNOWN_JURISDICTION) return undefined;
  return code === 'US' ? 'Federal' : code;
}

/** 'bill · CT · HB 5001' (no jurisdiction part when it is unknown). */
export function kindLine(item: Pick<Item, 'kind' | 'jurisdiction' | 'identifier'>): string {
  const jurisdiction = item.jurisdiction && item.jurisdiction !== UNKNOWN_JURISDICTION ? item.jurisdiction : undefined;
  return [item.kind, jurisdiction, item.identifier].filter(Boolean).join(' · ');
}

/**
 * The one date shown for an item (YYYY-MM-DD): when it was published, else last updated,
 * else when policywatch first saw it.
 */
export function itemDate(item: Pick<StoredItem, 'publishedAt' | 'updatedAt' | 'firstSeenAt'>): string {
  return (item.publishedAt ?? item.updatedAt ?? item.firstSeenAt).slice(0, 10);
}

/** `immigration-enforcement (0.91) — model: detention(+0.42), office:ero(+0.31)`: why the model marked a topic. */
export function possibleLine(p: PossibleTopic): string {
  return `${p.topic} (${p.score.toFixed(2)}) — model: ${p.why.join(', ') || 'no single feature'}`;
}
