/**
 * Feed text cannot ping anyone, form a link or format itself in any reply. The same hostile
 * payloads go into an item's title, summary, status, agency and identifier, a source's error and
 * an audit entry, then through alerts, search, show, digest, status and sources, rendered by
 * each platform's one escaping function (adapters/slack/escape.ts, adapters/discord/escape.ts).
 */
import { describe, expect, it } from 'vitest';
import { renderDiscordMessage } from '../../adapters/discord/render.ts';
import { renderSlackMessage } from '../../adapters/slack/render.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { itemId, type MatchResult, type RichMessage, type StoredItem } from '../../src/domain/index.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';
import { alertMessage } from '../../src/pipeline/alert-message.ts';
import { SOURCES, setup } from '../commands/harness.ts';
import { makeSub } from '../digest/helpers.ts';

export const PAYLOADS = [
  '<!channel> <!here> <!everyone> <@U0ADMIN> <#C0GENERAL> <!subteam^S123>',
  '@everyone @here <@&1300> <@1234567890> <#1234567890>',
  '[click me](https://evil.example/x)',
  'https://evil.example/](https://evil.example/x) [x',
  'https://ok.example/[x](https://evil.example/y)',
  '<https://evil.example/|click> <javascript:alert(1)|go>',
  '*bold* _it_ ~strike~ `code` ||spoiler||',
  '> quoted\n# heading\n- list',
];
const HOSTILE = PAYLOADS.join(' ');
const NOW = new Date('2026-11-20T12:00:00Z');
const match: MatchResult = {
  topics: ['immigration-enforcement', 'state-databases'],
  terms: ['COLLECT'],
  snippet: `COLLECT ${HOSTILE}`.slice(0, 200),
  highlights: [[0, 7]],
  priority: true,
};

function hostileItem(n: number): StoredItem {
  return {
    id: itemId('hostile', `h${n}`),
    sourceId: 'hostile',
    kind: 'bill',
    jurisdiction: 'CT',
    identifier: `HB 66${n}`,
    title: `COLLECT sharing ${HOSTILE}`,
    summary: HOSTILE,
    url: 'https://www.cga.ct.gov/hb66',
    agency: HOSTILE.slice(0, 120),
    status: HOSTILE.slice(0, 100),
    version: `v${n}`,
    firstSeenAt: NOW.toISOString(),
    lastSeenAt: NOW.toISOString(),
    publishedAt: '2026-11-19T00:00:00Z',
    match,
    history: [
      { version: 'v0', status: '<!channel> was', title: 't', seenAt: '2026-11-18T00:00:00Z' },
      { version: `v${n}`, status: HOSTILE.slice(0, 100), title: 't', seenAt: NOW.toISOString() },
    ],
  };
}

function slackText(m: RichMessage): string {
  const r = renderSlackMessage(m);
  return `${r.text}\n${JSON.stringify(r.blocks)}`;
}

function discordText(m: RichMessage): string {
  const d = renderDiscordMessage(m);
  const e = d.embeds.map((x) =>
    [x.title, x.description, x.footer?.text, ...(x.fields ?? []).flatMap((f) => [f.name, f.value])].filter(Boolean).join('\n'),
  );
  return [d.content ?? '', ...e].join('\n');
}

function expectSafeOnSlack(text: string) {
  // No special mention, user/channel mention or link may be formed from feed text.
  expect(text).not.toMatch(/<!(channel|here|everyone|subteam)/);
  expect(text).not.toMatch(/<[@#][A-Z0-9]/);
  expect(text).not.toMatch(/<(https?:\/\/evil|javascript:)/);
  // Formatting markers at word boundaries are look-alikes.
  expect(text).not.toMatch(/(^|\s)\*bold\*/);
  expect(text).not.toMatch(/(^|\s)_it_/);
  expect(text).not.toMatch(/(^|\s)~strike~/);
}

function expectSafeOnDiscord(text: string) {
  expect(text).not.toMatch(/(?<!\u200b)@(everyone|here)/);
  expect(text).not.toMatch(/(?<!\\)<[@#]/);
  // No masked link to evil.example: every `](` before such a URL is escaped.
  expect(text).not.toMatch(/(?<!\\)\]\(https?:\/\/evil/);
  expect(text).not.toMatch(/(?<!\\)\|\|spoiler/);
  expect(text).not.toMatch(/(?<!\\)\*bold(?<!\\)\*/);
}

describe('feed text is inert in every reply, on both platforms', () => {
  it('alerts, updates, search, show, digest, status and sources', async () => {
    const sources = [{ ...SOURCES[1]!, lastError: HOSTILE.slice(0, 300), name: `FPDS ${PAYLOADS[0]}` }];
    const t = await setup({ sources: async () => sources });
    const items = [hostileItem(1), hostileItem(2)];
    for (const it of items) await recordItems(t.store, [{ item: it, match }], NOW);
    t.search.addOrUpdate(await t.store.listItems());
    await t.store.appendAudit({
      at: NOW.toISOString(),
      platform: 'slack',
      workspaceId: 'T1',
      channelId: 'C1',
      userId: `U9 (${PAYLOADS[1]})`,
      action: 'watch.add',
      detail: HOSTILE.slice(0, 200),
    });

    const messages: Array<[string, RichMessage]> = [
      ['alert', alertMessage(items[0]!, match, 'alert')],
      ['update', alertMessage(items[0]!, match, 'update')],
      ['search', await t.run('search COLLECT sharing')],
      ['search (filters only)', await t.run('search state:CT')],
      ['show', await t.run('show CT HB 661')],
      ['show (several)', await t.run('show HB 661')],
      ['status', await t.run('status')],
      ['sources', await t.run('sources')],
      ...(await buildDigest({ store: t.store, sub: makeSub(), now: NOW, sources })).map((m): [string, RichMessage] => ['digest', m]),
    ];
    for (const [name, m] of messages) {
      expect(m.type, name).not.toBe('error');
      const s = slackText(m);
      const d = discordText(m);
      expect(s.length + d.length, name).toBeGreaterThan(0);
      expectSafeOnSlack(s);
      expectSafeOnDiscord(d);
    }
    // The payloads reached the replies (as literal text), so the checks above were meaningful.
    expect(slackText(messages[2]![1])).toContain('&lt;!channel&gt;');
    expect(messages[4]![1].title).toContain('COLLECT sharing');
    expect(discordText(messages[2]![1])).toContain('@\u200beveryone');
    expect(discordText(messages[6]![1])).toContain('\\<@\\&1300\\>'.replace('\\&', '&'));
  });
});
