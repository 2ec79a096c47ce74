/**
 * The learned second opinion: deterministic scores with the features behind them, labels
 * that never change rule topics or priority, the per-workspace off-switch, and the committed
 * weights file being what `npm run train` produces from the dev split.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alertMessage } from '../../src/pipeline/alert-message.ts';
import { createMatcherSet } from '../../src/pipeline/matchers.ts';
import { wants } from '../../src/pipeline/router.ts';
import type { StoredItem } from '../../src/domain/index.ts';
import { compileWatchlist, defaultWatchlist } from '../../src/matching/index.ts';
import {
  itemFeatures,
  scoreItem,
  secondOpinionModel,
  SECOND_OPINION_FILE,
  withSecondOpinion,
  type SecondOpinionModel,
} from '../../src/matching/learned/index.ts';
import { loadTrainFile, SYNTHETIC_WEIGHT, weighted } from '../../src/matching/learned/dev-data.ts';
import { DEFAULT_PARAMS, fitModel, trainSecondOpinion, type TrainItem, type TrainParams } from '../../src/matching/learned/train.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { setup, textOf } from '../commands/harness.ts';
import { makeItem, makeSubscription } from '../helpers/items.ts';

/** A hand-made model whose scores can be worked out on paper. */
const TINY: SecondOpinionModel = {
  format: 1,
  meta: {},
  topics: [
    {
      topic: 'immigration-enforcement',
      bias: -1,
      threshold: 0.6,
      weights: { guard: 4, 'guard service': 2, 'office:houston': 3, 'kind:contract': 0.5, furniture: -5 },
    },
    { topic: 'state-databases', bias: -3, threshold: 0.9, weights: { guard: 0.1 } },
  ],
};

const award = {
  title: 'Guard services',
  summary: 'Armed guard services.',
  office: 'Acquisition Division Houston',
  kind: 'contract' as const,
};

describe('second opinion scorer', () => {
  it('reads the item with the shared text module: stemmed words, pairs, fields and kind', () => {
    expect(itemFeatures(award).sort()).toEqual(
      [
        'armed',
        'armed guard',
        'guard',
        'guard service',
        'service',
        'office:acquisition',
        'office:division',
        'office:houston',
        'kind:contract',
      ].sort(),
    );
  });

  it('reads text written without spaces by its characters and their two-character runs (Chinese, Japanese, Thai)', () => {
    // Each character of these scripts is a word (splitWords); dropping one-letter words would leave nothing.
    expect(itemFeatures({ title: '入管 收容', summary: '警察' }).sort()).toEqual(
      ['入', '入 管', '管', '管 收', '收', '收 容', '容', '警', '警 察', '察'].sort(),
    );
    // One-letter words of spaced scripts are still dropped.
    expect(itemFeatures({ title: 'a b ice' })).toEqual(['ice']);
  });

  it('gives a deterministic probability and lists the features that drove it, strongest first', () => {
    const [imm, db] = scoreItem(TINY, award);
    // 9 features → scale 1/3; present weights: guard 4, guard service 2, office:houston 3, kind:contract 0.5.
    const z = -1 + (4 + 2 + 3 + 0.5) / 3;
    expect(imm!.probability).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    expect(imm!.why).toEqual(['guard(+1.33)', 'office:houston(+1.00)', 'guard service(+0.67)', 'kind:contract(+0.17)']);
    expect(db!.probability).toBeLessThan(0.1);
    expect(scoreItem(TINY, award)).toEqual(scoreItem(TINY, award));
  });

  it('marks a topic the rules missed as possibly relevant: no rule topic, no terms, never priority', () => {
    const m = withSecondOpinion(compileWatchlist(defaultWatchlist()), TINY).match(award);
    expect(m).not.toBeNull();
    expect(m!.topics).toEqual([]);
    expect(m!.terms).toEqual([]);
    expect(m!.priority).toBe(false);
    expect(m!.possible).toEqual([
      {
        topic: 'immigration-enforcement',
        score: 0.897,
        why: ['guard(+1.33)', 'office:houston(+1.00)', 'guard service(+0.67)', 'kind:contract(+0.17)'],
      },
    ]);
  });

  it('never adds priority: a rule match of one topic plus a model hit of the other stays non-priority', () => {
    const model: SecondOpinionModel = { ...TINY, topics: [{ topic: 'state-databases', bias: 5, threshold: 0.5, weights: {} }] };
    const m = withSecondOpinion(compileWatchlist(defaultWatchlist()), model).match({ title: 'ICE detainers at the county jail' });
    expect(m!.topics).toEqual(['immigration-enforcement']);
    expect(m!.possible?.map((p) => p.topic)).toEqual(['state-databases']);
    expect(m!.priority).toBe(false);
  });

  it('leaves a topic the rules matched alone, and scores nothing under the threshold', () => {
    const rules = compileWatchlist(defaultWatchlist());
    const m = withSecondOpinion(rules, TINY).match({ title: 'Guard services for ICE detention', summary: 'Detainee transport.' });
    expect(m).toEqual(rules.match({ title: 'Guard services for ICE detention', summary: 'Detainee transport.' }));
    expect(withSecondOpinion(rules, TINY).match({ title: 'Office furniture' })).toBeNull();
  });

  it('never overrules an exclusion of the watchlist: ICE-office upkeep stays off topic however high it scores', () => {
    const rules = compileWatchlist(defaultWatchlist());
    const upkeep = { title: 'Janitorial services', summary: 'Janitorial services at the ICE field office.', kind: 'contract' as const };
    expect(rules.match(upkeep)).toBeNull();
    expect(rules.excludedTopics(upkeep)).toEqual(['immigration-enforcement']);
    const eager: SecondOpinionModel = { ...TINY, topics: [{ topic: 'immigration-enforcement', bias: 5, threshold: 0.5, weights: {} }] };
    expect(withSecondOpinion(rules, eager).match(upkeep)).toBeNull();
    // The same model marks an item no exclusion fired for.
    expect(rules.excludedTopics(award)).toEqual([]);
    expect(
      withSecondOpinion(rules, eager)
        .match(award)
        ?.possible?.map((p) => p.topic),
    ).toEqual(['immigration-enforcement']);
  });

  it("routes a possibly-relevant item to that topic's channels and labels it in the alert", () => {
    const item = makeItem({
      kind: 'contract',
      title: 'Guard services',
      summary: 'Armed guard services.',
      office: 'Acquisition Division Houston',
    });
    const match = withSecondOpinion(compileWatchlist(defaultWatchlist()), TINY).match(item)!;
    const stored: StoredItem = { ...item, firstSeenAt: '2026-11-20T00:00:00Z', lastSeenAt: '2026-11-20T00:00:00Z', match, history: [] };
    expect(wants(makeSubscription({ topics: ['immigration-enforcement'] }), stored, match)).toBe(true);
    expect(wants(makeSubscription({ topics: ['state-databases'] }), stored, match)).toBe(false);
    const msg = alertMessage(stored, match, 'alert');
    expect(msg.priority).toBe(false);
    expect(msg.badges).toEqual(['possibly relevant: immigration-enforcement']);
    expect(msg.fields).toContainEqual({
      label: 'Possibly relevant',
      value: 'immigration-enforcement (0.90) — model: guard(+1.33), office:houston(+1.00), guard service(+0.67), kind:contract(+0.17)',
    });
    expect(msg.fallbackText).toMatch(/^Possibly relevant: New contract/);
  });
});

describe('second opinion per workspace', () => {
  const item = makeItem({
    kind: 'contract',
    title: 'Guard services',
    summary: 'Armed guard services.',
    office: 'Acquisition Division Houston',
  });
  const stored = (match: StoredItem['match']): StoredItem => ({
    ...item,
    firstSeenAt: '2026-11-20T00:00:00Z',
    lastSeenAt: '2026-11-20T00:00:00Z',
    match,
    history: [],
  });

  it('is on by default and off for a workspace that turned it off (alerts, show, search, digest all use view)', async () => {
    const store = createMemoryStore();
    await store.putWorkspaceSettings({ workspaceId: 'T-off', secondOpinion: false });
    const set = createMatcherSet(defaultWatchlist(), store, { model: TINY });
    const kept = await set.matchAny(item);
    expect(kept?.possible?.[0]?.topic).toBe('immigration-enforcement');
    expect(await set.view('T-on', stored(kept!))).toEqual(kept);
    expect(await set.view('T-off', stored(kept!))).toBeNull();
    expect((await set.forWorkspace('T-off')).match(item)).toBeNull();
    expect((await set.forWorkspace('T-on')).match(item)?.possible).toHaveLength(1);
  });

  it('settings model:off is for managers, audited, and turns the labels off for that workspace only', async () => {
    const h = await setup();
    const refused = await h.run('settings model:off');
    expect(refused.type).toBe('error');
    expect((await h.store.getWorkspaceSettings('T1')).secondOpinion).toBe(true);
    const done = await h.manager('settings model:off');
    expect(await h.store.getWorkspaceSettings('T1')).toEqual({ workspaceId: 'T1', secondOpinion: false });
    expect(await h.store.listWatchAdditions('T1')).toEqual([]);
    expect(textOf(done)).toContain('Learned second opinion off for this workspace');
    expect((await h.store.listAudit(10)).map((a) => [a.action, a.detail, a.workspaceId])).toContainEqual(['settings.model', 'off', 'T1']);
    expect(h.changedWorkspaces).toContain('T1');
    const set = createMatcherSet(defaultWatchlist(), h.store, { model: TINY });
    expect((await set.forWorkspace('T1')).match(item)).toBeNull();
    expect((await set.forWorkspace('T2')).match(item)?.possible).toHaveLength(1);
    // A setting, not a watch term: watch list and settings do not show it as one.
    expect(textOf(await h.run('watch list'))).not.toContain('second-opinion');
    expect(textOf(await h.run('settings'))).toContain('0 extra watch terms');
    expect(textOf(await h.run('settings'))).toContain('Learned second opinion: off');
    await h.manager('settings model:on');
    expect((await h.store.getWorkspaceSettings('T1')).secondOpinion).toBe(true);
    set.invalidate('T1');
    expect((await set.forWorkspace('T1')).match(item)?.possible).toHaveLength(1);
    expect(textOf(await h.manager('settings model:maybe')).toLowerCase()).toContain('model:on');
  });
});

describe('training recipe', () => {
  const topic = 'immigration-enforcement';
  const items: TrainItem[] = Array.from({ length: 60 }, (_, i) => ({
    id: `t${i}`,
    doc: `d${i}`,
    title: i % 2 ? `detention guard contract ${i}` : `library book order ${i}`,
    labels: i % 2 ? [topic] : [],
  }));
  const noRules = () => ({ topics: [], excluded: [] });
  /** Off topic by its label, but in the model's words: it would be a false alarm. */
  const guard: TrainItem = { id: 'g1', title: 'detention guard contract at the field office', labels: [] };

  it('keeps the threshold above any false alarm on the guard sets, unless an exclusion fired there', () => {
    const guarded = trainSecondOpinion(items, [topic], noRules, {}, [guard]);
    const [t] = guarded.topics;
    const [probability] = scoreItem(guarded, guard);
    expect(probability!.probability).toBeGreaterThan(0.5);
    expect(t!.threshold).toBeGreaterThan(probability!.probability);

    const excluded = trainSecondOpinion(items, [topic], (i) => ({ topics: [], excluded: i.id === 'g1' ? [topic] : [] }), {}, [guard]);
    expect(excluded.topics[0]!.threshold).toBeLessThan(t!.threshold);
    expect((excluded.meta.crossValidated as Record<string, { floor: number }>)[topic]!.floor).toBeLessThan(0.5);
  });
});

describe('item weights', () => {
  const topic = 'immigration-enforcement';
  const items: TrainItem[] = Array.from({ length: 40 }, (_, i) => ({
    id: `w${i}`,
    title: i % 3 ? `detention transport contract ${i % 7}` : `office paper order ${i % 5}`,
    labels: i % 3 && i % 4 ? [topic] : [],
  }));

  it('count an item of weight 2 as two copies of it', () => {
    const copies = fitModel([...items, ...items.slice(0, 10)], [topic]);
    const weightedFit = fitModel([...weighted(items.slice(0, 10), 2), ...items.slice(10)], [topic]);
    expect(weightedFit.topics[0]!.weights).toEqual(copies.topics[0]!.weights);
    expect(weightedFit.topics[0]!.bias).toBe(copies.topics[0]!.bias);
  });

  it('change nothing at weight 1', () => {
    expect(fitModel(weighted(items, 1), [topic]).topics).toEqual(fitModel(items, [topic]).topics);
  });
});

describe('committed weights', () => {
  const model = secondOpinionModel();
  const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
  const dev = loadTrainFile(fixture('labelled-real/dev.jsonl'));
  const syntheticFiles = ['agency-context', 'bills', 'contracts', 'federal-register'].map((f) => `tests/fixtures/labelled/${f}.jsonl`);
  const synthetic = loadTrainFile(...syntheticFiles.map((f) => fixture(f.replace('tests/fixtures/', ''))));

  it('were trained on the dev split and the synthetic set as they are now, and stay small', () => {
    expect(model.meta.trainedOn).toBe('tests/fixtures/labelled-real/dev.jsonl');
    expect(model.meta.sha256, 'dev.jsonl changed: run npm run train').toBe(dev.sha256);
    // The synthetic set's own held-out file is never learned from.
    expect(model.meta.alsoTrainedOn).toEqual(syntheticFiles);
    expect(model.meta.alsoSha256, 'the synthetic set changed: run npm run train').toBe(synthetic.sha256);
    expect(model.meta.alsoWeight).toBe(SYNTHETIC_WEIGHT);
    expect(model.meta.items).toBe(dev.items.length + synthetic.items.length);
    expect(JSON.stringify(model.meta)).not.toContain('heldout');
    expect(statSync(SECOND_OPINION_FILE).size).toBeLessThan(400 * 1024);
    for (const t of model.topics) expect(Object.keys(t.weights).length).toBeLessThanOrEqual(6000);
  });

  it('are exactly what the training recipe fits (thresholds as cross-validated)', () => {
    const params = { ...DEFAULT_PARAMS, ...(model.meta.params as Partial<TrainParams>) };
    expect(params).toEqual(DEFAULT_PARAMS);
    const refit = fitModel(
      [...dev.items, ...weighted(synthetic.items, SYNTHETIC_WEIGHT)],
      model.topics.map((t) => t.topic),
      params,
    );
    for (const [i, t] of model.topics.entries()) {
      expect(t.weights).toEqual(refit.topics[i]!.weights);
      expect(t.bias).toBe(refit.topics[i]!.bias);
      const cv = (model.meta.crossValidated as Record<string, { threshold: number }>)[t.topic]!;
      expect(t.threshold).toBe(cv.threshold);
    }
    // Refitting on the whole dev split takes about 20 s alone and 52 s on a 2-core CI machine running the other
    // suites beside it (23,314 dev items since the fortieth collection); with 43,218 (the fifty-first) about 34 s alone
    // and once more than 150 s beside the other suites: a time budget, not a timed assertion.
  }, 300_000);
});
