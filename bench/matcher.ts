/**
 * Scenario "matcher": items/s of the compiled single-pass matcher.
 *  - Against the baselines a skeptic would write (matcher-baselines.ts): one combined RegExp
 *    alternation and an Aho–Corasick automaton, on the literal phrases of the watchlist with
 *    2,000 extra terms, each checked to find the same words in every sampled item.
 *  - Against the naive loop (one RegExp per term, NEAR treated as AND): a strawman with other
 *    semantics, information only.
 */
import type { Item, Matcher } from '../src/domain/index.ts';
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
import { fmt, fmtMs, fmtRatio, median, spread, type Row } from './util.ts';

type Matchable = Pick<Item, 'title' | 'summary' | 'agency' | 'identifier'>;

function matcherItems(seed: number, n: number): Matchable[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const t = realText(r);
    return { ...t, identifier: `HB ${1000 + i}`, ...(i % 3 === 0 ? { agency: 'Homeland Security Department' } : {}) };
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

/** How many of the items match (both matchers must agree on the corpus). */
function hits(m: Matcher, items: Matchable[]): number {
  return items.reduce((s, it) => s + (m.match(it) ? 1 : 0), 0);
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

export async function benchMatcher(runs = 5): Promise<Row[]> {
  const items = matcherItems(42, 2000);
  const base = defaultWatchlist();
  const extra: Watchlist = mergeWatchlists(base, undefined, extraAdditions(7, 2000));
  const rows: Row[] = literalRows(extra, items, runs);
  for (const [label, w] of [
    ['default watchlist', base],
    ['+ 2,000 extra terms', extra],
  ] as const) {
    const t0 = performance.now();
    const compiled = compileWatchlist(w);
    const compileMs = performance.now() - t0;
    const naive = compileNaiveBaseline(w);
    const ours = throughput(compiled, items, runs, 500);
    const baseline = throughput(naive, items, runs, 500);
    const ratio = ours.rate / baseline.rate;
    const sample = items.slice(0, 100);
    const rules = w.topics.reduce((s, t) => s + t.include.length + t.exclude.length, 0);
    rows.push({
      scenario: `matcher, ${label} (${fmt(rules)} rules)`,
      measure: 'items/s',
      value: fmt(ours.rate),
      baseline: `strawman: one RegExp per term (other semantics) ${fmt(baseline.rate)}`,
      ratio: fmtRatio(ratio),
      noise: spread(
        ours.rates.map((x, k) => x / baseline.rates[k]!),
        fmtRatio,
      ),
      target: '',
      verdict: 'info',
      raw: {
        rules,
        itemsPerSec: ours.rate,
        baselineItemsPerSec: baseline.rate,
        warmupMsFirst8Items: ours.warmupMs,
        baselineWarmupMsFirst8Items: baseline.warmupMs,
        compileMs,
        compileTime: fmtMs(compileMs),
        matchesInFirst100: hits(compiled, sample),
        baselineMatchesInFirst100: hits(naive, sample),
      },
    });
    if (w !== extra) continue;
    // What the daemon runs: the rules plus the learned second opinion (one sparse dot product per topic).
    const both = withSecondOpinion(compiled, secondOpinionModel());
    const withModel = throughput(both, items, runs, 500);
    const again = throughput(naive, items, runs, 500);
    rows.push({
      scenario: `matcher + second opinion, ${label} (${fmt(rules)} rules)`,
      measure: 'items/s',
      value: fmt(withModel.rate),
      baseline: `strawman: one RegExp per term (other semantics) ${fmt(again.rate)}`,
      ratio: fmtRatio(withModel.rate / again.rate),
      noise: spread(
        withModel.rates.map((x, k) => x / again.rates[k]!),
        fmtRatio,
      ),
      target: '',
      verdict: 'info',
      raw: { rules, itemsPerSec: withModel.rate, baselineItemsPerSec: again.rate, rulesOnlyItemsPerSec: ours.rate },
    });
  }
  return rows;
}
