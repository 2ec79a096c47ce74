import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/matching/index.ts';
import { prepareText, stripHtml } from '../../src/matching/normalize.ts';

describe('normalizeText', () => {
  it('strips tags, decodes entities, folds diacritics and collapses whitespace', () => {
    expect(normalizeText('<p>Detention&nbsp;services&amp;\n\n <b>guards</b></p>')).toBe('Detention services& guards');
    expect(normalizeText('Secretar&iacute;a de Seguridad &#8212; Pe&ntilde;a &#x27;s')).toBe("Secretaria de Seguridad - Pena 's");
    expect(normalizeText('Protección   de   datos')).toBe('Proteccion de datos');
  });

  it('decodes double-escaped feed HTML and drops script and style content', () => {
    expect(normalizeText('&lt;b&gt;ICE&lt;/b&gt; detainers')).toBe('ICE detainers');
    expect(normalizeText('a<script>var ICE = 1;</script>b<style>.x{}</style>c')).toBe('a b c');
  });

  it('keeps case (acronyms need it) and simplifies typographic quotes and dashes', () => {
    expect(normalizeText('“ICE’s” data–sharing')).toBe('"ICE\'s" data-sharing');
  });

  it('leaves a lone "<" alone and stays linear on thousands of unclosed tags', () => {
    expect(normalizeText('a < b and c<d')).toBe('a < b and c<d');
    const hostile = '<a'.repeat(50_000);
    expect(stripHtml(hostile)).toBe(hostile);
  });

  it('returns an empty string for empty input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' <br/> ')).toBe('');
  });
});

describe('prepareText', () => {
  /** The display text a range of the normalized text came from. */
  const back = (raw: string, needle: string) => {
    const p = prepareText(raw);
    const i = p.norm.indexOf(needle);
    expect(i, `${needle} in ${p.norm}`).toBeGreaterThanOrEqual(0);
    const last = i + needle.length - 1;
    return p.normStart && p.normEnd ? p.display.slice(p.normStart[i], p.normEnd[last]) : p.display.slice(i, last + 1);
  };

  it('keeps the text as written for display and normalizes a copy for matching', () => {
    const p = prepareText('<p>Protecci&oacute;n  de datos &amp; “ICE’s” data–sharing</p>');
    expect(p.display).toBe('Protección de datos & “ICE’s” data–sharing');
    expect(p.norm).toBe('Proteccion de datos & "ICE\'s" data-sharing');
    expect(p.norm).toBe(normalizeText('<p>Protecci&oacute;n  de datos &amp; “ICE’s” data–sharing</p>'));
  });

  it('maps every normalized character back to the character it came from', () => {
    expect(back('Protecci&oacute;n de datos', 'Proteccion')).toBe('Protección');
    expect(back('José García', 'Garcia')).toBe('García');
    expect(back('Jose\u0301 Garcia', 'Jose')).toBe('Jose\u0301');
    expect(back('data–sharing', 'data-sharing')).toBe('data–sharing');
    expect(back('the ﬁngerprint ﬁle', 'fingerprint')).toBe('ﬁngerprint');
    expect(back('Section 287(g)&nbsp;agreements', '287(g) agreements')).toBe('287(g) agreements');
    expect(back('&lt;b&gt;U.S.&lt;/b&gt; ICE', 'U.S.')).toBe('U.S.');
    // Plain ASCII needs no map: norm and display are the same string.
    expect(prepareText('ICE &amp; DMV')).toEqual({ display: 'ICE & DMV', norm: 'ICE & DMV', normStart: null, normEnd: null });
  });
});
