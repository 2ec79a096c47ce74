/**
 * Escaping and truncation for Discord markdown. Feed text is untrusted: it must never
 * ping anyone, form a masked link, or break the markup around it. Mentions are also
 * disabled on every send (`allowed_mentions: { parse: [] }`); this module makes sure
 * they do not even render as mentions.
 */
import { safeHttpUrl } from '../../src/domain/index.ts';

export const ELLIPSIS = '…';
const ZWSP = '\u200b';

/** No Discord text field shows more than this; longer raw input is cut before escaping. */
const MAX_RAW = 6000;

/**
 * Bare http(s) URLs are left as they are so Discord still auto-links them; a URL stops at any
 * character that could open or close a masked link or other markup, which is then escaped.
 */
const BARE_URL = /\bhttps?:\/\/[^\s<>[\]()|`*~\\]+/g;

/**
 * Markdown punctuation. Discord removes a backslash before any ASCII punctuation, so
 * escaping all of these is safe: `\*` shows `*`. This covers bold/italic/underline
 * (`* _`), strike (`~`), spoilers (`|`), code (`` ` ``), masked links (`[ ]`),
 * headings/subtext (`#`), block quotes (`>`) and mentions/emoji/timestamps (`<`).
 * Linear time: discord.js's escapeMarkdown uses look-behinds that are quadratic on long
 * feed text.
 */
const PUNCTUATION = /[\\*_~`|[\]<>#]/g;

function escapePlain(part: string): string {
  return part
    .replace(PUNCTUATION, '\\$&')
    .replace(/^( *)([-+])(?= )/gm, '$1\\$2')
    .replace(/^( *\d+)\.(?= )/gm, '$1\\.')
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`);
}

/**
 * The one escaping function for untrusted text (feed text, user input) in Discord markdown
 * (descriptions, field values, titles, masked-link labels). `inLink`: the text is a masked
 * link's label, where a bare URL must not stay active either.
 */
export function escapeDiscordText(raw: string, inLink = false): string {
  const s = (raw.length > MAX_RAW ? raw.slice(0, MAX_RAW) : raw).replace(/\r\n?/g, '\n');
  if (inLink) return escapePlain(s).replace(/:\/\//g, ':\u200b//');
  let out = '';
  let last = 0;
  for (const m of s.matchAll(BARE_URL)) {
    out += escapePlain(s.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escapePlain(s.slice(last));
}

/** Plain text for places Discord does not render markdown (footer, author): only defuse mentions. */
export function defusePlain(raw: string): string {
  return raw.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#])/g, `<${ZWSP}`);
}

/**
 * An http(s) URL safe to use as an embed URL or inside `[label](url)`, or undefined for
 * any other scheme, an unparsable value, or embedded credentials.
 */
export function safeUrl(raw: string | undefined, max = MAX_EMBED_URL): string | undefined {
  const href = safeHttpUrl(raw)?.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  return href && href.length <= max ? href : undefined;
}

/** Discord refuses an embed whose url is longer than this. */
const MAX_EMBED_URL = 2048;

/** Cut to at most `max` UTF-16 units, ending in an ellipsis; never splits a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  let cut = s.slice(0, max - ELLIPSIS.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // A trailing lone backslash would escape the ellipsis; harmless, but drop it for tidiness.
  if (/(^|[^\\])(\\\\)*\\$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Truncate markdown text preferring whole lines, so a cut does not leave a dangling `**`
 * or half a link; a single over-long line is cut hard.
 */
export function truncateLines(s: string, max: number): string {
  if (s.length <= max) return s;
  const lines = s.split('\n');
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const sep = kept.length > 0 ? 1 : 0;
    if (used + sep + line.length + 1 + ELLIPSIS.length > max) {
      const room = max - used - sep;
      // Much room left: cut this line hard rather than wasting the space.
      if (room > 200 || kept.length === 0) return [...kept, truncate(line, room)].join('\n');
      break;
    }
    kept.push(line);
    used += sep + line.length;
  }
  return `${kept.join('\n')}\n${ELLIPSIS}`;
}
