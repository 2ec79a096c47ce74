/**
 * Deadline reminders: for each channel, each stored item it wants whose comment period,
 * hearing or response date is N days away (the channel's `reminderDays`, default 3) gets one
 * 'reminder' delivery in the outbox, keyed by item, deadline and channel — so it is sent
 * exactly once however often this runs and across restarts. An item first seen after its
 * reminder was due is not reminded of: its alert already showed the deadline.
 */
import type { Log } from '../domain/index.ts';
import {
  type ChannelConfigStore,
  type Clock,
  type Deadline,
  type Delivery,
  type Flushable,
  type ItemStore,
  type OutboxStore,
  type Platform,
  type RichMessage,
  type RichText,
  type StoredItem,
  kindLine,
} from '../domain/index.ts';
import type { MatcherSet } from '../pipeline/matchers.ts';
import { deliveryItem, wants } from '../pipeline/router.ts';
import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS, deadlineLabel, dueDeadlines, formatDeadline, inDays, reminderDueAt } from './dates.ts';
import type { DeadlineIndex } from './index-store.ts';

/** The reminder's outbox key: one per item, deadline (kind and date) and subscription. */
function reminderKey(itemId: string, d: Pick<Deadline, 'kind' | 'at'>, subscriptionId: string): string {
  return `remind:${itemId}:${d.kind}:${d.at}>${subscriptionId}`;
}

export interface ReminderDeps {
  store: Pick<ItemStore, 'getItem'> & Pick<ChannelConfigStore, 'listSubscriptions'> & Pick<OutboxStore, 'enqueueDeliveries'> & Flushable;
  index: DeadlineIndex;
  matchers: Pick<MatcherSet, 'forWorkspace'>;
  clock: Clock;
  log: Log;
  /** Platforms with an adapter (as the engine's): other subscriptions get nothing queued. */
  platforms?: ReadonlySet<Platform>;
  /** Minimum time between two checks (default 10 minutes); `tick(true)` checks at once. */
  everyMs?: number;
}

export function createReminders(deps: ReminderDeps) {
  let lastCheck = -Infinity;
  const every = deps.everyMs ?? 10 * 60_000;

  async function plan(now: Date): Promise<Delivery[]> {
    const ids = deps.index.closingWithin(now, MAX_REMINDER_DAYS);
    if (!ids.length) return [];
    const subs = (await deps.store.listSubscriptions()).filter(
      (s) => !s.broken && (!deps.platforms || deps.platforms.has(s.channel.platform)),
    );
    const at = now.toISOString();
    const out: Delivery[] = [];
    for (const id of ids) {
      let item: StoredItem | undefined;
      for (const sub of subs) {
        const days = Math.min(MAX_REMINDER_DAYS, sub.reminderDays ?? DEFAULT_REMINDER_DAYS);
        if (days <= 0) continue;
        item ??= await deps.store.getItem(id);
        if (!item) break;
        const first = Date.parse(item.firstSeenAt);
        const due = dueDeadlines(item, now, days).filter((d) => !(first >= reminderDueAt(d, days)));
        if (!due.length) continue;
        const match = (await deps.matchers.forWorkspace(sub.channel.workspaceId)).match(item);
        if (!match || !wants(sub, item, match)) continue;
        for (const deadline of due) {
          out.push({
            key: reminderKey(item.id, deadline, sub.id),
            itemId: item.id,
            itemVersion: item.version,
            subscriptionId: sub.id,
            channel: sub.channel,
            type: 'reminder',
            match,
            status: 'pending',
            attempts: 0,
            createdAt: at,
            nextAttemptAt: at,
            item: deliveryItem(item),
            deadline,
          });
        }
      }
    }
    return out;
  }

  return {
    /** Queue the reminders due now; returns how many were new. */
    async tick(force = false): Promise<number> {
      const now = deps.clock.now();
      if (!force && now.getTime() - lastCheck < every) return 0;
      lastCheck = now.getTime();
      const planned = await plan(now);
      if (!planned.length) return 0;
      const added = await deps.store.enqueueDeliveries(planned);
      if (added.length) {
        await deps.store.flush();
        deps.log.info({ reminders: added.length }, 'deadline reminders queued');
      }
      return added.length;
    },
  };
}

/** The reminder post: what closes when, the record, and the direct link to act. */
export function reminderMessage(
  item: Pick<StoredItem, 'title' | 'url' | 'kind' | 'jurisdiction' | 'identifier' | 'agency'>,
  deadline: Deadline,
  now: Date,
  priority = false,
): RichMessage {
  const when = `${deadlineLabel(deadline.kind)} ${formatDeadline(deadline)} (${inDays(deadline, now)})`;
  const body: RichText[] = [[{ text: when, emphasis: 'bold' }]];
  if (deadline.actionUrl) {
    const where = /regulations\.gov/.test(deadline.actionUrl) ? ' on Regulations.gov' : '';
    body.push([{ text: 'Comment', url: deadline.actionUrl, emphasis: 'bold' }, ...(where ? [{ text: where }] : [])]);
  }
  return {
    type: 'alert',
    title: `⏰ ${item.title}`,
    url: item.url,
    context: [kindLine(item), ...(item.agency ? [item.agency] : [])],
    priority,
    body,
    tone: priority ? 'priority' : 'neutral',
    fallbackText: `Reminder: ${when}: ${item.title}${deadline.actionUrl ? ` — Comment: ${deadline.actionUrl}` : ''}`,
  };
}
