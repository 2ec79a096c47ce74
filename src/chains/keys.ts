/**
 * Notice chains: the identifiers that tie records from different sources together. A J&A
 * and the award it justified share a solicitation number; FPDS, SAM.gov and USAspending
 * rows (and every modification) share a PIID; a state's own bill feed and Open States or
 * LegiScan share a bill number within the state; a PIA cites the SORNs it relies on.
 *
 * Each item yields chain keys: its own identifier, the identifiers it cites (`Item.refs`) and
 * those found in its text. Two items are linked when they share a key. Keys are scoped so
 * unrelated short numbers never meet: bills by state ('bill:CT:HB5001'), everything else by
 * its compact form ('id:70CDCR24R00000012'), which must be long enough to be specific.
 */
import { stateOfJurisdiction, type Item } from '../domain/index.ts';
import { identifierKey } from '../search/identifiers.ts';

/** Shortest compact identifier that links outside bills (avoids '2024', 'A1', 'CB 12'). */
const MIN_ID_LENGTH = 8;

/**
 * Federal contract and solicitation numbers in text: the uniform PIID shape (6-character
 * office code, 2-digit fiscal year, instrument letter, serial: '70CDCR24R00000012',
 * '70CDCR-24-R-00000012') and legacy DHS numbers ('HSCECR-17-C-00012').
 */
const CONTRACT_NUMBER = /\b(?:[A-Z0-9]{6}-?\d{2}-?[A-Z]-?\d{4,8}|HS[A-Z]{4}-?\d{2}-?[A-Z]-?\d{4,6})\b/g;
/** DHS privacy document numbers: 'DHS/ICE/PIA-039', 'DHS/ICE-011'. */
const DHS_DOC = /\bDHS\s*\/\s*[A-Z&]+\s*(?:\/\s*(?:PIA|PTA|PCTS)\s*)?[-\u2013]\s*\d{1,3}\b/gi;

function idKey(raw: string): string | undefined {
  const key = identifierKey(raw);
  return key.length >= MIN_ID_LENGTH && /\d/.test(key) ? `id:${key}` : undefined;
}

/** A DHS document number without its update letter, in one spelling. */
function dhsKey(raw: string): string {
  return `id:${raw
    .toUpperCase()
    .replace(/[\s\u2013]/g, '')
    .replace(/-0*(\d+)$/, (_m, n: string) => `-${n.padStart(3, '0')}`)
    .replace(/[^A-Z0-9]/g, '')}`;
}

/** The keys of one identifier as written on an item of this kind and jurisdiction. */
function identifierChainKeys(identifier: string, item: Pick<Item, 'kind' | 'jurisdiction'>): string[] {
  if (/^\s*DHS\s*\//i.test(identifier)) return [dhsKey(identifier.replace(/\s*\(\s*[a-z]\s*\)\s*$/i, ''))];
  if (item.kind === 'bill') {
    const key = identifierKey(identifier);
    return key ? [`bill:${stateOfJurisdiction(item.jurisdiction).toUpperCase()}:${key}`] : [];
  }
  const key = idKey(identifier);
  return key ? [key] : [];
}

/** Every chain key of an item: its identifier, what it cites, and numbers found in its text. */
export function chainKeys(item: Pick<Item, 'kind' | 'jurisdiction' | 'identifier' | 'refs' | 'title' | 'summary'>): string[] {
  const keys = new Set<string>();
  if (item.identifier) for (const k of identifierChainKeys(item.identifier, item)) keys.add(k);
  for (const ref of item.refs ?? [])
    for (const k of identifierChainKeys(ref, { kind: item.kind === 'bill' ? 'bill' : 'notice', jurisdiction: item.jurisdiction }))
      keys.add(k);
  const text = `${item.kind === 'bill' ? '' : (item.identifier ?? '')} ${item.title} ${item.summary ?? ''}`;
  for (const m of text.matchAll(DHS_DOC)) keys.add(dhsKey(m[0]));
  if (item.kind !== 'bill') {
    for (const m of text.toUpperCase().matchAll(CONTRACT_NUMBER)) {
      const k = idKey(m[0]);
      if (k) keys.add(k);
    }
  }
  return [...keys];
}
