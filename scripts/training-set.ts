/**
 * The learned second opinion's training set and recipe, as `npm run train` and `npm run time-split` both use them: the
 * dev split, the synthetic set (counted `syntheticWeight` times) and the guard sets, read under `at` (a checkout's root).
 */
import type { Matcher } from '../src/domain/index.ts';
import { DEFAULT_TOPICS } from '../src/domain/index.ts';
import { loadLabelled } from '../src/cli/subcommands/eval.ts';
import {
  DEV_FILE,
  GUARD_SETS,
  loadTrainFile,
  rulesView,
  SYNTHETIC_FILES,
  SYNTHETIC_WEIGHT,
  toTrainItem,
  weighted,
} from '../src/matching/learned/dev-data.ts';
import { DEFAULT_PARAMS, trainSecondOpinion, type TrainParams } from '../src/matching/learned/train.ts';

export function loadTrainingSet(at: (path: string) => string) {
  return {
    dev: loadTrainFile(at(DEV_FILE)),
    synthetic: loadTrainFile(...SYNTHETIC_FILES.map(at)),
    guard: GUARD_SETS.flatMap((g) => loadLabelled(at(g)).map(toTrainItem)),
  };
}

export function trainOn(
  set: ReturnType<typeof loadTrainingSet>,
  rules: Matcher,
  meta: Record<string, unknown>,
  { syntheticWeight = SYNTHETIC_WEIGHT, params = DEFAULT_PARAMS }: { syntheticWeight?: number; params?: TrainParams } = {},
) {
  return trainSecondOpinion(
    [...set.dev.items, ...weighted(set.synthetic.items, syntheticWeight)],
    DEFAULT_TOPICS,
    rulesView(rules),
    meta,
    set.guard,
    params,
  );
}
