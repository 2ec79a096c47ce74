import { hash } from 'node:crypto';
import type { Item, StoredItem } from './types.ts';

function sha(input: string, length: number): string {
  return hash('sha256', input, 'hex').slice(0, length);
}

/** Stable item id from the source id and the source's own id for the record. */
export function itemId(sourceId: string, nativeId: string): string {
  return sha(`${sourceId}\u0000${nativeId}`, 16);
}

/**
 * Version hash over the fields whose change deserves a follow-up alert: title, status and
 * `updatedAt`-independent content. Connectors may pass extra parts (e.g. a LegiScan
 * change_hash or an FPDS modification number) so a change they know of always counts.
 */
export function itemVersion(item: Pick<Item, 'title' | 'status'>, ...extra: Array<string | undefined>): string {
  return sha([item.title, item.status ?? '', ...extra.map((e) => e ?? '')].join('\u0000'), 12);
}

/** The change sequence of a stored item (older items: the length of their history). */
export function changeSeqOf(item: Pick<StoredItem, 'changeSeq' | 'history'>): number {
  return item.changeSeq ?? Math.max(1, item.history.length);
}

/** The change sequence for a new version of `previous` (1 for an item never stored). */
export function nextChangeSeq(previous: Pick<StoredItem, 'changeSeq' | 'history'> | undefined): number {
  return previous ? changeSeqOf(previous) + 1 : 1;
}

/**
 * The state a jurisdiction lies in: 'CT' for 'CT', 'WA' for a city or county written
 * 'Seattle, WA' (local government sources), else the jurisdiction itself.
 */
export function stateOfJurisdiction(jurisdiction: string): string {
  const m = /,\s*([A-Z]{2})$/.exec(jurisdiction.trim());
  return m ? m[1]! : jurisdiction;
}
