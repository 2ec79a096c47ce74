/** Turns a stored item and its match into the platform-neutral alert message. */
import {
  itemDate,
  kindLine,
  possibleLine,
  type ChainLink,
  type ItemKind,
  type MatchResult,
  type RichAction,
  type RichMessage,
  type RichText,
  type StoredItem,
} from '../domain/index.ts';
import { linkLine } from '../chains/index.ts';
import { deadlineLabel, formatDeadline } from '../deadlines/dates.ts';

/** Snippet with the matched ranges marked as 'hit' spans. */
function snippetSpans(match: MatchResult): RichText {
  const spans: RichText = [];
  let at = 0;
  const ranges = [...match.highlights].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of ranges) {
    if (start < at || end > match.snippet.length || start >= end) continue;
    if (start > at) spans.push({ text: match.snippet.slice(at, start) });
    spans.push({ text: match.snippet.slice(start, end), emphasis: 'hit' });
    at = end;
  }
  if (at < match.snippet.length) spans.push({ text: match.snippet.slice(at) });
  return spans;
}

/** The same kind line and date as search and show, so one record never reads differently. */
const contextLine = kindLine;
const displayDate = itemDate;

export function alertMessage(item: StoredItem, match: MatchResult, type: 'alert' | 'update', related: ChainLink[] = []): RichMessage {
  const context = [contextLine(item)];
  const meta = [item.agency, displayDate(item)].filter(Boolean).join(' · ');
  if (meta) context.push(meta);
  const possible = match.possible ?? [];
  const fields = match.topics.length || !possible.length ? [{ label: 'Matched', value: match.terms.join(', ') || '—' }] : [];
  // The learned second opinion, never priority: labelled as such, with the features that drove it.
  if (possible.length) fields.push({ label: 'Possibly relevant', value: possible.map(possibleLine).join('; ') });
  if (item.status) fields.push({ label: 'Status', value: item.status });
  if (type === 'update') {
    const prev = item.history.at(-2);
    if (prev && prev.status !== item.status)
      fields.push({ label: 'Was', value: prev.status && prev.status !== '—' ? prev.status : 'no status given' });
  }
  // The notice chain: records sharing a solicitation number, PIID, bill number or SORN.
  if (related.length)
    fields.push({
      label: 'Related',
      value: related.slice(0, 3).map(linkLine).join('; ') + (related.length > 3 ? `; and ${related.length - 3} more` : ''),
    });
  // Dates to act by (comment period, hearing, response date), and where to comment.
  const deadlines = (item.deadlines ?? []).slice(0, 3);
  for (const d of deadlines) fields.push({ label: deadlineLabel(d.kind), value: formatDeadline(d) });
  fields.push({ label: 'Source', value: item.sourceId });
  const comment = deadlines.find((d) => d.actionUrl)?.actionUrl;
  const badge = match.priority ? 'Priority: ' : match.topics.length ? '' : possible.length ? 'Possibly relevant: ' : '';
  const verb = type === 'update' ? 'Updated' : 'New';
  return {
    type,
    title: item.title,
    url: item.url,
    context,
    badges: [...match.topics, ...possible.map((p) => `possibly relevant: ${p.topic}`)],
    priority: match.priority,
    fields,
    body: [
      ...(match.snippet ? [snippetSpans(match)] : []),
      ...(comment ? [[{ text: 'Comment', url: comment, emphasis: 'bold' as const }]] : []),
    ],
    tone: match.priority
      ? 'priority'
      : !match.topics.length
        ? 'neutral'
        : match.topics.includes('state-databases')
          ? 'databases'
          : 'immigration',
    fallbackText: `${badge}${verb} ${contextLine(item)}: ${item.title}`,
    actions: alertActions(item),
  };
}

/** Kinds a channel can follow (every later change posted in the alert's thread). */
export const FOLLOWABLE_KINDS: readonly ItemKind[] = ['bill', 'contract'];

/** The buttons under an alert: triage marks, Follow/Unfollow (bills and contracts), Mute term… (managers). */
export function alertActions(item: Pick<StoredItem, 'id' | 'kind'>, followed = false): RichAction[] {
  const value = item.id;
  return [
    { id: 'relevant', label: 'Relevant', value, style: 'primary' },
    { id: 'not-relevant', label: 'Not relevant', value },
    { id: 'reviewed', label: 'Mark reviewed', value },
    ...(FOLLOWABLE_KINDS.includes(item.kind)
      ? [followed ? { id: 'unfollow', label: 'Unfollow', value } : { id: 'follow', label: 'Follow', value }]
      : []),
    { id: 'mute', label: 'Mute term…', value },
  ];
}
