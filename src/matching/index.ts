/** Public API of the matcher (see README.md in this folder for the rule language). */
export type { Watchlist } from './watchlist.ts';
export { parseWatchlist, loadWatchlistFile, mergeWatchlists, TOPIC_ID } from './watchlist.ts';
export { defaultWatchlist } from './default-watchlist.ts';
export { compileWatchlist } from './compile.ts';
export { compileNaiveBaseline } from './naive.ts';
export { validateRule } from './rule-parser.ts';
export { normalizeText } from './normalize.ts';
export { evaluate, formatReport, formatScores, parseLabelledLines, type LabelledItem } from './eval.ts';
