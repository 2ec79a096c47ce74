/**
 * RichMessage → Discord embed: hostile feed text is shown literally (never a ping, a
 * masked link or broken markup) and Discord's limits are met by truncating, never failing.
 */
import { describe, expect, it } from 'vitest';
import { renderDiscordMessage } from '../../../adapters/discord/index.ts';
import { LIMITS, TONE_COLORS, renderSpan, type DiscordEmbed } from '../../../adapters/discord/render.ts';
import { escapeDiscordText, safeUrl, truncate } from '../../../adapters/discord/escape.ts';
import type { RichMessage } from '../../../src/domain/index.ts';

const base: RichMessage = { type: 'alert', title: 'Title', fallbackText: 'Title' };
const embedOf = (msg: RichMessage): DiscordEmbed => renderDiscordMessage(msg).embeds[0]!;
const total = (e: DiscordEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Text a renderer must never let through unescaped. */
const UNESCAPED_MENTION = /(^|[^\\])<(@|#)/;

describe('injection table: feed text in a body, a title and a field', () => {
  const rows: Array<[string, string, (out: string) => void]> = [
    ['@everyone', 'Alert @everyone now', (out) => expect(out).toBe('Alert @\u200beveryone now')],
    ['@here', 'ping @here', (out) => expect(out).toBe('ping @\u200bhere')],
    ['role mention', 'hi <@&123456789012345678>', (out) => expect(out).toBe('hi \\<@&123456789012345678\\>')],
    ['user mention', '<@123456789012345678> and <@!1>', (out) => expect(out).not.toMatch(UNESCAPED_MENTION)],
    ['channel mention', 'see <#123456789012345678>', (out) => expect(out).toBe('see \\<\\#123456789012345678\\>')],
    [
      'masked link',
      '[Official notice](https://evil.example/phish)',
      (out) => expect(out).toBe('\\[Official notice\\](https://evil.example/phish)'),
    ],
    ['two masked links', '[a](https://x.example) and [b](https://y.example)', (out) => expect(out).not.toMatch(/(^|[^\\])\[/)],
    [
      'bold/italic/strike/spoiler',
      '**big** _it_ ~~gone~~ ||secret||',
      (out) => expect(out).toBe('\\*\\*big\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\|\\|secret\\|\\|'),
    ],
    ['inline code and code block', '`x` ```js\nalert(1)```', (out) => expect(out).not.toMatch(/(^|[^\\])`/)],
    [
      'heading, quote, subtext, lists',
      '# HUGE\n> quoted\n-# small\n- item\n1. first',
      (out) => expect(out).toBe('\\# HUGE\n\\> quoted\n-\\# small\n\\- item\n1\\. first'),
    ],
    ['backslash', 'C:\\path\\*', (out) => expect(out).toBe('C:\\\\path\\\\\\*')],
  ];

  it.each(rows)('%s is shown literally in the description', (_name, input, check) => {
    check(embedOf({ ...base, body: [[{ text: input }]] }).description!);
  });

  it.each(rows.filter(([name]) => !/code|heading|backslash/.test(name)))('%s is neutralised in the title and in fields', (_name, input) => {
    const e = embedOf({ ...base, title: input, fields: [{ label: input, value: input }] });
    for (const text of [e.title!, e.fields![0]!.name, e.fields![0]!.value]) {
      expect(text).not.toMatch(/@(everyone|here)/);
      expect(text).not.toMatch(UNESCAPED_MENTION);
      expect(text).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
    }
  });

  it('bare http(s) URLs stay linkable (underscores in them are not escaped)', () => {
    expect(embedOf({ ...base, body: [[{ text: 'see https://example.org/a_b_c now_' }]] }).description).toBe(
      'see https://example.org/a_b_c now\\_',
    );
  });

  it('escaping is linear: a hostile 100,000-character text renders at once', () => {
    const e = embedOf({
      ...base,
      title: '*_'.repeat(50_000),
      body: [[{ text: '*a_'.repeat(33_000) }]],
      fields: [{ label: 'x', value: '<@'.repeat(50_000) }],
    });
    expect(total(e)).toBeLessThanOrEqual(LIMITS.total);
  });

  it('a 5,000-character text is truncated to the description limit with an ellipsis', () => {
    const e = embedOf({ ...base, body: [[{ text: 'x'.repeat(5000) }]] });
    expect(e.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(e.description!.endsWith('…')).toBe(true);
  });

  it('footers are plain text (Discord does not render markdown there): only mentions are defused', () => {
    expect(embedOf({ ...base, footer: 'Source: *Fed* Register @everyone <@&1>' }).footer).toEqual({
      text: 'Source: *Fed* Register @\u200beveryone <\u200b@&1>',
    });
  });

  it('every send disables mentions', () => {
    expect(renderDiscordMessage({ ...base, body: [[{ text: '@everyone' }]] }).allowed_mentions).toEqual({ parse: [] });
  });
});

describe('links', () => {
  it.each([
    ['javascript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['ftp://files.example/x', undefined],
    ['https://user:pw@example.org/', undefined],
    ['not a url', undefined],
    ['https://example.org/a (b)', 'https://example.org/a%20%28b%29'],
    ['http://example.org/x', 'http://example.org/x'],
  ])('safeUrl(%j) → %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it('drops a non-http title link and a non-http span link, keeping the text', () => {
    const e = embedOf({ ...base, url: 'javascript:alert(1)', body: [[{ text: 'click', url: 'javascript:alert(1)' }]] });
    expect(e.url).toBeUndefined();
    expect(e.description).toBe('click');
  });

  it('renders an http(s) span as a masked link with escaped text', () => {
    expect(renderSpan({ text: 'HB_5001', url: 'https://cga.ct.gov/x', emphasis: 'bold' })).toBe('[**HB\\_5001**](https://cga.ct.gov/x)');
  });

  it('renders hits as bold after escaping, keeping surrounding spaces outside the markers', () => {
    expect(renderSpan({ text: ' *gang* database ', emphasis: 'hit' })).toBe(' **\\*gang\\* database** ');
    expect(renderSpan({ text: 'a`b', emphasis: 'code' })).toBe('`aˋb`');
  });
});

describe('limits: truncate, never fail', () => {
  it('cuts the title to 256 and fields to 25 × (256 / 1024), keeping the total within 6000', () => {
    const msg: RichMessage = {
      ...base,
      title: 'T'.repeat(400),
      fields: Array.from({ length: 30 }, (_, i) => ({ label: `L${i}`.repeat(200), value: 'v'.repeat(2000) })),
      body: [[{ text: 'd'.repeat(5000) }]],
      footer: 'f'.repeat(3000),
    };
    const e = embedOf(msg);
    expect(e.title!.length).toBe(LIMITS.title);
    expect(e.footer!.text.length).toBe(LIMITS.footer);
    expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(total(e)).toBeLessThanOrEqual(LIMITS.total);
    expect(e.description!.length).toBeGreaterThan(0);
  });

  it('keeps at most 25 fields when they fit', () => {
    const e = embedOf({ ...base, fields: Array.from({ length: 40 }, (_, i) => ({ label: `f${i}`, value: 'x' })) });
    expect(e.fields).toHaveLength(25);
  });

  it('truncates long descriptions on line boundaries so markup is not cut in half', () => {
    const lines = Array.from({ length: 200 }, (_, i) => [{ text: `item ${i} ` }, { text: 'license plate', emphasis: 'hit' as const }]);
    const d = embedOf({ ...base, body: lines }).description!;
    expect(d.length).toBeLessThanOrEqual(LIMITS.description);
    expect(d.endsWith('\n…')).toBe(true);
    for (const line of d.split('\n').slice(0, -1)) expect(line).toMatch(/^item \d+ \*\*license plate\*\*$/);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(200), 256);
    expect(cut.length).toBeLessThanOrEqual(256);
    expect(/[\uD800-\uDBFF]…$/.test(cut)).toBe(false);
  });

  it('falls back to escaped content when there is nothing for an embed', () => {
    expect(renderDiscordMessage({ type: 'reply', title: '', fallbackText: 'done @everyone' })).toEqual({
      content: 'done @\u200beveryone',
      embeds: [],
      allowed_mentions: { parse: [] },
    });
  });
});

describe('colours', () => {
  it.each([
    [{ priority: true }, TONE_COLORS.priority],
    [{ tone: 'success' as const }, TONE_COLORS.success],
    [{ badges: ['immigration-enforcement'] }, TONE_COLORS.immigration],
    [{ badges: ['state-databases'] }, TONE_COLORS.databases],
    [{ badges: ['immigration-enforcement', 'state-databases'] }, TONE_COLORS.priority],
    [{ type: 'error' as const }, TONE_COLORS.error],
    [{}, TONE_COLORS.neutral],
  ])('%j → %i', (extra, color) => {
    expect(embedOf({ ...base, ...extra }).color).toBe(color);
  });
});

describe('escapeDiscordText', () => {
  it('leaves ordinary text alone', () => {
    expect(escapeDiscordText('HB 5001: An Act Concerning License Plate Readers (2026)')).toBe(
      'HB 5001: An Act Concerning License Plate Readers (2026)',
    );
  });
});
