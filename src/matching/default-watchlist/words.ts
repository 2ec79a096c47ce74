/**
 * Word families the default watchlist spells out where a prefix would read other words (topic definitions:
 * src/matching/README.md). `shar*` also read "sharply" ("ICE arrests rose sharply … immigration enforcement" was read
 * as records shared with immigration enforcement; the forty-first collection), so the sharing words are listed.
 */
export const SHARE = '(share OR shared OR sharing OR shareable)';
