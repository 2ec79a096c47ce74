/**
 * Wall time ↔ instant in an IANA time zone, on Intl.DateTimeFormat alone (no tz package).
 * A local date is { y, m (1–12), d }; weekdays are 0 = Sunday … 6 = Saturday.
 */

export interface LocalDate {
  y: number;
  m: number;
  d: number;
}

export interface LocalDateTime extends LocalDate {
  hh: number;
  mm: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/**
 * US zone abbreviations as people type them. Intl takes 'EST' and 'MST' as fixed offsets
 * (no daylight saving: America/Panama, America/Phoenix), which would move a New York digest
 * by an hour for eight months; people who type them mean the zone that observes DST.
 */
const ABBREVIATIONS: Record<string, string> = {
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  eastern: 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  ct: 'America/Chicago',
  central: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mt: 'America/Denver',
  mountain: 'America/Denver',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  akst: 'America/Anchorage',
  akdt: 'America/Anchorage',
  alaska: 'America/Anchorage',
  hst: 'Pacific/Honolulu',
  hawaii: 'Pacific/Honolulu',
  est5edt: 'America/New_York',
  cst6cdt: 'America/Chicago',
  mst7mdt: 'America/Denver',
  pst8pdt: 'America/Los_Angeles',
};

/** The canonical IANA name ('america/new_york' → 'America/New_York', 'EST' → 'America/New_York'), or null if unknown. */
export function canonicalTimeZone(tz: string): string | null {
  const name = ABBREVIATIONS[tz.trim().toLowerCase()] ?? tz.trim();
  // Intl also accepts offsets such as '+05:00' on newer ICU; a schedule needs a named zone.
  if (!name || !/^[A-Za-z]/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The local calendar fields of an instant in `tz`. */
export function toLocal(instant: Date, tz: string): LocalDateTime & { ss: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const y = parts.year ?? 1970;
  const m = parts.month ?? 1;
  const d = parts.day ?? 1;
  return { y, m, d, hh: parts.hour ?? 0, mm: parts.minute ?? 0, ss: parts.second ?? 0, weekday: weekdayOf({ y, m, d }) };
}

/** Offset of `tz` from UTC at an instant, in milliseconds (New York in winter: −5 h). */
function offsetMs(instant: number, tz: string): number {
  const l = toLocal(new Date(instant), tz);
  const asUtc = Date.UTC(l.y, l.m - 1, l.d, l.hh, l.mm, l.ss);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * The instant at which the wall clock in `tz` shows `date hh:mm`.
 * - In a spring-forward gap (02:30 that never happens) it moves forward by the gap (03:30).
 * - In a fall-back overlap (01:30 that happens twice) it takes the first one.
 */
export function wallTimeToInstant(date: LocalDate, hh: number, mm: number, tz: string): Date {
  const asUtc = Date.UTC(date.y, date.m - 1, date.d, hh, mm);
  const before = offsetMs(asUtc - 86_400_000, tz);
  const after = offsetMs(asUtc + 86_400_000, tz);
  const valid = [...new Set([before, after])]
    .map((off) => asUtc - off)
    .filter((t) => offsetMs(t, tz) === asUtc - t)
    .sort((a, b) => a - b);
  const first = valid[0];
  if (first !== undefined) return new Date(first);
  // The wall time falls in a gap: read it with the offset in force before the jump.
  return new Date(asUtc - before);
}

/** ISO-8601 week of a calendar date, e.g. '2026-W49' (weeks start on Monday). */
export function isoWeek(date: LocalDate): string {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d));
  const dayNum = (t.getUTCDay() + 6) % 7; // Monday = 0
  t.setUTCDate(t.getUTCDate() - dayNum + 3); // Thursday of this week decides the year
  const weekYear = t.getUTCFullYear();
  const week = 1 + Math.floor((t.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}
