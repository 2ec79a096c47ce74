/**
 * The weekly suggestion to managers: a matched term that keeps bringing items the workspace
 * marks Not relevant. Pure: from the workspace's triage marks of the week, the terms whose
 * not-relevant items reach `minCount` and make more than `minShare` of that term's marked
 * items; each with the command that mutes it. Each item counts once per term, by its marks'
 * verdict (each person's latest relevance mark once; the majority, a tie to the latest).
 */
import type { RichMessage, TriageLabel } from '../domain/index.ts';
import { relevanceVerdict } from './export.ts';

export interface NoisyTerm {
  term: string;
  /** Items marked Not relevant this week that matched the term. */
  notRelevant: number;
  /** Items marked either way this week that matched the term. */
  marked: number;
  /** The topics those not-relevant items were alerted under. */
  topics: string[];
}

const NOISY_MIN_COUNT = 3;
const NOISY_MIN_SHARE = 0.5;
const MAX_SUGGESTIONS = 5;

export function noisyTerms(labels: TriageLabel[], since: Date, opts: { minCount?: number; minShare?: number } = {}): NoisyTerm[] {
  const minCount = opts.minCount ?? NOISY_MIN_COUNT;
  const minShare = opts.minShare ?? NOISY_MIN_SHARE;
  const from = since.toISOString();
  const byItem = new Map<string, TriageLabel[]>();
  for (const l of labels) {
    if (l.at < from || l.label === 'reviewed') continue;
    byItem.set(l.itemId, [...(byItem.get(l.itemId) ?? []), l]);
  }
  const counts = new Map<string, NoisyTerm>();
  for (const marks of byItem.values()) {
    const verdict = relevanceVerdict(marks);
    if (!verdict) continue;
    const notRelevant = !verdict.relevant;
    const seen = new Set<string>();
    for (const term of marks.flatMap((m) => m.terms)) {
      const key = term.trim().toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const c = counts.get(key) ?? { term: term.trim(), notRelevant: 0, marked: 0, topics: [] };
      c.marked++;
      if (notRelevant) {
        c.notRelevant++;
        for (const t of marks.flatMap((m) => m.topics)) if (!c.topics.includes(t)) c.topics.push(t);
      }
      counts.set(key, c);
    }
  }
  return [...counts.values()]
    .filter((c) => c.notRelevant >= minCount && c.notRelevant / c.marked > minShare)
    .sort((a, b) => b.notRelevant - a.notRelevant || b.notRelevant / b.marked - a.notRelevant / a.marked || a.term.localeCompare(b.term));
}

/** The digest's note to managers about noisy terms, or undefined when there is none. */
export function noisyTermsMessage(terms: NoisyTerm[], muteCommand: (t: NoisyTerm) => string): RichMessage | undefined {
  if (!terms.length) return undefined;
  const shown = terms.slice(0, MAX_SUGGESTIONS);
  const lines = shown.map((t) => [
    {
      text: `“${t.term}” produced ${t.notRelevant} not-relevant item${t.notRelevant === 1 ? '' : 's'} this week (of ${t.marked} marked) — `,
    },
    { text: muteCommand(t), emphasis: 'code' as const },
  ]);
  return {
    type: 'digest',
    title: 'Suggestion for managers: terms that keep missing',
    body: [
      [
        {
          text: 'Marked Not relevant most of the time this week. A manager can mute one for the workspace with the command shown, or with Mute term… on an alert.',
        },
      ],
    ],
    sections: [{ lines }],
    ...(terms.length > shown.length ? { footer: `and ${terms.length - shown.length} more` } : {}),
    tone: 'neutral',
    fallbackText: shown.map((t) => `${t.term}: ${t.notRelevant} not-relevant items this week — ${muteCommand(t)}`).join('\n'),
  };
}
