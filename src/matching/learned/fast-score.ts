/**
 * The second opinion at match time without building the feature list: the same features as
 * features.ts (each once, in the same order, so the sums are bit-for-bit those of scoreItem),
 * but looked up in one map holding every topic's weight of a feature, and word pairs found by
 * their first word without building the pair's string unless some topic weighs it. The
 * features behind a score ("why") are only spelled out for a topic that passes its threshold.
 */
import { FIELDS, modelKind, modelWords, type ModelInput } from './features.ts';
import type { SecondOpinionModel } from './model.ts';

interface CompiledModel {
  topics: string[];
  bias: Float64Array;
  threshold: Float64Array;
  /** Feature → its weight in each topic (0 where a topic does not weigh it). */
  weights: Map<string, Float64Array>;
  /** Word → its weights (if any) and the weighted pairs it starts, by second word: one lookup a new word. */
  words: Map<string, WordEntry>;
}

interface WordEntry {
  row?: Float64Array;
  pairs?: Map<string, Float64Array>;
}

const compiled = new WeakMap<SecondOpinionModel, CompiledModel>();

function compile(model: SecondOpinionModel): CompiledModel {
  let c = compiled.get(model);
  if (c) return c;
  const n = model.topics.length;
  const weights = new Map<string, Float64Array>();
  model.topics.forEach((t, k) => {
    for (const [f, w] of Object.entries(t.weights)) {
      let row = weights.get(f);
      if (!row) weights.set(f, (row = new Float64Array(n)));
      row[k] = w;
    }
  });
  const words = new Map<string, WordEntry>();
  const entry = (w: string) => {
    let e = words.get(w);
    if (!e) words.set(w, (e = {}));
    return e;
  };
  for (const [f, row] of weights) {
    if (f.includes(':')) continue;
    const space = f.indexOf(' ');
    if (space < 0) entry(f).row = row;
    else (entry(f.slice(0, space)).pairs ??= new Map()).set(f.slice(space + 1), row);
  }
  c = {
    topics: model.topics.map((t) => t.topic),
    bias: Float64Array.from(model.topics.map((t) => t.bias)),
    threshold: Float64Array.from(model.topics.map((t) => t.threshold)),
    weights,
    words,
  };
  compiled.set(model, c);
  return c;
}

/** One item's features, each once: how many there are, and those some topic weighs (in order). */
interface Seen {
  count: number;
  names: string[];
  rows: Float64Array[];
}

const NO_ENTRY: WordEntry = {};

function collect(c: CompiledModel, item: ModelInput): Seen {
  const seen: Seen = { count: 0, names: [], rows: [] };
  // Words get a number each, so a pair is deduplicated as a number, not a built string.
  const ids = new Map<string, number>();
  const entries: WordEntry[] = [];
  const pairs = new Set<number>();
  for (const text of [item.title, item.summary]) {
    const ws = modelWords(text);
    let next = -1;
    // The order of features.ts: each word, then the pair it starts (the sums add up in that order).
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      let a = next;
      if (a < 0) {
        a = ids.get(w) ?? -1;
        if (a < 0) {
          a = ids.size;
          ids.set(w, a);
          entries.push(c.words.get(w) ?? NO_ENTRY);
        }
      }
      // First time this word is seen as a word (ids are given in order of first appearance).
      if (!pairs.has(-1 - a)) {
        pairs.add(-1 - a);
        seen.count++;
        const row = entries[a]!.row;
        if (row) {
          seen.names.push(w);
          seen.rows.push(row);
        }
      }
      next = -1;
      if (i + 1 >= ws.length) continue;
      const w2 = ws[i + 1]!;
      let b = ids.get(w2) ?? -1;
      if (b < 0) {
        b = ids.size;
        ids.set(w2, b);
        entries.push(c.words.get(w2) ?? NO_ENTRY);
      }
      next = b;
      const key = a * 0x100000 + b;
      if (pairs.has(key)) continue;
      pairs.add(key);
      seen.count++;
      const row = entries[a]!.pairs?.get(w2);
      if (row) {
        seen.names.push(`${w} ${w2}`);
        seen.rows.push(row);
      }
    }
  }
  for (const f of FIELDS) {
    const done = new Set<string>();
    for (const w of modelWords(item[f])) {
      if (done.has(w)) continue;
      done.add(w);
      seen.count++;
      const name = `${f}:${w}`;
      const row = c.weights.get(name);
      if (row) {
        seen.names.push(name);
        seen.rows.push(row);
      }
    }
  }
  const kind = modelKind(item.kind);
  if (kind) {
    seen.count++;
    const row = c.weights.get(`kind:${kind}`);
    if (row) {
      seen.names.push(`kind:${kind}`);
      seen.rows.push(row);
    }
  }
  return seen;
}

const WHY_COUNT = 4;

/**
 * The topics (other than `skip`) whose probability reaches their threshold, with the
 * probability and the features that pushed it up most (`word(+0.31)`, strongest first).
 */
export function possibleTopicsFast(
  model: SecondOpinionModel,
  item: ModelInput,
  skip: readonly string[],
): Array<{ topic: string; probability: number; why: string[] }> {
  const c = compile(model);
  if (c.topics.every((t) => skip.includes(t))) return [];
  const seen = collect(c, item);
  const scale = seen.count === 0 ? 0 : 1 / Math.sqrt(seen.count);
  const out: Array<{ topic: string; probability: number; why: string[] }> = [];
  for (let k = 0; k < c.topics.length; k++) {
    if (skip.includes(c.topics[k]!)) continue;
    let z = c.bias[k]!;
    for (const row of seen.rows) {
      const w = row[k]!;
      if (w !== 0) z += w * scale;
    }
    const probability = 1 / (1 + Math.exp(-z));
    if (probability < c.threshold[k]!) continue;
    const parts: Array<[string, number]> = [];
    seen.rows.forEach((row, j) => {
      if (row[k]! > 0) parts.push([seen.names[j]!, row[k]! * scale]);
    });
    parts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.push({ topic: c.topics[k]!, probability, why: parts.slice(0, WHY_COUNT).map(([f, x]) => `${f}(+${x.toFixed(2)})`) });
  }
  return out;
}
