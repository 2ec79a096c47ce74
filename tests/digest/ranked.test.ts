/**
 * The digest ranks: every priority item listed (deadline soonest first), then each
 * jurisdiction's items with a comment period, hearing or response date within two weeks
 * first; and every "and N more" hint is a command that works as typed: each one is run
 * through the real command handler (the one command table) and lists that section whole.
 */
import { describe, expect, it } from 'vitest';
import { createCommandHandler } from '../../src/commands/index.ts';
import { buildDigest, rankEntries } from '../../src/digest/build.ts';
import { itemId, itemVersion, richTextToPlain, type Deadline, type Item, type RichMessage } from '../../src/domain/index.ts';
import { defaultWatchlist } from '../../src/matching/index.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';
import { loadSearchIndex } from '../../src/search/index.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { BOTH, makeMatch, makeSub } from './helpers.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

function item(native: string, title: string, jurisdiction: string, deadlines?: Deadline[], kind: Item['kind'] = 'bill'): Item {
  const base = { title, status: 'Introduced' };
  return {
    id: itemId('rank', native),
    sourceId: 'rank',
    kind,
    jurisdiction,
    identifier: native,
    title,
    url: `https://example.org/${native}`,
    status: 'Introduced',
    version: itemVersion(base),
    ...(deadlines ? { deadlines } : {}),
  };
}

async function week() {
  const store = createMemoryStore();
  const add = async (it: Item, topics: string[], h: number) => recordItems(store, [{ item: it, match: makeMatch(topics) }], hoursAgo(h));
  // Priority: the newest has no deadline; an older one's comment period closes in 2 days.
  await add(item('P-NEW', 'Priority without a deadline', 'US', undefined, 'notice'), BOTH, 1);
  await add(
    item(
      'P-COMMENT',
      'Priority notice, comments close soon',
      'US',
      [{ kind: 'comment', at: '2026-12-02', actionUrl: 'https://www.regulations.gov/commenton/DHS-2026-0031-0001' }],
      'notice',
    ),
    BOTH,
    100,
  );
  await add(item('P-FAR', 'Priority rule, comments close in a month', 'US', [{ kind: 'comment', at: '2026-12-30' }], 'rule'), BOTH, 50);
  // Connecticut: 12 ordinary bills, the oldest with a hearing in 4 days.
  for (let i = 0; i < 11; i++) await add(item(`CT-${i}`, `Connecticut bill ${i}`, 'CT'), ['immigration-enforcement'], 2 + i);
  await add(
    item('CT-HEARING', 'Connecticut bill with a hearing', 'CT', [{ kind: 'hearing', at: '2026-12-04' }]),
    ['immigration-enforcement'],
    150,
  );
  // A city council: 11 agenda items, found under state:WA.
  for (let i = 0; i < 11; i++)
    await add(item(`SEA-${i}`, `Seattle agenda item ${i}`, 'Seattle, WA', undefined, 'notice'), ['state-databases'], 3 + i);
  return store;
}

const lines = (messages: RichMessage[], heading: string) =>
  messages.flatMap((m) =>
    (m.sections ?? []).filter((s) => s.heading?.replace(/ \(continued\)$/, '') === heading).flatMap((s) => s.lines.map(richTextToPlain)),
  );

describe('a digest that ranks', () => {
  it('lists every priority item, soonest deadline first, and puts items with a deadline first in their jurisdiction', async () => {
    const store = await week();
    const messages = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [] });
    const priority = lines(messages, '★ Priority (both topics)');
    expect(priority.map((l) => /P-[A-Z]+/.exec(l)?.[0])).toEqual(['P-COMMENT', 'P-NEW', 'P-FAR']);
    expect(priority[0]).toContain('⏰ comment period closes Dec 2, 2026');
    expect(priority[0]).toContain('Comment');
    const ct = lines(messages, 'Connecticut (CT)');
    expect(ct[0]).toContain('CT-HEARING');
    expect(ct[0]).toContain('⏰ hearing Dec 4, 2026');
    expect(ct).toHaveLength(11); // 10 and the hint
  });

  it('ranks by deadline within two weeks, then importance, then as collected', () => {
    const entry = (native: string, topics: string[], deadline?: Deadline) => ({
      item: {
        ...item(native, native, 'US'),
        firstSeenAt: NOW.toISOString(),
        lastSeenAt: NOW.toISOString(),
        match: makeMatch(topics),
        history: [],
      },
      event: 'new' as const,
      at: NOW.toISOString(),
      ...(deadline ? { deadline } : {}),
    });
    const ranked = rankEntries(
      [
        entry('one-topic', ['immigration-enforcement']),
        entry('two-topics', BOTH),
        entry('far', ['immigration-enforcement'], { kind: 'comment', at: '2027-01-30' }),
        entry('soon', ['immigration-enforcement'], { kind: 'response', at: '2026-12-05' }),
        entry('sooner', ['immigration-enforcement'], { kind: 'hearing', at: '2026-12-01' }),
      ],
      NOW,
    );
    expect(ranked.map((e) => e.item.identifier)).toEqual(['sooner', 'soon', 'two-topics', 'one-topic', 'far']);
  });

  it('every "more" hint parses with the command grammar and, run as typed, lists its whole section', async () => {
    const store = await week();
    const messages = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [] });
    const hints = messages
      .flatMap((m) => (m.sections ?? []).flatMap((s) => s.lines.map(richTextToPlain)))
      .map((l) => /^and (\d+) more — (\/policy .+)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(hints.map((h) => h[2])).toEqual([
      '/policy search since:7d state:CT priority:no',
      '/policy search since:7d state:WA priority:no',
    ]);
    const handler = createCommandHandler({
      store,
      clock: { now: () => NOW },
      search: await loadSearchIndex(store),
      watchlist: () => defaultWatchlist(),
      digest: { preview: async () => [], sendNow: async () => ({ sent: 0 }) },
      sources: async () => [],
      runtime: () => ({ version: 't', startedAt: NOW }),
      defaultTz: 'UTC',
    });
    for (const [, more, command] of hints) {
      const reply = await handler({
        platform: 'slack',
        workspaceId: 'T1',
        channelId: 'C1',
        userId: 'U1',
        text: command!.replace(/^\/policy /, ''),
        isManager: false,
      });
      expect(reply.type).toBe('reply');
      // 10 shown in the digest + the N it says are more: the search finds exactly that section.
      expect(reply.context?.[0]).toMatch(new RegExp(`^1–5 of ${10 + Number(more)} · `));
    }
    const priorityOnly = await handler({
      platform: 'slack',
      workspaceId: 'T1',
      channelId: 'C1',
      userId: 'U1',
      text: 'search since:7d priority:yes',
      isManager: false,
    });
    expect(priorityOnly.context?.[0]).toMatch(/^1–3 of 3 · /);
  });
});
