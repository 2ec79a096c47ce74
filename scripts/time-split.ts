/**
 * `npm run time-split -- --base COMMIT [--until COMMIT] [--max-features N] [--l2 X] [--min-items N]
 * [--synthetic-weight W]`: how the learned second opinion's recipe does on records the rules had not seen.
 *
 * Checks out BASE in a temporary git worktree; takes as test records the dev-split records present at UNTIL
 * (default HEAD) and not at BASE (a later collection); trains this checkout's recipe (train.ts, features.ts) on
 * BASE's dev split and synthetic set, with BASE's rules choosing the thresholds and BASE's guard sets bounding them;
 * then scores the test records with BASE's rules, alone and with the new model. Prints, per topic, the threshold,
 * the model's additions (right / wrong) and precision, recall and F1 of both. The held-out split is never read. The
 * learned README records the splits the recipe was chosen on.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_TOPICS } from '../src/domain/index.ts';
import { evaluate, parseLabelledLines } from '../src/matching/index.ts';
import type { TopicScore } from '../src/matching/eval.ts';
import { withSecondOpinion } from '../src/matching/learned/index.ts';
import { DEV_FILE, SYNTHETIC_WEIGHT } from '../src/matching/learned/dev-data.ts';
import { DEFAULT_PARAMS } from '../src/matching/learned/train.ts';
import { loadTrainingSet, trainOn } from './training-set.ts';
import type * as MatchingModule from '../src/matching/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    until: { type: 'string', default: 'HEAD' },
    'max-features': { type: 'string' },
    l2: { type: 'string' },
    'min-items': { type: 'string' },
    'synthetic-weight': { type: 'string', default: String(SYNTHETIC_WEIGHT) },
  },
});
if (!values.base) {
  console.error(
    'usage: npm run time-split -- --base COMMIT [--until COMMIT] [--max-features N] [--l2 X] [--min-items N] [--synthetic-weight W]',
  );
  process.exit(1);
}
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
const params = {
  ...DEFAULT_PARAMS,
  ...(values['max-features'] ? { maxFeatures: Number(values['max-features']) } : {}),
  ...(values.l2 ? { l2: Number(values.l2) } : {}),
  ...(values['min-items'] ? { minItems: Number(values['min-items']) } : {}),
};

const dir = mkdtempSync(join(tmpdir(), 'policywatch-time-split-'));
const worktree = join(dir, 'base');
git('worktree', 'add', '--detach', worktree, values.base);
try {
  symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'), 'dir');
  // Only the rules come from BASE's code; its files are read with this checkout's loaders.
  const W = (await import(pathToFileURL(join(worktree, 'src/matching/index.ts')).href)) as typeof MatchingModule;
  const rules = W.compileWatchlist(W.defaultWatchlist());
  const set = loadTrainingSet((p: string) => join(worktree, p));
  const known = new Set(set.dev.items.map((i) => i.id));
  const test = parseLabelledLines(git('show', `${values.until}:${DEV_FILE}`), DEV_FILE).filter((i) => !known.has(i.id));
  const started = performance.now();
  const model = trainOn(set, rules, {}, { syntheticWeight: Number(values['synthetic-weight']), params });
  console.log(
    `base ${values.base}: ${set.dev.items.length} dev records; ${test.length} test records (dev at ${values.until}, not at the base); ` +
      `trained in ${((performance.now() - started) / 1000).toFixed(0)} s with ${JSON.stringify(params)}, synthetic weight ${values['synthetic-weight']}`,
  );
  const topics = [...DEFAULT_TOPICS];
  const alone = evaluate(rules, test, topics);
  const both = evaluate(withSecondOpinion(rules, model), test, topics, { possible: true });
  const prf = (s: TopicScore) => `${s.precision.toFixed(3)} / ${s.recall.toFixed(3)} (F1 ${s.f1.toFixed(4)})`;
  model.topics.forEach((t, i) => {
    const [r, m] = [alone[i]!, both[i]!];
    // The model only adds topics, so what it adds is the difference.
    console.log(
      `${t.topic}: threshold ${t.threshold}, model additions ${m.tp - r.tp} right / ${m.fp - r.fp} wrong; ` +
        `rules ${prf(r)}, rules + model ${prf(m)}`,
    );
  });
} finally {
  git('worktree', 'remove', '--force', worktree);
  rmSync(dir, { recursive: true, force: true });
}
