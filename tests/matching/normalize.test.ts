import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/matching/index.ts';
import { stripHtml } from '../../src/matching/normalize.ts';

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
