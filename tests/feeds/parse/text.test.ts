/** Text helpers: linear tag stripping, entity decoding, dates that never throw, safe links, XML preparation. */
import { describe, expect, it } from 'vitest';
import { decodeEntities, plainText, prepareXml, resolveLink, stripTags, toIsoDate } from '../../../feeds/parse/index.ts';

describe('stripTags', () => {
  it('removes tags and keeps text and lone angle brackets', () => {
    expect(stripTags('<p>ICE <b>access</b></p>')).toBe(' ICE  access  ');
    expect(stripTags('a < b and c > d')).toBe('a < b and c > d');
    expect(stripTags('<!-- note -->x')).toBe(' x');
  });

  it('handles 200,000 unmatched "<" in one pass', () => {
    const input = '<a'.repeat(200_000);
    expect(stripTags(input)).toBe(input);
  });
});

describe('decodeEntities', () => {
  it('decodes numeric and named references, leaves unknown ones', () => {
    expect(decodeEntities('&#8220;ICE&#x201D; &amp; CBP&nbsp;&mdash; &bogus; &#0;')).toBe(
      '\u201cICE\u201d & CBP\u00a0\u2014 &bogus; \ufffd',
    );
  });
});

describe('plainText', () => {
  it('strips, decodes, collapses whitespace and caps length', () => {
    expect(plainText('<div>\n  State&nbsp;police <em>and</em>   ICE </div>')).toBe('State police and ICE');
    expect(plainText('x'.repeat(50), 10)).toBe('xxxxxxxxx\u2026');
  });
});

describe('toIsoDate', () => {
  it.each([
    ['Tue, 24 Nov 2026 14:05:00 GMT', '2026-11-24T14:05:00.000Z'],
    ['2026-11-18T12:00:00-05:00', '2026-11-18T17:00:00.000Z'],
    ['not a date', undefined],
    ['', undefined],
    ['+999999-01-01T00:00:00Z', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe('resolveLink', () => {
  it('resolves relative links and accepts only http(s)', () => {
    expect(resolveLink('/a?b=1', 'https://x.example.org/feed')).toBe('https://x.example.org/a?b=1');
    expect(resolveLink('javascript:alert(1)', 'https://x.example.org/')).toBeUndefined();
    expect(resolveLink('relative/only', undefined)).toBeUndefined();
    expect(resolveLink('  ', 'https://x.example.org/')).toBeUndefined();
  });
});

describe('prepareXml', () => {
  it('escapes bare ampersands and converts HTML entities, outside CDATA only', () => {
    expect(prepareXml('<t>AT&T &nbsp; &amp; &#38; &foo;</t><![CDATA[AT&T &nbsp;]]>')).toBe(
      '<t>AT&amp;T &#160; &amp; &#38; &amp;foo;</t><![CDATA[AT&T &nbsp;]]>',
    );
  });

  it('renames Atom published/updated elements but not prefixed ones', () => {
    expect(prepareXml('<published>x</published><updated a="1">y</updated><atom:updated>z</atom:updated><publishedAt/>')).toBe(
      '<pw-published>x</pw-published><pw-updated a="1">y</pw-updated><atom:updated>z</atom:updated><publishedAt/>',
    );
  });
});
