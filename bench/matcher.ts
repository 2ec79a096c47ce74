/**
 * Scenario "matcher": items/s of the compiled single-pass matcher.
 *  - Against the baselines a skeptic would write (matcher-baselines.ts): one combined RegExp
 *    alternation and an Aho–Corasick automaton, on the literal phrases of the watchlist with
 *    2,000 extra terms, each checked to find the same words in every sampled item.
 *  - Against the naive loop (one RegExp per term, NEAR treated as AND): a strawman with other
 *    semantics, information only.
 */
import type { Item } from '../src/domain/index.ts';
import { compileNaiveBaseline, compileWatchlist, defaultWatchlist, mergeWatchlists, type Watchlist } from '../src/matching/index.ts';
import { secondOpinionModel, withSecondOpinion } from '../src/matching/learned/index.ts';
import { extraAdditions, rng } from './gen.ts';
import { realText } from './real-text.ts';
import {
  ahoCorasickFinder,
  assertSameAnswers,
  compiledFinder,
  literalPhrases,
  regexFinder,
  type PhraseFinder,
} from './matcher-baselines.ts';
import { fmt, fmtMs, fmtRatio, median, spread, verdict, type Row } from './util.ts';

type Matchable = Pick<Item, 'title' | 'summary' | 'agency' | 'identifier'> & Partial<Pick<Item, 'kind'>>;

/** Item kinds as the daemon's items carry them (the second opinion reads the kind). */
const KINDS: Array<Item['kind']> = ['bill', 'notice', 'rule', 'contract', 'news'];

function matcherItems(seed: number, n: number): Matchable[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const t = realText(r);
    return {
      ...t,
      identifier: `HB ${1000 + i}`,
      kind: KINDS[i % KINDS.length]!,
      ...(i % 3 === 0 ? { agency: 'Homeland Security Department' } : {}),
    };
  });
}

/**
 * Steady-state items/s: runs over the items (cycling) until `minMs` has passed; median of
 * `runs`. The warm-up matches the first items untimed: V8 compiles each RegExp to native
 * code on first use, which for the baseline's thousands of Unicode-aware RegExps takes
 * seconds (reported separately as `warmupMs`).
 */
function throughput(
  m: { match(it: Matchable): unknown },
  items: Matchable[],
  runs: number,
  minMs: number,
): { rate: number; rates: number[]; warmupMs: number } {
  const rates: number[] = [];
  const w0 = performance.now();
  for (const it of items.slice(0, 8)) m.match(it);
  const warmupMs = performance.now() - w0;
  let n = 8;
  for (let r = -1; r < runs; r++) {
    let done = 0;
    const t0 = performance.now();
    let elapsed = 0;
    while (elapsed < (r < 0 ? minMs / 3 : minMs)) {
      m.match(items[n++ % items.length]!);
      done++;
      elapsed = performance.now() - t0;
    }
    if (r >= 0) rates.push((done / elapsed) * 1000); // r = -1 is the warm-up
  }
  return { rate: median(rates), rates, warmupMs };
}

/** Phrase finding on the literal-only watchlist: ours against the combined RegExp and Aho–Corasick. */
function literalRows(w: Watchlist, items: Matchable[], runs: number): Row[] {
  const phrases = literalPhrases(w);
  const ours = compiledFinder(phrases);
  const baselines = [regexFinder(phrases), ahoCorasickFinder(phrases)];
  const sample = items.slice(0, 1000);
  const matched = assertSameAnswers([ours, ...baselines], sample);
  const asMatcher = (f: PhraseFinder) => ({ match: (it: Matchable) => f.find(it) });
  const oursRun = throughput(asMatcher(ours), items, runs, 400);
  const oursRate = oursRun.rate;
  return baselines.map((b) => {
    const theirs = throughput(asMatcher(b), items, runs, 400);
    const rate = theirs.rate;
    return {
      scenario: `matcher, ${fmt(phrases.length)} literal phrases vs ${b.name}`,
      measure: 'items/s',
      value: fmt(oursRate),
      baseline: `${b.name} ${fmt(rate)}`,
      ratio: fmtRatio(oursRate / rate),
      noise: spread(
        oursRun.rates.map((x, k) => x / theirs.rates[k]!),
        fmtRatio,
      ),
      target: 'same answers',
      verdict: 'pass' as const,
      raw: {
        phrases: phrases.length,
        itemsPerSec: oursRate,
        baselineItemsPerSec: rate,
        sameAnswersOn: sample.length,
        itemsMatchedInSample: matched,
      },
    };
  });
}

/**
 * Steady-state items/s of several matchers over the same items, their timed runs interleaved
 * (run k of each back to back, in an order that rotates from run to run), so a load swing on the shared machine hits all of them alike.
 */
function interleaved(
  ms: Array<{ match(it: Matchable): unknown }>,
  items: Matchable[],
  runs: number,
  minMs: number,
  progress: (line: string) => void,
) {
  const out = ms.map(() => ({ rates: [] as number[], warmupMs: 0, warmupMatches: 0 }));
  ms.forEach((m, j) => {
    const w0 = performance.now();
    // The first 8 items, untimed, also say how many of them each matcher matches: counting on more items after the
    // timed runs cost the baseline minutes when V8 had dropped its compiled RegExps under load (a stalled bench).
    for (const it of items.slice(0, 8)) if (m.match(it)) out[j]!.warmupMatches++;
    out[j]!.warmupMs = performance.now() - w0;
    progress(`matcher ${j + 1} of ${ms.length}: first 8 items in ${fmtMs(out[j]!.warmupMs)}`);
  });
  let n = 8;
  for (let r = -1; r < runs; r++) {
    // The order rotates each run, so no matcher always runs right after the same other one.
    const order = ms.map((_, k) => (k + r + 1) % ms.length);
    for (const j of order) {
      const m = ms[j]!;
      let done = 0;
      const t0 = performance.now();
      let elapsed = 0;
      while (elapsed < (r < 0 ? minMs / 3 : minMs)) {
        m.match(items[n++ % items.length]!);
        done++;
        elapsed = performance.now() - t0;
      }
      if (r >= 0) out[j]!.rates.push((done / elapsed) * 1000); // r = -1 is the warm-up
    }
    progress(`run ${r + 2} of ${runs + 1} done`);
  }
  return out.map((o) => ({ ...o, rate: median(o.rates) }));
}

/** The Done-when line of issue 13: the matcher as the daemon runs it, against one RegExp per term. */
const TARGET_RATIO = 10;

export async function benchMatcher(runs = 5, progress: (line: string) => void = () => {}): Promise<Row[]> {
  const items = matcherItems(42, 2000);
  const base = defaultWatchlist();
  const extra: Watchlist = mergeWatchlists(base, undefined, extraAdditions(7, 2000));
  const rows: Row[] = literalRows(extra, items, runs);
  progress('literal phrases: same answers checked, rates measured');
  const model = secondOpinionModel();
  for (const [label, w] of [
    ['default watchlist', base],
    ['+ 2,000 extra terms', extra],
  ] as const) {
    const t0 = performance.now();
    const compiled = compileWatchlist(w);
    const compileMs = performance.now() - t0;
    const naive = compileNaiveBaseline(w);
    progress(`${label}: compiled in ${fmtMs(compileMs)}`);
    // What the daemon runs (src/pipeline/matchers.ts): the rules plus the learned second opinion.
    const daemon = withSecondOpinion(compiled, model);
    const [both, ours, baseline] = interleaved([daemon, compiled, naive], items, runs, 500, progress);
    const rules = w.topics.reduce((s, t) => s + t.include.length + t.exclude.length, 0);
    const strawman = `one RegExp per term (other semantics) ${fmt(baseline!.rate)}`;
    const bothRatio = both!.rate / baseline!.rate;
    rows.push({
      scenario: `matcher + second opinion (as the daemon runs it), ${label} (${fmt(rules)} rules)`,
      measure: 'items/s',
      value: fmt(both!.rate),
      baseline: strawman,
      ratio: fmtRatio(bothRatio),
      noise: spread(
        both!.rates.map((x, k) => x / baseline!.rates[k]!),
        fmtRatio,
      ),
      target: `≥ ${TARGET_RATIO}×`,
      verdict: verdict(bothRatio >= TARGET_RATIO),
      raw: {
        rules,
        itemsPerSec: both!.rate,
        baselineItemsPerSec: baseline!.rate,
        rulesOnlyItemsPerSec: ours!.rate,
        matchesInFirst8: both!.warmupMatches,
      },
    });
    rows.push({
      scenario: `matcher, rules only, ${label} (${fmt(rules)} rules)`,
      measure: 'items/s',
      value: fmt(ours!.rate),
      baseline: strawman,
      ratio: fmtRatio(ours!.rate / baseline!.rate),
      noise: spread(
        ours!.rates.map((x, k) => x / baseline!.rates[k]!),
        fmtRatio,
      ),
      target: '',
      verdict: 'info',
      raw: {
        rules,
        itemsPerSec: ours!.rate,
        baselineItemsPerSec: baseline!.rate,
        warmupMsFirst8Items: ours!.warmupMs,
        baselineWarmupMsFirst8Items: baseline!.warmupMs,
        compileMs,
        compileTime: fmtMs(compileMs),
        matchesInFirst8: ours!.warmupMatches,
        baselineMatchesInFirst8: baseline!.warmupMatches,
      },
    });
  }
  return rows;
}
