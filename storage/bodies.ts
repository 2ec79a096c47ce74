/**
 * The bodies file: one StoredItem per JSON line, append-only, addressed by byte offset and
 * length (kept in the items metadata). A new version of an item is appended; the old line
 * becomes dead bytes until compaction rewrites the live lines into the next generation's file.
 * Files are named items-<generation>.jsonl; the items snapshot says which generation is live.
 * A flush appends bodies (one write + fdatasync) before the metadata that points at them,
 * so a crash can only leave unreferenced bytes at the end: a torn last line is cut off at open
 * (like the journal's), with a warning, unless read-only.
 */
import { closeSync, existsSync, openSync, readSync, statSync, truncateSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredItem } from '../src/domain/index.ts';

export function bodiesFile(dir: string, gen: number): string {
  return join(dir, `items-${gen}.jsonl`);
}

/** Where a body lives: offset and length in bytes, without the newline. */
export interface BodyRef {
  o: number;
  n: number;
}

/** Size after cutting a torn last line (bytes after the last newline). */
function repairTail(file: string, warnings: string[], readOnly: boolean): number {
  if (!existsSync(file)) return 0;
  const size = statSync(file).size;
  if (size === 0) return 0;
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const got = readSync(fd, chunk, 0, end - start, start);
      const nl = chunk.subarray(0, got).lastIndexOf(0x0a);
      if (nl >= 0) {
        end = start + nl + 1;
        break;
      }
      end = start;
    }
    if (end < size) {
      warnings.push(`${file}: ignored an incomplete last item (${size - end} bytes), most likely cut short by a crash while writing`);
      if (!readOnly) truncateSync(file, end);
      return readOnly ? size : end;
    }
    return size;
  } finally {
    closeSync(fd);
  }
}

const WINDOW = 1 << 20;

export class BodiesFile {
  private handle: FileHandle | undefined;
  /** One read buffer, reused (reads of one file run one at a time through it). */
  private buffer: Buffer | undefined;
  /** Read descriptor (opened on first read). */
  private fd: number | undefined;

  private constructor(
    readonly path: string,
    private readonly readOnly: boolean,
    /** Bytes in the file (where the next body goes). */
    public size: number,
  ) {}

  static open(path: string, warnings: string[], readOnly: boolean): BodiesFile {
    const file = new BodiesFile(path, readOnly, repairTail(path, warnings, readOnly));
    // Read-only (the CLI while the daemon runs): hold the file open now, so a compaction by
    // the daemon (new file, old one deleted) cannot pull it away before the first read.
    if (readOnly && existsSync(path)) file.fd = openSync(path, 'r');
    return file;
  }

  private async fh(): Promise<FileHandle> {
    return (this.handle ??= await open(this.path, 'a'));
  }

  /** Appends text (whole lines) in one write and fdatasync's it; cut back on failure. */
  async append(text: string): Promise<void> {
    if (this.readOnly || !text) return;
    const fh = await this.fh();
    const before = this.size;
    try {
      await fh.appendFile(text, 'utf8');
      await fh.datasync();
      this.size = before + Buffer.byteLength(text);
    } catch (err) {
      await fh.truncate(before).catch(() => {});
      throw err;
    }
  }

  /**
   * Reads these bodies (in the order given); neighbours are read together. Positional reads
   * are synchronous: a few microseconds each from the page cache, where a thread-pool round
   * trip per read would cost ten times that (a quoted-phrase search reads ~1,000 bodies).
   */
  async read(refs: BodyRef[]): Promise<Array<StoredItem | undefined>> {
    const out: Array<StoredItem | undefined> = new Array<StoredItem | undefined>(refs.length);
    if (refs.length === 0) return out;
    if (this.fd === undefined) {
      if (!existsSync(this.path)) return out;
      this.fd = openSync(this.path, 'r');
    }
    const fd = this.fd;
    const order = refs.map((_, i) => i).sort((a, b) => refs[a]!.o - refs[b]!.o);
    let i = 0;
    while (i < order.length) {
      // Gather the refs that fit in one read window starting at this one.
      const first = refs[order[i]!]!;
      let j = i;
      let end = first.o + first.n;
      while (j + 1 < order.length) {
        const r = refs[order[j + 1]!]!;
        if (r.o + r.n - first.o > WINDOW || r.o - end > 16 * 1024) break;
        end = Math.max(end, r.o + r.n);
        j++;
      }
      const size = end - first.o;
      const buf = size <= WINDOW ? (this.buffer ??= Buffer.allocUnsafe(WINDOW)) : Buffer.allocUnsafe(size);
      const bytesRead = readSync(fd, buf, 0, size, first.o);
      for (let k = i; k <= j; k++) {
        const r = refs[order[k]!]!;
        const from = r.o - first.o;
        if (r.n === 0 || from + r.n > bytesRead) continue;
        out[order[k]!] = JSON.parse(buf.toString('utf8', from, from + r.n)) as StoredItem;
      }
      i = j + 1;
    }
    return out;
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
