import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TOPICS, type ItemKind, type Matcher } from '../../domain/index.ts';
import { modelKind, secondOpinionModel, withSecondOpinion } from '../../matching/learned/index.ts';
import { crossValidatedMatcher } from '../../matching/learned/cross-validated.ts';
import {
  compileNaiveBaseline,
  compileWatchlist,
  defaultWatchlist,
  evaluate,
  formatReport,
  formatScores,
  loadWatchlistFile,
  parseLabelledLines,
  type LabelledItem,
} from '../../matching/index.ts';
import { parseCliArgs } from '../args.ts';
import { write, type CliCommand } from '../command.ts';

const FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../tests/fixtures');
const DEFAULT_DIR = join(FIXTURES, 'labelled');

/**
 * The sets `policywatch eval` scores by default. Misses and false alarms are listed for the
 * real-text dev split only; the held-out split prints numbers only, so nobody tunes on it.
 */
const EVAL_SETS: Array<{ name: string; path: string; details: boolean; crossValidate?: boolean }> = [
  {
    name: 'real-text dev split (tests/fixtures/labelled-real/dev.jsonl)',
    path: join(FIXTURES, 'labelled-real/dev.jsonl'),
    details: true,
    crossValidate: true,
  },
  { name: 'real-text held-out split (numbers only)', path: join(FIXTURES, 'labelled-real/heldout.jsonl'), details: false },
  { name: 'synthetic set (tests/fixtures/labelled)', path: DEFAULT_DIR, details: false },
  { name: 'blind set (tests/fixtures/labelled-blind)', path: join(FIXTURES, 'labelled-blind'), details: false },
];

/** Reads a labelled .jsonl file, or every *.jsonl file of a folder; throws with the file and line on a bad line. */
export function loadLabelled(dir: string): LabelledItem[] {
  if (dir.endsWith('.jsonl')) return parseLabelledLines(readFileSync(dir, 'utf8'), dir);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  if (files.length === 0) throw new Error(`no .jsonl files in ${dir}`);
  return files.flatMap((f) => parseLabelledLines(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

/** Items only the model marked, each with its label: for studying the model's mistakes on dev. */
function formatModelHits(matcher: Matcher, items: LabelledItem[]): string {
  const lines: string[] = [];
  for (const item of items) {
    const m = matcher.match({ ...item, kind: modelKind(item.source) as ItemKind | undefined });
    for (const p of m?.possible ?? []) {
      const right = item.labels.includes(p.topic);
      lines.push(
        `  ${right ? 'RIGHT' : 'WRONG'} ${p.topic} ${p.score.toFixed(2)} ${item.id}  ${item.title.slice(0, 100)}  ${p.why.join(', ')}`,
      );
    }
  }
  return lines.length ? lines.join('\n') : '  none';
}

export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'Score the watchlist on the labelled set: precision, recall, F1 per topic, misses and false alarms',
  usage: 'policywatch eval [--dir DIR|FILE] [--watchlist FILE] [--baseline] [--rules-only]',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, {
      dir: { type: 'string' },
      watchlist: { type: 'string' },
      baseline: { type: 'boolean' },
      'rules-only': { type: 'boolean' },
    });
    const sets: typeof EVAL_SETS = values.dir ? [{ name: values.dir, path: values.dir, details: true }] : EVAL_SETS;
    const loaded: Array<{ name: string; details: boolean; crossValidate?: boolean; items: LabelledItem[] }> = [];
    try {
      for (const set of sets) loaded.push({ ...set, items: loadLabelled(set.path) });
    } catch (err) {
      write(io.stderr, `policywatch eval: ${(err as Error).message}`);
      return 1;
    }
    let watchlist = defaultWatchlist();
    if (values.watchlist) {
      try {
        watchlist = loadWatchlistFile(values.watchlist);
      } catch (err) {
        write(io.stderr, `policywatch eval: ${(err as Error).message}`);
        return 1;
      }
    }
    const matcher = values.baseline ? compileNaiveBaseline(watchlist) : compileWatchlist(watchlist);
    if (values.baseline) write(io.stdout, 'naive baseline (one RegExp per term, NEAR as AND, exclusions veto the topic)');
    // The learned second opinion: its "possibly relevant" topics count as matches in the rules+model lines.
    const model = values.baseline || values['rules-only'] ? undefined : secondOpinionModel();
    const summaries: string[] = [];
    for (const { name, details, crossValidate, items } of loaded) {
      const topics = [...new Set([...DEFAULT_TOPICS, ...items.flatMap((i) => i.labels)])];
      const scores = evaluate(matcher, items, topics);
      summaries.push(formatScores(model ? `${name}, rules only` : name, scores, items.length));
      if (details) write(io.stdout, `${name}${model ? ', rules only' : ''}\n${formatReport(scores, items.length)}\n`);
      if (!model) continue;
      const both = crossValidate ? crossValidatedMatcher(items, matcher, model) : withSecondOpinion(matcher, model);
      const label = `${name}, rules + model${crossValidate ? ' (model cross-validated on dev: 5 folds by document)' : ''}`;
      const withModel = evaluate(both, items, topics, { possible: true });
      summaries.push(formatScores(label, withModel, items.length));
      if (details) write(io.stdout, `${label}: model-only hits\n${formatModelHits(both, items)}\n`);
    }
    write(io.stdout, summaries.join('\n\n'));
    return 0;
  },
};
