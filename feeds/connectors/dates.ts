/** Dates as sources give them: ISO from the formats seen in the wild, look-back days, deadlines. */
import type { Deadline, DeadlineKind } from '../../src/domain/index.ts';
import { stringValue } from './values.ts';

/** 'YYYY-MM-DD' of `now` minus `days` (UTC). */
export function isoDay(now: Date, days = 0): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * ISO from a date or date-time string, else undefined; never throws. 'YYYY-MM-DD' and
 * 'MM/DD/YYYY' (SAM.gov) are UTC midnight; 'YYYY-MM-DD HH:MM[:SS]' reads as 'YYYY-MM-DDTHH:MM[:SS]'.
 */
export function isoDate(v: unknown): string | undefined {
  const s = stringValue(v);
  if (!s) return undefined;
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  const ms = us
    ? Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]))
    : Date.parse(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s) ? `${s.replace(' ', 'T')}Z` : s); // zone-less = UTC
  if (Number.isNaN(ms)) return undefined;
  try {
    return new Date(ms).toISOString();
  } catch {
    return undefined;
  }
}

/**
 * A deadline from a source's date: a plain day ('2026-12-15', kept as the day) or a date-time
 * (kept as the instant); undefined when the value is not a date. The action link must be https.
 */
export function deadlineOf(kind: DeadlineKind, value: unknown, actionUrl?: string): Deadline | undefined {
  const s = stringValue(value);
  if (!s) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
  const at = day && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : isoDate(s);
  if (!at) return undefined;
  const link = actionUrl && /^https:\/\/[^\s]+$/.test(actionUrl) ? actionUrl : undefined;
  return { kind, at, ...(link ? { actionUrl: link } : {}) };
}
