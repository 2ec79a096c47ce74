/**
 * Triage labels → the labelled-set format of tests/fixtures/labelled-real (JSON Lines), so a
 * group's Relevant / Not relevant marks can grow the real-text corpus. Pure: takes the labels
 * and the stored items, returns the lines' objects.
 *
 * Per item, each person's latest relevance mark counts once; the majority decides (a tie: the
 * latest mark). Relevant → `labels` are the default topics the alert showed; Not relevant → `[]`.
 * Items with only "Reviewed" marks, Relevant items whose alert showed no default topic, and items
 * no longer stored (their text is gone) are left out. Nothing about who marked, or in which workspace, is written.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_TOPICS, type StoredItem, type TriageLabel } from '../domain/index.ts';

export interface LabelledLine {
  id: string;
  source: string;
  title: string;
  summary: string;
  agency?: string;
  office?: string;
  contractor?: string;
  identifier?: string;
  jurisdiction?: string;
  date?: string;
  doc: string;
  citation: string;
  labels: string[];
}

export const SUMMARY_CHARS = 600;

/** The corpus's `source` for a stored item. */
export function corpusSource(item: Pick<StoredItem, 'kind' | 'sourceId'>): string {
  if (/^legistar/.test(item.sourceId)) return 'local';
  if (/^dhs-privacy/.test(item.sourceId)) return 'privacy';
  if (item.kind === 'bill') return 'bills';
  if (item.kind === 'contract') return 'contracts';
  if (item.kind === 'news') return 'news';
  return 'federal-register';
}

/** At most `max` characters, cut at a sentence end, else a word boundary (never mid-word). */
export function cutSummary(text: string, max = SUMMARY_CHARS): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const head = t.slice(0, max);
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '));
  if (sentence > max / 2) return head.slice(0, sentence + 1);
  const word = head.lastIndexOf(' ');
  return word > 0 ? head.slice(0, word) : head;
}

/** What an item's relevance marks decide: each person's latest mark once, the majority, a tie to the latest. */
export function relevanceVerdict(marks: TriageLabel[]): { relevant: boolean; yes: TriageLabel[] } | undefined {
  const latest = new Map<string, TriageLabel>();
  for (const m of marks) {
    if (m.label === 'reviewed') continue;
    const who = `${m.workspaceId}\u0000${m.userId}`;
    const prev = latest.get(who);
    if (!prev || prev.at <= m.at) latest.set(who, m);
  }
  const votes = [...latest.values()].sort((a, b) => a.at.localeCompare(b.at));
  if (!votes.length) return undefined;
  const yes = votes.filter((v) => v.label === 'relevant');
  const no = votes.length - yes.length;
  return { relevant: yes.length > no || (yes.length === no && votes.at(-1)!.label === 'relevant'), yes };
}

/** The labelled-set `labels` these marks give an item, or undefined when they decide nothing. */
export function decideLabels(marks: TriageLabel[]): string[] | undefined {
  const verdict = relevanceVerdict(marks);
  if (!verdict) return undefined;
  if (!verdict.relevant) return [];
  const topics = DEFAULT_TOPICS.filter((t) => verdict.yes.some((v) => v.topics.includes(t)));
  return topics.length ? topics : undefined;
}

const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 10);

/** One labelled line per marked, still stored item, in the order the items were first marked. */
export function labelledLines(labels: TriageLabel[], items: ReadonlyMap<string, StoredItem>): LabelledLine[] {
  const byItem = new Map<string, TriageLabel[]>();
  for (const l of labels) byItem.set(l.itemId, [...(byItem.get(l.itemId) ?? []), l]);
  const out: LabelledLine[] = [];
  for (const [itemId, marks] of byItem) {
    const decided = decideLabels(marks);
    const item = items.get(itemId);
    if (!decided || !item) continue;
    const title = item.title.replace(/\s+/g, ' ').trim();
    const source = corpusSource(item);
    const ident = item.identifier?.trim();
    const doc = `${source}:policywatch-${item.sourceId}-${ident ? ident.replace(/\s+/g, '') : item.id}`;
    const date = (item.publishedAt ?? item.firstSeenAt).slice(0, 10);
    out.push({
      id: `${source}-${hash(`${doc}\n${title}\n${ident ?? ''}`)}`,
      source,
      title,
      summary: cutSummary(item.summary ?? ''),
      ...(item.agency ? { agency: item.agency } : {}),
      ...(item.office ? { office: item.office } : {}),
      ...(item.contractor ? { contractor: item.contractor } : {}),
      ...(ident ? { identifier: ident } : {}),
      ...(item.jurisdiction ? { jurisdiction: item.jurisdiction } : {}),
      date,
      doc,
      citation: item.url,
      labels: decided,
    });
  }
  return out;
}
