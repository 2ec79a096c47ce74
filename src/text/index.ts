/**
 * One text module for every reader of feed text (feeds/parse, matching, search): HTML → text,
 * entity decoding, folding, word splitting and the plural stemmer.
 */
export { capLength, collapseWhitespace, decodeEntities, htmlToText, namedEntity, stripTags } from './html.ts';
export { foldDiacritics, foldPlural } from './fold.ts';
export { isUnspacedWord, splitRuns, splitWords, WORD_WITH_APOSTROPHES } from './words.ts';
