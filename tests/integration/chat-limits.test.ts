/**
 * Every message policywatch builds stays within Slack's Block Kit limits and Discord's message
 * limits, with 5,000-character titles and URLs in the input, and nothing is lost doing so:
 * the digest lists every priority item, alerts keep their title, search keeps every result
 * and never cuts a link in the middle.
 */
import { describe, expect, it } from 'vitest';
import { renderDiscordMessage } from '../../adapters/discord/render.ts';
import { renderSlackMessage } from '../../adapters/slack/render.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { itemId, type Item, type MatchResult, type RichMessage, type StoredItem } from '../../src/domain/index.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';
import { alertMessage } from '../../src/pipeline/alert-message.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { setup, textOf } from '../commands/harness.ts';
import { makeSub } from '../digest/helpers.ts';
import { brokenDiscordLinks, discordViolations, slackViolations } from '../helpers/chat-limits.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const LONG_URL = `https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp?q=${'x'.repeat(4950)}`;
const longTitle = (i: number) =>
  `Item ${i} ${'An Act Concerning the Trust Act and Access to COLLECT by Federal Immigration Authorities '.repeat(60)}`.slice(0, 5000);
const BOTH: MatchResult = {
  topics: ['immigration-enforcement', 'state-databases'],
  terms: ['COLLECT', 'ICE'],
  snippet: 'access to COLLECT by ICE',
  highlights: [[10, 17]],
  priority: true,
};
const ONE: MatchResult = {
  topics: ['state-databases'],
  terms: ['COLLECT'],
  snippet: 'access to COLLECT',
  highlights: [[10, 17]],
  priority: false,
};
const STATES = ['CT', 'NY', 'CA', 'US', 'TX'];

function item(i: number, long: boolean): Item {
  return {
    id: itemId('limits', `n${i}`),
    sourceId: 'limits',
    kind: 'bill',
    jurisdiction: STATES[i % STATES.length]!,
    identifier: `HB ${7000 + i}`,
    title: long ? longTitle(i) : `Short title ${i}`,
    url: long ? LONG_URL : `https://example.org/items/${i}`,
    status: 'Referred to Joint Committee on Judiciary',
    version: `v${i}`,
  };
}

function checkAll(messages: RichMessage[]): { slack: string; discord: string } {
  let slack = '';
  let discord = '';
  for (const m of messages) {
    const s = renderSlackMessage(m);
    expect(slackViolations(s)).toEqual([]);
    slack += JSON.stringify(s.blocks);
    const d = renderDiscordMessage(m);
    expect(discordViolations(d)).toEqual([]);
    const text = JSON.stringify(d.embeds);
    expect(brokenDiscordLinks(d.embeds.map((e) => e.description ?? '').join('\n'))).toBe(0);
    discord += text;
  }
  return { slack, discord };
}

describe('the digest never hides a priority item', () => {
  it('40 items, 24 of them priority, with 5,000-character titles and URLs: all 24 listed, every part within both platforms’ limits', async () => {
    const store = createMemoryStore();
    for (let i = 0; i < 40; i++) {
      await recordItems(store, [{ item: item(i, i % 2 === 0), match: i < 24 ? BOTH : ONE }], new Date(NOW.getTime() - (i + 1) * 3_600_000));
    }
    const messages = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [] });
    const { slack, discord } = checkAll(messages);
    for (let i = 0; i < 24; i++) {
      // Exactly once on each platform (identifiers are rendered as inline code).
      expect(slack.split(`HB ${7000 + i}\``).length - 1).toBe(1);
      expect(discord.split(`HB ${7000 + i}\``).length - 1).toBe(1);
    }
    expect(slack).not.toContain('shortened to fit Slack');
    // The priority section lists all of them, in the first part(s), before any jurisdiction.
    const headings = messages.flatMap((m) => (m.sections ?? []).map((s) => s.heading));
    expect(headings[0]).toBe('★ Priority (both topics)');
    const priorityLines = messages.flatMap((m) =>
      (m.sections ?? []).filter((s) => s.heading?.startsWith('★ Priority')).flatMap((s) => s.lines),
    );
    expect(priorityLines).toHaveLength(24);
  });
});

describe('alerts, search and show with 5,000-character titles and URLs', () => {
  const stored = (i: number, long: boolean): StoredItem => ({
    ...item(i, long),
    firstSeenAt: NOW.toISOString(),
    lastSeenAt: NOW.toISOString(),
    match: BOTH,
    history: [
      { version: 'v0', status: 'Introduced', title: 'x', seenAt: NOW.toISOString() },
      { version: `v${i}`, status: 'Referred', title: 'x', seenAt: NOW.toISOString() },
    ],
  });

  it('an alert keeps its title on Slack (the link is dropped, not the title) and Discord gets no embed URL over 2,048', () => {
    for (const type of ['alert', 'update'] as const) {
      const msg = alertMessage(stored(1, true), BOTH, type);
      const s = renderSlackMessage(msg);
      expect(slackViolations(s)).toEqual([]);
      const first = s.blocks[0]!;
      expect(first.type === 'section' && first.text?.text).toContain('Item 1 An Act Concerning the Trust Act');
      const d = renderDiscordMessage(msg);
      expect(discordViolations(d)).toEqual([]);
      expect(d.embeds[0]!.title).toContain('Item 1 An Act');
      expect(d.embeds[0]!.url).toBeUndefined();
      // A URL under the limit is still linked.
      const ok = renderDiscordMessage(alertMessage(stored(2, false), BOTH, type));
      expect(ok.embeds[0]!.url).toBe('https://example.org/items/2');
    }
  });

  it('search keeps all five results whole on both platforms, and show fits too', async () => {
    const t = await setup();
    for (let i = 0; i < 7; i++) await recordItems(t.store, [{ item: item(i, true), match: BOTH }], new Date('2026-11-19T00:00:00Z'));
    t.search.addOrUpdate(await t.store.listItems());
    const found = await t.run('search trust act collect');
    expect(found.type).toBe('reply');
    const { discord } = checkAll([found]);
    for (let i = 0; i < 5; i++) expect(discord).toMatch(new RegExp(`Item ${i}|HB ${7000 + i}`));
    const d = renderDiscordMessage(found);
    expect((d.embeds[0]!.description!.match(/Item \d+ An Act/g) ?? []).length).toBe(5);
    expect(found.footer).toContain('page:2');
    const shown = await t.run('show CT HB 7000');
    checkAll([shown]);
    expect(textOf(shown)).not.toContain('Id:');
  });
});
