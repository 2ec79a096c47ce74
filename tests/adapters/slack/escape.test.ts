import { describe, expect, it } from 'vitest';
import { escapeSlackText, safeLinkTarget, truncateMrkdwn, truncatePlain } from '../../../adapters/slack/escape.ts';

describe('escapeSlackText', () => {
  it('escapes exactly &, < and > (Slack formatting reference)', () => {
    expect(escapeSlackText('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
  });

  it('turns special mentions and links into literal text', () => {
    expect(escapeSlackText('<!channel> <!here> <@U123> <#C1> <http://evil|click>')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;#C1&gt; &lt;http://evil|click&gt;',
    );
  });

  it('escapes an existing entity again so it shows literally', () => {
    expect(escapeSlackText('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves emoji and RTL text alone, and turns formatting markers into look-alikes so a title cannot format itself', () => {
    expect(escapeSlackText('🚨 قانون الشرطة *bold* _it_ ~s~ `c`')).toBe(
      '🚨 قانون الشرطة \u2217bold\u2217 \u02cdit\u02cd \u223cs\u223c \u02cbc\u02cb',
    );
  });

  it('keeps markers inside words (snake_case, 2*3) as they are', () => {
    expect(escapeSlackText('state_db_v2 and 2*3*4')).toBe('state_db_v2 and 2*3*4');
  });
});

describe('safeLinkTarget', () => {
  it.each([
    ['https://www.cga.ct.gov/2025/HB5001', 'https://www.cga.ct.gov/2025/HB5001'],
    ['http://example.org/a?x=1&y=2', 'http://example.org/a?x=1&amp;y=2'],
    ['https://example.org/a|b>c<d', 'https://example.org/a%7Cb%3Ec%3Cd'],
  ])('keeps http(s) URL %s, escaped for <url|label>', (raw, expected) => {
    expect(safeLinkTarget(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'slack://channel?id=C1',
    'mailto:a@b.c',
    'data:text/html,x',
    'ftp://x.org/',
    'not a url',
    '',
    undefined,
    'https://user:pw@example.org/',
  ])('drops %s', (raw) => {
    expect(safeLinkTarget(raw)).toBeUndefined();
  });
});

describe('truncation', () => {
  it('leaves short text unchanged', () => {
    expect(truncatePlain('short', 10)).toBe('short');
    expect(truncateMrkdwn('short', 10)).toBe('short');
  });

  it('cuts plain text to the limit with an ellipsis, never splitting an emoji', () => {
    const out = truncatePlain('😀'.repeat(100), 12);
    expect(out.length).toBeLessThanOrEqual(12);
    expect(out.endsWith('…')).toBe(true);
    expect(out.slice(0, -1)).toBe('😀'.repeat(5));
  });

  it('never leaves half an entity or half a link behind in mrkdwn', () => {
    expect(truncateMrkdwn('abc &amp; def', 7)).toBe('abc…');
    const link = 'see <https://example.org/very/long/path|the record> now';
    expect(truncateMrkdwn(link, 20)).toBe('see…');
    expect(truncateMrkdwn(link, 60)).toBe(link);
  });
});
