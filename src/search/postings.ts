/**
 * Postings for every term in two shared typed arrays (doc numbers and quantized weights)
 * instead of one JS array pair per term: a term's postings are a chain of blocks of growing
 * size (2, 4, 8 … 2048 slots) whose last slot links to the next block, so a term seen once
 * costs two slots and a common term wastes at most one part-filled block. Docs stay in
 * insertion order within a term. Weights are stored as 16-bit codes on a log scale
 * (relative step ≈ 0.02 %), decoded through a table. See DESIGN.md.
 */

const FIRST_BLOCK = 2;
const MAX_BLOCK = 2048;
/** Weights are coded on a log scale between MIN_WEIGHT and MIN_WEIGHT·e^(65535·STEP) ≈ 660. */
const MIN_WEIGHT = 1e-3;
const STEP = 2e-4;
const LN_MIN = Math.log(MIN_WEIGHT);

/** Weight for each 16-bit code (code 0 is never written). */
export const WEIGHT_OF: Float32Array = (() => {
  const t = new Float32Array(65536);
  for (let c = 1; c < 65536; c++) t[c] = Math.exp(LN_MIN + (c - 1) * STEP);
  return t;
})();

export function weightCode(w: number): number {
  if (!(w > MIN_WEIGHT)) return 1;
  return Math.min(65535, 1 + Math.round((Math.log(w) - LN_MIN) / STEP));
}

/** Size of the block that follows a block of `size` slots. */
function nextBlockSize(size: number): number {
  return size < MAX_BLOCK ? size * 2 : MAX_BLOCK;
}

function grown<T extends Uint32Array | Uint16Array>(a: T, min: number, make: (n: number) => T): T {
  if (a.length >= min) return a;
  const next = make(Math.max(min, Math.ceil(a.length * 1.5)));
  next.set(a);
  return next;
}

export class PostingPool {
  /** Doc numbers; the last slot of each block holds the next block's offset (0: none). */
  docs = new Uint32Array(1 << 12);
  codes = new Uint16Array(1 << 12);
  /** Slot 0 is never a block, so offset 0 can mean "none". */
  private used = 1;
  /** Per term: first block, last block, size of the last block, postings in it, all postings. */
  head = new Uint32Array(256);
  tail = new Uint32Array(256);
  tailSize = new Uint16Array(256);
  tailFill = new Uint16Array(256);
  df = new Uint32Array(256);

  /** Slots in use (for memory reports). */
  get slots(): number {
    return this.used;
  }

  private allocate(size: number): number {
    const at = this.used;
    this.used += size;
    this.docs = grown(this.docs, this.used, (n) => new Uint32Array(n));
    this.codes = grown(this.codes, this.used, (n) => new Uint16Array(n));
    return at;
  }

  append(term: number, doc: number, weight: number): void {
    this.appendCode(term, doc, weightCode(weight));
  }

  /** Gives back the unused capacity of the slot arrays (after a bulk load). */
  trim(): void {
    if (this.docs.length > this.used) {
      this.docs = this.docs.slice(0, this.used);
      this.codes = this.codes.slice(0, this.used);
    }
  }

  /** A new pool with only the postings of docs that `renumber` maps (≥ 0), renumbered. */
  rebuilt(renumber: Int32Array, terms: number): PostingPool {
    const next = new PostingPool();
    for (let t = 0; t < terms && t < this.head.length; t++) {
      const r = this.ranges(t);
      for (let k = 0; k < r.length; k += 2) {
        for (let i = r[k]!; i < r[k + 1]!; i++) {
          const d = renumber[this.docs[i]!] ?? -1;
          if (d >= 0) next.appendCode(t, d, this.codes[i]!);
        }
      }
    }
    return next;
  }

  private appendCode(term: number, doc: number, code: number): void {
    if (term >= this.head.length) {
      const n = Math.max(term + 1, this.head.length * 2);
      this.head = grown(this.head, n, (k) => new Uint32Array(k));
      this.tail = grown(this.tail, n, (k) => new Uint32Array(k));
      this.tailSize = grown(this.tailSize, n, (k) => new Uint16Array(k));
      this.tailFill = grown(this.tailFill, n, (k) => new Uint16Array(k));
      this.df = grown(this.df, n, (k) => new Uint32Array(k));
    }
    let block = this.tail[term]!;
    let size = this.tailSize[term]!;
    let fill = this.tailFill[term]!;
    if (block === 0 || fill === size - 1) {
      const nextSize = block === 0 ? FIRST_BLOCK : nextBlockSize(size);
      const fresh = this.allocate(nextSize);
      if (block === 0) this.head[term] = fresh;
      else this.docs[block + size - 1] = fresh;
      block = fresh;
      size = nextSize;
      fill = 0;
      this.tail[term] = block;
      this.tailSize[term] = size;
    }
    this.docs[block + fill] = doc;
    this.codes[block + fill] = code;
    this.tailFill[term] = fill + 1;
    this.df[term]!++;
  }

  /** The slot ranges holding `term`'s postings, as flat [start, end, start, end, …]. */
  ranges(term: number): number[] {
    const out: number[] = [];
    const last = this.tail[term]!;
    let block = this.head[term]!;
    let size = FIRST_BLOCK;
    while (block !== 0) {
      out.push(block, block === last ? block + this.tailFill[term]! : block + size - 1);
      block = block === last ? 0 : this.docs[block + size - 1]!;
      size = nextBlockSize(size);
    }
    return out;
  }

  /** Calls `fn(doc, weight)` for each posting of `term`, in insertion order. */
  forEach(term: number, fn: (doc: number, weight: number) => void): void {
    const r = this.ranges(term);
    for (let k = 0; k < r.length; k += 2) {
      for (let i = r[k]!; i < r[k + 1]!; i++) fn(this.docs[i]!, WEIGHT_OF[this.codes[i]!]!);
    }
  }
}
