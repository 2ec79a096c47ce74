import { describe, expect, it } from 'vitest';
import { arabicBare, tokenize } from '../../src/matching/tokens.ts';
import { compileWatchlist } from '../../src/matching/index.ts';

describe('tokenize', () => {
  /** The words of a text, lower-cased, and as written (possessives and Turkish endings dropped). */
  const words = (text: string) => tokenize(text).map((t) => t.lower);
  const cased = (text: string) => tokenize(text).map((t) => t.cased);

  it('finds the same words in ASCII text (scanned by hand) as in Unicode text (scanned by RegExp)', () => {
    const ascii = "ICE's detainers: driver's O'Neil 287(g) a''b 'quoted' x's--HB-1000 U.S. e.g. ABC'S";
    const unicode = `${ascii} é`;
    const strip = (ts: ReturnType<typeof tokenize>) => ts.filter((t) => t.lower !== 'é');
    expect(tokenize(ascii)).toEqual(strip(tokenize(unicode)));
    expect(tokenize(ascii).map((t) => t.cased)).toEqual([
      'ICE',
      'detainers',
      'driver',
      'ONeil',
      '287',
      'g',
      'a',
      'b',
      'quoted',
      'x',
      'HB',
      '1000',
      'U',
      'S',
      'e',
      'g',
      'ABC',
    ]);
  });

  it('marks a word that opens a sentence, but not after an abbreviation', () => {
    const opens = (text: string) => tokenize(text).flatMap((t) => (t.sentenceStart ? [t.lower] : []));
    expect(opens('Unless they are investigating a crime. Information may not be released; Names stay.')).toEqual(['information', 'names']);
    expect(opens('Agents entered the U.S. Immigration office. Gov. Polis and Inc. Board met')).toEqual(['gov']);
    expect(opens('a crime. information in lower case')).toEqual([]);
    expect(opens('ARRESTED FOR A CRIME. INFORMATION FOLLOWS')).toEqual([]);
  });

  it('keeps a possessive out of the word and its range', () => {
    const [t] = tokenize("ICE's");
    expect(t).toMatchObject({ start: 0, end: 3, cased: 'ICE', lower: 'ice' });
  });

  it('reads a French or Italian elided article as the word after it, and leaves English apostrophes alone', () => {
    expect(words("L'expulsion d'un etranger qu'il dell'immigrazione un'indagine")).toEqual([
      'expulsion',
      'un',
      'etranger',
      'il',
      'immigrazione',
      'indagine',
    ]);
    expect(words("O'Neil don't I'm y'all")).toEqual(['oneil', 'dont', 'im', 'yall']);
    // The range still covers the whole written word, article included.
    expect(tokenize("l'expulsion")[0]).toMatchObject({ start: 0, end: 11, cased: 'expulsion' });
  });

  it("reads a name before a Turkish case ending as the name (UYAP'ta, ICE'in), and other apostrophes as before", () => {
    expect(cased("UYAP'ta ICE'in AFAD'ın Almanya'dan Emniyet'e FBI'lar UYAP'ı")).toEqual([
      'UYAP',
      'ICE',
      'AFAD',
      'Almanya',
      'Emniyet',
      'FBI',
      'UYAP',
    ]);
    // A lone vowel after a vowel is not an ending; a one-letter name is not a name (Uzbek, English).
    expect(cased("Hawai'i Sana'a o'zbek y'all Qur'an")).toEqual(['Hawaii', 'Sanaa', 'ozbek', 'yall', 'Quran']);
    // The range covers the name only, so the highlight is the name.
    expect(tokenize("UYAP'ta")[0]).toMatchObject({ start: 0, end: 4, cased: 'UYAP' });
  });

  it('reads each Chinese character and kana as a word of its own, and other scripts by their runs', () => {
    expect(words('入管による収容')).toEqual(['入', '管', 'に', 'よ', 'る', '収', '容']);
    // Hangul and Latin runs beside them stay whole words, with their ranges in the text.
    expect(words('불법체류자 단속 ICE入管')).toEqual(['불법체류자', '단속', 'ice', '入', '管']);
    expect(tokenize('ICE入管')[1]).toMatchObject({ start: 3, end: 4, cased: '入' });
  });

  it('reads an Arabic word also without the conjunction or preposition written onto it', () => {
    // و / ف (and, so), then ب / ل / ك (with, for, like); لل is ل before the article, whose alef is dropped.
    expect(arabicBare('وترحيل')).toBe('ترحيل');
    expect(arabicBare('بترحيلهم')).toBe('ترحيلهم');
    expect(arabicBare('وبالترحيل')).toBe('الترحيل');
    expect(arabicBare('للترحيل')).toBe('الترحيل');
    expect(arabicBare('فالشرطة')).toBe('الشرطة');
    // Nothing to strip, or too little left: the word is read only as written.
    expect(arabicBare('ترحيل')).toBeUndefined();
    expect(arabicBare('وطن')).toBeUndefined();
    // A word that only looks prefixed gets a second form too; it is read beside the word as written, never instead.
    expect(arabicBare('بصمة')).toBe('صمة');
    expect(arabicBare('deportation')).toBeUndefined();
    expect(tokenize('قرار بترحيل الوافدين').map((t) => t.bare)).toEqual([undefined, 'ترحيل', undefined]);
  });
});

describe('Arabic proclitics in rules', () => {
  const m = compileWatchlist({
    topics: [{ id: 'imm', label: 'imm', include: ['"ترحيل المخالفين"', 'إبعاد*', '=المقيمين'], exclude: [] }],
  });
  const reads = (title: string) => m.match({ title })?.topics ?? [];

  it("lets a term's first word read the word with a proclitic, as a phrase and as a prefix", () => {
    expect(reads('الشرطة تبدأ بترحيل المخالفين')).toEqual(['imm']);
    expect(reads('قرار وترحيل المخالفين')).toEqual(['imm']);
    expect(reads('قرار بإبعادهم')).toEqual(['imm']);
    // Only the first word: the proclitic on a later word of a phrase is not read away.
    expect(reads('ترحيل والمخالفين')).toEqual([]);
  });

  it('keeps = for the form exactly as written', () => {
    expect(reads('تسجيل المقيمين')).toEqual(['imm']);
    expect(reads('المقيمين')).toEqual(['imm']);
    expect(reads('للمواطنين والمقيمين')).toEqual([]);
  });

  it('highlights the whole written word', () => {
    expect(m.match({ title: 'بدء بترحيل المخالفين' })?.terms).toEqual(['بترحيل المخالفين']);
  });
});
