/**
 * The persisted data shape, in three parts:
 *  - items  — matching items and seen-ids (large; snapshot + journal of changed keys)
 *  - outbox — deliveries, recently sent keys and alert threads (snapshot + journal, so the
 *             per-delivery write is one small append)
 *  - state  — sources, subscriptions, watchlist additions, digest markers, audit (small;
 *             rewritten whole when it changed)
 */
import type {
  TriageLabel,
  ItemFollow,
  AuditEntry,
  Delivery,
  ItemKind,
  SourceState,
  StoredItem,
  Subscription,
  WatchAddition,
  WorkspaceSettings,
} from '../src/domain/index.ts';

const SCHEMA_VERSION = 2;

/**
 * What is kept in memory per matching item; the item itself (its body) is one JSON line of
 * the bodies file `items-<g>.jsonl`, at byte offset `o`, `n` bytes long (without the newline).
 */
export interface ItemMeta {
  /** version */
  v: string;
  /** firstSeenAt (written by early versions of this format; not needed) */
  f?: string;
  /** lastSeenAt (the body's copy may be older: this one wins) */
  l: string;
  /** latest change: the last history entry's seenAt, or firstSeenAt */
  a: string;
  k: ItemKind;
  j: string;
  t: string[];
  /** body offset, length in bytes (0: not written yet) and bodies-file generation */
  o: number;
  n: number;
  g: number;
}

export interface ItemsData {
  schemaVersion: number;
  /** Matching items: metadata (schema 2 files hold whole StoredItems here; migrated at open). */
  items: Record<string, ItemMeta | StoredItem>;
  /** Generation of the bodies file the metadata points into (items-<gen>.jsonl). */
  gen?: number;
  /** Non-matching item ids: version and last time seen (bounded by retention). */
  seen: Record<string, { v: string; t: string }>;
}

export interface OutboxData {
  schemaVersion: number;
  /** Pending and failed deliveries by key; a sent delivery moves to `sentKeys`. */
  deliveries: Record<string, Delivery>;
  /** Delivery key → sentAt of deliveries sent in the last week (never re-sent; counted). */
  sentKeys: Record<string, string>;
  /** `${itemId}|${subscriptionId}` → messageRef of the first alert ('' while pending). */
  threads: Record<string, string>;
}

export interface StateData {
  schemaVersion: number;
  sources: Record<string, SourceState>;
  subscriptions: Subscription[];
  watch: WatchAddition[];
  digestMarkers: Record<string, string>;
  audit: AuditEntry[];
  /** Triage labels from the buttons on alerts. */
  labels: TriageLabel[];
  /** Items channels follow (the Follow button). */
  follows: ItemFollow[];
  /** Settings of the workspaces that changed one, by workspace id. */
  workspaceSettings: Record<string, WorkspaceSettings>;
}

/** state.json as written by schema version 1, which also held the outbox. */
export interface LegacyStateData extends StateData {
  outbox?: Record<string, Delivery>;
  alerted?: Record<string, string>;
}

/** The keyed collections of the journaled parts (what a journal op names in `c`). */
export type ItemsCollection = 'items' | 'seen';
export type OutboxCollection = 'deliveries' | 'sentKeys' | 'threads';

export function emptyItems(): ItemsData {
  return { schemaVersion: SCHEMA_VERSION, items: {}, seen: {} };
}

export function emptyOutbox(): OutboxData {
  return { schemaVersion: SCHEMA_VERSION, deliveries: {}, sentKeys: {}, threads: {} };
}

export function emptyState(): StateData {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: {},
    subscriptions: [],
    watch: [],
    digestMarkers: {},
    audit: [],
    labels: [],
    follows: [],
    workspaceSettings: {},
  };
}

/** Fill fields added by later versions so older files keep loading. */
export function migrateState(data: Partial<LegacyStateData>): LegacyStateData {
  return { ...emptyState(), ...data, schemaVersion: SCHEMA_VERSION };
}

export function migrateItems(data: Partial<ItemsData>): ItemsData {
  return { ...emptyItems(), ...data, schemaVersion: SCHEMA_VERSION };
}

export function migrateOutbox(data: Partial<OutboxData>): OutboxData {
  return { ...emptyOutbox(), ...data, schemaVersion: SCHEMA_VERSION };
}

/**
 * Moves a version-1 outbox (kept in state.json) into the outbox part. Entries already in the
 * outbox part win (they are newer). Returns true when there was anything to move.
 */
export function moveLegacyOutbox(state: LegacyStateData, outbox: OutboxData): boolean {
  if (!state.outbox && !state.alerted) return false;
  for (const [key, d] of Object.entries(state.outbox ?? {})) {
    if (outbox.deliveries[key] || key in outbox.sentKeys) continue;
    if (d.status === 'sent') outbox.sentKeys[key] = d.sentAt ?? d.createdAt;
    else outbox.deliveries[key] = d;
  }
  for (const [key, ref] of Object.entries(state.alerted ?? {})) {
    if (!(key in outbox.threads)) outbox.threads[key] = ref;
  }
  delete state.outbox;
  delete state.alerted;
  return true;
}
