/**
 * Domain types shared by every part of policywatch. The core (src/) and every outer
 * folder (adapters/, feeds/, storage/) import from here; nothing here imports anything.
 */

export const ITEM_KINDS = ['bill', 'contract', 'notice', 'rule', 'news'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export type Platform = 'slack' | 'discord' | 'console';

/** The two default topic ids (defined in src/matching/README.md). Custom topics may be added per workspace. */
export const TOPIC_IMMIGRATION = 'immigration-enforcement';
export const TOPIC_DATABASES = 'state-databases';
export const DEFAULT_TOPICS = [TOPIC_IMMIGRATION, TOPIC_DATABASES] as const;

/** One normalized record from any source: a bill, a contract action, a notice, a rule… */
export interface Item {
  /** Stable: `itemId(sourceId, nativeId)`. */
  id: string;
  sourceId: string;
  kind: ItemKind;
  /** 'US' for federal, a two-letter state code such as 'CT', or 'XX' when unknown. */
  jurisdiction: string;
  /** Human identifier: 'HB 5001', a PIID or solicitation number, an FR document number. */
  identifier?: string;
  title: string;
  summary?: string;
  /** Canonical http(s) link to the record. */
  url: string;
  agency?: string;
  /** Awarding or contracting office of an award or notice ('Detention Compliance and Removals'). */
  office?: string;
  /** Contractor: the award's recipient, vendor or awardee. */
  contractor?: string;
  /** Place of performance ('Batavia, NY'). */
  place?: string;
  /** Bill status / latest action, contract action type, notice type… */
  status?: string;
  /** ISO-8601. */
  publishedAt?: string;
  /** ISO-8601. */
  updatedAt?: string;
  /** Hash of the fields whose change deserves a follow-up (`itemVersion`). */
  version: string;
  /**
   * Identifiers of other records this one cites (the solicitation an award answers, the IDV a
   * task order is placed under, the SORNs a PIA relies on): links of its notice chain.
   */
  refs?: string[];
  /**
   * Dates people can act before: a comment period closing (Federal Register
   * `comments_close_on`, Regulations.gov `commentEndDate`), a hearing or meeting, a response
   * deadline (SAM.gov `responseDeadLine`). Reminders are posted before them (src/deadlines).
   */
  deadlines?: Deadline[];
}

export type DeadlineKind = 'comment' | 'hearing' | 'response';

/** One date an item asks people to act by. */
export interface Deadline {
  kind: DeadlineKind;
  /** 'YYYY-MM-DD' (the whole day) or a full ISO-8601 instant. */
  at: string;
  /** A direct link to act: the Regulations.gov comment form or docket. http(s) only. */
  actionUrl?: string;
}

/** Why an item matched a watchlist. */
export interface MatchResult {
  topics: string[];
  /** The terms/phrases that fired, as written in the watchlist. */
  terms: string[];
  /** ≤ 200 characters around the first hit. */
  snippet: string;
  /** Character ranges [start, end) of the hits inside `snippet`. */
  highlights: Array<[number, number]>;
  /** True when the item matches both default topics (rule topics only; never from `possible`). */
  priority: boolean;
  /**
   * Topics the rules did not match but the learned second opinion scores high: shown as
   * "possibly relevant" with the features that drove them, never priority, and dropped for a
   * workspace that turned the model off.
   */
  possible?: PossibleTopic[];
  /**
   * Set only on a stored match when no base (default + configured) rule matched and the item
   * is kept because these workspaces' own chat-added terms did. Such a stored match carries no
   * terms or snippet (they belong to those workspaces); only these workspaces may see the item,
   * each through its own match (`MatcherSet.view` in src/pipeline/matchers.ts).
   */
  workspaces?: string[];
}

/** A topic the learned second opinion (src/matching/learned) finds possibly relevant. */
export interface PossibleTopic {
  topic: string;
  /** The model's probability, 0–1. */
  score: number;
  /** The features that drove it, strongest first: `detention(+0.42)`, `office:ero(+0.31)`. */
  why: string[];
}

/** One status/version an item has gone through, oldest first. */
interface ItemVersionRecord {
  version: string;
  status?: string;
  title: string;
  seenAt: string;
}

/** An item the store keeps in full because it matched a watchlist. */
export interface StoredItem extends Item {
  firstSeenAt: string;
  lastSeenAt: string;
  /**
   * The item's match under the base (default + configured) watchlist; for an item kept only
   * because some workspaces' own terms matched, a placeholder naming them (`workspaces`).
   */
  match: MatchResult;
  history: ItemVersionRecord[];
  /**
   * The item's change sequence: 1 when first stored, +1 on every version change (see
   * `nextChangeSeq`). Deliveries are keyed by it, so a return to an earlier version is a new
   * change. Items stored before it existed have none (`changeSeqOf` stands in).
   */
  changeSeq?: number;
}

export interface ChannelRef {
  platform: Platform;
  /** Slack team id, Discord guild id, 'local' for the console. */
  workspaceId: string;
  channelId: string;
}

export interface DigestSchedule {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  /** 'HH:MM', 24-hour, local wall time in `tz`. */
  time: string;
  /** IANA time zone, e.g. 'America/New_York'. */
  tz: string;
}

export interface Subscription {
  id: string;
  channel: ChannelRef;
  /** Topic ids; empty means every topic. */
  topics: string[];
  /** Jurisdiction codes ('US', 'CT'); empty means all. */
  jurisdictions: string[];
  /** Empty means all kinds. */
  kinds: ItemKind[];
  digest: DigestSchedule | null;
  createdAt: string;
  createdBy: string;
  /** The display name of whoever subscribed the channel, when the platform gave one. */
  createdByName?: string;
  /** Set when the platform says the channel is gone or we lost access. */
  broken?: { reason: string; since: string };
  /** Days before a deadline its reminder is posted (default 3; 0: reminders off). */
  reminderDays?: number;
  /** More alerts than this from one poll become one summary with the cards in its thread (default 5; 0: off). */
  burstThreshold?: number;
}

type DeliveryStatus = 'pending' | 'sent' | 'failed';

/**
 * What an alert needs to render, copied into the delivery when it is routed so the outbox
 * entry is self-contained (it does not depend on the item store being written first).
 */
export interface DeliveryItem extends Item {
  firstSeenAt: string;
  changeSeq?: number;
  /** For follow-ups: the previous status when it differs from `status` ('—' when it had none). */
  previousStatus?: string;
  /** Records of the same notice chain (shared solicitation number, PIID, bill number, SORN). */
  related?: ChainLink[];
}

/** One record of an item's notice chain, as alerts, `show` and the digest name it. */
export interface ChainLink extends Pick<Item, 'id' | 'sourceId' | 'kind' | 'jurisdiction' | 'identifier' | 'title' | 'url'> {
  /** Topics of the linked item's base match. */
  topics: string[];
  /** Set when the linked item is kept only for these workspaces' own terms: no one else sees it. */
  workspaces?: string[];
}

/** May this workspace see a linked record? */
export function linkVisibleTo(link: Pick<ChainLink, 'workspaces'>, workspaceId: string): boolean {
  return !link.workspaces || link.workspaces.includes(workspaceId);
}

/** One alert for one channel, persisted in the outbox before it is sent. */
export interface Delivery {
  /**
   * `${itemId}#${changeSeq}>${subscriptionId}` (see `deliveryKey` in the pipeline): makes a
   * repeat of the same change a no-op, while a return to an earlier version is a new change.
   */
  key: string;
  itemId: string;
  itemVersion: string;
  /** The item's change sequence this delivery announces (set by the router; absent on reminders, bursts and overflow posts). */
  seq?: number;
  subscriptionId: string;
  channel: ChannelRef;
  /**
   * 'alert' for the first time a channel sees an item, 'update' for a follow-up, 'overflow'
   * for the one summary post that stands in for the alerts over a cycle's per-channel cap,
   * 'reminder' for a deadline coming up. A burst summary is an 'alert' with `burst` set (its
   * thread holds the burst's cards).
   */
  type: 'alert' | 'update' | 'overflow' | 'reminder';
  /** The match as seen by this channel's workspace watchlist. */
  match: MatchResult;
  status: DeliveryStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  sentAt?: string;
  /** Platform reference of the posted message (Slack ts, Discord message id). */
  messageRef?: string;
  /**
   * Set (and flushed) just before a send starts, cleared with its outcome. Found set after a
   * restart, the send's outcome is unknown: the adapter is asked to recover the message the
   * platform may already have (Discord nonce, Slack metadata) instead of posting it again.
   */
  inFlightSince?: string;
  /** For 'overflow': what the summary says (counts, the search to run). */
  overflow?: OverflowSummary;
  lastError?: string;
  /** The item as routed (absent on burst summaries and overflow posts). */
  item?: DeliveryItem;
  /**
   * Thread under this item's alert instead of the delivery's own: a new record linked to an
   * item the channel was alerted about (a notice chain) is a follow-up in that item's thread.
   */
  threadItemId?: string;
  /**
   * The channel follows this item (the Follow button): post this change in the item's thread
   * whatever it is, never fold it away as cosmetic or drop it for the channel's filters.
   */
  followed?: boolean;
  /** A burst summary: the items whose cards follow in its thread. */
  burst?: BurstSummary;
  /** For 'reminder': the deadline it announces. */
  deadline?: Deadline;
}

/** One poll's alerts for one channel, listed in one post whose thread holds their cards. */
export interface BurstSummary {
  entries: Array<Pick<Item, 'id' | 'kind' | 'jurisdiction' | 'identifier' | 'title' | 'url'> & { priority: boolean }>;
}

/** The alerts one cycle held back for one channel, summarised in one post. */
interface OverflowSummary {
  /** How many matching items were not alerted one by one. */
  count: number;
  /** Source ids they came from. */
  sources: string[];
  /** A `/policy` command that lists them. */
  command: string;
}

/** How a source is configured (from the catalog and the operator's config file). */
export interface SourceConfig {
  id: string;
  /** Connector type: 'rss', 'federal-register', 'usaspending', 'fpds', 'sam-opportunities', … */
  type: string;
  name: string;
  enabled: boolean;
  /** Minutes between polls. */
  intervalMinutes: number;
  /** Connector-specific parameters (url, agencies, keywords, …). */
  params: Record<string, unknown>;
}

interface SourceBacklog {
  /** ISO-8601: the poll that left it. */
  at: string;
  /** Items in that response. */
  fetched: number;
  /** New or changed items taken by that poll. */
  taken: number;
  /** New or changed items left for the next polls. */
  left: number;
}

export interface QuotaState {
  used: number;
  limit: number;
  /** 'day' | 'hour' | 'month' */
  period: string;
  /** ISO-8601 when `used` resets. */
  resetAt: string;
}

/** What the store remembers about a source between polls. */
export interface SourceState {
  sourceId: string;
  etag?: string;
  lastModified?: string;
  /** Connector-owned cursor (e.g. a publication date or offset). */
  cursor?: Record<string, string>;
  lastPolledAt?: string;
  lastSuccessAt?: string;
  lastErrorAt?: string;
  lastError?: string;
  consecutiveFailures: number;
  /** ISO-8601: when the current run of failures began (cleared by a success). */
  failingSince?: string;
  itemsSeen: number;
  nextPollAt?: string;
  quota?: QuotaState;
  /**
   * Set when the last response held more new or changed items than one poll takes: the rest
   * are taken by the next polls (validators and cursor are kept so they see them again).
   */
  backlog?: SourceBacklog;
  /** Set when a source turns itself off (retired feed, missing key). */
  disabledReason?: string;
}

/** A term, phrase or exclusion a workspace added to a topic from chat. */
export interface WatchAddition {
  id: string;
  workspaceId: string;
  topic: string;
  /** A rule in the watchlist rule language. */
  rule: string;
  mode: 'include' | 'exclude';
  addedBy: string;
  /** The display name of whoever added it, when the platform gave one. */
  addedByName?: string;
  addedAt: string;
}

export interface AuditEntry {
  at: string;
  platform: Platform;
  workspaceId: string;
  channelId: string;
  userId: string;
  action: string;
  detail: string;
}

/** One row of `policywatch sources` and the chat `sources` command. */
export interface SourceStatusRow extends Pick<
  SourceState,
  'lastSuccessAt' | 'lastErrorAt' | 'lastError' | 'consecutiveFailures' | 'failingSince' | 'itemsSeen' | 'nextPollAt' | 'quota' | 'backlog'
> {
  id: string;
  name: string;
  type: string;
  enabled: boolean;
  /** Why the source is not running (missing key, retired feed, disabled in config). */
  disabledReason?: string;
}

/** What a person can mark an alert as, from the buttons on it. */
export const TRIAGE_LABELS = ['relevant', 'not-relevant', 'reviewed'] as const;
export type TriageLabelKind = (typeof TRIAGE_LABELS)[number];

/** One person's mark on one item in one workspace (the latest per person, item and kind wins). */
export interface TriageLabel {
  workspaceId: string;
  itemId: string;
  label: TriageLabelKind;
  platform: Platform;
  channelId: string;
  userId: string;
  userName?: string;
  at: string;
  /** The item's title and match when marked, so the label set stands on its own. */
  title: string;
  topics: string[];
  terms: string[];
}

/**
 * A channel following one item (the Follow button on a bill or contract alert): every later
 * change of the item is posted in its thread there, whatever the change and the channel's filters.
 */
export interface ItemFollow {
  channel: ChannelRef;
  itemId: string;
  userId: string;
  userName?: string;
  at: string;
}
