/**
 * `npm run train`: trains the learned second opinion on the real-text DEV split and the
 * project's synthetic set (not its held-out file), and writes src/matching/learned/second-opinion.json (thresholds:
 * train.ts, chooseThreshold). Deterministic: the same files give the same bytes. The
 * held-out split is never read here; the blind set is only a guard.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileWatchlist, defaultWatchlist } from '../src/matching/index.ts';
import { DEV_FILE, GUARD_SETS, SYNTHETIC_FILES, SYNTHETIC_WEIGHT } from '../src/matching/learned/dev-data.ts';
import { serializeModel } from '../src/matching/learned/serialize.ts';
import { loadTrainingSet, trainOn } from './training-set.ts';

const OUT = 'src/matching/learned/second-opinion.json';
const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

const started = performance.now();
const set = loadTrainingSet(root);
const { dev, synthetic } = set;
const model = trainOn(set, compileWatchlist(defaultWatchlist()), {
  trainedOn: DEV_FILE,
  sha256: dev.sha256,
  alsoTrainedOn: SYNTHETIC_FILES,
  alsoSha256: synthetic.sha256,
  alsoWeight: SYNTHETIC_WEIGHT,
  guard: GUARD_SETS.join(', '),
});
const text = serializeModel(model);
writeFileSync(root(OUT), text);
console.log(
  `wrote ${OUT}: ${(text.length / 1024).toFixed(1)} KB, ${dev.items.length} dev + ${synthetic.items.length} synthetic items, ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const t of model.topics) {
  const cv = (
    model.meta.crossValidated as Record<string, { model: object; rules: object; withModel: object; additions: object; floor: number }>
  )[t.topic]!;
  console.log(`${t.topic}: ${Object.keys(t.weights).length} features, threshold ${t.threshold} (guard-set floor ${cv.floor})`);
  console.log(`  5-fold by document: model alone ${JSON.stringify(cv.model)}`);
  console.log(
    `  rules ${JSON.stringify(cv.rules)} → with model ${JSON.stringify(cv.withModel)}, additions ${JSON.stringify(cv.additions)}`,
  );
}
