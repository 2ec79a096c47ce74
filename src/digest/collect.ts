/**
 * What goes into a channel's digest: its matching items first seen or changed in the window,
 * topic counts against the window before, and the sources that have been failing for a day.
 */
import { nextDeadline } from '../deadlines/dates.ts';
import {
  DEFAULT_TOPICS,
  linkVisibleTo,
  storedMatchOnly,
  type ChainLink,
  type Deadline,
  type SourceStatusRow,
  type ItemStore,
  type StoredItem,
  type Subscription,
  type WorkspaceMatcher,
} from '../domain/index.ts';

const DAY_MS = 86_400_000;
/** A source must have been failing this long to be named in the footer. */
const FAILING_AFTER_MS = DAY_MS;

export interface DigestEntry {
  item: StoredItem;
  /** 'new': first seen in the window; 'updated': seen before, changed in the window. */
  event: 'new' | 'updated';
  /** ISO time of the latest event in the window. */
  at: string;
  /** Notice chain: how the records linked to this one are named ('70CDCR24R00000012'). */
  related?: string[];
  /** The nearest deadline still open (a comment period, a hearing, a response date). */
  deadline?: Deadline;
}

interface TopicCount {
  topic: string;
  count: number;
  previous: number;
}

export interface DigestData {
  sub: Subscription;
  now: Date;
  since: Date;
  days: number;
  /** Newest first. */
  entries: DigestEntry[];
  topics: TopicCount[];
  failingSources: SourceStatusRow[];
}

/** The item's latest event inside (from, to], or null if it has none there. */
function eventIn(item: StoredItem, from: number, to: number): DigestEntry | null {
  const inside = (iso: string | undefined) => {
    const t = iso ? Date.parse(iso) : NaN;
    return !Number.isNaN(t) && t > from && t <= to;
  };
  let changedAt: string | undefined;
  for (const h of item.history.slice(1)) {
    if (inside(h.seenAt) && (!changedAt || h.seenAt > changedAt)) changedAt = h.seenAt;
  }
  if (inside(item.firstSeenAt)) return { item, event: 'new', at: changedAt && changedAt > item.firstSeenAt ? changedAt : item.firstSeenAt };
  if (changedAt) return { item, event: 'updated', at: changedAt };
  return null;
}

/**
 * Enabled sources still failing whose failures began more than a day ago (when known), else
 * whose last success is more than a day old, or that never succeeded.
 */
export function failingSources(rows: SourceStatusRow[], now: Date): SourceStatusRow[] {
  return rows.filter((r) => {
    if (!r.enabled || r.disabledReason || r.consecutiveFailures <= 0) return false;
    if (r.failingSince) {
      const since = Date.parse(r.failingSince);
      if (!Number.isNaN(since)) return now.getTime() - since > FAILING_AFTER_MS;
    }
    if (!r.lastSuccessAt) return true;
    const last = Date.parse(r.lastSuccessAt);
    return Number.isNaN(last) || now.getTime() - last > FAILING_AFTER_MS;
  });
}

export async function collectDigest(opts: {
  store: Pick<ItemStore, 'listItems'>;
  sub: Subscription;
  now: Date;
  sources: SourceStatusRow[];
  days?: number;
  /** How the subscription's workspace sees each item (default: the stored base match). */
  matchFor?: WorkspaceMatcher;
  /** Notice chains: stored records sharing an identifier with an item. */
  related?: (item: StoredItem) => ChainLink[];
}): Promise<DigestData> {
  const { store, sub, now } = opts;
  const days = Math.max(1, Math.round(opts.days ?? 7));
  const to = now.getTime();
  const from = to - days * DAY_MS;
  const prevFrom = from - days * DAY_MS;
  const matchFor = opts.matchFor ?? storedMatchOnly;
  const listed = await store.listItems({
    since: new Date(prevFrom),
    jurisdictions: sub.jurisdictions.length ? sub.jurisdictions : undefined,
    kinds: sub.kinds.length ? sub.kinds : undefined,
    topics: sub.topics.length ? sub.topics : undefined,
  });
  // Each item as this channel's workspace sees it: its own terms, never another workspace's.
  const candidates: StoredItem[] = [];
  for (const item of listed) {
    const match = await matchFor(sub.channel.workspaceId, item);
    if (!match || (sub.topics.length && !match.topics.some((t) => sub.topics.includes(t)))) continue;
    candidates.push(match === item.match ? item : { ...item, match });
  }

  const entries: DigestEntry[] = [];
  const previous: StoredItem[] = [];
  for (const item of candidates) {
    const e = eventIn(item, from, to);
    if (e) {
      const links = (opts.related?.(item) ?? []).filter((l) => linkVisibleTo(l, sub.channel.workspaceId));
      if (links.length)
        e.related = links.slice(0, 3).map((l) => l.identifier ?? (l.title.length > 60 ? `${l.title.slice(0, 59)}…` : l.title));
      const deadline = nextDeadline(item, now);
      if (deadline) e.deadline = deadline;
      entries.push(e);
    }
    if (eventIn(item, prevFrom, from)) previous.push(item);
  }
  entries.sort((a, b) => b.at.localeCompare(a.at) || a.item.title.localeCompare(b.item.title));

  const topicIds = sub.topics.length ? [...sub.topics] : [...DEFAULT_TOPICS];
  if (!sub.topics.length) {
    for (const it of [...entries.map((e) => e.item), ...previous]) {
      for (const t of it.match.topics) if (!topicIds.includes(t)) topicIds.push(t);
    }
  }
  const countOf = (items: StoredItem[], topic: string) => items.filter((i) => i.match.topics.includes(topic)).length;
  const thisWeek = entries.map((e) => e.item);
  const topics = topicIds.map((topic) => ({ topic, count: countOf(thisWeek, topic), previous: countOf(previous, topic) }));

  return { sub, now, since: new Date(from), days, entries, topics, failingSources: failingSources(opts.sources, now) };
}
