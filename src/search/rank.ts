import { stateOfJurisdiction, type StoredItem } from '../domain/index.ts';
import type { SearchQuery } from './types.ts';

/** Field weights: identifier and title hits rank above agency and summary hits. */
export const FIELD_BOOST = { identifier: 6, title: 3, agency: 1.2, summary: 1 } as const;

const DAY = 86_400_000;

/** When the item last "came up": published, updated or changed, whichever is latest. */
export function activityTime(item: StoredItem): number {
  let t = Date.parse(item.firstSeenAt) || 0;
  for (const s of [item.publishedAt, item.updatedAt, item.history.at(-1)?.seenAt]) {
    const v = s ? Date.parse(s) : NaN;
    if (!Number.isNaN(v) && v > t) t = v;
  }
  return t;
}

/** Multiplier for recency (up to ×1.5 for today, ~×1.25 a month ago) and priority (×1.3). */
export function documentBoost(item: StoredItem, nowMs: number, activity = activityTime(item)): number {
  return boostFor(activity, item.match.priority, nowMs);
}

export function boostFor(activity: number, priority: boolean, nowMs: number): number {
  const ageDays = Math.max(0, (nowMs - activity) / DAY);
  const recency = 1 + 0.5 / (1 + ageDays / 30);
  return recency * (priority ? 1.3 : 1);
}

/** No document boost exceeds this (×1.5 recency × 1.3 priority, with a rounding margin). */
export const MAX_BOOST = 1.96;

/** Is the jurisdiction one of `wanted` (upper case), or a city or county inside one of those states? */
export function inJurisdictions(wanted: ReadonlySet<string>, jurisdiction: string): boolean {
  return wanted.has(jurisdiction.toUpperCase()) || wanted.has(stateOfJurisdiction(jurisdiction));
}

/** The query's filters as one predicate (`activity`: the item's `activityTime`). */
export function filterFor(q: SearchQuery): (item: StoredItem, activity: number) => boolean {
  const jurisdictions = q.jurisdictions?.length ? new Set(q.jurisdictions.map((j) => j.toUpperCase())) : undefined;
  const kinds = q.kinds?.length ? new Set<string>(q.kinds) : undefined;
  const topics = q.topics?.length ? new Set(q.topics) : undefined;
  const since = q.since?.getTime();
  const priority = q.priority;
  const workspace = q.workspace;
  if (!jurisdictions && !kinds && !topics && since === undefined && workspace === undefined && priority === undefined) return () => true;
  return (item, activity) =>
    (workspace === undefined || !item.match.workspaces || item.match.workspaces.includes(workspace)) &&
    (priority === undefined || item.match.priority === priority) &&
    (!jurisdictions || inJurisdictions(jurisdictions, item.jurisdiction)) &&
    (!kinds || kinds.has(item.kind)) &&
    (!topics || item.match.topics.some((t) => topics.has(t))) &&
    (since === undefined || activity >= since);
}

/** Splits query text into quoted phrases and loose words. Handles straight and curly quotes. */
export function splitQueryText(text: string): { words: string; phrases: string[] } {
  const phrases: string[] = [];
  const words = text.replace(/["“”]([^"“”]*)["“”]?/g, (_m, p: string) => {
    if (p.trim()) phrases.push(p.trim());
    return ' ';
  });
  return { words: words.trim(), phrases };
}

export function page<T>(sorted: T[], q: SearchQuery): T[] {
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(1, q.limit ?? 5);
  return sorted.slice(offset, offset + limit);
}
