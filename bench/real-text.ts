/**
 * Realistic text for the bench: titles and summaries recombined from the real records of the
 * labelled corpus's dev split (tests/fixtures/labelled-real/dev.jsonl), so the vocabulary,
 * word frequencies and lengths are those of Federal Register abstracts, bill digests, award
 * descriptions and news ledes rather than a few hundred made-up words. The held-out split is
 * never read here.
 *
 * Each generated summary is 1–3 sentences drawn from different records, so a 1M-item store
 * holds millions of distinct texts while every word is a real one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Rng } from './gen.ts';

interface RealRecord {
  title: string;
  summary?: string;
  agency?: string;
  source: string;
  labels: string[];
}

export interface RealCorpus {
  titles: string[];
  sentences: string[];
  agencies: string[];
  /** Words (≥ 4 letters) by descending frequency, for queries. */
  commonWords: string[];
  /** Two-word phrases seen in at least two records. */
  phrases: string[];
}

let cached: RealCorpus | undefined;

export function realCorpus(): RealCorpus {
  if (cached) return cached;
  const file = fileURLToPath(new URL('../tests/fixtures/labelled-real/dev.jsonl', import.meta.url));
  const records = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealRecord);
  const sentences = records.flatMap((r) => (r.summary ?? '').split(/(?<=[.;])\s+(?=[A-Z])/).filter((s) => s.length >= 30));
  const counts = new Map<string, number>();
  const pairs = new Map<string, Set<number>>();
  records.forEach((r, i) => {
    const words = `${r.title} ${r.summary ?? ''}`.toLowerCase().match(/[a-z]{4,}/g) ?? [];
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (let k = 0; k + 1 < words.length; k++) {
      const p = `${words[k]} ${words[k + 1]}`;
      if (!pairs.has(p)) pairs.set(p, new Set());
      pairs.get(p)!.add(i);
    }
  });
  cached = {
    titles: records.map((r) => r.title).filter((t) => t.length >= 10),
    sentences,
    agencies: [...new Set(records.map((r) => r.agency).filter((a): a is string => !!a))],
    commonWords: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w),
    phrases: [...pairs]
      .filter(([, docs]) => docs.size >= 2)
      .map(([p]) => p)
      .sort(),
  };
  return cached;
}

/** A title and a 1–3 sentence summary, all real text recombined. */
export function realText(r: Rng): { title: string; summary: string } {
  const c = realCorpus();
  const n = 1 + r.int(3);
  const parts: string[] = [];
  for (let k = 0; k < n; k++) parts.push(r.pick(c.sentences));
  return { title: r.pick(c.titles), summary: parts.join(' ') };
}
