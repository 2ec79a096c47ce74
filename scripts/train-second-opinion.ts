/**
 * `npm run train`: trains the learned second opinion on the real-text DEV split only and
 * writes src/matching/learned/second-opinion.json (thresholds: train.ts, chooseThreshold). Deterministic: the same dev file gives the
 * same bytes. The held-out split is never read here.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TOPICS } from '../src/domain/index.ts';
import { compileWatchlist, defaultWatchlist } from '../src/matching/index.ts';
import { loadLabelled } from '../src/cli/subcommands/eval.ts';
import { loadTrainFile, toTrainItem } from '../src/matching/learned/dev-data.ts';
import { serializeModel } from '../src/matching/learned/serialize.ts';
import { trainSecondOpinion } from '../src/matching/learned/train.ts';

const DEV = 'tests/fixtures/labelled-real/dev.jsonl';
/** Never learned from: only keep thresholds where the model adds no false alarm on these sets. */
const GUARDS = ['tests/fixtures/labelled', 'tests/fixtures/labelled-blind'];
const OUT = 'src/matching/learned/second-opinion.json';
const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

const started = performance.now();
const { items, sha256 } = loadTrainFile(root(DEV));
const rules = compileWatchlist(defaultWatchlist());
const guard = GUARDS.flatMap((g) => loadLabelled(root(g)).map(toTrainItem));
const model = trainSecondOpinion(
  items,
  DEFAULT_TOPICS,
  (i) => rules.match({ ...i, kind: undefined })?.topics ?? [],
  { trainedOn: DEV, sha256, guard: GUARDS.join(', ') },
  guard,
);
const text = serializeModel(model);
writeFileSync(root(OUT), text);
console.log(
  `wrote ${OUT}: ${(text.length / 1024).toFixed(1)} KB, ${items.length} dev items, ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const t of model.topics) {
  const cv = (model.meta.crossValidated as Record<string, { model: object; rules: object; withModel: object; floor: number }>)[t.topic]!;
  console.log(`${t.topic}: ${Object.keys(t.weights).length} features, threshold ${t.threshold} (guard-set floor ${cv.floor})`);
  console.log(`  dev, 5-fold by document: model alone ${JSON.stringify(cv.model)}`);
  console.log(`  rules ${JSON.stringify(cv.rules)} → with model ${JSON.stringify(cv.withModel)}`);
}
