/** Turns a stored item and its match into the platform-neutral alert message. */
import { itemDate, kindLine, type ChainLink, type MatchResult, type RichMessage, type RichText, type StoredItem } from '../domain/index.ts';
import { linkLine } from '../chains/index.ts';
import { deadlineLabel, formatDeadline } from '../deadlines/dates.ts';

/** Snippet with the matched ranges marked as 'hit' spans. */
export function snippetSpans(match: MatchResult): RichText {
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
export const contextLine = kindLine;
export const displayDate = itemDate;

export function alertMessage(item: StoredItem, match: MatchResult, type: 'alert' | 'update', related: ChainLink[] = []): RichMessage {
  const context = [contextLine(item)];
  const meta = [item.agency, displayDate(item)].filter(Boolean).join(' · ');
  if (meta) context.push(meta);
  const fields = [{ label: 'Matched', value: match.terms.join(', ') || '—' }];
  if (item.status) fields.push({ label: 'Status', value: item.status });
  if (type === 'update') {
    const prev = item.history.at(-2);
    if (prev && prev.status !== item.status) fields.push({ label: 'Was', value: prev.status && prev.status !== '—' ? prev.status : 'no status given' });
  }
  // The notice chain: records sharing a solicitation number, PIID, bill number or SORN.
  if (related.length) fields.push({ label: 'Related', value: related.slice(0, 3).map(linkLine).join('; ') + (related.length > 3 ? `; and ${related.length - 3} more` : '') });
  // Dates to act by (comment period, hearing, response date), and where to comment.
  const deadlines = (item.deadlines ?? []).slice(0, 3);
  for (const d of deadlines) fields.push({ label: deadlineLabel(d.kind), value: formatDeadline(d) });
  fields.push({ label: 'Source', value: item.sourceId });
  const comment = deadlines.find((d) => d.actionUrl)?.actionUrl;
  const badge = match.priority ? 'Priority: ' : '';
  const verb = type === 'update' ? 'Updated' : 'New';
  return {
    type,
    title: item.title,
    url: item.url,
    context,
    badges: match.topics,
    priority: match.priority,
    fields,
    body: [...(match.snippet ? [snippetSpans(match)] : []), ...(comment ? [[{ text: 'Comment', url: comment, emphasis: 'bold' as const }]] : [])],
    tone: match.priority ? 'priority' : match.topics.includes('state-databases') ? 'databases' : 'immigration',
    fallbackText: `${badge}${verb} ${contextLine(item)}: ${item.title}`,
    actions: [
      { id: 'relevant', label: 'Relevant', value: item.id, style: 'primary' },
      { id: 'not-relevant', label: 'Not relevant', value: item.id },
      { id: 'reviewed', label: 'Mark reviewed', value: item.id },
    ],
  };
}
