/**
 * Follow-ups as one line. A meaningful change — the status itself changed (Introduced →
 * Passed, Award → Modification) — reads "old → new" in the alert's thread and is broadcast to
 * the channel; a cosmetic one (the same status up to case, spacing and punctuation, or only
 * the title or text edited) stays in the thread.
 */
import { type MatchResult, type RichMessage, type StoredItem } from '../domain/index.ts';

/** A status as compared: lower case, letters and digits only. */
function canonical(status: string | undefined): string {
  return (status ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Does going from `before` to `after` change what the record says about where it stands? */
function isMeaningfulChange(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || before === '—') return canonical(after) !== '';
  return canonical(before) !== canonical(after);
}

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** The follow-up line and whether it is broadcast. `previousStatus` is undefined when the status did not change. */
export function changeMessage(
  item: StoredItem,
  match: MatchResult,
  previousStatus: string | undefined,
): { message: RichMessage; meaningful: boolean } {
  const name = item.identifier ?? shorten(item.title.replace(/\s+/g, ' ').trim(), 80);
  const meaningful = previousStatus !== undefined && isMeaningfulChange(previousStatus, item.status);
  const was = previousStatus && previousStatus !== '—' ? previousStatus : 'no status';
  const line = meaningful
    ? `${shorten(was, 200)} → ${shorten(item.status ?? 'no status', 200)}`
    : `updated${item.identifier ? ` — ${shorten(item.title.replace(/\s+/g, ' ').trim(), 150)}` : ''}${item.status ? ` (status still ${shorten(item.status, 200)})` : ''}`;
  const title = `${name}: ${line}`;
  return {
    meaningful,
    message: {
      type: 'update',
      title,
      url: item.url,
      tone: match.priority ? 'priority' : 'neutral',
      fallbackText: `${match.priority ? 'Priority: ' : ''}${title}`,
    },
  };
}
