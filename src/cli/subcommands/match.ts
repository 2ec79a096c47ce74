import { createInterface } from 'node:readline';
import { parse as parseYaml } from 'yaml';
import { existsSync, readFileSync } from 'node:fs';
import {
  compileWatchlist,
  defaultWatchlist,
  loadWatchlistFile,
  mergeWatchlists,
  parseWatchlist,
  type Watchlist,
} from '../../matching/index.ts';
import type { Matcher } from '../../domain/index.ts';
import { parseCliArgs } from '../args.ts';
import { write, type CliCommand } from '../command.ts';

/** Defaults merged with the `watchlist:` key of POLICYWATCH_CONFIG (default ./policywatch.yml), if that file exists. */
function configuredWatchlist(env: NodeJS.ProcessEnv): Watchlist {
  const path = env.POLICYWATCH_CONFIG?.trim() || './policywatch.yml';
  if (!existsSync(path)) return defaultWatchlist();
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`config file ${path}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const section = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).watchlist : undefined;
  if (section === undefined || section === null) return defaultWatchlist();
  const parsed = parseWatchlist(section);
  if (!parsed.ok) throw new Error(`config file ${path}: watchlist: ${parsed.error}`);
  return mergeWatchlists(defaultWatchlist(), parsed.watchlist);
}

/** One output line for one input line (the CLI contract). */
function matchLine(matcher: Matcher, line: string, lineNo: number): string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    return JSON.stringify({ id: null, error: `not valid JSON: ${(err as Error).message}`, line: lineNo });
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return JSON.stringify({ id: null, error: 'expected a JSON object', line: lineNo });
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number')
    return JSON.stringify({ id: null, error: 'missing "id" (string or number)', line: lineNo });
  if (typeof o.title !== 'string') return JSON.stringify({ id: null, error: 'missing "title" (string)', line: lineNo });
  for (const k of ['summary', 'agency', 'identifier'] as const) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string')
      return JSON.stringify({ id: null, error: `"${k}" must be a string`, line: lineNo });
  }
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const m = matcher.match({ title: o.title, summary: str(o.summary), agency: str(o.agency), identifier: str(o.identifier) });
  return JSON.stringify({
    id: o.id,
    topics: m?.topics ?? [],
    priority: m?.priority ?? false,
    terms: m?.terms ?? [],
    snippet: m?.snippet ?? '',
  });
}

export const matchCommand: CliCommand = {
  name: 'match',
  summary: 'Match JSON Lines items on stdin against the watchlist; one JSON line out per line in',
  usage: 'policywatch match [--watchlist FILE]   (stdin: {"id","title","summary?","agency?","identifier?"} per line)',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { watchlist: { type: 'string' } });
    let watchlist: Watchlist;
    try {
      watchlist = values.watchlist ? loadWatchlistFile(values.watchlist) : configuredWatchlist(io.env);
    } catch (err) {
      write(io.stderr, `policywatch match: ${(err as Error).message}`);
      return 1;
    }
    const matcher = compileWatchlist(watchlist);
    for (const p of matcher.problems) write(io.stderr, `policywatch match: skipped ${p}`);
    let lineNo = 0;
    try {
      const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
      for await (const line of rl) {
        lineNo++;
        if (!line.trim()) continue;
        write(io.stdout, matchLine(matcher, line, lineNo));
      }
    } catch (err) {
      write(io.stderr, `policywatch match: could not read stdin: ${(err as Error).message}`);
      return 1;
    }
    return 0;
  },
};
