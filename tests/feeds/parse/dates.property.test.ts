/**
 * Property tests for the date parsing feeds rely on: `toIsoDate` (RSS/Atom dates) and the
 * connectors' `isoDate` (JSON APIs). Neither throws on any input; a result is always a valid
 * ISO-8601 instant; times written without a zone are UTC.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../feeds/connectors/dates.ts';
import { toIsoDate } from '../../../feeds/parse/index.ts';

const RUNS = { numRuns: 200 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Date-ish text: pieces of real date formats mixed with noise. */
const dateLike = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 99_999 }).map(String),
      fc.constantFrom('-', ':', 'T', 'Z', ' ', ',', '.', '/', '+0000', '-0500', 'GMT', 'EST', 'Tue', ...MONTHS),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

const anyValue = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), dateLike, fc.anything());

/** A valid calendar instant between 1971 and 2099, as parts. */
const instant = fc
  .record({
    y: fc.integer({ min: 1971, max: 2099 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
  })
  .map((p) => ({ ...p, utc: new Date(Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s)).toISOString() }));

function expectValidIsoOrUndefined(result: string | undefined): void {
  if (result === undefined) return;
  expect(result).toMatch(/^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(new Date(result).toISOString()).toBe(result);
}

describe('toIsoDate (feed dates)', () => {
  it('never throws, and gives a valid ISO instant or nothing, for any value', () => {
    fc.assert(
      fc.property(anyValue, (v) => expectValidIsoOrUndefined(toIsoDate(v))),
      RUNS,
    );
  });

  it('reads zone-less ISO date-times as UTC', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom('T', ' '), (p, sep) => {
        expect(toIsoDate(`${p.y}-${pad(p.mo)}-${pad(p.d)}${sep}${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`)).toBe(p.utc);
      }),
      RUNS,
    );
  });

  it('reads zone-less RFC 822 date-times as UTC, and zoned ones at their offset', () => {
    fc.assert(
      fc.property(instant, (p) => {
        const rfc = `${p.d} ${MONTHS[p.mo - 1]} ${p.y} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
        expect(toIsoDate(rfc)).toBe(p.utc);
        expect(toIsoDate(`${rfc} +0000`)).toBe(p.utc);
        expect(toIsoDate(`${rfc} -0500`)).toBe(new Date(Date.parse(p.utc) + 5 * 3_600_000).toISOString());
      }),
      RUNS,
    );
  });
});

describe('isoDate (connector dates)', () => {
  it('never throws, and gives a valid ISO instant or nothing, for any value', () => {
    fc.assert(
      fc.property(anyValue, (v) => expectValidIsoOrUndefined(isoDate(v))),
      RUNS,
    );
  });

  it('reads dates and zone-less date-times as UTC, in every accepted form', () => {
    fc.assert(
      fc.property(instant, (p) => {
        const day = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
        const midnight = `${day}T00:00:00.000Z`;
        expect(isoDate(day)).toBe(midnight);
        expect(isoDate(`${pad(p.mo)}/${pad(p.d)}/${p.y}`)).toBe(midnight);
        expect(isoDate(`${day} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`)).toBe(p.utc);
        expect(isoDate(`${day}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`)).toBe(p.utc);
      }),
      RUNS,
    );
  });
});
