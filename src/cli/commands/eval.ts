import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TOPICS } from '../../domain/index.ts';
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
export const EVAL_SETS: Array<{ name: string; path: string; details: boolean }> = [
  { name: 'real-text dev split (tests/fixtures/labelled-real/dev.jsonl)', path: join(FIXTURES, 'labelled-real/dev.jsonl'), details: true },
  { name: 'real-text held-out split (numbers only)', path: join(FIXTURES, 'labelled-real/heldout.jsonl'), details: false },
  { name: 'synthetic set (tests/fixtures/labelled)', path: DEFAULT_DIR, details: false },
  { name: 'blind set (tests/fixtures/labelled-blind)', path: join(FIXTURES, 'labelled-blind'), details: false },
];

/** Reads a labelled .jsonl file, or every *.jsonl file of a folder; throws with the file and line on a bad line. */
export function loadLabelled(dir: string): LabelledItem[] {
  if (dir.endsWith('.jsonl')) return parseLabelledLines(readFileSync(dir, 'utf8'), dir);
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`no .jsonl files in ${dir}`);
  return files.flatMap((f) => parseLabelledLines(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'Score the watchlist on the labelled set: precision, recall, F1 per topic, misses and false alarms',
  usage: 'policywatch eval [--dir DIR|FILE] [--watchlist FILE] [--baseline]',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { dir: { type: 'string' }, watchlist: { type: 'string' }, baseline: { type: 'boolean' } });
    const sets = values.dir ? [{ name: values.dir, path: values.dir, details: true }] : EVAL_SETS;
    const loaded: Array<{ name: string; details: boolean; items: LabelledItem[] }> = [];
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
    const summaries: string[] = [];
    for (const { name, details, items } of loaded) {
      const topics = [...new Set([...DEFAULT_TOPICS, ...items.flatMap((i) => i.labels)])];
      const scores = evaluate(matcher, items, topics);
      summaries.push(formatScores(name, scores, items.length));
      if (details) write(io.stdout, `${name}\n${formatReport(scores, items.length)}\n`);
    }
    write(io.stdout, summaries.join('\n\n'));
    return 0;
  },
};
