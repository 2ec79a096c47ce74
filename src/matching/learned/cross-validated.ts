/**
 * The rules+model numbers on the split the model learned from, measured honestly: each item
 * gets the score of a model trained without its source document (5 folds), and the topic
 * thresholds of the committed model.
 */
import type { Matcher, MatchResult, PossibleTopic } from '../../domain/index.ts';
import type { LabelledItem } from '../eval.ts';
import { toTrainItem } from './dev-data.ts';
import { addPossible, type SecondOpinionModel } from './model.ts';
import { crossValidate, DEFAULT_PARAMS, type TrainParams } from './train.ts';

export function crossValidatedMatcher(items: LabelledItem[], rules: Matcher, model: SecondOpinionModel): Matcher {
  const params = { ...DEFAULT_PARAMS, ...((model.meta.params as Partial<TrainParams> | undefined) ?? {}) };
  const topics = model.topics.map((t) => t.topic);
  const probs = crossValidate(items.map(toTrainItem), topics, params);
  const byId = new Map(items.map((it, i) => [it.id, i]));
  return {
    match(item): MatchResult | null {
      const hit = rules.match(item);
      const i = byId.get((item as { id?: string }).id ?? '');
      if (i === undefined) return hit;
      const possible: PossibleTopic[] = model.topics
        .filter((t) => !hit?.topics.includes(t.topic) && probs[t.topic]![i]! >= t.threshold)
        .map((t) => ({ topic: t.topic, score: Math.round(probs[t.topic]![i]! * 1000) / 1000, why: ['(cross-validated)'] }));
      return addPossible(rules, item, hit, possible);
    },
  };
}
