/**
 * Baselines a skeptic would write for the matcher: find which watchlist phrases occur in an
 * item with (a) one combined RegExp alternation and (b) an Aho–Corasick automaton
 * (modern-ahocorasick), over the same normalized words our matcher sees.
 *
 * Same semantics, checked: both baselines and the compiled matcher run on a literal-only
 * watchlist (every include phrase of the watchlist whose words are plain words — no `=CASE`,
 * no `prefix*`, no AND/OR/NOT/NEAR — each as its own rule, no exclusions), and for every
 * sampled item the three must report the same set of phrases, or the bench throws.
 *
 * What the baselines cannot express, and so is left out of the comparison: NEAR/n (word
 * distance), NOT and exclusions that hide the words they match ("snow and ice removal"),
 * case-sensitive acronyms (=ICE, with all-caps titles treated as caseless), prefixes, and
 * the rule that agency/identifier words are context only.
 */
import AhoCorasick from 'modern-ahocorasick';
import { TOPIC_IMMIGRATION } from '../src/domain/index.ts';
import { MAX_TERMS } from '../src/matching/compile.ts';
import { compileWatchlist, normalizeText, type Watchlist } from '../src/matching/index.ts';
import { parseRule, type Atom } from '../src/matching/rule-parser.ts';
import { foldPlural, isArabicWord, tokenize } from '../src/matching/tokens.ts';

type Text = { title: string; summary?: string };

/** Every plain-word phrase among the watchlist's include rules, once each (by folded words). */
export function literalPhrases(w: Watchlist): string[][] {
  const seen = new Map<string, string[]>();
  for (const t of w.topics)
    for (const rule of t.include) {
      const p = parseRule(rule);
      if (!p.ok) continue;
      for (const a of p.atoms as Atom[]) {
        if (!a.words.every((x) => x.kind === 'fold')) continue;
        const words = a.words.map((x) => foldPlural(x.value.toLowerCase()));
        // A phrase opening with an Arabic word is left out: the matcher also reads that word with a proclitic written
        // onto it ("بترحيل" for "ترحيل"), which the literal finders below do not model.
        if (isArabicWord(words[0]!)) continue;
        seen.set(words.join(' '), words);
      }
    }
  return [...seen.values()];
}

/** The literal-only watchlist: one topic, each phrase its own quoted rule. */
function literalWatchlist(phrases: string[][]): Watchlist {
  return {
    topics: [{ id: TOPIC_IMMIGRATION, label: 'literal', include: phrases.map((p) => `"${p.join(' ')}"`), exclude: [] }],
  } as unknown as Watchlist;
}

/** " w1 w2 … | w1 w2 … " — folded words of each field, fields kept apart so no phrase spans two. */
function normalizedText(it: Text): string {
  // Normalized as the matcher normalizes (diacritics folded: "gardaí" is the term "gardai";
  // typographic apostrophes made plain, so "driver’s" is the word "driver" as the matcher reads it).
  const fields = [it.title, it.summary ?? ''].map((f) =>
    tokenize(normalizeText(f))
      // A phrase runs within one sentence, as in the matcher ("a crime. Information").
      .map((t) => (t.sentenceStart ? `| ${t.folded}` : t.folded))
      .join(' '),
  );
  return ` ${fields.join(' | ')} `;
}

export interface PhraseFinder {
  name: string;
  /** The finder lists at most this many phrases: with that many, its answer may be a part of the others'. */
  listsAtMost?: number;
  /**
   * How many phrases the finder listed for the item before they were folded into the set: two listed phrases can
   * fold to one ("student records", "student's records"), so the set alone may look shorter than the cap it hit.
   */
  listed?(it: Text): number;
  /** The set of phrases (folded words joined by one space) that occur in the item. */
  find(it: Text): Set<string>;
}

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One alternation per group of phrases in which no phrase is a prefix of another (so the
 * first alternative that matches at a position is the only one that can): usually 1–3
 * groups. A look-ahead at every word start finds overlapping phrases too.
 */
export function regexFinder(phrases: string[][]): PhraseFinder {
  const keys = phrases.map((p) => p.join(' ')).sort((a, b) => a.length - b.length);
  const groups: string[][] = [];
  for (const k of keys) {
    const g = groups.find((grp) => !grp.some((o) => k.startsWith(`${o} `)));
    if (g) g.push(k);
    else groups.push([k]);
  }
  const res = groups.map((g) => new RegExp(` (?=(${g.map(reEscape).join('|')}) )`, 'g'));
  return {
    name: 'combined RegExp',
    find(it) {
      const text = normalizedText(it);
      const out = new Set<string>();
      for (const re of res) for (const m of text.matchAll(re)) out.add(m[1]!);
      return out;
    },
  };
}

export function ahoCorasickFinder(phrases: string[][]): PhraseFinder {
  const keys = phrases.map((p) => p.join(' '));
  const ac = new AhoCorasick(keys.map((k) => ` ${k} `));
  return {
    name: 'Aho–Corasick',
    find(it) {
      const out = new Set<string>();
      for (const m of ac.search(normalizedText(it))) out.add(keys[m.patternIndex]!);
      return out;
    },
  };
}

/** Our compiled matcher on the literal-only watchlist, reporting phrases in the same form. */
export function compiledFinder(phrases: string[][]): PhraseFinder {
  const m = compileWatchlist(literalWatchlist(phrases));
  return {
    name: 'compiled matcher',
    listsAtMost: MAX_TERMS,
    listed: (it) => m.match(it)?.terms.length ?? 0,
    find(it) {
      const r = m.match(it);
      return new Set(
        (r?.terms ?? []).map((t) =>
          tokenize(normalizeText(t))
            .map((x) => x.folded)
            .join(' '),
        ),
      );
    },
  };
}

/**
 * The answer compared: the set of (folded) words covered by the phrases found. The matcher
 * reports overlapping hits merged into one phrase ("criminal arrest" + "arrest records" →
 * "criminal arrest records"), so sets of phrases differ in form while covering the same words.
 */
function coveredWords(found: Set<string>): string {
  return [...new Set([...found].flatMap((p) => p.split(' ')))].sort().join(' ');
}

/** Throws unless every finder covers the same words in every item; returns how many items matched. */
export function assertSameAnswers(finders: PhraseFinder[], items: Text[]): number {
  let hits = 0;
  for (const [i, it] of items.entries()) {
    const found = finders.map((f) => f.find(it));
    const [first, ...rest] = found.map(coveredWords);
    // A matcher that lists at most N terms and listed N may have left some out: its words must be among the others'.
    const lead = finders[0]!;
    const partial = lead.listsAtMost !== undefined && (lead.listed?.(it) ?? found[0]!.size) >= lead.listsAtMost;
    const agrees = (other: string) => (partial ? first!.split(' ').every((w) => ` ${other} `.includes(` ${w} `)) : other === first);
    for (const [j, other] of rest.entries())
      if (!agrees(other!))
        throw new Error(
          `matcher baselines disagree on item ${i} ("${it.title}"): ${finders[0]!.name} [${first}] vs ${finders[j + 1]!.name} [${other}]`,
        );
    if (first) hits++;
  }
  return hits;
}
