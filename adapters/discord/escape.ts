/**
 * Escaping and truncation for Discord markdown. Feed text is untrusted: it must never
 * ping anyone, form a masked link, or break the markup around it. Mentions are also
 * disabled on every send (`allowed_mentions: { parse: [] }`); this module makes sure
 * they do not even render as mentions.
 */
import { escapeMarkdown } from 'discord.js';

export const ELLIPSIS = '…';
const ZWSP = '\u200b';

/** Escape untrusted text for Discord markdown (descriptions, field values, titles). */
export function escapeDiscordText(raw: string): string {
  let s = raw.replace(/\r\n?/g, '\n');
  s = escapeMarkdown(s, { heading: true, bulletedList: true, numberedList: true, maskedLink: false });
  // Masked links `[text](url)`: escape every bracket (escapeMarkdown's own option only
  // escapes the first link on a line).
  s = s.replace(/[[\]]/g, (c) => `\\${c}`);
  // Subtext lines `-# …` (not covered by escapeMarkdown).
  s = s.replace(/^( *)-#/gm, '$1\\-#');
  // Block quotes `> …` and `>>> …`.
  s = s.replace(/^( *)>/gm, '$1\\>');
  // Mentions, channels, emoji, timestamps, slash-command mentions: `<@…>`, `<@&…>`, `<#…>`, `<:…>`, `<t:…>`, `</…>`.
  s = s.replace(/<(?=[@#:/!]|a:|t:)/g, '\\<');
  // @everyone / @here render (and, without allowed_mentions, ping) even as bare text.
  s = s.replace(/@(everyone|here)/gi, `@${ZWSP}$1`);
  return s;
}

/** Plain text for places Discord does not render markdown (footer, author): only defuse mentions. */
export function defusePlain(raw: string): string {
  return raw.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#])/g, `<${ZWSP}`);
}

/**
 * An http(s) URL safe to use as an embed URL or inside `[label](url)`, or undefined for
 * any other scheme, an unparsable value, or embedded credentials.
 */
export function safeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

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
