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
  /** First words of the weighted word pairs: only those pairs are ever spelled out. */
  pairStarts: Set<string>;
}

const compiled = new WeakMap<SecondOpinionModel, CompiledModel>();

function compile(model: SecondOpinionModel): CompiledModel {
  let c = compiled.get(model);
  if (c) return c;
  const n = model.topics.length;
  const weights = new Map<string, Float64Array>();
  const pairStarts = new Set<string>();
  model.topics.forEach((t, k) => {
    for (const [f, w] of Object.entries(t.weights)) {
      let row = weights.get(f);
      if (!row) weights.set(f, (row = new Float64Array(n)));
      row[k] = w;
      const space = f.indexOf(' ');
      if (space > 0) pairStarts.add(f.slice(0, space));
    }
  });
  c = {
    topics: model.topics.map((t) => t.topic),
    bias: Float64Array.from(model.topics.map((t) => t.bias)),
    threshold: Float64Array.from(model.topics.map((t) => t.threshold)),
    weights,
    pairStarts,
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

function collect(c: CompiledModel, item: ModelInput): Seen {
  const seen: Seen = { count: 0, names: [], rows: [] };
  const add = (name: string) => {
    seen.count++;
    const row = c.weights.get(name);
    if (row) {
      seen.names.push(name);
      seen.rows.push(row);
    }
  };
  // Words get a number each, so a pair is deduplicated as a number, not a built string.
  const ids = new Map<string, number>();
  const idOf = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  };
  const words = new Set<number>();
  const pairs = new Set<number>();
  for (const text of [item.title, item.summary]) {
    const ws = modelWords(text);
    // The order of features.ts: each word, then the pair it starts (the sums add up in that order).
    for (let i = 0; i < ws.length; i++) {
      const a = idOf(ws[i]!);
      if (!words.has(a)) {
        words.add(a);
        add(ws[i]!);
      }
      if (i + 1 >= ws.length) continue;
      const key = a * 0x100000 + idOf(ws[i + 1]!);
      if (pairs.has(key)) continue;
      pairs.add(key);
      seen.count++;
      if (!c.pairStarts.has(ws[i]!)) continue;
      const name = `${ws[i]} ${ws[i + 1]}`;
      const row = c.weights.get(name);
      if (row) {
        seen.names.push(name);
        seen.rows.push(row);
      }
    }
  }
  for (const f of FIELDS) {
    const done = new Set<string>();
    for (const w of modelWords(item[f])) {
      if (done.has(w)) continue;
      done.add(w);
      add(`${f}:${w}`);
    }
  }
  const kind = modelKind(item.kind);
  if (kind) add(`kind:${kind}`);
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
