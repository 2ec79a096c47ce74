/**
 * `settings reminders <days|off>` and `settings burst <N|off>`: how many days before a
 * deadline this channel is reminded (default 3), and how many alerts one poll may post one by
 * one before they are grouped under one summary (default 5). Managers only; audited.
 */
import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS } from '../deadlines/dates.ts';
import type { Subscription } from '../domain/index.ts';
import { DEFAULT_BURST_THRESHOLD } from '../pipeline/bursts.ts';
import { MAX_PER_CHANNEL_PER_CYCLE } from '../pipeline/router.ts';
import { audit, type Ctx } from './context.ts';
import { SLASH } from '../domain/command-table.ts';
import { changed, problem, reply } from './replies.ts';

export type ChannelSetting = 'reminders' | 'burst';

/** How the channel's reminder setting reads. */
export function describeReminders(sub: Pick<Subscription, 'reminderDays'>): string {
  const days = sub.reminderDays ?? DEFAULT_REMINDER_DAYS;
  return days <= 0 ? 'off' : `${days} day${days === 1 ? '' : 's'} before a comment period closes, a hearing or a response date`;
}

/** How the channel's burst setting reads. */
export function describeBurst(sub: Pick<Subscription, 'burstThreshold'>): string {
  const n = sub.burstThreshold ?? DEFAULT_BURST_THRESHOLD;
  return n <= 0
    ? 'off (every alert is posted on its own)'
    : `more than ${n} alerts from one poll are listed in one summary, the alerts in its thread`;
}

const RANGE: Record<ChannelSetting, { max: number; unit: string }> = {
  reminders: { max: MAX_REMINDER_DAYS, unit: 'days before a deadline' },
  burst: { max: MAX_PER_CHANNEL_PER_CYCLE, unit: 'alerts from one poll' },
};

export async function runChannelSetting(ctx: Ctx, setting: ChannelSetting, raw: string | undefined) {
  const usage = `${SLASH} settings ${setting} <0–${RANGE[setting].max}|off>`;
  const v = raw?.toLowerCase();
  const n = v === 'off' || v === 'none' ? 0 : v && /^\d{1,3}$/.test(v) ? Number(v) : NaN;
  if (!(n >= 0 && n <= RANGE[setting].max)) {
    return problem(
      `${setting} takes a number of ${RANGE[setting].unit} from 0 to ${RANGE[setting].max}, or off. Example: ${usage.replace(/<.*>/, setting === 'reminders' ? '5' : '10')}`,
      'settings',
    );
  }
  const sub = await ctx.deps.store.getSubscription({
    platform: ctx.req.platform,
    workspaceId: ctx.req.workspaceId,
    channelId: ctx.req.channelId,
  });
  if (!sub) return reply('Not subscribed', { body: [[{ text: `This channel isn't subscribed. ${SLASH} subscribe starts alerts.` }]] });
  const before = setting === 'reminders' ? describeReminders(sub) : describeBurst(sub);
  const next: Subscription = setting === 'reminders' ? { ...sub, reminderDays: n } : { ...sub, burstThreshold: n };
  const after = setting === 'reminders' ? describeReminders(next) : describeBurst(next);
  if (before === after)
    return reply('Nothing changed', { body: [[{ text: `${setting === 'reminders' ? 'Deadline reminders' : 'Bursts'}: ${after}.` }]] });
  await ctx.deps.store.upsertSubscription(next);
  await audit(ctx, `settings.${setting}`, `${before} → ${after}`);
  const label = setting === 'reminders' ? 'Deadline reminders' : 'Bursts';
  return changed(`Updated this channel’s ${setting === 'reminders' ? 'deadline reminders' : 'burst setting'}`, [
    `${label}: ${before} → ${after}`,
  ]);
}
