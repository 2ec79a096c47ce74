/** Decides which subscriptions get which new or changed item, as outbox deliveries. */
import {
  changeSeqOf,
  type ChannelRef,
  linkVisibleTo,
  stateOfJurisdiction,
  type ChainLink,
  type Delivery,
  type DeliveryItem,
  type MatchResult,
  type StoredItem,
  type Subscription,
} from '../domain/index.ts';
import { forEachChunked } from './chunks.ts';
import type { MatcherSet } from './matchers.ts';

export function wants(sub: Subscription, item: StoredItem, match: MatchResult): boolean {
  if (sub.broken) return false;
  // A "possibly relevant" topic (the learned second opinion) reaches that topic's channels too, labelled as such.
  const topics = match.possible?.length ? [...match.topics, ...match.possible.map((p) => p.topic)] : match.topics;
  if (sub.topics.length && !topics.some((t) => sub.topics.includes(t))) return false;
  // A city or county ('Seattle, WA') is inside its state's subscription (state:WA).
  if (
    sub.jurisdictions.length &&
    !sub.jurisdictions.includes(item.jurisdiction) &&
    !sub.jurisdictions.includes(stateOfJurisdiction(item.jurisdiction))
  )
    return false;
  if (sub.kinds.length && !sub.kinds.includes(item.kind)) return false;
  return true;
}

/**
 * A delivery's identity: the item, its change sequence and the subscription. Not the version
 * hash: In committee → Tabled → In committee → Tabled is four changes with two versions, and
 * each one is owed its follow-up.
 */
export function deliveryKey(itemId: string, changeSeq: number, subscriptionId: string): string {
  return `${itemId}#${changeSeq}>${subscriptionId}`;
}

/** The part of a stored item an alert renders, kept in the delivery (see Delivery.item). */
export function deliveryItem(item: StoredItem): DeliveryItem {
  const { lastSeenAt: _l, match: _m, history, ...rest } = item;
  const prev = history.at(-2);
  return prev && prev.status !== item.status ? { ...rest, previousStatus: prev.status ?? '—' } : rest;
}

/** How follows name a channel. */
export function followKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.workspaceId}:${channel.channelId}`;
}

export interface RouteInput {
  item: StoredItem;
  /** 'new' items get alerts; 'changed' items get a follow-up where the channel saw them. */
  change: 'new' | 'changed';
}

export async function routeItems(
  inputs: RouteInput[],
  subs: Subscription[],
  matchers: MatcherSet,
  hasAlerted: (itemId: string, subId: string) => Promise<boolean>,
  now: Date,
  /** Notice chains: stored records sharing an identifier with the item. */
  related?: (item: StoredItem) => ChainLink[],
  /** Follows: the channels (followKey) following an item. */
  followers?: (itemId: string) => ReadonlySet<string> | undefined,
): Promise<Delivery[]> {
  const out: Delivery[] = [];
  const at = now.toISOString();
  await forEachChunked(inputs, async ({ item, change }) => {
    const following = change === 'changed' ? followers?.(item.id) : undefined;
    let snapshot: DeliveryItem | undefined;
    const links = related?.(item) ?? [];
    for (const sub of subs) {
      // The first linked record this channel was alerted about: its thread gets this one.
      let threadItemId: string | undefined;
      for (const l of links) {
        if (linkVisibleTo(l, sub.channel.workspaceId) && (await hasAlerted(l.id, sub.id))) {
          threadItemId = l.id;
          break;
        }
      }
      // A record kept only for its link (no watched term) reaches the channels that saw the link.
      const ws = sub.channel.workspaceId;
      const own = (await matchers.forWorkspace(ws)).match(item) ?? (threadItemId ? item.match : null);
      // A followed item: every change reaches the channel that follows it (and saw its alert),
      // whatever the channel's filters and whether it still matches.
      const followed = following?.has(followKey(sub.channel)) === true && !sub.broken && (await hasAlerted(item.id, sub.id));
      const visible = !item.match.workspaces || item.match.workspaces.includes(ws);
      const match = own ?? (followed && visible ? item.match : null);
      if (!match || (!followed && !wants(sub, item, match))) continue;
      const alerted = followed || (await hasAlerted(item.id, sub.id));
      if (!snapshot) {
        snapshot = deliveryItem(item);
        // Named in the alert: only records every workspace may see.
        const shared = links.filter((l) => !l.workspaces);
        if (shared.length) snapshot.related = shared.slice(0, 5);
      }
      const seq = changeSeqOf(item);
      out.push({
        key: deliveryKey(item.id, seq, sub.id),
        itemId: item.id,
        itemVersion: item.version,
        seq,
        subscriptionId: sub.id,
        channel: sub.channel,
        type: alerted ? 'update' : 'alert',
        match,
        status: 'pending',
        attempts: 0,
        createdAt: at,
        nextAttemptAt: at,
        item: snapshot,
        ...(!alerted && threadItemId ? { threadItemId } : {}),
        ...(followed ? { followed: true } : {}),
      });
    }
  });
  return out;
}

/** Alerts and follow-ups one channel gets one by one from one poll cycle. */
export const MAX_PER_CHANNEL_PER_CYCLE = 50;

/**
 * Bounded sends per poll: each subscription keeps at most `max` of this cycle's deliveries
 * (priority matches first, then in routing order); the rest become one 'overflow' delivery —
 * a summary post with a search command that lists them — never dropped silently.
 */
export function capPerChannel(deliveries: Delivery[], now: Date, max = MAX_PER_CHANNEL_PER_CYCLE): Delivery[] {
  const bySub = new Map<string, Delivery[]>();
  for (const d of deliveries) {
    const list = bySub.get(d.subscriptionId);
    if (list) list.push(d);
    else bySub.set(d.subscriptionId, [d]);
  }
  const at = now.toISOString();
  const out: Delivery[] = [];
  for (const [subId, list] of bySub) {
    if (list.length <= max) {
      out.push(...list);
      continue;
    }
    const ranked = list.map((d, i) => ({ d, i })).sort((a, b) => Number(b.d.match.priority) - Number(a.d.match.priority) || a.i - b.i);
    const kept = new Set(ranked.slice(0, max).map((r) => r.i));
    const held = list.filter((_, i) => !kept.has(i));
    out.push(...list.filter((_, i) => kept.has(i)));
    const sources = [...new Set(held.map((d) => d.item?.sourceId).filter((s): s is string => Boolean(s)))].sort();
    const states = [...new Set(held.map((d) => d.item?.jurisdiction).filter((s): s is string => Boolean(s)))];
    const command = ['/policy search', states.length === 1 ? `state:${states[0]}` : '', `since:${at.slice(0, 10)}`]
      .filter(Boolean)
      .join(' ');
    const first = list[0]!;
    out.push({
      key: `overflow@${at}>${subId}`,
      itemId: `overflow@${at}`,
      itemVersion: '',
      subscriptionId: subId,
      channel: first.channel,
      type: 'overflow',
      match: { topics: [], terms: [], snippet: '', highlights: [], priority: false },
      status: 'pending',
      attempts: 0,
      createdAt: at,
      nextAttemptAt: at,
      overflow: { count: held.length, sources, command },
    });
  }
  return out;
}
