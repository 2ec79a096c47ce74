/** Scores a matcher against labelled items: precision, recall and F1 per topic, with every miss and false alarm. */
import type { ItemKind, Matcher } from '../domain/index.ts';
import { modelKind } from './learned/features.ts';

export interface LabelledItem {
  id: string;
  source: string;
  title: string;
  summary?: string;
  agency?: string;
  identifier?: string;
  office?: string;
  contractor?: string;
  place?: string;
  labels: string[];
}

export interface TopicScore {
  topic: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  misses: Array<{ id: string; title: string }>;
  falseAlarms: Array<{ id: string; title: string; terms: string[]; snippet: string }>;
}

export function parseLabelledLines(text: string, file: string): LabelledItem[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const o = v as Partial<LabelledItem>;
    if (typeof o.id !== 'string' || typeof o.title !== 'string' || !Array.isArray(o.labels))
      throw new Error(`${file}:${i + 1}: needs id, title and labels`);
    return [o as LabelledItem];
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Scores a matcher per topic. With `possible`, a topic the learned second opinion marks
 * "possibly relevant" counts as matched too (the rules+model numbers).
 */
export function evaluate(matcher: Matcher, items: LabelledItem[], topics: string[], opts: { possible?: boolean } = {}): TopicScore[] {
  // The set's source name stands in for the item kind (what the second opinion reads).
  const results = items.map((item) => ({ item, match: matcher.match({ ...item, kind: modelKind(item.source) as ItemKind | undefined }) }));
  return topics.map((topic) => {
    const s: TopicScore = { topic, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, misses: [], falseAlarms: [] };
    for (const { item, match } of results) {
      const want = item.labels.includes(topic);
      const got = (match?.topics.includes(topic) || (opts.possible && match?.possible?.some((p) => p.topic === topic))) ?? false;
      if (want && got) s.tp++;
      else if (got) {
        s.fp++;
        const why = match!.possible?.find((p) => p.topic === topic);
        s.falseAlarms.push({
          id: item.id,
          title: item.title,
          terms: why && !match!.topics.includes(topic) ? [`model: ${why.why.join(', ')}`] : match!.terms,
          snippet: match!.snippet,
        });
      } else if (want) {
        s.fn++;
        s.misses.push({ id: item.id, title: item.title });
      }
    }
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
    s.f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
    return s;
  });
}

export function formatReport(scores: TopicScore[], itemCount: number): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`${itemCount} labelled items`, '', 'topic                      precision  recall  F1     (tp/fp/fn)'];
  for (const s of scores)
    lines.push(
      `${s.topic.padEnd(26)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  (${s.tp}/${s.fp}/${s.fn})`,
    );
  for (const s of scores) {
    lines.push('', `${s.topic}: ${s.misses.length} missed, ${s.falseAlarms.length} false alarms`);
    for (const m of s.misses) lines.push(`  MISS  ${m.id}  ${m.title}`);
    for (const f of s.falseAlarms) lines.push(`  FALSE ${f.id}  ${f.title}\n        terms: ${f.terms.join(' | ')}\n        "${f.snippet}"`);
  }
  return lines.join('\n');
}

/** Precision, recall and F1 per topic only: no item ids, titles or terms (for a held-out split). */
export function formatScores(name: string, scores: TopicScore[], itemCount: number): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`${name} (${itemCount} items)`, '  topic                      precision  recall  F1     (tp/fp/fn)'];
  for (const s of scores)
    lines.push(
      `  ${s.topic.padEnd(26)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  (${s.tp}/${s.fp}/${s.fn})`,
    );
  return lines.join('\n');
}
