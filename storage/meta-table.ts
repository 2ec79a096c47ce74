/**
 * The in-memory metadata of every stored item, as columns: one slot per item, times and body
 * locations in typed arrays, kind + jurisdiction + topics as one shared "class" record, the
 * version as a string. About 140 bytes an item instead of ~260 as a JS object in a
 * dictionary. It serializes (toJSON) as the `Record<id, ItemMeta>` that items.json holds, so
 * the snapshot and journal formats do not depend on this layout.
 */
import type { ItemKind } from '../src/domain/index.ts';
import type { ItemMeta } from './schema.ts';

interface ItemClass {
  k: ItemKind;
  j: string;
  t: string[];
}

function grown<T extends Float64Array | Uint32Array | Uint16Array>(a: T, n: number, make: (n: number) => T): T {
  if (a.length > n) return a;
  const next = make(Math.max(n + 1, Math.ceil(a.length * 1.5)));
  next.set(a);
  return next;
}

const iso = (ms: number) => new Date(ms).toISOString();

export class MetaTable {
  private readonly slots = new Map<string, number>();
  private readonly free: number[] = [];
  private next = 0;
  readonly versions: Array<string | undefined> = [];
  /** lastSeenAt and latest change (ms). */
  last = new Float64Array(1024);
  latest = new Float64Array(1024);
  /** Body offset, length (0: not written yet) and bodies-file generation. */
  offset = new Float64Array(1024);
  length = new Uint32Array(1024);
  gen = new Uint32Array(1024);
  cls = new Uint16Array(1024);
  readonly classes: ItemClass[] = [];
  private readonly classOf = new Map<string, number>();

  get size(): number {
    return this.slots.size;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  slot(id: string): number | undefined {
    return this.slots.get(id);
  }

  /** [id, slot] in insertion order (an update keeps an item's place). */
  entries(): IterableIterator<[string, number]> {
    return this.slots.entries();
  }

  classAt(slot: number): ItemClass {
    return this.classes[this.cls[slot]!]!;
  }

  private classCode(k: ItemKind, j: string, t: string[]): number {
    const key = `${k}\n${j}\n${t.join('\n')}`;
    let c = this.classOf.get(key);
    if (c === undefined) {
      c = this.classes.length;
      if (c > 0xffff) throw new Error('too many distinct kind/jurisdiction/topic combinations');
      this.classes.push({ k, j, t: [...t] });
      this.classOf.set(key, c);
    }
    return c;
  }

  set(id: string, m: ItemMeta): void {
    let s = this.slots.get(id);
    if (s === undefined) {
      s = this.free.pop() ?? this.next++;
      this.slots.set(id, s);
      this.last = grown(this.last, s, (n) => new Float64Array(n));
      this.latest = grown(this.latest, s, (n) => new Float64Array(n));
      this.offset = grown(this.offset, s, (n) => new Float64Array(n));
      this.length = grown(this.length, s, (n) => new Uint32Array(n));
      this.gen = grown(this.gen, s, (n) => new Uint32Array(n));
      this.cls = grown(this.cls, s, (n) => new Uint16Array(n));
    }
    this.versions[s] = m.v;
    this.last[s] = Date.parse(m.l);
    this.latest[s] = Date.parse(m.a);
    this.offset[s] = m.o;
    this.length[s] = m.n;
    this.gen[s] = m.g;
    this.cls[s] = this.classCode(m.k, m.j, m.t);
  }

  delete(id: string): boolean {
    const s = this.slots.get(id);
    if (s === undefined) return false;
    this.slots.delete(id);
    this.versions[s] = undefined;
    this.length[s] = 0;
    this.free.push(s);
    return true;
  }

  /** The record as items.json and items.log hold it. */
  get(id: string): ItemMeta | undefined {
    const s = this.slots.get(id);
    if (s === undefined) return undefined;
    const c = this.classAt(s);
    return {
      v: this.versions[s]!,
      l: iso(this.last[s]!),
      a: iso(this.latest[s]!),
      k: c.k,
      j: c.j,
      t: c.t,
      o: this.offset[s]!,
      n: this.length[s]!,
      g: this.gen[s]!,
    };
  }

  toJSON(): Record<string, ItemMeta> {
    const out: Record<string, ItemMeta> = {};
    for (const id of this.slots.keys()) out[id] = this.get(id)!;
    return out;
  }
}
