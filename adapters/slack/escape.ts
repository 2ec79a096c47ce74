/**
 * Escaping and truncation for Slack text. Slack's mrkdwn only needs `&`, `<` and `>`
 * escaped (api.slack.com/reference/surfaces/formatting#escaping); escaping them is what
 * stops feed text from becoming `<!channel>`, `<@U…>` or a link. `*`, `_`, `~` and `` ` ``
 * cannot be escaped, so untrusted text also goes out with `verbatim: true` or as plain_text.
 */
import { safeHttpUrl } from '../../src/domain/index.ts';

const ELLIPSIS = '…';

/** Escape `&`, `<`, `>` only: for text inside inline code, where nothing else is parsed. */
export function escapeSlackEntities(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Look-alikes for the mrkdwn markers that cannot be escaped. Slack only treats `*`, `_`, `~`
 * as formatting at a word boundary, so only markers there are swapped (snake_case stays);
 * a backtick anywhere can open code, so every one is swapped.
 */
const LOOKALIKE: Record<string, string> = { '*': '\u2217', _: '\u02cd', '~': '\u223c', '`': '\u02cb' };
const MARKER_AT_BOUNDARY = /(?<![\p{L}\p{N}])[*_~]|[*_~](?![\p{L}\p{N}])|`/gu;

/**
 * The one escaping function for any untrusted text (feed text, user input) in Slack mrkdwn:
 * `&`, `<`, `>` become entities (so nothing can become `<!channel>`, `<@U…>` or a link) and
 * formatting markers become look-alikes (so `*bold*` in a title stays literal).
 */
export function escapeSlackText(s: string): string {
  return escapeSlackEntities(s).replace(MARKER_AT_BOUNDARY, (c) => LOOKALIKE[c] ?? c);
}

/**
 * An http(s) URL made safe to sit inside `<url|label>`, or undefined for any other scheme,
 * an unparsable value, or embedded credentials.
 */
export function safeLinkTarget(raw: string | undefined): string | undefined {
  const href = safeHttpUrl(raw);
  return href?.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
}

/** Cut plain text to at most `max` UTF-16 units, ending in an ellipsis; never splits an emoji's surrogate pair. */
export function truncatePlain(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - ELLIPSIS.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Cut already-escaped mrkdwn to at most `max` units without leaving half an entity
 * (`&am`), half a link (`<https://…`) or half a surrogate pair behind.
 */
export function truncateMrkdwn(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - ELLIPSIS.length));
  const open = cut.lastIndexOf('<');
  if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
  const amp = cut.lastIndexOf('&');
  if (amp !== -1 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}
