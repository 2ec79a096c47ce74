/** Section headings for jurisdictions, and their digest order: federal first, then states A→Z, unknown last. */
import { FEDERAL_JURISDICTION, stateName, UNKNOWN_JURISDICTION } from '../domain/index.ts';

/** 'Federal', 'Connecticut (CT)', 'Other / unknown jurisdiction'. */
export function jurisdictionHeading(code: string): string {
  if (code === FEDERAL_JURISDICTION) return 'Federal';
  if (code === UNKNOWN_JURISDICTION || !code) return 'Other / unknown jurisdiction';
  const name = stateName(code);
  return name ? `${name} (${code})` : code;
}

/** Sort comparator for jurisdiction codes in digest order. */
export function compareJurisdictions(a: string, b: string): number {
  const rank = (c: string) => (c === FEDERAL_JURISDICTION ? 0 : c === UNKNOWN_JURISDICTION || !c ? 2 : 1);
  return rank(a) - rank(b) || jurisdictionHeading(a).localeCompare(jurisdictionHeading(b), 'en');
}
