/**
 * Bursts: when one poll gives a channel more new alerts than its threshold (the
 * subscription's `burstThreshold`, default 5), one summary post lists them and the alert
 * cards go into that post's thread. The summary is an 'alert' delivery of its own (itemId
 * `burst@<time>`), so the outbox records its message like any alert's and the cards find it
 * with `threadItemId`; the dispatcher sends it before them. Each card stays its item's first
 * alert: its follow-ups still thread under it, exactly once, in order.
 */
import {
  inlineLinkUrl,
  kindLine,
  type BurstSummary,
  type Delivery,
  type RichMessage,
  type RichText,
  type Subscription,
} from '../domain/index.ts';

export const DEFAULT_BURST_THRESHOLD = 5;
/** Entries listed in the summary itself; every card is in its thread either way. */
const MAX_LISTED = 20;
const TITLE_CHARS = 90;

/** Turns each channel's burst of new alerts into a summary + cards in its thread. */
export function groupBursts(deliveries: Delivery[], subs: Subscription[], now: Date): Delivery[] {
  const threshold = new Map(subs.map((s) => [s.id, s.burstThreshold ?? DEFAULT_BURST_THRESHOLD]));
  const cards = new Map<string, Delivery[]>();
  for (const d of deliveries) {
    // Records of a notice chain already go into the thread of the item they link to.
    if (d.type !== 'alert' || d.threadItemId || d.burst || !d.item) continue;
    const list = cards.get(d.subscriptionId);
    if (list) list.push(d);
    else cards.set(d.subscriptionId, [d]);
  }
  const at = now.toISOString();
  const summaries: Delivery[] = [];
  const threaded = new Map<Delivery, string>();
  for (const [subId, list] of cards) {
    const max = threshold.get(subId) ?? DEFAULT_BURST_THRESHOLD;
    if (max <= 0 || list.length <= max) continue;
    const burstId = `burst@${at}`;
    const ordered = [...list].sort((a, b) => Number(b.match.priority) - Number(a.match.priority));
    const burst: BurstSummary = {
      entries: ordered.map((d) => ({
        id: d.itemId,
        kind: d.item!.kind,
        jurisdiction: d.item!.jurisdiction,
        ...(d.item!.identifier ? { identifier: d.item!.identifier } : {}),
        title: d.item!.title.length > 300 ? `${d.item!.title.slice(0, 299)}…` : d.item!.title,
        url: d.item!.url,
        priority: d.match.priority,
      })),
    };
    summaries.push({
      key: `${burstId}>${subId}`,
      itemId: burstId,
      itemVersion: '',
      subscriptionId: subId,
      channel: list[0]!.channel,
      type: 'alert',
      match: { topics: [], terms: [], snippet: '', highlights: [], priority: ordered.some((d) => d.match.priority) },
      status: 'pending',
      attempts: 0,
      createdAt: at,
      nextAttemptAt: at,
      burst,
    });
    for (const d of list) threaded.set(d, burstId);
  }
  if (!summaries.length) return deliveries;
  return [...summaries, ...deliveries.map((d) => (threaded.has(d) ? { ...d, threadItemId: threaded.get(d)! } : d))];
}

/** The summary post: how many, then one compact line per item (priority first). */
export function burstMessage(d: Pick<Delivery, 'burst' | 'match'>): RichMessage {
  const entries = d.burst?.entries ?? [];
  const priority = entries.filter((e) => e.priority).length;
  const title = `${entries.length} new alerts from one poll${priority ? ` (${priority} priority)` : ''}`;
  const lines: RichText[] = entries.slice(0, MAX_LISTED).map((e) => {
    const flat = e.title.replace(/\s+/g, ' ').trim();
    const short = flat.length > TITLE_CHARS ? `${flat.slice(0, TITLE_CHARS - 1).trimEnd()}…` : flat;
    const link = inlineLinkUrl(e.url);
    const url = link && link.length <= 300 ? link : undefined;
    return [...(e.priority ? [{ text: '★ ' }] : []), url ? { text: short, url } : { text: short }, { text: ` · ${kindLine(e)}` }];
  });
  const more = entries.length - lines.length;
  if (more > 0) lines.push([{ text: `and ${more} more — every card is in this message's thread` }]);
  return {
    type: 'digest',
    title,
    body: [[{ text: 'Each alert is in the thread of this message, with its buttons and follow-ups.' }]],
    sections: [{ lines }],
    priority: priority > 0,
    tone: priority ? 'priority' : 'neutral',
    fallbackText: `${title}: ${entries
      .slice(0, 5)
      .map((e) => e.identifier ?? e.title.slice(0, 60))
      .join('; ')}${entries.length > 5 ? '; …' : ''}`,
  };
}
