/**
 * What ranking and filtering read per document, as typed columns indexed by doc number:
 * activity time, kind, jurisdiction and topics as small interned codes, priority. A query's
 * filters compile to a predicate on the doc number, so checking a candidate is a few array
 * reads instead of object and Set lookups (and filters can run inside the postings loop).
 * No item is kept: only its id, and its kind, jurisdiction and topics when they
 * overflow the codes (rare), so the index never holds the stored items themselves.
 */
import { stateOfJurisdiction, type StoredItem } from '../domain/index.ts';
import { itemIdentifierKeys } from './identifiers.ts';
import { activityTime, boostFor, inJurisdictions } from './rank.ts';
import type { SearchQuery } from './types.ts';

/** Topic codes 0–30 are bits; bit 31 says "the item has topics beyond those, check it". */
const OVERFLOW = 1 << 31;

/** FNV-1a of an identifier key, never 0. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 1;
}

function grow<T extends Float64Array | Uint8Array | Uint16Array | Int32Array>(a: T, n: number, make: (n: number) => T): T {
  if (a.length > n) return a;
  const next = make(Math.max(n + 1, a.length * 2));
  next.set(a);
  return next;
}

class Codes {
  private readonly map = new Map<string, number>();
  code(s: string): number {
    let c = this.map.get(s);
    if (c === undefined) this.map.set(s, (c = this.map.size));
    return c;
  }
  known(s: string): number | undefined {
    return this.map.get(s);
  }
  get size(): number {
    return this.map.size;
  }
  entries(): IterableIterator<[string, number]> {
    return this.map.entries();
  }
}

interface Overflow {
  kind: string;
  jurisdiction: string;
  topics: string[];
}

export class DocColumns {
  /** The item id of each live document; undefined once removed. */
  docs: Array<string | undefined> = [];
  /** Values that do not fit the codes, by doc number. */
  private overflow = new Map<number, Overflow>();
  /** Docs kept only for some workspaces' own terms: those workspaces. */
  private owners = new Map<number, string[]>();
  activity = new Float64Array(1024);
  kind = new Uint8Array(1024);
  jurisdiction = new Uint16Array(1024);
  topics = new Int32Array(1024);
  priority = new Uint8Array(1024);
  /** Hashes of the item's (at most two) identifier keys, 0 for none: a cheap pre-check. */
  firstKeyHash = new Int32Array(1024);
  secondKeyHash = new Int32Array(1024);
  private readonly kinds = new Codes();
  private readonly jurisdictions = new Codes();
  private readonly topicCodes = new Codes();

  set(d: number, item: StoredItem): void {
    this.activity = grow(this.activity, d, (n) => new Float64Array(n));
    this.kind = grow(this.kind, d, (n) => new Uint8Array(n));
    this.jurisdiction = grow(this.jurisdiction, d, (n) => new Uint16Array(n));
    this.topics = grow(this.topics, d, (n) => new Int32Array(n));
    this.priority = grow(this.priority, d, (n) => new Uint8Array(n));
    this.firstKeyHash = grow(this.firstKeyHash, d, (n) => new Int32Array(n));
    this.secondKeyHash = grow(this.secondKeyHash, d, (n) => new Int32Array(n));
    const keys = itemIdentifierKeys(item.identifier, item.jurisdiction);
    this.firstKeyHash[d] = keys[0] ? keyHash(keys[0]) : 0;
    this.secondKeyHash[d] = keys[1] ? keyHash(keys[1]) : 0;
    const upperJurisdiction = item.jurisdiction.toUpperCase();
    this.docs[d] = item.id;
    this.activity[d] = activityTime(item);
    this.kind[d] = Math.min(255, this.kinds.code(item.kind));
    this.jurisdiction[d] = Math.min(65535, this.jurisdictions.code(upperJurisdiction));
    let mask = 0;
    for (const t of item.match.topics) {
      const c = this.topicCodes.code(t);
      mask |= c < 31 ? 1 << c : OVERFLOW;
    }
    this.topics[d] = mask;
    this.priority[d] = item.match.priority ? 1 : 0;
    if (item.match.workspaces) this.owners.set(d, [...item.match.workspaces]);
    else this.owners.delete(d);
    if (this.kind[d] === 255 || this.jurisdiction[d] === 65535 || (mask & OVERFLOW) !== 0) {
      this.overflow.set(d, { kind: item.kind, jurisdiction: upperJurisdiction, topics: [...item.match.topics] });
    }
  }

  clear(d: number): void {
    this.docs[d] = undefined;
    this.overflow.delete(d);
    this.owners.delete(d);
  }

  /** Moves document `from` to number `to` (≤ from), for compaction. */
  move(from: number, to: number): void {
    if (from === to) return;
    this.docs[to] = this.docs[from];
    this.docs[from] = undefined;
    this.activity[to] = this.activity[from]!;
    this.kind[to] = this.kind[from]!;
    this.jurisdiction[to] = this.jurisdiction[from]!;
    this.topics[to] = this.topics[from]!;
    this.priority[to] = this.priority[from]!;
    this.firstKeyHash[to] = this.firstKeyHash[from]!;
    this.secondKeyHash[to] = this.secondKeyHash[from]!;
    const o = this.overflow.get(from);
    this.overflow.delete(from);
    if (o) this.overflow.set(to, o);
    const w = this.owners.get(from);
    this.owners.delete(from);
    if (w) this.owners.set(to, w);
    else this.owners.delete(to);
  }

  /** Drops the slots at and after `n` (after compaction). */
  truncate(n: number): void {
    this.docs.length = Math.min(this.docs.length, n);
  }

  boost(d: number, nowMs: number): number {
    return boostFor(this.activity[d]!, this.priority[d] === 1, nowMs);
  }

  /** The query's filters as a predicate on doc numbers; undefined when there are none. */
  filter(q: SearchQuery): ((d: number) => boolean) | undefined {
    const kinds = q.kinds?.length ? new Set(q.kinds.map((k) => this.kinds.known(k) ?? -1)) : undefined;
    // A state takes in its cities and counties ('Seattle, WA' is in state:WA), as subscriptions do.
    const wantedJurisdictions = new Set((q.jurisdictions ?? []).map((j) => j.toUpperCase()));
    const jurisdictionCodes = q.jurisdictions?.length
      ? new Set(
          [...this.jurisdictions.entries()]
            .filter(([name]) => wantedJurisdictions.has(name.toUpperCase()) || wantedJurisdictions.has(stateOfJurisdiction(name)))
            .map(([, c]) => c),
        )
      : undefined;
    const topicNames = q.topics?.length ? new Set(q.topics) : undefined;
    const since = q.since?.getTime();
    const wantPriority = q.priority === undefined ? undefined : q.priority ? 1 : 0;
    const workspace = q.workspace;
    const owners = workspace !== undefined && this.owners.size > 0 ? this.owners : undefined;
    if (!kinds && !jurisdictionCodes && !topicNames && since === undefined && !owners && wantPriority === undefined) return undefined;
    // Codes ≥ 255 / 65535 are shared by overflow values: compare those on the item.
    const kindMask: number[] = new Array<number>(this.kinds.size).fill(0);
    for (const k of kinds ?? []) if (k >= 0 && k < 255) kindMask[k] = 1;
    const jurisdictionMask: number[] = new Array<number>(this.jurisdictions.size).fill(0);
    for (const j of jurisdictionCodes ?? []) if (j >= 0 && j < 65535) jurisdictionMask[j] = 1;
    let topicMask = 0;
    for (const t of topicNames ?? []) {
      const c = this.topicCodes.known(t);
      if (c !== undefined && c < 31) topicMask |= 1 << c;
    }
    const { kind, jurisdiction, topics, activity, overflow, priority } = this;
    const wantKinds = q.kinds?.length ? new Set<string>(q.kinds) : undefined;
    return (d) => {
      if (wantPriority !== undefined && priority[d] !== wantPriority) return false;
      if (owners?.get(d)?.includes(workspace!) === false) return false;
      if (kinds) {
        const k = kind[d]!;
        if (k === 255 ? !wantKinds!.has(overflow.get(d)!.kind) : kindMask[k] !== 1) return false;
      }
      if (jurisdictionCodes) {
        const j = jurisdiction[d]!;
        if (j === 65535 ? !inJurisdictions(wantedJurisdictions, overflow.get(d)!.jurisdiction) : jurisdictionMask[j] !== 1) return false;
      }
      if (topicNames) {
        const m = topics[d]!;
        if ((m & topicMask) === 0 && ((m & OVERFLOW) === 0 || !overflow.get(d)!.topics.some((t) => topicNames.has(t)))) return false;
      }
      return since === undefined || activity[d]! >= since;
    };
  }
}
