/**
 * `npm run time-split -- --base COMMIT [--until COMMIT] [--max-features N] [--l2 X] [--min-items N]
 * [--synthetic-weight W]`: how the learned second opinion's recipe does on records the rules had not seen.
 *
 * Checks out BASE in a temporary git worktree; takes as test records the dev-split records present at UNTIL
 * (default HEAD) and not at BASE (a later collection); trains this checkout's recipe (train.ts, features.ts) on
 * BASE's dev split and synthetic set, with BASE's rules choosing the thresholds and BASE's guard sets; then
 * scores the test records with BASE's rules and the new model. Prints, per topic, the threshold, the model's
 * additions (right / wrong) and precision, recall and F1 of the rules alone and of rules + model. The held-out
 * split is never read. The learned README records the splits the recipe was chosen on.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_TOPICS, type ItemKind } from '../src/domain/index.ts';
import { parseLabelledLines, type LabelledItem } from '../src/matching/index.ts';
import { modelKind, scoreItem } from '../src/matching/learned/index.ts';
import { toTrainItem, weighted } from '../src/matching/learned/dev-data.ts';
import { DEFAULT_PARAMS, trainSecondOpinion, type TrainItem } from '../src/matching/learned/train.ts';
import type * as MatchingModule from '../src/matching/index.ts';
import type * as EvalModule from '../src/cli/subcommands/eval.ts';

const DEV = 'tests/fixtures/labelled-real/dev.jsonl';
const SYNTHETIC = ['agency-context', 'bills', 'contracts', 'federal-register'].map((f) => `tests/fixtures/labelled/${f}.jsonl`);
const GUARDS = ['tests/fixtures/labelled', 'tests/fixtures/labelled-blind'];
const root = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    until: { type: 'string', default: 'HEAD' },
    'max-features': { type: 'string' },
    l2: { type: 'string' },
    'min-items': { type: 'string' },
    'synthetic-weight': { type: 'string', default: '2' },
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
  const at = (p: string) => pathToFileURL(join(worktree, p)).href;
  const W = (await import(at('src/matching/index.ts'))) as typeof MatchingModule;
  const E = (await import(at('src/cli/subcommands/eval.ts'))) as typeof EvalModule;
  const rules = W.compileWatchlist(W.defaultWatchlist());
  const dev = E.loadLabelled(join(worktree, DEV));
  const known = new Set(dev.map((i) => i.id));
  const test = parseLabelledLines(git('show', `${values.until}:${DEV}`), DEV).filter((i) => !known.has(i.id));
  const synthetic = SYNTHETIC.flatMap((f) => E.loadLabelled(join(worktree, f)));
  const guard = GUARDS.flatMap((g) => E.loadLabelled(join(worktree, g)));
  const view = (i: TrainItem) => {
    const item = { ...i, kind: undefined };
    return { topics: rules.match(item)?.topics ?? [], excluded: rules.excludedTopics(item) };
  };
  const started = performance.now();
  const model = trainSecondOpinion(
    [...dev.map(toTrainItem), ...weighted(synthetic.map(toTrainItem), Number(values['synthetic-weight']))],
    DEFAULT_TOPICS,
    view,
    {},
    guard.map(toTrainItem),
    params,
  );
  console.log(
    `base ${values.base}: ${dev.length} dev records; ${test.length} test records (dev at ${values.until}, not at the base); ` +
      `trained in ${((performance.now() - started) / 1000).toFixed(0)} s with ${JSON.stringify(params)}, synthetic weight ${values['synthetic-weight']}`,
  );
  const prf = (tp: number, fp: number, fn: number) => {
    const p = tp + fp ? tp / (tp + fp) : 1;
    const r = tp + fn ? tp / (tp + fn) : 1;
    return `${p.toFixed(3)} / ${r.toFixed(3)} (F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(4)})`;
  };
  for (const t of model.topics) {
    const counts = { tp: 0, fp: 0, fn: 0, rtp: 0, rfp: 0, rfn: 0, right: 0, wrong: 0 };
    for (const it of test as LabelledItem[]) {
      const input = { ...it, kind: modelKind(it.source) as ItemKind | undefined };
      const byRules = rules.match(input)?.topics.includes(t.topic) ?? false;
      const blocked = rules.excludedTopics(input).includes(t.topic);
      const probability = scoreItem(model, input).find((s) => s.topic === t.topic)!.probability;
      const byModel = !byRules && !blocked && probability >= t.threshold;
      const gold = it.labels.includes(t.topic);
      if (byModel) counts[gold ? 'right' : 'wrong']++;
      const either = byRules || byModel;
      if (either && gold) counts.tp++;
      else if (either) counts.fp++;
      else if (gold) counts.fn++;
      if (byRules && gold) counts.rtp++;
      else if (byRules) counts.rfp++;
      else if (gold) counts.rfn++;
    }
    console.log(
      `${t.topic}: threshold ${t.threshold}, model additions ${counts.right} right / ${counts.wrong} wrong; ` +
        `rules ${prf(counts.rtp, counts.rfp, counts.rfn)}, rules + model ${prf(counts.tp, counts.fp, counts.fn)}`,
    );
  }
} finally {
  git('worktree', 'remove', '--force', worktree);
  rmSync(dir, { recursive: true, force: true });
}
