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
  loadWatchlistFile,
  parseLabelledLines,
  type LabelledItem,
} from '../../matching/index.ts';
import { parseCliArgs } from '../args.ts';
import { write, type CliCommand } from '../command.ts';

const DEFAULT_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../tests/fixtures/labelled');

/** Reads every *.jsonl file of a labelled set; throws with the file and line on a bad line. */
export function loadLabelled(dir: string): LabelledItem[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`no .jsonl files in ${dir}`);
  return files.flatMap((f) => parseLabelledLines(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'Score the watchlist on the labelled set: precision, recall, F1 per topic, misses and false alarms',
  usage: 'policywatch eval [--dir DIR] [--watchlist FILE] [--baseline]',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { dir: { type: 'string' }, watchlist: { type: 'string' }, baseline: { type: 'boolean' } });
    let items: LabelledItem[];
    try {
      items = loadLabelled(values.dir ?? DEFAULT_DIR);
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
    const topics = [...new Set([...DEFAULT_TOPICS, ...items.flatMap((i) => i.labels)])];
    if (values.baseline) write(io.stdout, 'naive baseline (one RegExp per term, NEAR as AND, exclusions veto the topic)');
    write(io.stdout, formatReport(evaluate(matcher, items, topics), items.length));
    return 0;
  },
};
