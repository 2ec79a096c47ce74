/**
 * Property tests for the rule language: parsing arbitrary text never throws and either gives a
 * rule or a clear error; rules printed from random syntax trees parse back to the same tree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRule, RULE_LIMITS, SCOPED_FIELDS, type RuleNode } from '../../src/matching/rule-parser.ts';

const RUNS = { numRuns: 200 };

/** Text built from the rule language's own pieces (and stray characters), so the parser's branches are reached. */
const ruleLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'AND',
        'OR',
        'NOT',
        'NEAR/3',
        'NEAR/0',
        'NEAR/99',
        'NEAR',
        'and',
        '(',
        ')',
        '"',
        '\u201C',
        '=',
        '*',
        'office:',
        'agency:',
      ),
      fc.constantFrom(' ', ' ', '  ', '\t', '\n'),
      fc.stringMatching(/^[a-zA-Z]{1,8}\*?$/),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function expectParsedOrClearError(rule: string): void {
  const r = parseRule(rule);
  if (r.ok) {
    expect(r.atoms.length).toBeGreaterThan(0);
    expect(r.atoms.length).toBeLessThanOrEqual(RULE_LIMITS.maxAtoms);
    // Each atom is reported as written in the rule (field prefix, '=' and quotes included).
    for (const atom of r.atoms) {
      expect(atom.words.length).toBeGreaterThan(0);
      if (!atom.text.includes('"')) expect(rule).toContain(atom.text);
    }
  } else {
    expect(typeof r.error).toBe('string');
    expect(r.error.trim().length).toBeGreaterThan(10);
  }
}

describe('parseRule on arbitrary text', () => {
  it('never throws: a rule or a readable error, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (s) => expectParsedOrClearError(s)),
      RUNS,
    );
  });

  it('never throws on text made of operators, quotes, parentheses and words', () => {
    fc.assert(
      fc.property(ruleLikeText, (s) => expectParsedOrClearError(s)),
      RUNS,
    );
  });

  it('refuses anything longer than the limit with a clear error', () => {
    fc.assert(
      fc.property(fc.string({ minLength: RULE_LIMITS.maxLength + 1, maxLength: RULE_LIMITS.maxLength + 50 }), (s) => {
        const r = parseRule(s);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(/too long/);
      }),
      { numRuns: 50 },
    );
  });
});

// ─── Printing random trees and parsing them back ──────────────────────────────────────────

/** A syntax tree as generated: atoms carry the text they are printed as. */
type Tree =
  | { type: 'atom'; text: string }
  | { type: 'and' | 'or'; children: Tree[] }
  | { type: 'not'; child: Tree }
  | { type: 'near'; distance: number; left: Tree; right: Tree };

const lowerWord = fc.stringMatching(/^[a-z]{3,8}$/);
const phrase = fc.array(lowerWord, { minLength: 2, maxLength: 3 }).map((ws) => `"${ws.join(' ')}"`);
const atomText = fc.oneof(
  lowerWord,
  phrase,
  lowerWord.map((w) => `${w}*`),
  fc.stringMatching(/^[A-Z]{2,5}$/).map((w) => `=${w}`),
  fc.tuple(fc.constantFrom(...SCOPED_FIELDS), fc.oneof(lowerWord, phrase)).map(([f, t]) => `${f}:${t}`),
);
const atom: fc.Arbitrary<Tree> = atomText.map((text) => ({ type: 'atom', text }));
/** NEAR takes words, phrases or an OR of them on each side. */
const nearSide: fc.Arbitrary<Tree> = fc.oneof(
  atom,
  fc.array(atom, { minLength: 2, maxLength: 3 }).map((children): Tree => ({ type: 'or', children })),
);

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.record({ type: fc.constantFrom('and' as const, 'or' as const), children: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
    fc.record({ type: fc.constant('not' as const), child: tie('node') }),
    fc.record({
      type: fc.constant('near' as const),
      distance: fc.integer({ min: 1, max: RULE_LIMITS.maxNear }),
      left: nearSide,
      right: nearSide,
    }),
  ),
})).node;

/** Fully parenthesized, so the printed rule says exactly this tree. */
function print(t: Tree): string {
  switch (t.type) {
    case 'atom':
      return t.text;
    case 'and':
    case 'or':
      return `(${t.children.map(print).join(` ${t.type.toUpperCase()} `)})`;
    case 'not':
      return `NOT ${print(t.child)}`;
    case 'near':
      return `(${print(t.left)} NEAR/${t.distance} ${print(t.right)})`;
  }
}

function shape(n: RuleNode): Tree {
  switch (n.type) {
    case 'atom':
      return { type: 'atom', text: n.atom.text };
    case 'and':
    case 'or':
      return { type: n.type, children: n.children.map(shape) };
    case 'not':
      return { type: 'not', child: shape(n.child) };
    case 'near':
      return { type: 'near', distance: n.distance, left: shape(n.left), right: shape(n.right) };
  }
}

const count = (t: Tree): number =>
  t.type === 'atom'
    ? 1
    : t.type === 'not'
      ? count(t.child)
      : t.type === 'near'
        ? count(t.left) + count(t.right)
        : t.children.reduce((s, c) => s + count(c), 0);
const depth = (t: Tree): number =>
  t.type === 'atom'
    ? 0
    : 1 +
      (t.type === 'not'
        ? depth(t.child)
        : t.type === 'near'
          ? Math.max(depth(t.left), depth(t.right))
          : Math.max(...t.children.map(depth)));
/** Whether the tree can fire on positive evidence (a rule that is only NOT is refused). */
const positive = (t: Tree): boolean =>
  t.type === 'atom' || t.type === 'near'
    ? true
    : t.type === 'not'
      ? false
      : t.type === 'or'
        ? t.children.every(positive)
        : t.children.some(positive);

describe('printed rules parse back', () => {
  it('a rule printed from a syntax tree parses to that tree, with its atoms in order', () => {
    const fits = (t: Tree) =>
      positive(t) && count(t) <= RULE_LIMITS.maxAtoms && depth(t) < RULE_LIMITS.maxDepth && print(t).length <= RULE_LIMITS.maxLength;
    fc.assert(
      fc.property(tree.filter(fits), (t) => {
        const r = parseRule(print(t));
        if (!r.ok) throw new Error(`${print(t)}: ${r.error}`);
        expect(shape(r.node)).toEqual(t);
        expect(r.atoms).toHaveLength(count(t));
      }),
      RUNS,
    );
  });
});
