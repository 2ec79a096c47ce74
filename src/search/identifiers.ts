/**
 * Identifiers as people type them. 'CT HB 5001', 'hb5001', 'H.B. 5001', 'House Bill 5001',
 * 'HB 05001' all compare equal (key 'HB5001', the first with jurisdiction 'CT'); a Federal
 * Register document number '2025-01234' becomes '202501234'; a PIID or solicitation number
 * is upper-cased with separators removed.
 */
import { isJurisdictionCode } from '../domain/index.ts';

const WORDY_PREFIXES: Array<[RegExp, string]> = [
  [/^HOUSE\s+BILL\b/, 'HB'],
  [/^SENATE\s+BILL\b/, 'SB'],
  [/^ASSEMBLY\s+BILL\b/, 'AB'],
  [/^HOUSE\s+RESOLUTION\b/, 'HR'],
  [/^SENATE\s+RESOLUTION\b/, 'SR'],
  [/^H\.?\s*R\.?(?=\s*\d)/, 'HR'],
  [/^S\.(?=\s*\d)/, 'S'],
];

/** The comparable key of one identifier string (no jurisdiction handling). */
export function identifierKey(raw: string): string {
  let s = raw.trim().toUpperCase();
  for (const [re, short] of WORDY_PREFIXES) s = s.replace(re, short);
  const compact = s.replace(/[^A-Z0-9]/g, '');
  // Bill-like 'HB05001' → 'HB5001'.
  const bill = /^([A-Z]{1,4})0*(\d+)$/.exec(compact);
  if (bill) return `${bill[1]}${bill[2]}`;
  return compact;
}

export interface IdentifierForm {
  key: string;
  /** Set when the typed text began with a jurisdiction code ('CT HB 5001'). */
  jurisdiction?: string;
}

/**
 * Every comparable form of a typed identifier, most specific first: 'CT HB 5001' →
 * [{ key: 'HB5001', jurisdiction: 'CT' }, { key: 'CTHB5001' }]; 'hb5001' → [{ key: 'HB5001' }].
 */
export function normalizeIdentifier(typed: string): IdentifierForm[] {
  const forms: IdentifierForm[] = [];
  const trimmed = typed.trim();
  const lead = /^([A-Za-z]{2})[\s:\-./]+(.+)$/.exec(trimmed);
  if (lead && isJurisdictionCode(lead[1]!.toUpperCase())) {
    const key = identifierKey(lead[2]!);
    if (key) forms.push({ key, jurisdiction: lead[1]!.toUpperCase() });
  }
  const whole = identifierKey(trimmed);
  if (whole && !forms.some((f) => f.key === whole && !f.jurisdiction)) forms.push({ key: whole });
  return forms;
}

/** Keys under which a stored item's identifier is indexed (its own key, and without a leading own-jurisdiction code). */
export function itemIdentifierKeys(identifier: string | undefined, jurisdiction: string): string[] {
  if (!identifier) return [];
  const keys = new Set<string>([identifierKey(identifier)]);
  for (const form of normalizeIdentifier(identifier)) {
    if (form.jurisdiction === jurisdiction.toUpperCase()) keys.add(form.key);
  }
  keys.delete('');
  return [...keys];
}

/** Internal ids are 16 lower-case hex characters (`itemId`). */
export function looksLikeInternalId(s: string): boolean {
  return /^[0-9a-f]{16}$/i.test(s.trim());
}
