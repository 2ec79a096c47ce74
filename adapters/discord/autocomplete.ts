/**
 * Autocompletion for `/policy` options: topics, state codes and time zones. Pure: takes
 * the focused option's name and typed value, returns at most 25 choices. For the
 * multi-value options (`topics`, `states`) the last word is completed and the earlier
 * words are kept.
 */
import { DEFAULT_TOPICS, JURISDICTION_CODES } from '../../src/domain/index.ts';

export interface Choice {
  name: string;
  value: string;
}

const MAX_CHOICES = 25;

function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['UTC'];
}

function complete(candidates: readonly string[], typed: string, multi: boolean, upper: boolean): Choice[] {
  const words = typed.split(/[\s,]+/);
  const last = (multi ? words.pop() : typed.trim()) ?? '';
  const prefix = multi ? words.filter(Boolean).join(' ') : '';
  const needle = (upper ? last.toUpperCase() : last.toLowerCase()).trim();
  const starts = candidates.filter((c) => (upper ? c : c.toLowerCase()).startsWith(needle));
  const contains = candidates.filter((c) => !starts.includes(c) && (upper ? c : c.toLowerCase()).includes(needle));
  const picks = [...starts, ...contains];
  // Custom topics are allowed: when nothing known matches, offer what was typed.
  if (!upper && needle && picks.length === 0) picks.push(last.trim());
  return picks.slice(0, MAX_CHOICES).map((p) => {
    const value = (prefix ? `${prefix} ${p}` : p).slice(0, 100);
    return { name: value, value };
  });
}

/** Choices for the focused option, or [] when it has no autocompletion. */
export function autocompleteChoices(option: string, typed: string): Choice[] {
  switch (option) {
    case 'topic':
      return complete(DEFAULT_TOPICS, typed, false, false);
    case 'topics':
      return complete(DEFAULT_TOPICS, typed, true, false);
    case 'state':
      return complete(JURISDICTION_CODES, typed, false, true);
    case 'states':
      return complete(JURISDICTION_CODES, typed, true, true);
    case 'tz': {
      const zones = timeZones();
      return complete(zones, typed, false, false).filter((c) => zones.includes(c.value));
    }
    default:
      return [];
  }
}
