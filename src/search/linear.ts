/**
 * The naive baseline the benchmark compares the index with: every query scans every item,
 * re-tokenizing its fields. Same filters, phrase rule, typo tolerance and boosts as the
 * index; a simpler score (field weight per matched term) instead of BM25+.
 */
import type { StoredItem } from '../domain/index.ts';
import { itemIdentifierKeys } from './identifiers.ts';
import { activityTime, documentBoost, FIELD_BOOST, filterFor, page, splitQueryText } from './rank.ts';
import { editDistance, fuzzyDistance, phraseText, terms } from './text.ts';
import type { SearchHit, SearchQuery } from './types.ts';

function fieldsOf(item: StoredItem): Array<[number, string[]]> {
  return [
    [FIELD_BOOST.identifier, terms([item.identifier ?? '', ...itemIdentifierKeys(item.identifier, item.jurisdiction)].join(' '))],
    [FIELD_BOOST.title, terms(item.title)],
    [FIELD_BOOST.agency, terms(item.agency ?? '')],
    [FIELD_BOOST.summary, terms(item.summary ?? '')],
    [0.5, terms(item.jurisdiction)],
  ];
}

function termScore(q: string, tokens: string[]): number {
  let best = 0;
  const fuzzy = fuzzyDistance(q);
  const prefix = q.length >= 4 && /^\p{L}+$/u.test(q);
  for (const t of tokens) {
    if (t === q) return 1;
    if (prefix && t.startsWith(q)) best = Math.max(best, 0.375);
    else if (fuzzy && editDistance(q, t, fuzzy) <= fuzzy) best = Math.max(best, 0.45);
  }
  return best;
}

function scoreItem(item: StoredItem, qTerms: string[], all: boolean): number {
  const fields = fieldsOf(item);
  let total = 0;
  for (const q of qTerms) {
    let termTotal = 0;
    for (const [weight, tokens] of fields) termTotal += weight * termScore(q, tokens);
    if (termTotal === 0 && all) return 0;
    total += termTotal;
  }
  return total;
}

export function linearScanSearch(items: StoredItem[], query: SearchQuery): SearchHit[] {
  const nowMs = (query.now ?? new Date()).getTime();
  const accept = filterFor(query);
  const { words, phrases } = splitQueryText(query.text);
  const qTerms = terms([words, ...phrases].join(' '));
  const pass = items.filter((item) => {
    if (!accept(item, activityTime(item))) return false;
    if (phrases.length === 0) return true;
    const hay = phraseText([item.identifier, item.title, item.agency, item.summary].filter(Boolean).join(' \u0000 '));
    return phrases.every((p) => hay.includes(phraseText(p)));
  });
  let hits: SearchHit[];
  if (qTerms.length === 0) {
    hits = pass.map((item) => ({ item, score: documentBoost(item, nowMs) }));
    hits.sort((a, b) => activityTime(b.item) - activityTime(a.item));
    return page(hits, query);
  }
  const collect = (all: boolean) =>
    pass.map((item) => ({ item, score: scoreItem(item, qTerms, all) * documentBoost(item, nowMs) })).filter((h) => h.score > 0);
  hits = collect(true);
  if (hits.length === 0 && phrases.length === 0 && qTerms.length > 1) hits = collect(false);
  hits.sort((a, b) => b.score - a.score || activityTime(b.item) - activityTime(a.item));
  return page(hits, query);
}
