/**
 * Ports: the interfaces the core depends on. Implementations live outside src/
 * (feeds/, storage/, adapters/) and are wired together in src/main.ts.
 */
import type { Log } from './log.ts';
import type {
  AuditEntry,
  ChannelRef,
  Delivery,
  Item,
  ItemFollow,
  ItemKind,
  MatchResult,
  Platform,
  SourceConfig,
  SourceState,
  StoredItem,
  Subscription,
  TriageLabel,
  WatchAddition,
} from './types.ts';
import type { RichMessage } from './message.ts';
import type { WorkspaceSettings } from './workspace-settings.ts';

// ─── Clock ──────────────────────────────────────────────────────────────────────────
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

// ─── Safe HTTP (feeds/http) ───────────────────────────────────────────────────────────
type FailureReason = 'http' | 'timeout' | 'network' | 'parse' | 'too-large' | 'blocked' | 'hostile' | 'quota' | 'gone' | 'config';

export interface HttpRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Request body (JSON string for POST APIs). */
  body?: string;
  /** Conditional GET validators from the last successful fetch. */
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
}

export type HttpResult =
  | {
      status: 'ok';
      httpStatus: number;
      /** Body decoded to text (BOM → Content-Type → XML declaration → UTF-8). */
      body: string;
      contentType?: string;
      etag?: string;
      lastModified?: string;
      finalUrl: string;
      /** Response headers, lower-cased names. */
      headers: Record<string, string>;
    }
  | { status: 'not-modified'; etag?: string; lastModified?: string }
  | {
      status: 'failed';
      reason: FailureReason;
      message: string;
      httpStatus?: number;
      retryAfterMs?: number;
    };

export interface SafeHttp {
  request(url: string, req?: HttpRequest): Promise<HttpResult>;
}

// ─── Source connectors (feeds/) ───────────────────────────────────────────────────────
export interface FetchContext {
  source: SourceConfig;
  state: SourceState;
  http: SafeHttp;
  now: Date;
  /** Secrets by env variable name (SAM_API_KEY, …); never log them. */
  secrets: Readonly<Record<string, string | undefined>>;
  log: Log;
  /**
   * Aborted when the poll is abandoned (the source deadline passed, or the daemon stops):
   * long work such as an off-thread parse stops then instead of finishing unseen.
   */
  signal?: AbortSignal;
}

export type FetchOutcome =
  | {
      status: 'ok';
      items: Item[];
      /** State fields to persist (cursor, etag, lastModified, quota). */
      state?: Partial<SourceState>;
    }
  | { status: 'not-modified'; state?: Partial<SourceState> }
  | {
      status: 'failed';
      reason: FailureReason;
      message: string;
      retryAfterMs?: number;
      state?: Partial<SourceState>;
    };

export interface SourceConnector {
  /** Matches `SourceConfig.type`. */
  readonly type: string;
  /** Human description for `policywatch sources` and the README. */
  readonly description: string;
  /** Env variable that must be set for the source to run, if any. */
  readonly requiredSecret?: string;
  fetch(ctx: FetchContext): Promise<FetchOutcome>;
}

// ─── Matching (src/matching) ──────────────────────────────────────────────────────────
export interface Matcher {
  /** null when the item matches no topic. */
  match(
    item: Pick<Item, 'title' | 'summary' | 'agency' | 'identifier' | 'office' | 'contractor' | 'place'> & Partial<Pick<Item, 'kind'>>,
  ): MatchResult | null;
  /**
   * The topics an exclusion rule of the watchlist fired for on this item (whether or not an
   * include rule matched too). The learned second opinion never overrules them: a guard the
   * watchlist states on purpose ("routine work at an ICE office") wins over the model.
   */
  excludedTopics?(item: Parameters<Matcher['match']>[0]): string[];
}

/**
 * How one workspace sees a stored item: its own match (base rules plus its own chat-added
 * terms), or null when the item is not for it. Commands and digests render only this, never
 * the stored match of another workspace.
 */
export type WorkspaceMatcher = (workspaceId: string, item: StoredItem) => Promise<MatchResult | null>;

/** The stored base match, when the item is visible to every workspace; the fallback without matchers. */
export const storedMatchOnly: WorkspaceMatcher = async (ws, item) =>
  item.match.workspaces && !item.match.workspaces.includes(ws) ? null : item.match;

// ─── Chat adapters (adapters/) ────────────────────────────────────────────────────────
export interface CommandRequest {
  platform: Platform;
  workspaceId: string;
  channelId: string;
  userId: string;
  userName?: string;
  /** Everything after `/policy`, e.g. 'search "license plate" state:CT'. */
  text: string;
  /** Adapter-supplied capability: may this user change channel/workspace settings? */
  isManager: boolean;
}

/** A button pressed on an alert. */
export interface TriageRequest {
  platform: Platform;
  workspaceId: string;
  channelId: string;
  userId: string;
  userName?: string;
  /** The button's id ('relevant', 'not-relevant', 'reviewed', 'follow', 'unfollow', 'mute', 'mute-term', 'mute-cancel'). */
  action: string;
  /** The button's value: an item id ('mute-term': `<n>.<hash>:<item id>`). */
  itemId: string;
  /** Adapter-supplied, needed for the manager-only buttons (Mute term…): may this person change workspace settings? */
  isManager?: boolean;
}

/**
 * What a press answers: a message that takes the place of the one the button is on ('update':
 * the alert as it now reads, or a confirmation step once done), a new message for the presser
 * only ('ephemeral': a confirmation step), or a short note for the presser only.
 */
export type TriageResult = { ok: true; message: RichMessage; as?: 'update' | 'ephemeral' } | { ok: false; note: string };

export type TriageHandler = (req: TriageRequest) => Promise<TriageResult>;

/** The core's command handler; `triage` answers button presses on alerts. */
export type CommandHandler = ((req: CommandRequest) => Promise<RichMessage>) & { triage?: TriageHandler };

export type DeliveryResult =
  | { ok: true; messageRef: string }
  | {
      ok: false;
      error: string;
      /** Transient (429, 5xx, network): try again later. */
      retryable: boolean;
      retryAfterMs?: number;
      /** The channel is gone or we lost access: mark the subscription broken. */
      channelBroken?: boolean;
      /** Credentials are invalid: the adapter stops. */
      fatal?: boolean;
      /** No answer (timeout, connection lost, 5xx): the platform may have posted it anyway. */
      unknownOutcome?: boolean;
    };

export interface DeliverOptions {
  /** The messageRef of the first alert, for follow-ups. */
  threadRef?: string;
  /**
   * With `threadRef`: a meaningful change, shown in the channel too (Slack `reply_broadcast`;
   * Discord posts a short channel line linking to the thread).
   */
  broadcast?: boolean;
  /**
   * The outbox delivery key. Adapters attach it to the post where the platform lets them
   * (Discord `nonce` + `enforce_nonce`, Slack message `metadata`), so a retry can be told
   * from a new message.
   */
  deliveryKey?: string;
  /**
   * Set when an earlier attempt started at this ISO time and its outcome is unknown (a crash
   * or timeout mid-send): look for the message that attempt may have posted and return it
   * instead of posting again.
   */
  resumeSince?: string;
}

export interface ChatAdapter {
  readonly platform: Platform;
  start(handler: CommandHandler): Promise<void>;
  stop(): Promise<void>;
  /** Post a message (see DeliverOptions for threads and exactly-once). */
  deliver(channel: ChannelRef, message: RichMessage, opts?: DeliverOptions): Promise<DeliveryResult>;
}

// ─── Storage ports (storage/) ─────────────────────────────────────────────────────────
// The core depends on the small ports below; one object (a `Store`) implements them all.

export interface RecordedItems {
  /** Items never seen before that matched. */
  created: StoredItem[];
  /** Matching items whose version changed since last seen (includes items that newly match). */
  changed: StoredItem[];
}

export interface ItemQuery {
  since?: Date;
  jurisdictions?: string[];
  kinds?: ItemKind[];
  topics?: string[];
}

/** What the store already knows of an item id: a stored (matching) item or only a seen-id. */
export interface KnownItem {
  /** True for a stored matching item, false for a seen-id of an item that did not match. */
  stored: boolean;
  version: string;
  /** Last sighting (for a seen-id: when it was noted). */
  lastSeenAt: string;
}

/** The writes decided by `decideItemChanges` (src/pipeline/item-changes.ts), applied as one batch. */
export interface ItemWrites {
  /** New matching items and new versions of stored ones: written whole. */
  created: StoredItem[];
  changed: StoredItem[];
  /** Stored items seen again unchanged: their lastSeenAt becomes `now`. */
  touched: string[];
  /** Non-matching items: their seen-id is set to this version, noted at `now`. */
  seen: Array<{ id: string; version: string }>;
  /** Seen-ids to drop (the item is stored now). */
  unseen: string[];
}

export interface ItemStore {
  /** What is known of these ids (absent: never seen or pruned). */
  knownItems(ids: string[]): Promise<Map<string, KnownItem>>;
  /** Apply the writes of one poll at `now`. */
  saveItems(writes: ItemWrites, now: Date): Promise<void>;
  getItem(id: string): Promise<StoredItem | undefined>;
  /** Matching items, newest first, optionally filtered. */
  listItems(query?: ItemQuery): Promise<StoredItem[]>;
  countItems(): Promise<number>;
  /** Optional: these items in the same order (undefined for an id not stored), read together. */
  getItems?(ids: string[]): Promise<Array<StoredItem | undefined>>;
  /** Optional: every stored item, a batch at a time, without holding them all at once. */
  forEachItem?(visit: (items: StoredItem[]) => void): Promise<void>;
  /** Drop stored items and seen-ids older than the retention window. */
  prune(now: Date, retentionDays: number, seenRetentionDays?: number): Promise<{ items: number; seen: number; removedItemIds: string[] }>;
}

/** Outbox: deliveries are persisted (flushed) before anything is sent. */
export interface OutboxStore {
  /** Queues the deliveries not queued or sent before (and one first alert per item and channel); returns those added. */
  enqueueDeliveries(deliveries: Delivery[]): Promise<Delivery[]>;
  dueDeliveries(now: Date, limit?: number): Promise<Delivery[]>;
  updateDelivery(key: string, patch: Partial<Delivery>): Promise<void>;
  /** messageRef of the first sent alert for this item in this channel (threads follow-ups). */
  threadRefFor(itemId: string, channel: ChannelRef): Promise<string | undefined>;
  /** True when this item was already alerted (sent or pending) to this subscription. */
  hasAlerted(itemId: string, subscriptionId: string): Promise<boolean>;
  deliveryCounts(): Promise<{ pending: number; sent: number; failed: number }>;
  /** Forget sent keys and finished deliveries after a week, and threads of items no longer stored or queued. */
  pruneOutbox(now: Date): Promise<void>;
}

export interface SourceStateStore {
  getSourceState(sourceId: string): Promise<SourceState>;
  putSourceState(state: SourceState): Promise<void>;
  listSourceStates(): Promise<SourceState[]>;
}

/** What each channel and workspace asked for: subscriptions, watch additions, digest markers. */
export interface ChannelConfigStore {
  listSubscriptions(): Promise<Subscription[]>;
  getSubscription(channel: ChannelRef): Promise<Subscription | undefined>;
  upsertSubscription(sub: Subscription): Promise<void>;
  removeSubscription(id: string): Promise<boolean>;

  /** Watchlist additions per workspace */
  listWatchAdditions(workspaceId?: string): Promise<WatchAddition[]>;
  addWatchAddition(addition: WatchAddition): Promise<void>;
  removeWatchAddition(id: string): Promise<boolean>;

  /** Digest markers: the last period key ('2026-W48') sent per subscription. */
  getDigestMarker(subscriptionId: string): Promise<string | undefined>;
  setDigestMarker(subscriptionId: string, periodKey: string): Promise<void>;

  /** A workspace's settings; `defaultWorkspaceSettings` for a workspace that never changed one. */
  getWorkspaceSettings(workspaceId: string): Promise<WorkspaceSettings>;
  /** The settings of every workspace that ever stored some. */
  listWorkspaceSettings(): Promise<WorkspaceSettings[]>;
  /** Replaces the workspace's settings. */
  putWorkspaceSettings(settings: WorkspaceSettings): Promise<void>;
}

/** Triage labels per workspace (Relevant / Not relevant / Reviewed on alerts). */
export interface TriageStore {
  /** Stores a label, replacing the same person's earlier label of the same group (relevance or review). */
  putLabel(label: TriageLabel): Promise<void>;
  /** Labels of a workspace (all workspaces when undefined), oldest first. */
  listLabels(workspaceId?: string): Promise<TriageLabel[]>;
}

/** Items a channel follows (the Follow button): one per channel and item. */
export interface FollowStore {
  /** Follows the item in the channel (replacing an earlier follow of the same channel and item). */
  putFollow(follow: ItemFollow): Promise<void>;
  /** Stops following; false when the channel did not follow the item. */
  removeFollow(channel: ChannelRef, itemId: string): Promise<boolean>;
  /** The follows of these items (every follow when undefined), oldest first. */
  listFollows(itemIds?: string[]): Promise<ItemFollow[]>;
}

/** Audit log of configuration changes made from chat. */
export interface AuditLog {
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(limit: number): Promise<AuditEntry[]>;
}

export interface Flushable {
  /** Persist everything changed since the last flush (one atomic write). */
  flush(): Promise<void>;
}

/** Every port at once: what a storage implementation provides and main.ts wires in. */
export interface Store extends ItemStore, OutboxStore, SourceStateStore, ChannelConfigStore, TriageStore, FollowStore, AuditLog, Flushable {
  close(): Promise<void>;
}

/** Seals installation records at rest (implemented in src/hosting/seal.ts, passed in by the composition root). */
export interface Sealer {
  seal(plain: string, context: string): string;
  /** Throws when the record was sealed with another key or tampered with. */
  open(sealed: string, context: string): string;
}
