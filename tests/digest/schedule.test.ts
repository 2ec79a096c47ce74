import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DIGEST,
  describeNextOccurrence,
  describeSchedule,
  lastOccurrence,
  nextOccurrence,
  parseDigestSchedule,
  periodKey,
} from '../../src/digest/schedule.ts';
import type { DigestSchedule } from '../../src/domain/index.ts';

const NY_MONDAY_9: DigestSchedule = { day: 1, time: '09:00', tz: 'America/New_York' };
const LONDON_MONDAY_9: DigestSchedule = { day: 1, time: '09:00', tz: 'Europe/London' };

/** Wall clock of an instant in a zone, e.g. 'Mon 09:00'. */
function wall(d: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    d,
  );
}

describe('parseDigestSchedule', () => {
  it('accepts day names, abbreviations and numbers in any case', () => {
    for (const day of ['mon', 'Monday', 'MONDAY', 'mondays', '1']) {
      expect(parseDigestSchedule(day, '09:00', 'UTC')).toEqual({ ok: true, schedule: { day: 1, time: '09:00', tz: 'UTC' } });
    }
    expect(parseDigestSchedule('tues', '9:00', 'UTC')).toMatchObject({ ok: true, schedule: { day: 2 } });
    expect(parseDigestSchedule('Thurs', '9:00', 'UTC')).toMatchObject({ ok: true, schedule: { day: 4 } });
    expect(parseDigestSchedule('0', '9:00', 'UTC')).toMatchObject({ ok: true, schedule: { day: 0 } });
    expect(parseDigestSchedule('7', '9:00', 'UTC')).toMatchObject({ ok: true, schedule: { day: 0 } });
    expect(parseDigestSchedule('sat', '9:00', 'UTC')).toMatchObject({ ok: true, schedule: { day: 6 } });
  });

  it('normalizes the time to HH:MM and the zone to its canonical IANA name', () => {
    expect(parseDigestSchedule('fri', '7:05', 'america/new_york')).toEqual({
      ok: true,
      schedule: { day: 5, time: '07:05', tz: 'America/New_York' },
    });
    expect(parseDigestSchedule('fri', '23:59', 'Europe/London')).toEqual({
      ok: true,
      schedule: { day: 5, time: '23:59', tz: 'Europe/London' },
    });
  });

  it('falls back to the default zone (the operator TZ), then UTC', () => {
    expect(parseDigestSchedule('mon', '09:00', undefined, 'Europe/London')).toMatchObject({ ok: true, schedule: { tz: 'Europe/London' } });
    expect(parseDigestSchedule('mon', '09:00', '', 'America/Chicago')).toMatchObject({ ok: true, schedule: { tz: 'America/Chicago' } });
    expect(parseDigestSchedule('mon', '09:00')).toMatchObject({ ok: true, schedule: { tz: 'UTC' } });
  });

  it('names the bad day precisely', () => {
    const r = parseDigestSchedule('funday', '09:00', 'UTC');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('"funday" is not a day of the week. Use a name such as mon or Monday, or a number 0–6 (0 = Sunday).');
    expect(parseDigestSchedule('8', '09:00', 'UTC').ok).toBe(false);
  });

  it('names the bad time precisely', () => {
    for (const time of ['24:00', '12:60', '9', 'noon', '9am', '09:00:00', '-1:00']) {
      const r = parseDigestSchedule('mon', time, 'UTC');
      expect(r).toEqual({ ok: false, error: `"${time}" is not a time. Use 24-hour HH:MM from 00:00 to 23:59, e.g. 09:00 or 17:30.` });
    }
  });

  it('names the bad zone precisely and rejects bare offsets', () => {
    for (const tz of ['Mars/Olympus_Mons', '+05:00', 'EST5EDT-nope']) {
      const r = parseDigestSchedule('mon', '09:00', tz);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(`"${tz}" is not a known IANA time zone`);
    }
  });
});

describe('describeSchedule and DEFAULT_DIGEST', () => {
  it('defaults to Monday 09:00 in the given zone', () => {
    expect(DEFAULT_DIGEST('America/New_York')).toEqual({ day: 1, time: '09:00', tz: 'America/New_York' });
    expect(DEFAULT_DIGEST('not/a-zone')).toEqual({ day: 1, time: '09:00', tz: 'UTC' });
  });

  it('reads as a sentence', () => {
    expect(describeSchedule(NY_MONDAY_9)).toBe('Mondays at 09:00 (America/New_York)');
    expect(describeSchedule({ day: 0, time: '18:30', tz: 'UTC' })).toBe('Sundays at 18:30 (UTC)');
  });

  it("describes the next digest in the schedule's own zone", () => {
    expect(describeNextOccurrence(NY_MONDAY_9, new Date('2026-11-25T00:00:00Z'))).toBe('Mon, Nov 30, 09:00 EST');
    expect(describeNextOccurrence(NY_MONDAY_9, new Date('2026-06-25T00:00:00Z'))).toBe('Mon, Jun 29, 09:00 EDT');
  });
});

describe('nextOccurrence / lastOccurrence across time zones', () => {
  it('finds the next Monday 09:00 in New York and is strictly after', () => {
    // Wednesday 2026-11-25 → Monday 2026-11-30 09:00 EST (14:00Z).
    expect(nextOccurrence(NY_MONDAY_9, new Date('2026-11-25T12:00:00Z')).toISOString()).toBe('2026-11-30T14:00:00.000Z');
    expect(nextOccurrence(NY_MONDAY_9, new Date('2026-11-30T14:00:00Z')).toISOString()).toBe('2026-12-07T14:00:00.000Z');
    expect(nextOccurrence(NY_MONDAY_9, new Date('2026-11-30T13:59:59Z')).toISOString()).toBe('2026-11-30T14:00:00.000Z');
  });

  it('uses the local day, not the UTC day', () => {
    // Monday 08:00 in Auckland (NZDT, +13) is Sunday 19:00 UTC.
    const akl: DigestSchedule = { day: 1, time: '08:00', tz: 'Pacific/Auckland' };
    expect(nextOccurrence(akl, new Date('2026-11-29T00:00:00Z')).toISOString()).toBe('2026-11-29T19:00:00.000Z');
    // Sunday 23:30 in Los Angeles (PST, −8) is Monday 07:30 UTC.
    const la: DigestSchedule = { day: 0, time: '23:30', tz: 'America/Los_Angeles' };
    expect(nextOccurrence(la, new Date('2026-11-29T12:00:00Z')).toISOString()).toBe('2026-11-30T07:30:00.000Z');
  });

  it('lastOccurrence includes the instant itself and otherwise goes back a week', () => {
    const at = new Date('2026-11-30T14:00:00Z');
    expect(lastOccurrence(NY_MONDAY_9, at).toISOString()).toBe('2026-11-30T14:00:00.000Z');
    expect(lastOccurrence(NY_MONDAY_9, new Date(at.getTime() - 1)).toISOString()).toBe('2026-11-23T14:00:00.000Z');
    expect(lastOccurrence(NY_MONDAY_9, new Date('2026-12-03T00:00:00Z')).toISOString()).toBe('2026-11-30T14:00:00.000Z');
  });
});

describe('DST: the local wall time holds across both transitions', () => {
  it('America/New_York, spring forward (2026-03-08): 09:00 moves from 14:00Z to 13:00Z', () => {
    expect(nextOccurrence(NY_MONDAY_9, new Date('2026-02-27T00:00:00Z')).toISOString()).toBe('2026-03-02T14:00:00.000Z');
    expect(nextOccurrence(NY_MONDAY_9, new Date('2026-03-02T14:00:00Z')).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(lastOccurrence(NY_MONDAY_9, new Date('2026-03-09T12:59:00Z')).toISOString()).toBe('2026-03-02T14:00:00.000Z');
  });

  it('America/New_York, fall back (2026-11-01): 09:00 moves from 13:00Z to 14:00Z', () => {
    expect(nextOccurrence(NY_MONDAY_9, new Date('2026-10-26T00:00:00Z')).toISOString()).toBe('2026-10-26T13:00:00.000Z');
    expect(nextOccurrence(NY_MONDAY_9, new Date('2026-10-26T13:00:00Z')).toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(lastOccurrence(NY_MONDAY_9, new Date('2026-11-02T13:30:00Z')).toISOString()).toBe('2026-10-26T13:00:00.000Z');
  });

  it('Europe/London, spring forward (2026-03-29) and fall back (2026-10-25)', () => {
    expect(nextOccurrence(LONDON_MONDAY_9, new Date('2026-03-23T00:00:00Z')).toISOString()).toBe('2026-03-23T09:00:00.000Z');
    expect(nextOccurrence(LONDON_MONDAY_9, new Date('2026-03-23T09:00:00Z')).toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(nextOccurrence(LONDON_MONDAY_9, new Date('2026-10-19T00:00:00Z')).toISOString()).toBe('2026-10-19T08:00:00.000Z');
    expect(nextOccurrence(LONDON_MONDAY_9, new Date('2026-10-19T08:00:00Z')).toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('a time inside the spring-forward gap runs once, shifted forward by the gap', () => {
    // 02:30 does not exist in New York on 2026-03-08; it runs at 03:30 EDT (07:30Z).
    const ny: DigestSchedule = { day: 0, time: '02:30', tz: 'America/New_York' };
    expect(nextOccurrence(ny, new Date('2026-03-07T00:00:00Z')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(nextOccurrence(ny, new Date('2026-03-08T07:30:00Z')).toISOString()).toBe('2026-03-15T06:30:00.000Z');
    // 01:30 does not exist in London on 2026-03-29; it runs at 02:30 BST (01:30Z).
    const london: DigestSchedule = { day: 0, time: '01:30', tz: 'Europe/London' };
    expect(nextOccurrence(london, new Date('2026-03-28T00:00:00Z')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('a time inside the fall-back overlap runs once, at its first occurrence', () => {
    // 01:30 happens twice in New York on 2026-11-01 (EDT 05:30Z, then EST 06:30Z).
    const ny: DigestSchedule = { day: 0, time: '01:30', tz: 'America/New_York' };
    const first = nextOccurrence(ny, new Date('2026-10-31T00:00:00Z'));
    expect(first.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(nextOccurrence(ny, first).toISOString()).toBe('2026-11-08T06:30:00.000Z');
    // 01:30 happens twice in London on 2026-10-25 (BST 00:30Z, then GMT 01:30Z).
    const london: DigestSchedule = { day: 0, time: '01:30', tz: 'Europe/London' };
    const lFirst = nextOccurrence(london, new Date('2026-10-24T00:00:00Z'));
    expect(lFirst.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(lastOccurrence(london, new Date('2026-10-25T01:30:00Z')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('a year of weekly occurrences always shows the same wall time', () => {
    for (const s of [NY_MONDAY_9, LONDON_MONDAY_9]) {
      let at = new Date('2026-01-01T00:00:00Z');
      const instants = new Set<number>();
      for (let i = 0; i < 53; i++) {
        at = nextOccurrence(s, at);
        expect(wall(at, s.tz)).toBe('Mon 09:00');
        instants.add(at.getTime());
      }
      expect(instants.size).toBe(53);
    }
  });
});

describe('periodKey', () => {
  it('is the ISO week of the local occurrence date', () => {
    expect(periodKey(NY_MONDAY_9, new Date('2026-11-30T14:00:00Z'))).toBe('2026-W49');
    expect(periodKey(NY_MONDAY_9, new Date('2026-01-05T14:00:00Z'))).toBe('2026-W02');
    // Friday 2027-01-01 belongs to ISO week 53 of 2026.
    expect(periodKey({ day: 5, time: '09:00', tz: 'UTC' }, new Date('2027-01-01T09:00:00Z'))).toBe('2026-W53');
  });

  it('follows the local date when the UTC date differs', () => {
    // Sunday 23:30 in Los Angeles = Monday 07:30Z: still the week that ends on that Sunday.
    const la: DigestSchedule = { day: 0, time: '23:30', tz: 'America/Los_Angeles' };
    expect(periodKey(la, new Date('2026-11-30T07:30:00Z'))).toBe('2026-W48');
  });

  it('gives one key per week across DST changes, and the same key for the same occurrence', () => {
    const keys = new Set<string>();
    let at = new Date('2026-02-20T00:00:00Z');
    for (let i = 0; i < 40; i++) {
      at = nextOccurrence(NY_MONDAY_9, at);
      const key = periodKey(NY_MONDAY_9, at);
      expect(periodKey(NY_MONDAY_9, lastOccurrence(NY_MONDAY_9, new Date(at.getTime() + 3 * 86_400_000)))).toBe(key);
      keys.add(key);
    }
    expect(keys.size).toBe(40);
  });
});
