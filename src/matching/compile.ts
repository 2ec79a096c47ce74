/**
 * Compiles a watchlist once into a single-pass matcher. Every word/phrase of every rule
 * (includes and exclusions, all topics) goes into one index keyed by its first word; the
 * text is tokenized once and each token looks up its candidates, so matching time is
 * linear in the text for a given watchlist. Only rules whose terms were seen are evaluated.
 *
 * Exclusions hide the words they match from their topic: in "snow and ice removal" the
 * "ice" is hidden, so `=ICE` cannot fire on it, yet another ICE mention in the same item
 * still counts.
 *
 * Agency and identifier are context: a rule counts only when at least one of the words it
 * matched is in the title or summary, so "U.S. Immigration and Customs Enforcement" in the
 * agency line can support a content term (a justification, detention services) but never
 * makes an item match on its own. NEAR only pairs words of the same field.
 */
import type { MatchResult, Matcher } from '../domain/index.ts';
import { TOPIC_DATABASES, TOPIC_IMMIGRATION } from '../domain/index.ts';
import { parseRule, RULE_LIMITS, type Atom, type RuleNode } from './rule-parser.ts';
import { buildSnippet, CONTENT_FIELDS, itemText, STRUCTURED_FIELDS, type ItemField, type ItemText } from './snippet.ts';
import { foldPlural, tokenize, type Token } from './tokens.ts';
import type { Watchlist } from './watchlist.ts';

/** [first token, end token, atom id]. */
type Span = readonly [number, number, number];
type Hits = ReadonlyMap<number, Span[]>;

interface CompiledRule {
  /** Position among all the watchlist's rules. */
  n: number;
  /** Atom ids of which at least one per group must be hit for the rule to fire (requiredGroups). */
  groups: number[][];
  text: string;
  node: RuleNode;
  atomIds: number[];
}
interface CompiledTopic {
  id: string;
  include: CompiledRule[];
  exclude: CompiledRule[];
}
interface IndexedAtom {
  id: number;
  /** As written in the rule, without the case-sensitivity marker: ICE, "secure communities", deport*. */
  text: string;
  words: Array<(t: Token) => boolean>;
  /** Punctuation written before the first / after the last word ("287(g)" → ")"), part of the highlighted text when present. */
  head: string;
  tail: string;
  /** `office:"…"` and the like: matches only inside this field, and a hit there is evidence. */
  field?: ItemField;
}

const EDGE_PUNCT = /^([^\p{L}\p{N}\s*]*)[\s\S]*?([^\p{L}\p{N}\s*]*)\*?$/u;

function edges(text: string): { head: string; tail: string } {
  const bare = text
    .replace(/^=/, '')
    .replace(/^["\u201C\u201D\u201E]|["\u201C\u201D\u201E]$/g, '')
    .trim();
  const m = EDGE_PUNCT.exec(bare);
  return { head: m?.[1] ?? '', tail: m?.[2] ?? '' };
}

export type CompiledMatcher = Required<Matcher> & { topicIds: string[]; problems: string[] };
type MatchableItem = Parameters<Matcher['match']>[0];

/** The shortest prefix term (RULE_LIMITS.minPrefix), and the letters prefix atoms are indexed by. */
const MIN_PREFIX = RULE_LIMITS.minPrefix;
const PREFIX_KEY = MIN_PREFIX;

class AtomIndex {
  private readonly byKey = new Map<string, number>();
  readonly atoms: IndexedAtom[] = [];
  private readonly fold = new Map<string, IndexedAtom[]>();
  private readonly cased = new Map<string, IndexedAtom[]>();
  /** Prefix atoms (deport*) by the first PREFIX_KEY letters of the prefix: one lookup per token. */
  private readonly prefix = new Map<string, IndexedAtom[]>();

  add(atom: Atom): number {
    const key = JSON.stringify([atom.field ?? '', atom.words]);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.atoms.length;
    // The first word also reads an Arabic word without its proclitic (Token.bare: "وترحيل" reads as "ترحيل").
    const words = atom.words.map((w, k) => {
      if (w.kind === 'case') return (t: Token) => t.cased === w.value;
      if (w.kind === 'prefix')
        return k === 0
          ? (t: Token) => t.lower.startsWith(w.value) || t.bare?.startsWith(w.value) === true
          : (t: Token) => t.lower.startsWith(w.value);
      const folded = foldPlural(w.value);
      return k === 0 ? (t: Token) => t.folded === folded || t.bare === folded : (t: Token) => t.folded === folded;
    });
    const bare = atom.field ? atom.text.slice(atom.field.length + 1) : atom.text;
    const entry: IndexedAtom = { id, text: bare.replace(/^=/, ''), words, ...edges(bare), ...(atom.field ? { field: atom.field } : {}) };
    const first = atom.words[0]!;
    const map = first.kind === 'case' ? this.cased : first.kind === 'prefix' ? this.prefix : this.fold;
    const k = first.kind === 'fold' ? foldPlural(first.value) : first.kind === 'prefix' ? first.value.slice(0, PREFIX_KEY) : first.value;
    map.set(k, [...(map.get(k) ?? []), entry]);
    this.atoms.push(entry);
    this.byKey.set(key, id);
    return id;
  }

  /** One pass over the tokens: every atom occurrence as a token span [start, end). */
  scan(tokens: Token[], fieldOf: (segment: number) => ItemField): Map<number, Span[]> {
    const hits = new Map<number, Span[]>();
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      const fold = this.fold.get(tok.folded);
      if (fold) this.try(fold, tokens, i, hits, fieldOf);
      if (tok.bare !== undefined) {
        const bare = this.fold.get(tok.bare);
        if (bare) this.try(bare, tokens, i, hits, fieldOf);
        const barePrefix = tok.bare.length >= MIN_PREFIX ? this.prefix.get(tok.bare.slice(0, PREFIX_KEY)) : undefined;
        if (barePrefix) this.try(barePrefix, tokens, i, hits, fieldOf);
      }
      if (tok.cased !== null) {
        const cased = this.cased.get(tok.cased);
        if (cased) this.try(cased, tokens, i, hits, fieldOf);
      }
      if (tok.lower.length >= MIN_PREFIX) {
        const prefix = this.prefix.get(tok.lower.slice(0, PREFIX_KEY));
        if (prefix) this.try(prefix, tokens, i, hits, fieldOf);
      }
    }
    return hits;
  }

  /** The atoms among `candidates` whose words match from token i on. */
  private try(candidates: IndexedAtom[], tokens: Token[], i: number, hits: Map<number, Span[]>, fieldOf: (segment: number) => ItemField) {
    const tok = tokens[i]!;
    for (const atom of candidates) {
      if (atom.field && fieldOf(tok.segment) !== atom.field) continue;
      const n = atom.words.length;
      let ok = atom.words[0]!(tok);
      for (let k = 1; ok && k < n; k++) {
        const next = tokens[i + k];
        ok = next !== undefined && next.segment === tok.segment && !next.sentenceStart && atom.words[k]!(next);
      }
      if (!ok) continue;
      let list = hits.get(atom.id);
      if (!list) hits.set(atom.id, (list = []));
      const last = list[list.length - 1];
      if (!last || last[0] !== i) list.push([i, i + n, atom.id]);
    }
  }
}

interface Eval {
  ok: boolean;
  spans: Span[];
}

interface Ctx {
  ids: Map<Atom, number>;
  /** The hits before exclusions hid any: NOT looks at them, so a hidden word still counts as context. */
  raw: Hits;
  /** Field (segment) index of each token. */
  segmentOf: (token: number) => number;
}

/**
 * A necessary condition for a node to fire, as groups of atom ids of which each needs one hit:
 * an atom is its own group, AND and NEAR need their sides' groups, an OR needs one of all its
 * atoms (one group), NOT needs nothing. Checked before a rule is evaluated: cheap, no spans.
 */
function requiredGroups(node: RuleNode, ids: Map<Atom, number>): number[][] {
  switch (node.type) {
    case 'atom':
      return [[ids.get(node.atom)!]];
    case 'or': {
      const parts = node.children.map((c) => requiredGroups(c, ids));
      // A child that needs nothing (a bare NOT) makes the whole OR need nothing.
      if (parts.some((g) => g.length === 0)) return [];
      return [[...new Set(parts.flat(2))]];
    }
    case 'and':
      return node.children.flatMap((c) => requiredGroups(c, ids));
    case 'not':
      return [];
    case 'near':
      return [...requiredGroups(node.left, ids), ...requiredGroups(node.right, ids)];
  }
}

const hasGroups = (groups: number[][], hits: Hits) => groups.every((g) => g.some((id) => hits.has(id)));

/**
 * Whether a rule could fire on these hits, without building spans: every side of an AND and
 * NEAR needs a hit, an OR one. NOT is left to evaluate. A cheap filter before evaluate.
 */
function possible(node: RuleNode, hits: Hits, ctx: Ctx): boolean {
  switch (node.type) {
    case 'atom':
      return hits.has(ctx.ids.get(node.atom)!);
    case 'or':
      return node.children.some((c) => possible(c, hits, ctx));
    case 'and':
      return node.children.every((c) => possible(c, hits, ctx));
    case 'not':
      return true;
    case 'near':
      return possible(node.left, hits, ctx) && possible(node.right, hits, ctx);
  }
}

function evaluate(node: RuleNode, hits: Hits, ctx: Ctx): Eval {
  switch (node.type) {
    case 'atom': {
      const spans = hits.get(ctx.ids.get(node.atom)!) ?? [];
      return { ok: spans.length > 0, spans };
    }
    case 'or': {
      const spans: Span[] = [];
      let ok = false;
      for (const c of node.children) {
        const r = evaluate(c, hits, ctx);
        if (!r.ok) continue;
        ok = true;
        spans.push(...r.spans);
      }
      return { ok, spans };
    }
    case 'and': {
      if (!node.children.every((c) => possible(c, hits, ctx))) return { ok: false, spans: [] };
      const spans: Span[] = [];
      for (const c of node.children) {
        const r = evaluate(c, hits, ctx);
        if (!r.ok) return { ok: false, spans: [] };
        spans.push(...r.spans);
      }
      return { ok: true, spans };
    }
    case 'not':
      return { ok: !evaluate(node.child, ctx.raw, ctx).ok, spans: [] };
    case 'near':
      return near(evaluate(node.left, hits, ctx).spans, evaluate(node.right, hits, ctx).spans, node.distance, ctx.segmentOf);
  }
}

/** Spans of `a` and `b` in the same field that lie within `n` words of each other (adjacent = 1). */
function near(a: Span[], b: Span[], n: number, segmentOf: (token: number) => number): Eval {
  if (a.length === 0 || b.length === 0) return { ok: false, spans: [] };
  const sorted = [...b].sort((x, y) => x[0] - y[0]);
  const maxLen = Math.max(...sorted.map((s) => s[1] - s[0]));
  const used = new Set<Span>();
  for (const l of a) {
    const from = l[0] - n - maxLen;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sorted.length && sorted[k]![0] <= l[1] - 1 + n; k++) {
      const r = sorted[k]!;
      if (r[0] === l[0] && r[1] === l[1]) continue;
      if (segmentOf(r[0]) !== segmentOf(l[0])) continue;
      const dist = r[0] >= l[1] ? r[0] - l[1] + 1 : l[0] >= r[1] ? l[0] - r[1] + 1 : 0;
      if (dist <= n) used.add(l).add(r);
    }
  }
  return { ok: used.size > 0, spans: [...used] };
}

/** Extends a hit over punctuation its rule term spells out: "287(g)" ends after ")", "U.S." after ".". */
function widen(display: string, start: number, end: number, atom: IndexedAtom): [number, number] {
  let s = start;
  let e = end;
  if (atom.tail && display.startsWith(atom.tail, e)) e += atom.tail.length;
  if (atom.head && s >= atom.head.length && display.slice(s - atom.head.length, s) === atom.head) s -= atom.head.length;
  return [s, e];
}

/**
 * The display ranges of one fired rule's hits. Hits of the same rule that touch (only spaces
 * between them, as in "immigration authorities" for `immigra* NEAR/2 authorit*`) become one phrase.
 */
function ruleRanges(it: ItemText, tokens: Token[], spans: Span[], atoms: IndexedAtom[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  for (const [s, e, id] of sorted) {
    const [ds, de] = it.toDisplay(tokens[s]!.start, tokens[e - 1]!.end);
    const range = widen(it.display, ds, de, atoms[id]!);
    const last = out[out.length - 1];
    const joinable = last && range[1] - last[0] <= MAX_PHRASE_CHARS;
    if (joinable && range[0] >= last[1] && /^ *$/.test(it.display.slice(last[1], range[0]))) last[1] = range[1];
    else if (last && range[0] < last[1]) last[1] = joinable ? Math.max(last[1], range[1]) : last[1];
    else out.push(range);
  }
  return out;
}

export const MAX_TERMS = 8;
/** Joined phrases stop growing here, so a text of back-to-back hits does not become one giant "term". */
const MAX_PHRASE_CHARS = 80;

/**
 * A term's words, lower-cased with plurals folded, padded for whole-word containment tests. Vowel signs and other
 * combining marks stay inside their word: "ভাড়াটিয়া" (tenant) is not a run of words inside "ভাড়াটিয়াদের" (tenants').
 */
const words = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map(foldPlural)
    .join(' ')} `;

/**
 * The matched words and phrases as the item writes them, in order of first appearance, each
 * once (ignoring case and plurals), at most MAX_TERMS. Overlapping hits are one phrase, and a
 * word or phrase that a longer listed phrase already contains is not listed ("DMV" next to "DMV records").
 */
export function displayTerms(display: string, ranges: Array<[number, number]>, labelAt?: (start: number) => string | undefined): string[] {
  const ordered = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // Overlapping hits read as one phrase: "Criminal Arrest" + "Arrest Records" → "Criminal Arrest Records".
  const merged: Array<[number, number]> = [];
  for (const [s, e] of ordered) {
    const last = merged[merged.length - 1];
    if (last && s < last[1]) {
      if (e - last[0] <= MAX_PHRASE_CHARS) last[1] = Math.max(last[1], e);
    } else merged.push([s, e]);
  }
  const found: string[] = [];
  const labels: string[] = [];
  const seen = new Set<string>();
  for (const [s, e] of merged) {
    const term = display.slice(s, e);
    const key = words(term);
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(term);
    const label = labelAt?.(s);
    labels.push(label ? `${label}: ` : '');
  }
  // Every shorter run of words inside a listed phrase (linear: phrases are at most MAX_PHRASE_CHARS).
  const inside = new Set<string>();
  const keys = found.map(words);
  for (const key of keys) {
    const ws = key.trim().split(' ');
    for (let i = 0; i < ws.length; i++)
      for (let j = i + 1; j <= ws.length; j++) if (j - i < ws.length) inside.add(` ${ws.slice(i, j).join(' ')} `);
  }
  return found.flatMap((t, i) => (inside.has(keys[i]!) ? [] : [labels[i] + t])).slice(0, MAX_TERMS);
}

function withoutMasked(hits: Hits, atomIds: number[], mask: Set<number>): Hits {
  if (mask.size === 0) return hits;
  const out = new Map<number, Span[]>();
  for (const id of atomIds) {
    const spans = hits.get(id)?.filter(([s, e]) => {
      for (let i = s; i < e; i++) if (mask.has(i)) return false;
      return true;
    });
    if (spans?.length) out.set(id, spans);
  }
  return out;
}

export function compileWatchlist(w: Watchlist): CompiledMatcher {
  const index = new AtomIndex();
  const ids = new Map<Atom, number>();
  const problems: string[] = [];
  /** Rule numbers by atom id: the rules an item's hits can fire are found from its hits. */
  const rulesOfAtom: number[][] = [];
  let ruleCount = 0;
  const compileRules = (topic: string, mode: string, rules: string[]): CompiledRule[] =>
    rules.flatMap((text) => {
      const parsed = parseRule(text);
      if (!parsed.ok) {
        problems.push(`topic ${topic}, ${mode} rule ${JSON.stringify(text)}: ${parsed.error}`);
        return [];
      }
      const n = ruleCount++;
      const atomIds = parsed.atoms.map((a) => {
        const id = index.add(a);
        ids.set(a, id);
        (rulesOfAtom[id] ??= []).push(n);
        return id;
      });
      return [{ n, groups: requiredGroups(parsed.node, ids), text, node: parsed.node, atomIds }];
    });
  const topics: CompiledTopic[] = w.topics.map((t) => ({
    id: t.id,
    include: compileRules(t.id, 'include', t.include),
    exclude: compileRules(t.id, 'exclude', t.exclude),
  }));

  const seen = new Uint32Array(ruleCount);
  let itemNumber = 0;

  /** The item's text, tokens and atom hits; hits stamp the rules they can fire with the item's number. */
  function scan(item: MatchableItem) {
    const it = itemText(item);
    const tokens = it.segments.flatMap((s, k) => tokenize(it.text.slice(s.start, s.end), k, s.start));
    const hits = index.scan(tokens, (segment) => it.segments[segment]!.field);
    const ctx: Ctx = { ids, raw: hits, segmentOf: (t) => tokens[t]!.segment };
    const stamp = ++itemNumber;
    for (const id of hits.keys()) for (const n of rulesOfAtom[id]!) seen[n] = stamp;
    return { it, tokens, hits, ctx, stamp };
  }

  function excludedTopics(item: MatchableItem): string[] {
    const { hits, ctx, stamp } = scan(item);
    if (hits.size === 0) return [];
    return topics
      .filter((topic) =>
        topic.exclude.some((rule) => seen[rule.n] === stamp && hasGroups(rule.groups, hits) && evaluate(rule.node, hits, ctx).ok),
      )
      .map((topic) => topic.id);
  }

  function match(item: MatchableItem): MatchResult | null {
    const { it, tokens, hits, ctx, stamp } = scan(item);
    if (hits.size === 0) return null;
    // Title and summary are evidence; so is a hit of a field-scoped term (office:"…") in its field.
    const isContent = (span: Span) =>
      CONTENT_FIELDS.has(it.segments[tokens[span[0]]!.segment]!.field) || index.atoms[span[2]]!.field !== undefined;
    const fired: string[] = [];
    const ranges: Array<[number, number]> = [];
    for (const topic of topics) {
      const mask = new Set<number>();
      for (const rule of topic.exclude) {
        if (seen[rule.n] !== stamp || !hasGroups(rule.groups, hits)) continue;
        const r = evaluate(rule.node, hits, ctx);
        if (r.ok) for (const [s, e] of r.spans) for (let i = s; i < e; i++) mask.add(i);
      }
      let any = false;
      for (const rule of topic.include) {
        if (seen[rule.n] !== stamp || !hasGroups(rule.groups, hits)) continue;
        const r = evaluate(rule.node, withoutMasked(hits, rule.atomIds, mask), ctx);
        // Agency and identifier alone are context, not evidence.
        if (!r.ok || !r.spans.some(isContent)) continue;
        any = true;
        ranges.push(...ruleRanges(it, tokens, r.spans, index.atoms));
      }
      if (any) fired.push(topic.id);
    }
    if (fired.length === 0) return null;
    const { snippet, highlights } = buildSnippet(it.display, ranges);
    // A term found in a structured field says so: "office: Detention Compliance and Removals".
    const structured = it.segments
      .filter((seg) => STRUCTURED_FIELDS.has(seg.field))
      .map((seg) => ({ field: seg.field, range: it.toDisplay(seg.start, seg.end) }));
    const labelAt = (start: number) => structured.find((seg) => start >= seg.range[0] && start < seg.range[1])?.field;
    return {
      topics: fired,
      terms: displayTerms(it.display, ranges, structured.length ? labelAt : undefined),
      snippet,
      highlights,
      priority: fired.includes(TOPIC_IMMIGRATION) && fired.includes(TOPIC_DATABASES),
    };
  }

  return { match, excludedTopics, topicIds: topics.map((t) => t.id), problems };
}
