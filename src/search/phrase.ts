/**
 * Quoted-phrase checks without a cached copy of every document's text: the phrase becomes a
 * token-boundary RegExp run on the item's own fields. For ASCII text that is exactly the
 * folded-text comparison (`phraseText(hay).includes(phraseText(phrase))`); text with any
 * other character takes that comparison itself (accent folding).
 */
import type { StoredItem } from '../domain/index.ts';
import { phraseText } from './text.ts';

const NON_ASCII = /[\u0080-\uffff]/;

/** The text a phrase is looked for in: identifier, title, agency, summary. */
export function phraseHaystack(item: StoredItem): string {
  return [item.identifier, item.title, item.agency, item.summary].filter(Boolean).join(' \u0000 ');
}

/** A predicate "the item contains every phrase"; undefined when there are none. */
export function phraseMatcher(phrases: string[]): ((item: StoredItem) => boolean) | undefined {
  if (phrases.length === 0) return undefined;
  const keys = phrases.map(phraseText);
  const tokens = keys.map((k) => k.trim().split(' ').filter(Boolean));
  const slowOnly = tokens.some((t) => t.length === 0);
  // Tokens hold only letters and digits, so they need no escaping.
  const patterns = tokens.map((t) => new RegExp(`(?<![\\p{L}\\p{N}])${t.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu'));
  return (item) => {
    const hay = phraseHaystack(item);
    if (slowOnly || NON_ASCII.test(hay)) {
      const folded = phraseText(hay);
      return keys.every((k) => folded.includes(k));
    }
    return patterns.every((re) => re.test(hay));
  };
}
