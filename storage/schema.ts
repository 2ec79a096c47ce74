/**
 * The persisted data shape. Split in two parts so the part written on every delivery
 * (`state`) stays small while the large item history (`items`) is written at most once
 * per poll cycle, and only when it changed.
 */
import type {
  AuditEntry,
  Delivery,
  SourceState,
  StoredItem,
  Subscription,
  WatchAddition,
} from '../src/domain/index.ts';

export const SCHEMA_VERSION = 1;

export interface ItemsData {
  schemaVersion: number;
  /** Matching items kept in full. */
  items: Record<string, StoredItem>;
  /** Non-matching item ids: version and last time seen (bounded by retention). */
  seen: Record<string, { v: string; t: string }>;
}

export interface StateData {
  schemaVersion: number;
  sources: Record<string, SourceState>;
  subscriptions: Subscription[];
  watch: WatchAddition[];
  /** Delivery outbox keyed by delivery key; sent entries are pruned after a week. */
  outbox: Record<string, Delivery>;
  /** `${itemId}|${subscriptionId}` → messageRef of the first alert ('' while pending). */
  alerted: Record<string, string>;
  digestMarkers: Record<string, string>;
  audit: AuditEntry[];
}

export function emptyItems(): ItemsData {
  return { schemaVersion: SCHEMA_VERSION, items: {}, seen: {} };
}

export function emptyState(): StateData {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: {},
    subscriptions: [],
    watch: [],
    outbox: {},
    alerted: {},
    digestMarkers: {},
    audit: [],
  };
}

/** Fill fields added by later versions so older files keep loading. */
export function migrateState(data: Partial<StateData>): StateData {
  return { ...emptyState(), ...data, schemaVersion: SCHEMA_VERSION };
}

export function migrateItems(data: Partial<ItemsData>): ItemsData {
  return { ...emptyItems(), ...data, schemaVersion: SCHEMA_VERSION };
}
