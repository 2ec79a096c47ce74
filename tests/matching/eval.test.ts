import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from '../../src/cli/subcommands/eval.ts';
import { DEFAULT_TOPICS } from '../../src/domain/index.ts';
import { compileNaiveBaseline, compileWatchlist, defaultWatchlist, evaluate, formatReport } from '../../src/matching/index.ts';

const items = loadLabelled(fileURLToPath(new URL('../fixtures/labelled', import.meta.url)));

describe('labelled evaluation set', () => {
  it('has at least 200 items, unique ids, about 40% positives, only default topic labels', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const share = items.filter((i) => i.labels.length > 0).length / items.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
    for (const i of items) for (const l of i.labels) expect(DEFAULT_TOPICS).toContain(l);
  });

  it.each(DEFAULT_TOPICS.map((t) => [t]))('default watchlist: %s precision ≥ 0.95 and recall ≥ 0.90', (topic) => {
    const [score] = evaluate(compileWatchlist(defaultWatchlist()), items, [topic]);
    const report = formatReport([score!], items.length);
    expect(score!.precision, report).toBeGreaterThanOrEqual(0.95);
    expect(score!.recall, report).toBeGreaterThanOrEqual(0.9);
  });

  it('the naive baseline scores items of the same set through the same Matcher interface', () => {
    // One Unicode RegExp per term, each compiled by V8 on first use: compiling the whole default
    // watchlist's ~3,000 takes 15 s alone, a minute beside other test files on two cores. The
    // interface is the same for any rule list, so the first 60 include and 20 exclude rules of each
    // topic (its core vocabulary) over every fifth item; the bench times the whole thing.
    const core = defaultWatchlist();
    const small = { ...core, topics: core.topics.map((t) => ({ ...t, include: t.include.slice(0, 60), exclude: t.exclude.slice(0, 20) })) };
    const sample = items.filter((_, i) => i % 5 === 0);
    const scores = evaluate(compileNaiveBaseline(small), sample, [...DEFAULT_TOPICS]);
    expect(scores.map((s) => s.topic)).toEqual([...DEFAULT_TOPICS]);
    for (const s of scores) expect(s.tp + s.fn).toBe(sample.filter((i) => i.labels.includes(s.topic)).length);
    expect(scores.every((s) => s.tp > 0)).toBe(true);
  });
});

describe('evaluate and formatReport', () => {
  it('counts hits, misses and false alarms and lists each one', () => {
    const matcher = compileWatchlist({ topics: [{ id: 't', label: 'T', include: ['detainer'], exclude: [] }] });
    const set = [
      { id: 'hit', source: 's', title: 'Immigration detainers', labels: ['t'] },
      { id: 'miss', source: 's', title: 'Holds by ICE', labels: ['t'] },
      { id: 'false', source: 's', title: 'Agreement on detainers', labels: [] },
      { id: 'quiet', source: 's', title: 'Ice storm', labels: [] },
    ];
    const [s] = evaluate(matcher, set, ['t']);
    expect(s).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    const report = formatReport([s!], set.length);
    expect(report).toContain('MISS  miss  Holds by ICE');
    expect(report).toContain('FALSE false  Agreement on detainers');
    expect(report).toMatch(/t\s+0\.500\s+0\.500\s+0\.500\s+\(1\/1\/1\)/);
  });
});
