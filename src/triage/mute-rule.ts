/** The watchlist exclusion rule that mutes a term as alerts show it (Mute term…, the weekly suggestion). */
import { SLASH } from '../commands/grammar.ts';
import { validateRule } from '../matching/index.ts';

const FIELD_TERM = /^(office|contractor|place|agency): (.+)$/;

/**
 * The exclusion rule that mutes a matched term as the alert shows it: a quoted phrase; an
 * acronym (ICE, CLETS) case-sensitive; a term found in an award field scoped to that field.
 * Undefined when no valid rule can be made of it.
 */
export function muteRule(term: string): string | undefined {
  const scoped = FIELD_TERM.exec(term);
  const text = (scoped ? scoped[2]! : term).replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  const acronym = /^[A-Z][A-Z0-9&.-]{1,7}$/.test(text);
  const rule = `${scoped ? `${scoped[1]}:` : ''}${acronym ? '=' : ''}"${text}"`;
  return validateRule(rule).ok ? rule : undefined;
}

/** The commands that mute a term in these topics of a workspace, e.g. `/policy watch add -"ice rink" state-databases`. */
export function muteCommand(term: string, topics: string[]): string {
  const rule = muteRule(term) ?? `"${term.replace(/["“”]/g, ' ').trim()}"`;
  return (topics.length ? topics : ['']).map((t) => `${SLASH} watch add -${rule}${t ? ` ${t}` : ''}`).join(' and ');
}
