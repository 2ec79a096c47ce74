/**
 * The naive baseline for the benchmark: one RegExp per term, tried in a loop over the whole
 * text for every item. Operators are evaluated as booleans (NEAR is treated as AND) and an
 * exclusion vetoes its whole topic. Same Matcher interface as compileWatchlist.
 */
import type { Item, MatchResult, Matcher } from '../domain/index.ts';
import { TOPIC_DATABASES, TOPIC_IMMIGRATION } from '../domain/index.ts';
import { displayTerms } from './compile.ts';
import { parseRule, type Atom, type RuleNode } from './rule-parser.ts';
import { buildSnippet, itemText } from './snippet.ts';
import type { Watchlist } from './watchlist.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function atomRegExp(atom: Atom): RegExp {
  const parts = atom.words.map((w) =>
    w.kind === 'prefix' ? `${escape(w.value)}[\\p{L}\\p{N}]*` : w.kind === 'case' ? escape(w.value) : `${escape(w.value)}(?:s|es)?`,
  );
  const cased = atom.words.every((w) => w.kind === 'case');
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, cased ? 'gu' : 'giu');
}

type Rule = { text: string; node: RuleNode; res: Map<Atom, RegExp> };

export function compileNaiveBaseline(w: Watchlist): Matcher {
  const compile = (rules: string[]): Rule[] =>
    rules.flatMap((text) => {
      const p = parseRule(text);
      return p.ok ? [{ text, node: p.node, res: new Map(p.atoms.map((a) => [a, atomRegExp(a)])) }] : [];
    });
  const topics = w.topics.map((t) => ({ id: t.id, include: compile(t.include), exclude: compile(t.exclude) }));

  function run(rule: Rule, text: string, spans: Array<[number, number]>, terms: string[] = []): boolean {
    const ev = (n: RuleNode): boolean => {
      switch (n.type) {
        case 'atom': {
          const re = rule.res.get(n.atom)!;
          re.lastIndex = 0;
          let found = false;
          for (const m of text.matchAll(re)) {
            found = true;
            spans.push([m.index, m.index + m[0].length]);
            terms.push(n.atom.text.replace(/^=/, ''));
          }
          return found;
        }
        case 'or':
          return n.children.map(ev).some(Boolean);
        case 'and':
          return n.children.every(ev);
        case 'not':
          return !ev(n.child);
        case 'near':
          return [ev(n.left), ev(n.right)].every(Boolean);
      }
    };
    return ev(rule.node);
  }

  return {
    match(item: Pick<Item, 'title' | 'summary' | 'agency' | 'identifier'>): MatchResult | null {
      const it = itemText(item);
      const { text } = it;
      const fired: string[] = [];
      const terms: string[] = [];
      const hits: Array<[number, number]> = [];
      for (const t of topics) {
        if (t.exclude.some((r) => run(r, text, []))) continue;
        let any = false;
        for (const r of t.include) {
          const spans: Array<[number, number]> = [];
          const found: string[] = [];
          if (!run(r, text, spans, found) || spans.length === 0) continue;
          any = true;
          terms.push(...found);
          hits.push(...spans);
        }
        if (any) fired.push(t.id);
      }
      if (!fired.length) return null;
      const ranges = hits.map(([a, b]) => it.toDisplay(a, b));
      return {
        topics: fired,
        terms: displayTerms(it.display, ranges),
        ...buildSnippet(it.display, ranges),
        priority: fired.includes(TOPIC_IMMIGRATION) && fired.includes(TOPIC_DATABASES),
      };
    },
  };
}
