/** The labelled items the second opinion learns from, in the shape the trainer reads. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Matcher } from '../../domain/index.ts';
import { parseLabelledLines, type LabelledItem } from '../eval.ts';
import type { RulesView, TrainItem } from './train.ts';

export const toTrainItem = (i: LabelledItem & { doc?: string }): TrainItem => ({
  id: i.id,
  doc: i.doc,
  title: i.title,
  summary: i.summary,
  agency: i.agency,
  office: i.office,
  contractor: i.contractor,
  identifier: i.identifier,
  place: i.place,
  kind: i.source,
  labels: i.labels,
});

/**
 * How much each synthetic item counts in training. The synthetic set states the topic definitions
 * item by item; counting it twice was settled on three time splits (learned README, "Weighting the
 * synthetic set"): it lets the model's state-databases threshold come down from the guard-set
 * limit the synthetic California Values Act item set.
 */
export const SYNTHETIC_WEIGHT = 2;

/** The items, each counting `weight` times in the loss. */
export const weighted = (items: TrainItem[], weight: number): TrainItem[] => items.map((i) => ({ ...i, weight }));

/** Items of labelled .jsonl files (in the order given) and the SHA-256 of their bytes in that order. */
export function loadTrainFile(...paths: string[]): { items: TrainItem[]; sha256: string } {
  const hash = createHash('sha256');
  const items = paths.flatMap((file) => {
    const bytes = readFileSync(file);
    hash.update(bytes);
    return parseLabelledLines(bytes.toString('utf8'), file).map(toTrainItem);
  });
  return { items, sha256: hash.digest('hex') };
}

/** What the model learns from, relative to the repository root: the real-text dev split (never its held-out file). */
export const DEV_FILE = 'tests/fixtures/labelled-real/dev.jsonl';
/**
 * The synthetic set states the topic definitions item by item (ICE-office upkeep is off topic, a sanctuary law about
 * sharing is on): learned from, each item counting SYNTHETIC_WEIGHT times, all but its own held-out file
 * (holdout.jsonl), which like the blind set is only a guard.
 */
export const SYNTHETIC_FILES = ['agency-context', 'bills', 'contracts', 'federal-register'].map(
  (f) => `tests/fixtures/labelled/${f}.jsonl`,
);
/** The model may not add a false alarm on these sets (folders of .jsonl files) at its thresholds. */
export const GUARD_SETS = ['tests/fixtures/labelled', 'tests/fixtures/labelled-blind'];

/** What the rules make of a training item (the item kind is left out, as the rules do not read it). */
export const rulesView =
  (rules: Matcher) =>
  (i: TrainItem): RulesView => {
    const item = { ...i, kind: undefined };
    return { topics: rules.match(item)?.topics ?? [], excluded: rules.excludedTopics?.(item) ?? [] };
  };
