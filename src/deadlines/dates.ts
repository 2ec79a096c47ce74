/**
 * When a deadline closes, when its reminder is due, and how it reads. A deadline given as a
 * day ('2026-12-15') is open until that day ends (24:00 UTC); a reminder N days before is due
 * at 00:00 UTC N days earlier.
 */
import type { Deadline, DeadlineKind, Item } from '../domain/index.ts';

export const DAY_MS = 86_400_000;
/** Days before a deadline its reminder goes out, unless the channel set another number. */
export const DEFAULT_REMINDER_DAYS = 3;
/** The most a channel may ask for (the outbox remembers reminder keys longer than this). */
export const MAX_REMINDER_DAYS = 30;

const isDay = (at: string) => /^\d{4}-\d{2}-\d{2}$/.test(at);

/** The instant the deadline passes (ms), NaN when it cannot be read. */
export function closesAt(d: Pick<Deadline, 'at'>): number {
  return isDay(d.at) ? Date.parse(`${d.at}T00:00:00Z`) + DAY_MS : Date.parse(d.at);
}

/** When a reminder `days` before the deadline is due (ms). */
export function reminderDueAt(d: Pick<Deadline, 'at'>, days: number): number {
  const start = isDay(d.at) ? Date.parse(`${d.at}T00:00:00Z`) : Date.parse(d.at);
  return start - days * DAY_MS;
}

/** The deadlines whose reminder is due at `now` and that have not passed. */
export function dueDeadlines(item: Pick<Item, 'deadlines'>, now: Date, days: number): Deadline[] {
  const t = now.getTime();
  return (item.deadlines ?? []).filter((d) => {
    const end = closesAt(d);
    return !Number.isNaN(end) && t < end && t >= reminderDueAt(d, days);
  });
}

const WHAT: Record<DeadlineKind, string> = { comment: 'Comment period closes', hearing: 'Hearing', response: 'Responses due' };

/** 'Comment period closes', 'Hearing', 'Responses due'. */
export function deadlineLabel(kind: DeadlineKind): string {
  return WHAT[kind] ?? 'Deadline';
}

/** 'Dec 15, 2026' (a day) or 'Dec 15, 2026, 2:00 PM UTC' (an instant), in `tz`. */
export function formatDeadline(d: Pick<Deadline, 'at'>, tz = 'UTC'): string {
  if (isDay(d.at)) {
    return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' }).format(
      new Date(`${d.at}T12:00:00Z`),
    );
  }
  const t = new Date(d.at);
  if (Number.isNaN(t.getTime())) return d.at;
  return new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(t);
}

/** 'today', 'tomorrow', 'in 3 days' from `now` to the deadline's day. */
export function inDays(d: Pick<Deadline, 'at'>, now: Date): string {
  const day = isDay(d.at) ? d.at : new Date(d.at).toISOString().slice(0, 10);
  const n = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`)) / DAY_MS);
  return n <= 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`;
}

/** The nearest deadline still open at `now` (the digest ranks by it). */
export function nextDeadline(item: Pick<Item, 'deadlines'>, now: Date): Deadline | undefined {
  let best: Deadline | undefined;
  for (const d of item.deadlines ?? []) {
    const end = closesAt(d);
    if (Number.isNaN(end) || end <= now.getTime()) continue;
    if (!best || end < closesAt(best)) best = d;
  }
  return best;
}
