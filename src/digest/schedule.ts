/**
 * Digest schedules: a weekday and a local wall time in an IANA time zone. The wall time holds
 * across DST changes (Monday 09:00 in New York is 14:00 UTC in winter and 13:00 UTC in summer).
 * node-cron only ticks every minute in UTC; when a digest is due is decided here.
 */
import type { DigestSchedule } from '../domain/index.ts';
import { addDays, canonicalTimeZone, isoWeek, toLocal, wallTimeToInstant, weekdayOf, type LocalDate } from './tz.ts';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const DAY_ALIASES: Record<string, number> = {
  sun: 0,
  sunday: 0,
  sundays: 0,
  mon: 1,
  monday: 1,
  mondays: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  tuesdays: 2,
  wed: 3,
  weds: 3,
  wednesday: 3,
  wednesdays: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  thursdays: 4,
  fri: 5,
  friday: 5,
  fridays: 5,
  sat: 6,
  saturday: 6,
  saturdays: 6,
};

/** The default schedule: Monday 09:00 in `tz`. */
export function DEFAULT_DIGEST(tz: string): DigestSchedule {
  return { day: 1, time: '09:00', tz: canonicalTimeZone(tz) ?? 'UTC' };
}

export type ParsedSchedule = { ok: true; schedule: DigestSchedule } | { ok: false; error: string };

/**
 * Parse `digest schedule <day> <HH:MM> [tz]`. Days: mon, Monday, 1 (0 or 7 = Sunday), any case.
 * Times: 24-hour H:MM or HH:MM. The zone defaults to `defaultTz` (the operator's TZ), then UTC.
 */
export function parseDigestSchedule(day: string, time: string, tz?: string, defaultTz?: string): ParsedSchedule {
  const d = parseDay(day);
  if (d === null) {
    return { ok: false, error: `"${day}" is not a day of the week. Use a name such as mon or Monday, or a number 0–6 (0 = Sunday).` };
  }
  const t = parseTime(time);
  if (t === null) {
    return { ok: false, error: `"${time}" is not a time. Use 24-hour HH:MM from 00:00 to 23:59, e.g. 09:00 or 17:30.` };
  }
  const zoneInput = tz?.trim() || defaultTz?.trim() || 'UTC';
  const zone = canonicalTimeZone(zoneInput);
  if (zone === null) {
    return {
      ok: false,
      error: `"${zoneInput}" is not a known IANA time zone. Use a name such as America/New_York, America/Los_Angeles, Europe/London or UTC.`,
    };
  }
  return { ok: true, schedule: { day: d, time: t, tz: zone } };
}

function parseDay(input: string): number | null {
  const s = input.trim().toLowerCase();
  if (/^\d$/.test(s)) {
    const n = Number(s);
    return n <= 6 ? n : n === 7 ? 0 : null;
  }
  return DAY_ALIASES[s] ?? null;
}

function parseTime(input: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(input.trim());
  if (!m) return null;
  const hh = Number(m[1]);
  const mm = Number(m[2]);
  if (hh > 23 || mm > 59) return null;
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

/** 'Mondays at 09:00 (America/New_York)'. */
export function describeSchedule(s: DigestSchedule): string {
  return `${DAY_NAMES[s.day] ?? '?'}s at ${s.time} (${s.tz})`;
}

function hoursMinutes(s: DigestSchedule): [number, number] {
  const [h, m] = s.time.split(':').map(Number);
  return [h ?? 0, m ?? 0];
}

function occurrenceOn(s: DigestSchedule, date: LocalDate): Date {
  const [hh, mm] = hoursMinutes(s);
  return wallTimeToInstant(date, hh, mm, s.tz);
}

/** The first scheduled instant strictly after `after`. */
export function nextOccurrence(s: DigestSchedule, after: Date): Date {
  const local = toLocal(after, s.tz);
  for (let i = 0; i <= 8; i++) {
    const date = addDays(local, i);
    if (weekdayOf(date) !== s.day) continue;
    const at = occurrenceOn(s, date);
    if (at.getTime() > after.getTime()) return at;
  }
  throw new Error(`no occurrence of ${describeSchedule(s)} after ${after.toISOString()}`);
}

/** The latest scheduled instant at or before `atOrBefore`. */
export function lastOccurrence(s: DigestSchedule, atOrBefore: Date): Date {
  const local = toLocal(atOrBefore, s.tz);
  for (let i = 0; i <= 8; i++) {
    const date = addDays(local, -i);
    if (weekdayOf(date) !== s.day) continue;
    const at = occurrenceOn(s, date);
    if (at.getTime() <= atOrBefore.getTime()) return at;
  }
  throw new Error(`no occurrence of ${describeSchedule(s)} before ${atOrBefore.toISOString()}`);
}

/**
 * The period a scheduled occurrence belongs to: the ISO week of its local date, e.g. '2026-W49'.
 * It does not move with DST or restarts, and changing the day or time within a week does not
 * open a second period, so a channel gets at most one scheduled digest per week.
 */
export function periodKey(s: DigestSchedule, occurrence: Date): string {
  return isoWeek(toLocal(occurrence, s.tz));
}

/** 'Mon, Nov 30, 09:00 EST': the next digest in the schedule's own zone, for chat replies. */
export function describeNextOccurrence(s: DigestSchedule, after: Date): string {
  const next = nextOccurrence(s, after);
  return new Intl.DateTimeFormat('en-US', {
    timeZone: s.tz,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(next);
}
