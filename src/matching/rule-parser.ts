/**
 * The watchlist rule language (see README.md in this folder). No regular expressions from
 * users: a rule is parsed into a small tree of words, phrases and operators.
 *
 *   detainer                  word, any case, simple plurals (detainers)
 *   "secure communities"      phrase: the words in order, adjacent
 *   =ICE   ="ICE Air"         case-sensitive and exact (acronyms)
 *   deport*                   prefix (deport, deported, deportation); at least 3 letters
 *   a AND b, a OR b, NOT a    operators in capitals; NOT > NEAR > AND > OR; a NOT b = a AND NOT b
 *   a NEAR/10 b               within 10 words of each other, either order
 *   ( … )                     grouping
 *   office:"Detention Management"   a term that looks only in one field of the item (office,
 *                             contractor, place, agency); a hit there is evidence on its own
 */
import { isUnspacedWord } from '../text/index.ts';
import { ruleWords } from './tokens.ts';

type WordPattern = { kind: 'fold' | 'case' | 'prefix'; value: string };
/** Item fields a term can be scoped to with `field:term`. */
export const SCOPED_FIELDS = ['office', 'contractor', 'place', 'agency'] as const;
type ScopedField = (typeof SCOPED_FIELDS)[number];
const FIELD_PREFIX = new RegExp(`^(${SCOPED_FIELDS.join('|')}):`);
export interface Atom {
  words: WordPattern[];
  /** The atom as written in the rule. */
  text: string;
  /** Set for `field:term`: the term matches only inside that field. */
  field?: ScopedField;
}
export type RuleNode =
  | { type: 'atom'; atom: Atom }
  | { type: 'and'; children: RuleNode[] }
  | { type: 'or'; children: RuleNode[] }
  | { type: 'not'; child: RuleNode }
  | { type: 'near'; distance: number; left: RuleNode; right: RuleNode };

export type ParseResult = { ok: true; node: RuleNode; atoms: Atom[] } | { ok: false; error: string };

/**
 * A phrase holds at most maxPhraseWords words of spaced scripts and maxPhraseChars characters of the scripts written
 * without spaces (Chinese characters, kana, Thai, Lao, Khmer, Burmese), which are words of one character each.
 */
export const RULE_LIMITS = {
  maxLength: 400,
  maxPhraseWords: 8,
  maxPhraseChars: 24,
  maxAtoms: 40,
  maxDepth: 8,
  maxNear: 50,
  minPrefix: 3,
} as const;

type Lex =
  | { t: '(' | ')' | 'AND' | 'OR' | 'NOT'; pos: number }
  | { t: 'NEAR'; n: number; pos: number }
  | { t: 'TERM'; text: string; quoted: boolean; cased: boolean; pos: number; field?: ScopedField };

class RuleError extends Error {}

const fail = (msg: string, pos: number): never => {
  throw new RuleError(`${msg} (at character ${pos + 1})`);
};

const OPEN_QUOTES = '"\u201C\u201D\u201E';

function lex(rule: string): Lex[] {
  const out: Lex[] = [];
  let i = 0;
  while (i < rule.length) {
    const ch = rule[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out.push({ t: ch, pos: i++ });
      continue;
    }
    const start = i;
    const scoped = FIELD_PREFIX.exec(rule.slice(i, i + 12));
    const field = scoped ? (scoped[1] as ScopedField) : undefined;
    if (scoped) {
      i += scoped[0].length;
      if (i >= rule.length || /[\s()]/.test(rule[i]!))
        fail(`"${scoped[0]}" must be followed by a word or "phrase", e.g. office:"Detention Management"`, start);
    }
    const cased = rule[i] === '=';
    if (cased) i++;
    const q = rule[i];
    if (q !== undefined && OPEN_QUOTES.includes(q)) {
      let j = i + 1;
      while (j < rule.length && !OPEN_QUOTES.includes(rule[j]!)) j++;
      if (j >= rule.length) fail('unclosed quote: add the closing "', i);
      out.push({ t: 'TERM', text: rule.slice(i + 1, j), quoted: true, cased, pos: start, field });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < rule.length && !/[\s()]/.test(rule[j]!) && !OPEN_QUOTES.includes(rule[j]!)) j++;
    const word = rule.slice(i, j);
    if (!word) fail(cased ? '"=" must be followed by a word or "phrase", e.g. =ICE' : `unexpected "${ch}"`, start);
    i = j;
    if (!cased && !field && (word === 'AND' || word === 'OR' || word === 'NOT')) {
      out.push({ t: word, pos: start });
      continue;
    }
    const near = /^NEAR\/(\d+)$/.exec(word);
    if (!cased && !field && (near || word === 'NEAR' || word.startsWith('NEAR/'))) {
      const n = near ? Number(near[1]) : NaN;
      if (!(n >= 1 && n <= RULE_LIMITS.maxNear)) fail(`NEAR needs a distance from 1 to ${RULE_LIMITS.maxNear}, e.g. NEAR/10`, start);
      out.push({ t: 'NEAR', n, pos: start });
      continue;
    }
    out.push({ t: 'TERM', text: word, quoted: false, cased, pos: start, field });
  }
  return out;
}

function makeAtom(tok: Extract<Lex, { t: 'TERM' }>): Atom {
  const words: WordPattern[] = [];
  const label = tok.quoted ? `"${tok.text}"` : tok.text;
  for (const chunk of tok.text.split(/\s+/).filter(Boolean)) {
    const star = chunk.indexOf('*');
    if (star !== -1 && star !== chunk.length - 1) fail(`"*" is only allowed at the end of a word, as in deport*`, tok.pos);
    const isPrefix = star !== -1;
    if (isPrefix && tok.cased) fail('a case-sensitive term (=) cannot also be a prefix (*)', tok.pos);
    const parts = ruleWords(isPrefix ? chunk.slice(0, -1) : chunk);
    parts.forEach((w, k) => {
      if (isPrefix && k === parts.length - 1) {
        if (w.length < RULE_LIMITS.minPrefix) fail(`a prefix needs at least ${RULE_LIMITS.minPrefix} letters before "*"`, tok.pos);
        words.push({ kind: 'prefix', value: w.toLowerCase() });
      } else words.push(tok.cased ? { kind: 'case', value: w } : { kind: 'fold', value: w.toLowerCase() });
    });
  }
  if (words.length === 0) fail(`${label} has no letters or digits to match`, tok.pos);
  const chars = words.filter((w) => isUnspacedWord(w.value)).length;
  if (words.length - chars > RULE_LIMITS.maxPhraseWords) fail(`a phrase can have at most ${RULE_LIMITS.maxPhraseWords} words`, tok.pos);
  if (chars > RULE_LIMITS.maxPhraseChars)
    fail(`a phrase can have at most ${RULE_LIMITS.maxPhraseChars} characters of Chinese, Japanese, Thai, Lao, Khmer or Burmese`, tok.pos);
  const text = tok.cased ? `=${label}` : label;
  return tok.field ? { words, text: `${tok.field}:${text}`, field: tok.field } : { words, text };
}

class Parser {
  private i = 0;
  readonly atoms: Atom[] = [];
  constructor(
    private readonly toks: Lex[],
    private readonly length: number,
  ) {}

  private peek(): Lex | undefined {
    return this.toks[this.i];
  }
  private where(): number {
    return this.peek()?.pos ?? this.length;
  }

  parse(): RuleNode {
    if (this.toks.length === 0) fail('the rule is empty: write a word or a "quoted phrase"', 0);
    const node = this.or(0);
    const rest = this.peek();
    if (rest) fail(rest.t === ')' ? 'unmatched ")"' : 'unexpected text', rest.pos);
    return node;
  }

  private or(depth: number): RuleNode {
    const children = [this.and(depth)];
    while (this.peek()?.t === 'OR') {
      this.i++;
      children.push(this.and(depth));
    }
    return children.length === 1 ? children[0]! : { type: 'or', children };
  }

  private and(depth: number): RuleNode {
    const children = [this.near(depth)];
    for (;;) {
      const next = this.peek();
      if (next?.t === 'AND') {
        this.i++;
        children.push(this.near(depth));
      } else if (next?.t === 'NOT') {
        children.push(this.near(depth));
      } else if (next && (next.t === 'TERM' || next.t === '(')) {
        const lowerOp = next.t === 'TERM' && !next.quoted && /^(and|or|not|near\/\d+)$/i.test(next.text);
        fail(
          lowerOp
            ? `write the operator in capitals (${next.text.toUpperCase()}), or quote it to search for the word`
            : 'two terms side by side: join them with AND / OR, or put a phrase in quotes',
          next.pos,
        );
      } else break;
    }
    return children.length === 1 ? children[0]! : { type: 'and', children };
  }

  private near(depth: number): RuleNode {
    let left = this.unary(depth);
    while (this.peek()?.t === 'NEAR') {
      const op = this.peek() as Extract<Lex, { t: 'NEAR' }>;
      this.i++;
      const right = this.unary(depth);
      for (const side of [left, right]) {
        if (hasType(side, 'and') || hasType(side, 'not'))
          fail('NEAR needs words or phrases on each side (use OR inside parentheses), not AND or NOT', op.pos);
      }
      left = { type: 'near', distance: op.n, left, right };
    }
    return left;
  }

  private unary(depth: number): RuleNode {
    const tok = this.peek();
    if (!tok) return fail('the rule ends too early: a word or phrase is missing', this.length);
    if (tok.t === 'NOT') {
      this.i++;
      return { type: 'not', child: this.unary(depth) };
    }
    if (tok.t === '(') {
      if (depth >= RULE_LIMITS.maxDepth) fail(`too many nested parentheses (at most ${RULE_LIMITS.maxDepth})`, tok.pos);
      this.i++;
      if (this.peek()?.t === ')') fail('empty parentheses', tok.pos);
      const inner = this.or(depth + 1);
      if (this.peek()?.t !== ')') fail('missing ")" to close the "(" ', this.peek() ? this.where() : tok.pos);
      this.i++;
      return inner;
    }
    if (tok.t === 'TERM') {
      this.i++;
      const atom = makeAtom(tok);
      this.atoms.push(atom);
      if (this.atoms.length > RULE_LIMITS.maxAtoms) fail(`a rule can have at most ${RULE_LIMITS.maxAtoms} terms`, tok.pos);
      return { type: 'atom', atom };
    }
    const what = tok.t === ')' ? '")"' : tok.t === 'NEAR' ? 'NEAR' : tok.t;
    return fail(`${what} needs a word or phrase before it`, tok.pos);
  }
}

function hasType(node: RuleNode, type: RuleNode['type']): boolean {
  if (node.type === type) return true;
  switch (node.type) {
    case 'and':
    case 'or':
      return node.children.some((c) => hasType(c, type));
    case 'not':
      return hasType(node.child, type);
    case 'near':
      return hasType(node.left, type) || hasType(node.right, type);
    default:
      return false;
  }
}

/** True when the rule can fire on positive evidence (not only through NOT). */
function hasPositive(node: RuleNode): boolean {
  switch (node.type) {
    case 'atom':
    case 'near':
      return true;
    case 'not':
      return false;
    case 'or':
      return node.children.every(hasPositive);
    case 'and':
      return node.children.some(hasPositive);
  }
}

export function parseRule(rule: string): ParseResult {
  if (typeof rule !== 'string') return { ok: false, error: 'a rule must be text' };
  if (rule.length > RULE_LIMITS.maxLength)
    return { ok: false, error: `the rule is too long (${rule.length} characters; at most ${RULE_LIMITS.maxLength})` };
  try {
    const parser = new Parser(lex(rule), rule.length);
    const node = parser.parse();
    if (!hasPositive(node))
      return { ok: false, error: 'a rule needs at least one word or phrase outside NOT (NOT alone matches everything)' };
    return { ok: true, node, atoms: parser.atoms };
  } catch (err) {
    if (err instanceof RuleError) return { ok: false, error: err.message };
    throw err;
  }
}

export function validateRule(rule: string): { ok: true } | { ok: false; error: string } {
  const r = parseRule(rule);
  return r.ok ? { ok: true } : r;
}
