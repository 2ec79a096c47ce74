/**
 * One way to read text: feeds, the matcher and search strip HTML, decode entities and fold
 * plurals the same way.
 */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../feeds/parse/index.ts';
import { prepareText } from '../../src/matching/normalize.ts';
import { tokenize as matcherTokens } from '../../src/matching/tokens.ts';
import { terms } from '../../src/search/text.ts';
import { decodeEntities, foldDiacritics, foldPlural, htmlToText, namedEntity, splitWords, stripTags } from '../../src/text/index.ts';

describe('stripTags', () => {
  it('turns tags into spaces, drops comments and script/style contents, keeps a lone "<"', () => {
    expect(stripTags('<p>a<b>b</b></p><!-- c --><script>evil()</script>d < e')).toBe(' a b    d < e');
    expect(htmlToText('<p>a<b>b</b></p><!-- c --><script>evil()</script><style>p{}</style>d < e')).toBe('a b d < e');
  });

  it('stays linear on thousands of unclosed "<"', () => {
    const hostile = '<a'.repeat(50_000);
    expect(stripTags(hostile)).toBe(hostile);
  });
});

describe('decodeEntities (the entities package)', () => {
  it('decodes every HTML5 named reference and numeric ones; unknown names stay', () => {
    expect(decodeEntities('&hellip; &notin; &Scaron; &rarr; &frac78; &#x2014; &#169; &nosuch; AT&T')).toBe(
      '\u2026 \u2209 \u0160 \u2192 \u215e \u2014 \u00a9 &nosuch; AT&T',
    );
    expect(namedEntity('eacute')).toBe('\u00e9');
    expect(namedEntity('nosuch')).toBeUndefined();
  });
});

describe('folding', () => {
  it.each([
    ['searches', 'search'],
    ['agencies', 'agency'],
    ['databases', 'database'],
    ['addresses', 'address'],
    ['detainers', 'detainer'],
    ['access', 'access'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['1990s', '1990s'],
    ['ids', 'ids'],
  ])('foldPlural(%s) = %s', (word, folded) => {
    expect(foldPlural(word)).toBe(folded);
  });

  it('folds diacritics', () => {
    expect(foldDiacritics('Coopération Straße Øresund')).toBe('Cooperation Strasse Oresund');
    // Letters NFKD does not decompose, spelled with a plain letter by writers and rule authors alike.
    expect(foldDiacritics('Sınır dışı, Straż Graniczna Łódź, Đakovo')).toBe('Sinir disi, Straz Graniczna Lodz, Dakovo');
  });

  it('splits words on anything that is not a letter or digit', () => {
    expect(splitWords('license-plate 287(g) ICE\u2019s')).toEqual(['license', 'plate', '287', 'g', 'ICE', 's']);
  });

  it('keeps a word with its combining marks, and reads each Chinese character or kana as a word', () => {
    expect(splitWords('डिपोर्ट हुए')).toEqual(['डिपोर्ट', 'हुए']);
    expect(splitWords('入管による収容 ICE')).toEqual(['入', '管', 'に', 'よ', 'る', '収', '容', 'ICE']);
    expect(splitWords('불법체류자 단속')).toEqual(['불법체류자', '단속']);
    // Thai is written without spaces too: each letter is a word (with its vowel and tone marks).
    expect(splitWords('แรงงาน')).toEqual(['แ', 'ร', 'ง', 'ง', 'า', 'น']);
  });
});

describe('feeds, matcher and search agree', () => {
  const html = '<p>ICE &amp; CBP database searches&hellip; &ndash; <script>x()</script>caf&eacute;&nbsp;&notin;</p>';

  it('see the same text', () => {
    const feed = plainText(html);
    expect(feed).toBe('ICE & CBP database searches\u2026 \u2013 caf\u00e9\u00a0\u2209'.replace('\u00a0', ' '));
    expect(prepareText(html).display).toBe(feed);
  });

  it('fold "searches" to "search" in both the matcher and search', () => {
    expect(matcherTokens('database searches').map((t) => t.folded)).toEqual(['database', 'search']);
    expect(terms('database searches')).toEqual(['database', 'search']);
  });
});
