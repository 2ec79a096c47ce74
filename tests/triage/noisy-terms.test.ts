/**
 * The weekly suggestion to managers: a term that keeps producing items marked Not relevant
 * (≥ 3 this week and > 50% of its marked items) is named in the digest with a command that
 * mutes it, and that command works as typed.
 */
import { describe, expect, it } from 'vitest';
import { richTextToPlain, type TriageLabel, type TriageLabelKind } from '../../src/domain/index.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { noisyTerms } from '../../src/triage/noisy-terms.ts';
import { muteCommand } from '../../src/triage/mute-rule.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { makeSub, record } from '../digest/helpers.ts';
import { setup } from '../commands/harness.ts';

const NOW = new Date('2026-11-30T09:00:00Z');
const DAY = 86_400_000;
let n = 0;
const mark = (
  itemId: string,
  label: TriageLabelKind,
  terms: string[],
  daysAgo = 1,
  userId = 'U1',
  over: Partial<TriageLabel> = {},
): TriageLabel => ({
  workspaceId: 'T1',
  itemId,
  label,
  platform: 'slack',
  channelId: 'C1',
  userId,
  at: new Date(NOW.getTime() - daysAgo * DAY + ++n).toISOString(),
  title: itemId,
  topics: ['state-databases'],
  terms,
  ...over,
});

describe('noisyTerms', () => {
  it('names a term with at least 3 not-relevant items this week that are more than half of its marked items', () => {
    const labels = [
      mark('a', 'not-relevant', ['ICE', 'detention']),
      mark('b', 'not-relevant', ['ice']),
      mark('c', 'not-relevant', ['ICE']),
      mark('d', 'relevant', ['ICE', 'detention']),
      mark('e', 'not-relevant', ['detention']),
      mark('f', 'relevant', ['detention']),
      mark('g', 'relevant', ['detention']),
    ];
    expect(noisyTerms(labels, new Date(NOW.getTime() - 7 * DAY))).toEqual([
      { term: 'ICE', notRelevant: 3, marked: 4, topics: ['state-databases'] },
    ]);
  });

  it('leaves out last week, reviewed-only marks, exactly half, and items the team overruled', () => {
    const since = new Date(NOW.getTime() - 7 * DAY);
    const old = ['a', 'b', 'c'].map((id) => mark(id, 'not-relevant', ['sanctuary'], 9));
    expect(noisyTerms(old, since)).toEqual([]);
    expect(
      noisyTerms(
        ['a', 'b', 'c'].map((id) => mark(id, 'reviewed', ['sanctuary'])),
        since,
      ),
    ).toEqual([]);
    const half = [
      ...['a', 'b', 'c'].map((id) => mark(id, 'not-relevant', ['plate'])),
      ...['d', 'e', 'f'].map((id) => mark(id, 'relevant', ['plate'])),
    ];
    expect(noisyTerms(half, since)).toEqual([]);
    const overruled = ['a', 'b', 'c'].flatMap((id) => [
      mark(id, 'not-relevant', ['jail'], 2, 'U1'),
      mark(id, 'relevant', ['jail'], 1, 'U2'),
      mark(id, 'relevant', ['jail'], 1, 'U3'),
    ]);
    expect(noisyTerms(overruled, since)).toEqual([]);
  });
});

describe('the digest suggestion', () => {
  it('adds a note naming the term and a mute command that works as typed', async () => {
    const store = createMemoryStore();
    await record(store, { native: 'x', title: 'Ice rink bill', jurisdiction: 'CT' }, new Date(NOW.getTime() - DAY).toISOString());
    for (const id of ['a', 'b', 'c', 'd']) await store.putLabel(mark(id, id === 'd' ? 'relevant' : 'not-relevant', ['ice rink']));
    await store.putLabel(mark('z', 'not-relevant', ['ice rink'], 1, 'U9', { workspaceId: 'T2' }));
    const sub = makeSub({ channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' } });
    const messages = await buildDigest({ store, sub, now: NOW, sources: [] });
    const note = messages.at(-1)!;
    expect(note.title).toBe('Suggestion for managers: terms that keep missing');
    const line = richTextToPlain(note.sections![0]!.lines[0]!);
    expect(line).toBe('“ice rink” produced 3 not-relevant items this week (of 4 marked) — /policy watch add -"ice rink" state-databases');

    const other = await buildDigest({
      store,
      sub: makeSub({ channel: { platform: 'slack', workspaceId: 'T2', channelId: 'C2' } }),
      now: NOW,
      sources: [],
    });
    expect(other.some((m) => m.title.startsWith('Suggestion'))).toBe(false);

    const { manager, store: cmdStore } = await setup();
    await manager(muteCommand('ice rink', ['state-databases']).replace(/^\/policy /, ''));
    expect((await cmdStore.listWatchAdditions('T1')).map((a) => [a.topic, a.mode, a.rule])).toEqual([
      ['state-databases', 'exclude', '"ice rink"'],
    ]);
  });
});
