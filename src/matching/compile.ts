/**
 * Compiles a watchlist once into a single-pass matcher. Every word/phrase of every rule
 * (includes and exclusions, all topics) goes into one index keyed by its first word; the
 * text is tokenized once and each token looks up its candidates, so matching time is
 * linear in the text for a given watchlist. Only rules whose terms were seen are evaluated.
 *
 * Exclusions hide the words they match from their topic: in "snow and ice removal" the
 * "ice" is hidden, so `=ICE` cannot fire on it, yet another ICE mention in the same item
 * still counts.
 */
import type { Item, MatchResult, Matcher } from '../domain/index.ts';
import { TOPIC_DATABASES, TOPIC_IMMIGRATION } from '../domain/index.ts';
import { parseRule, type Atom, type RuleNode } from './rule-parser.ts';
import { buildSnippet, itemText } from './snippet.ts';
import { foldPlural, tokenize, type Token } from './tokens.ts';
import type { Watchlist } from './watchlist.ts';

/** [first token, end token, atom id]. */
type Span = readonly [number, number, number];
type Hits = ReadonlyMap<number, Span[]>;

interface CompiledRule {
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
}

export type CompiledMatcher = Matcher & { topicIds: string[]; problems: string[] };

class AtomIndex {
  private readonly byKey = new Map<string, number>();
  readonly atoms: IndexedAtom[] = [];
  private readonly fold = new Map<string, IndexedAtom[]>();
  private readonly cased = new Map<string, IndexedAtom[]>();
  private readonly prefix = new Map<string, IndexedAtom[]>();
  private readonly prefixLengths = new Set<number>();

  add(atom: Atom): number {
    const key = JSON.stringify(atom.words);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.atoms.length;
    const words = atom.words.map((w) => {
      if (w.kind === 'case') return (t: Token) => t.cased === w.value;
      if (w.kind === 'prefix') return (t: Token) => t.lower.startsWith(w.value);
      const folded = foldPlural(w.value);
      return (t: Token) => t.folded === folded;
    });
    const entry: IndexedAtom = { id, text: atom.text.replace(/^=/, ''), words };
    const first = atom.words[0]!;
    const map = first.kind === 'case' ? this.cased : first.kind === 'prefix' ? this.prefix : this.fold;
    const k = first.kind === 'fold' ? foldPlural(first.value) : first.value;
    if (first.kind === 'prefix') this.prefixLengths.add(k.length);
    map.set(k, [...(map.get(k) ?? []), entry]);
    this.atoms.push(entry);
    this.byKey.set(key, id);
    return id;
  }

  /** One pass over the tokens: every atom occurrence as a token span [start, end). */
  scan(tokens: Token[]): Map<number, Span[]> {
    const hits = new Map<number, Span[]>();
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      const candidates: IndexedAtom[] = [...(this.fold.get(tok.folded) ?? [])];
      if (tok.cased !== null) candidates.push(...(this.cased.get(tok.cased) ?? []));
      for (const len of this.prefixLengths) {
        if (tok.lower.length >= len) candidates.push(...(this.prefix.get(tok.lower.slice(0, len)) ?? []));
      }
      for (const atom of candidates) {
        const n = atom.words.length;
        let ok = atom.words[0]!(tok);
        for (let k = 1; ok && k < n; k++) {
          const next = tokens[i + k];
          ok = next !== undefined && next.segment === tok.segment && atom.words[k]!(next);
        }
        if (!ok) continue;
        const list = hits.get(atom.id) ?? [];
        const last = list[list.length - 1];
        if (!last || last[0] !== i) list.push([i, i + n, atom.id]);
        hits.set(atom.id, list);
      }
    }
    return hits;
  }
}

interface Eval {
  ok: boolean;
  spans: Span[];
}

/** `raw` are the hits before exclusions hid any: NOT looks at them, so a hidden word still counts as context. */
function evaluate(node: RuleNode, hits: Hits, ids: Map<Atom, number>, raw: Hits = hits): Eval {
  switch (node.type) {
    case 'atom': {
      const spans = hits.get(ids.get(node.atom)!) ?? [];
      return { ok: spans.length > 0, spans };
    }
    case 'or': {
      const spans: Span[] = [];
      let ok = false;
      for (const c of node.children) {
        const r = evaluate(c, hits, ids, raw);
        if (!r.ok) continue;
        ok = true;
        spans.push(...r.spans);
      }
      return { ok, spans };
    }
    case 'and': {
      const spans: Span[] = [];
      for (const c of node.children) {
        const r = evaluate(c, hits, ids, raw);
        if (!r.ok) return { ok: false, spans: [] };
        spans.push(...r.spans);
      }
      return { ok: true, spans };
    }
    case 'not':
      return { ok: !evaluate(node.child, raw, ids).ok, spans: [] };
    case 'near':
      return near(evaluate(node.left, hits, ids, raw).spans, evaluate(node.right, hits, ids, raw).spans, node.distance);
  }
}

/** Spans of `a` and `b` that lie within `n` words of each other (adjacent = 1). */
function near(a: Span[], b: Span[], n: number): Eval {
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
      const dist = r[0] >= l[1] ? r[0] - l[1] + 1 : l[0] >= r[1] ? l[0] - r[1] + 1 : 0;
      if (dist <= n) used.add(l).add(r);
    }
  }
  return { ok: used.size > 0, spans: [...used] };
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
  const compileRules = (topic: string, mode: string, rules: string[]): CompiledRule[] =>
    rules.flatMap((text) => {
      const parsed = parseRule(text);
      if (!parsed.ok) {
        problems.push(`topic ${topic}, ${mode} rule ${JSON.stringify(text)}: ${parsed.error}`);
        return [];
      }
      const atomIds = parsed.atoms.map((a) => {
        const id = index.add(a);
        ids.set(a, id);
        return id;
      });
      return [{ text, node: parsed.node, atomIds }];
    });
  const topics: CompiledTopic[] = w.topics.map((t) => ({
    id: t.id,
    include: compileRules(t.id, 'include', t.include),
    exclude: compileRules(t.id, 'exclude', t.exclude),
  }));

  function match(item: Pick<Item, 'title' | 'summary' | 'agency' | 'identifier'>): MatchResult | null {
    const { text, segments } = itemText(item);
    const tokens = segments.flatMap((s, k) => tokenize(text.slice(s.start, s.end), k, s.start));
    const hits = index.scan(tokens);
    if (hits.size === 0) return null;
    const seen = (r: CompiledRule) => r.atomIds.some((id) => hits.has(id));
    const fired: string[] = [];
    const spans: Span[] = [];
    for (const topic of topics) {
      const mask = new Set<number>();
      for (const rule of topic.exclude.filter(seen)) {
        const r = evaluate(rule.node, hits, ids);
        if (r.ok) for (const [s, e] of r.spans) for (let i = s; i < e; i++) mask.add(i);
      }
      let any = false;
      for (const rule of topic.include.filter(seen)) {
        const r = evaluate(rule.node, withoutMasked(hits, rule.atomIds, mask), ids, hits);
        if (!r.ok || r.spans.length === 0) continue;
        any = true;
        spans.push(...r.spans);
      }
      if (any) fired.push(topic.id);
    }
    if (fired.length === 0) return null;
    // Terms in the order they first appear in the text, each once.
    const ordered = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    // A word inside a longer phrase that also fired ("DMV" in "DMV records") is not listed again.
    const terms: string[] = [];
    let coverEnd = -1;
    for (const [, e, id] of ordered) {
      if (e <= coverEnd) continue;
      coverEnd = Math.max(coverEnd, e);
      const text = index.atoms[id]!.text;
      if (!terms.includes(text)) terms.push(text);
    }
    const charSpans = ordered.map(([s, e]) => [tokens[s]!.start, tokens[e - 1]!.end] as [number, number]);
    const { snippet, highlights } = buildSnippet(text, charSpans);
    return {
      topics: fired,
      terms,
      snippet,
      highlights,
      priority: fired.includes(TOPIC_IMMIGRATION) && fired.includes(TOPIC_DATABASES),
    };
  }

  return { match, topicIds: topics.map((t) => t.id), problems };
}
