/**
 * The learned second opinion at match time: per topic, a logistic regression over the item's
 * features (features.ts) — one sparse dot product, no allocation beyond the feature list.
 * It only ever *adds* a "possibly relevant" label for a topic the rules did not match; it never
 * changes what the rules matched and never makes an item priority.
 */
import type { Matcher, MatchResult, PossibleTopic } from '../../domain/index.ts';
import { possibleTopicsFast } from './fast-score.ts';
import { itemFeatures, type ModelInput } from './features.ts';

export interface TopicWeights {
  topic: string;
  bias: number;
  /** Model-only hits need a probability at least this high (chosen on dev by cross-validation). */
  threshold: number;
  weights: Record<string, number>;
}

/** The committed weights file (second-opinion.json), as written by `npm run train`. */
export interface SecondOpinionModel {
  format: 1;
  topics: TopicWeights[];
  /** How it was trained: data file and its hash, parameters, cross-validated dev numbers. */
  meta: Record<string, unknown>;
}

export interface TopicScore {
  topic: string;
  probability: number;
  /** The features that pushed the score up most, as `word(+0.31)`, strongest first. */
  why: string[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Features of one item scale by 1/√n so long texts do not score high for being long. */
export function featureScale(n: number): number {
  return n === 0 ? 0 : 1 / Math.sqrt(n);
}

const WHY_COUNT = 4;

function scoreTopic(t: TopicWeights, features: string[], scale: number): TopicScore {
  let z = t.bias;
  const parts: Array<[string, number]> = [];
  for (const f of features) {
    const w = t.weights[f];
    if (w === undefined) continue;
    z += w * scale;
    if (w > 0) parts.push([f, w * scale]);
  }
  parts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { topic: t.topic, probability: sigmoid(z), why: parts.slice(0, WHY_COUNT).map(([f, c]) => `${f}(+${c.toFixed(2)})`) };
}

/** Every topic's probability for one item, with the features behind it. */
export function scoreItem(model: SecondOpinionModel, item: ModelInput): TopicScore[] {
  const features = itemFeatures(item);
  const scale = featureScale(features.length);
  return model.topics.map((t) => scoreTopic(t, features, scale));
}

/** The topics the model says are possibly relevant, leaving out those the rules already matched. */
function possibleTopics(model: SecondOpinionModel, item: ModelInput, matched: readonly string[]): PossibleTopic[] {
  return possibleTopicsFast(model, item, matched).map((s) => ({
    topic: s.topic,
    score: Math.round(s.probability * 1000) / 1000,
    why: s.why,
  }));
}

type MatchInput = Parameters<Matcher['match']>[0] & { kind?: string };

/**
 * The rules' match with the model's topics added: `possible` (already scored, over threshold,
 * not matched by the rules) less the topics an exclusion of the watchlist fired for. An item
 * only the model picks gets a match with no rule topics, no terms and no priority, and its
 * `possible` list; the snippet is the start of the title.
 */
export function addPossible(rules: Matcher, item: MatchInput, hit: MatchResult | null, scored: PossibleTopic[]): MatchResult | null {
  let possible = scored;
  if (possible.length && rules.excludedTopics) {
    const excluded = rules.excludedTopics(item);
    possible = possible.filter((p) => !excluded.includes(p.topic));
  }
  if (!possible.length) return hit;
  if (hit) return { ...hit, possible };
  return { topics: [], terms: [], snippet: item.title.slice(0, 200), highlights: [], priority: false, possible };
}

/** The rules, then the model for the topics they did not match (addPossible). */
export function withSecondOpinion(rules: Matcher, model: SecondOpinionModel): Matcher {
  return {
    match(item: MatchInput): MatchResult | null {
      const hit = rules.match(item);
      return addPossible(rules, item, hit, possibleTopics(model, item, hit?.topics ?? []));
    },
    ...(rules.excludedTopics ? { excludedTopics: rules.excludedTopics } : {}),
  };
}

/** The match without the model's labels (a workspace that turned the model off); null when nothing else is left. */
export function withoutModel(match: MatchResult | null): MatchResult | null {
  if (!match?.possible) return match;
  const { possible: _p, ...rest } = match;
  return rest.topics.length || rest.workspaces ? rest : null;
}
