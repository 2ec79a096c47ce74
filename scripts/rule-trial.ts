/**
 * Trying candidate rules on labelled items before they go into the watchlist (`npm run corpus -- trial FILE` and
 * `npm run corpus -- compare FILE`, on the dev split only).
 *
 * - trialRules: each candidate include rule alone, with its topic's exclusions (which mask spans as in the watchlist),
 *   against the items: which positives of its topic it finds that the whole watchlist misses, which items off its
 *   topic it reads (false alarms), and how many positives it finds that the watchlist already finds.
 * - compareRules: an include rule and a narrowed version of it: which positives the old one read that the new one
 *   loses, and which items the new one reads that the old one did not (a narrowing should lose nothing and add
 *   nothing on the items it is checked against); and the same for the whole topic, where another rule may still read
 *   what the narrowed one gave up.
 *
 * Rules are compiled in batches, each candidate as a topic of its own, so a file of a hundred rules costs a few
 * passes over the items rather than a hundred.
 */
import { TOPIC_DATABASES, TOPIC_IMMIGRATION } from '../src/domain/index.ts';
import { compileWatchlist, validateRule, type LabelledItem, type Watchlist } from '../src/matching/index.ts';

export interface Candidate {
  topic: string;
  rule: string;
}

export interface TrialResult extends Candidate {
  /** Ids of the topic's positives the rule reads and the watchlist misses. */
  found: string[];
  /** Ids of items the rule reads that are not labelled with its topic. */
  falseAlarms: string[];
  /** How many of the topic's positives the rule reads that the watchlist already reads. */
  already: number;
}

export interface Comparison {
  topic: string;
  old: string;
  new: string;
  /** Positives of the topic the old rule read and the new one does not. */
  lostPositives: string[];
  /** Negatives the old rule read and the new one no longer does (what the narrowing is for). */
  droppedFalseAlarms: string[];
  /** Items the new rule reads that the old one did not. */
  extra: string[];
  /**
   * The same two questions for the whole topic: positives the topic's rules read with the old rule in place and no
   * longer read with the new one (another rule may still read what the narrowed rule gave up), and items the topic reads
   * with the new rule that it did not with the old. The old rule is replaced where the watchlist holds it, added
   * otherwise.
   */
  watchlistLost: string[];
  watchlistExtra: string[];
}

const SHORT: Record<string, string[]> = {
  imm: [TOPIC_IMMIGRATION],
  db: [TOPIC_DATABASES],
  both: [TOPIC_IMMIGRATION, TOPIC_DATABASES],
  [TOPIC_IMMIGRATION]: [TOPIC_IMMIGRATION],
  [TOPIC_DATABASES]: [TOPIC_DATABASES],
};

/**
 * One candidate line `topic|rule`, where topic is `imm`, `db`, `both` (one candidate per topic) or a topic id: its
 * candidates, or why the line is not one (an unknown topic, or a rule the rule language rejects).
 */
function parseCandidateLine(line: string): { candidates: Candidate[] } | { error: string } {
  const bar = line.indexOf('|');
  const topics = bar > 0 ? SHORT[line.slice(0, bar).trim()] : undefined;
  if (!topics) return { error: 'expected "imm|rule", "db|rule" or "both|rule"' };
  const rule = line.slice(bar + 1).trim();
  const valid = validateRule(rule);
  return valid.ok ? { candidates: topics.map((topic) => ({ topic, rule })) } : { error: valid.error };
}

/** The lines that carry candidates, with their line numbers: blank lines and lines starting with `#` are skipped. */
function candidateLines(text: string): Array<{ line: string; n: number }> {
  return text
    .split('\n')
    .map((raw, i) => ({ line: raw.trim(), n: i + 1 }))
    .filter(({ line }) => line && !line.startsWith('#'));
}

/** A line (or pair) that is not a candidate: described in `problems` when the caller keeps going without it, else thrown. */
function reject(why: string, problems: string[] | undefined): void {
  if (!problems) throw new Error(why);
  problems.push(why);
}

/**
 * Candidate lines (parseCandidateLine's syntax). Throws on a line that is not a candidate, naming the line; with
 * `problems`, such a line is described there and skipped instead.
 */
export function parseCandidates(text: string, problems?: string[]): Candidate[] {
  return candidateLines(text).flatMap(({ line, n }) => {
    const parsed = parseCandidateLine(line);
    if ('candidates' in parsed) return parsed.candidates;
    reject(`line ${n}: ${parsed.error}`, problems);
    return [];
  });
}

function topicOf(watchlist: Watchlist, id: string) {
  const t = watchlist.topics.find((x) => x.id === id);
  if (!t) throw new Error(`the watchlist has no topic ${id}`);
  return t;
}

/**
 * For each batch of rules, the ids of the items each rule reads (rule i of the batch as topic `r<i>`, with the
 * exclusions of the topic it is meant for).
 */
function readsOf(watchlist: Watchlist, items: LabelledItem[], rules: Candidate[], batch: number): Array<Set<string>> {
  const out: Array<Set<string>> = [];
  for (let from = 0; from < rules.length; from += batch) {
    const part = rules.slice(from, from + batch);
    const matcher = compileWatchlist({
      topics: part.map((c, i) => ({ id: `r${i}`, label: `r${i}`, include: [c.rule], exclude: topicOf(watchlist, c.topic).exclude })),
    });
    const reads = part.map(() => new Set<string>());
    for (const item of items) {
      for (const t of matcher.match(item)?.topics ?? []) reads[Number(t.slice(1))]!.add(item.id);
    }
    out.push(...reads);
  }
  return out;
}

/** Each candidate alone against the items, beside what the whole watchlist already reads. */
export function trialRules(watchlist: Watchlist, items: LabelledItem[], candidates: Candidate[], batch = 40): TrialResult[] {
  const base = compileWatchlist(watchlist);
  const baseTopics = new Map(items.map((i) => [i.id, base.match(i)?.topics ?? []]));
  const labels = new Map(items.map((i) => [i.id, i.labels]));
  const reads = readsOf(watchlist, items, candidates, batch);
  return candidates.map((c, k) => {
    const result: TrialResult = { ...c, found: [], falseAlarms: [], already: 0 };
    for (const id of reads[k]!) {
      if (!labels.get(id)!.includes(c.topic)) result.falseAlarms.push(id);
      else if (baseTopics.get(id)!.includes(c.topic)) result.already++;
      else result.found.push(id);
    }
    return result;
  });
}

/**
 * Old/new pairs from lines: each pair is two candidate lines of one topic, the old rule then the new one (parseCandidates'
 * syntax; `both` is not allowed here). With `problems`, a pair with a line that is not a candidate (or of two topics)
 * is skipped and described there instead of failing the whole file.
 */
export function parsePairs(text: string, problems?: string[]): Array<{ topic: string; old: string; new: string }> {
  const lines = candidateLines(text);
  if (lines.length % 2) throw new Error('expected pairs of lines: the old rule, then the new one');
  const pairs = [];
  for (let i = 0; i < lines.length; i += 2) {
    const [a, b] = [parseCandidateLine(lines[i]!.line), parseCandidateLine(lines[i + 1]!.line)];
    let why: string | undefined;
    if ('error' in a) why = `its line 1: ${a.error}`;
    else if ('error' in b) why = `its line 2: ${b.error}`;
    else if (a.candidates.length !== 1 || b.candidates.length !== 1 || a.candidates[0]!.topic !== b.candidates[0]!.topic)
      why = 'the old and new rule must be of one topic';
    else pairs.push({ topic: a.candidates[0]!.topic, old: a.candidates[0]!.rule, new: b.candidates[0]!.rule });
    if (why) reject(`pair ${i / 2 + 1}: ${why}`, problems);
  }
  return pairs;
}

/** What each narrowed rule reads against its old version, on the items. */
export function compareRules(
  watchlist: Watchlist,
  items: LabelledItem[],
  pairs: Array<{ topic: string; old: string; new: string }>,
  batch = 40,
): Comparison[] {
  const reads = readsOf(
    watchlist,
    items,
    pairs.flatMap((p) => [
      { topic: p.topic, rule: p.old },
      { topic: p.topic, rule: p.new },
    ]),
    batch,
  );
  const labels = new Map(items.map((i) => [i.id, i.labels]));
  const byId = new Map(items.map((i) => [i.id, i]));
  return pairs.map((p, k) => {
    const [before, after] = [reads[2 * k]!, reads[2 * k + 1]!];
    const gone = [...before].filter((id) => !after.has(id));
    const extra = [...after].filter((id) => !before.has(id));
    const whole = inWatchlist(
      watchlist,
      p,
      [...gone, ...extra].map((id) => byId.get(id)!),
    );
    return {
      ...p,
      lostPositives: gone.filter((id) => labels.get(id)!.includes(p.topic)),
      droppedFalseAlarms: gone.filter((id) => !labels.get(id)!.includes(p.topic)),
      extra,
      watchlistLost: whole.lost.filter((id) => labels.get(id)!.includes(p.topic)),
      watchlistExtra: whole.extra,
    };
  });
}

/**
 * Which of the items (those one version of the rule reads and the other does not) the whole topic stops or starts
 * reading when the old rule gives way to the new one. Only those items can change, so only they are matched again.
 */
function inWatchlist(
  watchlist: Watchlist,
  pair: { topic: string; old: string; new: string },
  affected: LabelledItem[],
): { lost: string[]; extra: string[] } {
  if (affected.length === 0) return { lost: [], extra: [] };
  const topic = topicOf(watchlist, pair.topic);
  const withOld = topic.include.includes(pair.old) ? topic.include : [...topic.include, pair.old];
  const withNew = withOld.map((r) => (r === pair.old ? pair.new : r));
  const reads = (include: string[]) => {
    const matcher = compileWatchlist({ topics: [{ ...topic, include }] });
    return new Set(affected.filter((i) => matcher.match(i)?.topics.includes(topic.id)).map((i) => i.id));
  };
  const [a, b] = [reads(withOld), reads(withNew)];
  return { lost: [...a].filter((id) => !b.has(id)), extra: [...b].filter((id) => !a.has(id)) };
}
