import { describe, expect, it } from 'vitest';
import { validateRule } from '../../src/matching/index.ts';
import { parseRule } from '../../src/matching/rule-parser.ts';

describe('validateRule: valid rules', () => {
  it.each([
    'detainer',
    '"secure communities"',
    '=ICE',
    '="ICE Air"',
    'deport*',
    '"immigra* enforcement"',
    'ICE AND data',
    'detainer OR "hold request"',
    'sanctuary NOT wildlife',
    'NOT wildlife AND sanctuary',
    '"data" NEAR/10 ("ICE" OR immigration)',
    '(a OR b) AND (c OR (d AND e))',
    '"287(g)"',
    'E-Verify',
    '“license plate reader”',
    // Scripts written without spaces are words of one character each: a phrase holds up to 24 of them.
    '"พระราชบัญญัติคนเข้าเมือง"',
    '"中华人民共和国出境入境管理法"',
  ])('%s', (rule) => {
    expect(validateRule(rule)).toEqual({ ok: true });
  });
});

describe('validateRule: invalid rules say what is wrong and where', () => {
  it.each([
    ['', 'the rule is empty'],
    ['   ', 'the rule is empty'],
    ['"license plate', 'unclosed quote: add the closing " (at character 1)'],
    ['license plate', 'two terms side by side: join them with AND / OR, or put a phrase in quotes (at character 9)'],
    ['ice and snow', 'write the operator in capitals (AND), or quote it to search for the word (at character 5)'],
    ['(ICE OR ERO', 'missing ")"'],
    ['ICE OR ERO)', 'unmatched ")" (at character 11)'],
    ['()', 'empty parentheses (at character 1)'],
    ['ICE AND', 'the rule ends too early'],
    ['OR ICE', 'OR needs a word or phrase before it (at character 1)'],
    ['de*', 'a prefix needs at least 3 letters before "*"'],
    ['de*port', '"*" is only allowed at the end of a word'],
    ['=ICE*', 'a case-sensitive term (=) cannot also be a prefix (*)'],
    ['=', '"=" must be followed by a word or "phrase"'],
    ['ICE NEAR/0 data', 'NEAR needs a distance from 1 to 50'],
    ['ICE NEAR data', 'NEAR needs a distance from 1 to 50, e.g. NEAR/10 (at character 5)'],
    ['ICE NEAR/5 (data AND sharing)', 'NEAR needs words or phrases on each side'],
    ['NOT wildlife', 'a rule needs at least one word or phrase outside NOT'],
    ['"!!!"', 'has no letters or digits to match'],
    ['"a b c d e f g h i"', 'a phrase can have at most 8 words'],
    ['"一二三四五六七八九十一二三四五六七八九十一二三四五"', 'a phrase can have at most 24 characters of Chinese, Japanese, Thai'],
    ['x'.repeat(401), 'the rule is too long (401 characters; at most 400)'],
    ['(((((((((a)))))))))', 'too many nested parentheses'],
  ])('%j', (rule, message) => {
    const r = validateRule(rule);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

describe('parseRule', () => {
  it('gives NOT > NEAR > AND > OR precedence, and reads "a NOT b" as a AND NOT b', () => {
    const r = parseRule('a OR b AND c NEAR/3 d NOT e');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.node.type).toBe('or');
    const and = r.node.type === 'or' ? r.node.children[1]! : r.node;
    expect(and.type).toBe('and');
    if (and.type !== 'and') return;
    expect(and.children.map((c) => c.type)).toEqual(['atom', 'near', 'not']);
  });

  it('keeps the atoms as written and splits punctuation the same way as the text', () => {
    const r = parseRule('="ICE Air" OR "287(g)" OR deport*');
    expect(r.ok && r.atoms.map((a) => [a.text, a.words])).toEqual([
      [
        '="ICE Air"',
        [
          { kind: 'case', value: 'ICE' },
          { kind: 'case', value: 'Air' },
        ],
      ],
      [
        '"287(g)"',
        [
          { kind: 'fold', value: '287' },
          { kind: 'fold', value: 'g' },
        ],
      ],
      ['deport*', [{ kind: 'prefix', value: 'deport' }]],
    ]);
  });
});
