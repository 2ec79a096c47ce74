import { describe, expect, it } from 'vitest';
import { renderSlackMessage } from '../../../adapters/slack/index.ts';
import { LIMITS, type SlackBlock } from '../../../adapters/slack/render.ts';
import type { RichMessage } from '../../../src/domain/index.ts';

const alert: RichMessage = {
  type: 'alert',
  title: 'An Act Concerning Data Sharing',
  url: 'https://cga.ct.gov/2025/HB5001?a=1&b=2',
  context: ['bill · CT · HB 5001', 'Judiciary Committee', '2025-03-04'],
  badges: ['state-databases', 'immigration-enforcement'],
  priority: true,
  fields: [{ label: 'Matched terms', value: 'license plate reader, ICE' }],
  body: [
    [
      { text: '…shares ' },
      { text: 'license plate reader', emphasis: 'hit' },
      { text: ' data with ' },
      { text: 'ICE', emphasis: 'hit' },
      { text: ' on request…' },
    ],
  ],
  footer: 'Source: Connecticut General Assembly',
  fallbackText: 'New bill CT HB 5001: An Act Concerning Data Sharing',
};

/** Every text Slack will parse as mrkdwn, plus plain_text separately. */
function texts(blocks: SlackBlock[]): { mrkdwn: string[]; plain: string[] } {
  const mrkdwn: string[] = [];
  const plain: string[] = [];
  for (const b of blocks) {
    const objs =
      b.type === 'header'
        ? [b.text]
        : b.type === 'section'
          ? [...(b.text ? [b.text] : []), ...(b.fields ?? [])]
          : b.type === 'context'
            ? b.elements
            : [];
    for (const o of objs) (o.type === 'mrkdwn' ? mrkdwn : plain).push(o.text);
  }
  return { mrkdwn, plain };
}

function totalText(blocks: SlackBlock[]): number {
  const { mrkdwn, plain } = texts(blocks);
  return [...mrkdwn, ...plain].reduce((n, t) => n + t.length, 0);
}

describe('renderSlackMessage: an alert', () => {
  it('renders title link, context line, badges with priority marker, matched terms, snippet and source', () => {
    expect(renderSlackMessage(alert)).toEqual({
      text: 'New bill CT HB 5001: An Act Concerning Data Sharing',
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*<https://cga.ct.gov/2025/HB5001?a=1&amp;b=2|An Act Concerning Data Sharing>*', verbatim: true },
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'bill · CT · HB 5001 · Judiciary Committee · 2025-03-04', verbatim: true }] },
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', text: ':rotating_light: *Priority*  ·  `state-databases` `immigration-enforcement`', verbatim: true },
          ],
        },
        { type: 'section', fields: [{ type: 'mrkdwn', text: '*Matched terms*\nlicense plate reader, ICE', verbatim: true }] },
        { type: 'section', text: { type: 'mrkdwn', text: '…shares *license plate reader* data with *ICE* on request…', verbatim: true } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Source: Connecticut General Assembly', verbatim: true }] },
      ],
    });
  });

  it('uses a plain_text header when there is no safe link, and no priority marker unless priority', () => {
    const { blocks } = renderSlackMessage({ ...alert, url: 'javascript:alert(1)', priority: false, badges: ['state-databases'] });
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'An Act Concerning Data Sharing', emoji: true } });
    expect(blocks[2]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '`state-databases`', verbatim: true }] });
  });

  it('renders span links only for http(s), emphasis outside surrounding spaces', () => {
    const { blocks } = renderSlackMessage({
      type: 'reply',
      title: 'Results',
      body: [
        [
          { text: ' HB 5001 ', url: 'https://x.org/1', emphasis: 'bold' },
          { text: 'bad', url: 'javascript:alert(1)' },
          { text: 'code`s', emphasis: 'code' },
        ],
      ],
      fallbackText: 'Results',
    });
    expect(blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: " *<https://x.org/1|HB 5001>* bad`code's`", verbatim: true },
    });
  });

  it('falls back to the title when fallbackText is empty', () => {
    expect(renderSlackMessage({ type: 'reply', title: 'A & B', fallbackText: ' ' }).text).toBe('A &amp; B');
  });
});

describe('renderSlackMessage: feed text can never ping, link or break markup', () => {
  const hostile = [
    ['special mention', '<!channel> vote now'],
    ['here mention', 'hello <!here>'],
    ['user mention', 'ping <@U123>'],
    ['channel link', 'see <#C0123|general>'],
    ['disguised link', '<http://evil|click> me'],
    ['javascript link', '<javascript:alert(1)|x>'],
    ['entity', 'Smith &amp; Wesson &lt;b&gt;'],
    ['mrkdwn metacharacters', '*bold* _it_ ~strike~ `code` ```block``` > quote'],
    ['emoji', '🚨👮🏽‍♀️ ICE 🇺🇸 :rotating_light:'],
    ['RTL text', 'قانون مشاركة بيانات الشرطة \u202Eevil\u202C'],
  ] as const;

  it.each(hostile)('%s in title, context, badges, fields, snippet, footer and fallback', (_name, bad) => {
    const msg: RichMessage = {
      type: 'alert',
      title: bad,
      url: 'https://example.org/item',
      context: [bad],
      badges: [bad],
      fields: [{ label: bad, value: bad }],
      body: [[{ text: bad }, { text: bad, emphasis: 'hit' }]],
      sections: [{ heading: bad, lines: [[{ text: bad, url: 'https://example.org/x' }]] }],
      footer: bad,
      fallbackText: bad,
    };
    const { text, blocks } = renderSlackMessage(msg);
    const { mrkdwn } = texts(blocks);
    for (const t of [text, ...mrkdwn]) {
      expect(t).not.toMatch(/<[!@#]/);
      // The only angle-bracket tokens left are the links we made ourselves.
      for (const token of t.match(/<[^>]*>/g) ?? []) expect(token).toMatch(/^<https:\/\/example\.org\/(item|x)\|/);
      // Every & starts an entity: nothing the feed wrote is read as one.
      expect(t.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
    }
  });

  it('keeps the raw text visible: it shows exactly what the feed said', () => {
    const { blocks } = renderSlackMessage({
      type: 'reply',
      title: '<!channel> & co',
      body: [[{ text: 'Smith &amp; <@U123>' }]],
      fallbackText: 'x',
    });
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '<!channel> & co', emoji: true } });
    expect(blocks[1]).toMatchObject({ text: { text: 'Smith &amp;amp; &lt;@U123&gt;', verbatim: true } });
  });

  it('keeps emoji and RTL text intact', () => {
    const { blocks } = renderSlackMessage({ type: 'reply', title: 't', body: [[{ text: '🚨 قانون 👮🏽‍♀️' }]], fallbackText: 'x' });
    expect(blocks[1]).toMatchObject({ text: { text: '🚨 قانون 👮🏽‍♀️' } });
  });
});

describe('renderSlackMessage: Block Kit limits are met by shortening, never failing', () => {
  it('cuts a 5,000-character summary to one 3,000-character section ending in an ellipsis', () => {
    const { blocks } = renderSlackMessage({ ...alert, body: [[{ text: 'x'.repeat(5000) }]] });
    const snippet = blocks.find((b) => b.type === 'section' && b.text?.text.startsWith('xxx'));
    expect(snippet?.type === 'section' && snippet.text?.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(snippet?.type === 'section' && snippet.text?.text.endsWith('…')).toBe(true);
  });

  it('cuts a long summary made only of characters that need escaping without leaving half an entity', () => {
    const { blocks } = renderSlackMessage({ ...alert, body: [[{ text: '<&>'.repeat(2000) }]] });
    const snippet = blocks[4];
    expect(snippet?.type === 'section' && snippet.text?.text).toMatch(/^(&lt;&amp;&gt;)+(&lt;|&lt;&amp;)?…$/);
  });

  it('shows a 400-character title in a section (a header holds 150) and cuts a 5,000-character field to 2,000', () => {
    const { blocks } = renderSlackMessage({
      type: 'reply',
      title: 'T'.repeat(400),
      fields: [{ label: 'L', value: 'v'.repeat(5000) }],
      fallbackText: 'x',
    });
    expect(blocks[0]?.type === 'section' && blocks[0].text?.text).toBe(`*${'T'.repeat(400)}*`);
    expect(blocks[1]?.type === 'section' && blocks[1].fields?.[0]?.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
  });

  it('puts at most 10 fields in a section', () => {
    const fields = Array.from({ length: 15 }, (_, i) => ({ label: `f${i}`, value: 'v' }));
    const { blocks } = renderSlackMessage({ type: 'reply', title: 't', fields, fallbackText: 'x' });
    expect(blocks.slice(1).map((b) => (b.type === 'section' ? b.fields?.length : 0))).toEqual([10, 5]);
  });

  it('keeps at most 50 blocks and says the message was shortened', () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({ heading: `Section ${i}`, lines: [[{ text: `line ${i}` }]] }));
    const { blocks } = renderSlackMessage({ type: 'digest', title: 'Weekly digest', sections, fallbackText: 'digest' });
    expect(blocks).toHaveLength(50);
    // No link to point at: the note does not send anyone to one.
    expect(blocks[49]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '_(shortened to fit Slack)_', verbatim: true }] });
    const linked = renderSlackMessage({
      type: 'digest',
      title: 'Weekly digest',
      url: 'https://example.org/d',
      sections,
      fallbackText: 'digest',
    });
    expect(linked.blocks[49]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '_(shortened to fit Slack: open the link for the full text)_', verbatim: true }],
    });
  });

  it('keeps the total text under about 12,000 characters', () => {
    const sections = Array.from({ length: 10 }, (_, i) => ({
      heading: `S${i}`,
      lines: Array.from({ length: 30 }, () => [{ text: 'y'.repeat(95) }]),
    }));
    const { blocks } = renderSlackMessage({ type: 'digest', title: 'Weekly digest', sections, fallbackText: 'digest' });
    expect(totalText(blocks)).toBeLessThanOrEqual(LIMITS.totalText);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(blocks.at(-1)).toMatchObject({ type: 'context' });
  });

  it('splits a long section between lines rather than inside one', () => {
    const lines = Array.from({ length: 40 }, (_, i) => [{ text: `${String(i).padStart(2, '0')} ${'z'.repeat(97)}` }]);
    const { blocks } = renderSlackMessage({ type: 'digest', title: 'd', sections: [{ lines }], fallbackText: 'd' });
    const parts = blocks.slice(1).map((b) => (b.type === 'section' ? (b.text?.text ?? '') : ''));
    expect(parts.length).toBe(2);
    expect(parts.join('\n').split('\n')).toHaveLength(40);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(3000);
  });
});
