/**
 * A journaled part: a lowdb snapshot file (atomic temp + rename) plus an append-only
 * JSON-Lines journal of idempotent operations on keyed collections of the snapshot:
 *   {"c":"items","k":"<id>","v":{…}}   upsert key k of collection c
 *   {"c":"items","k":"<id>"}           delete it
 * Each op carries the key's whole current value, so replaying an op twice, or replaying
 * ops the snapshot already holds, changes nothing. A flush appends its ops in one write
 * and fdatasync's it; compact() writes the snapshot and then empties the journal.
 */
import { copyFileSync, existsSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { DataFile } from 'lowdb/node';
import { corruptCopyName, StoreCorruptError } from './errors.ts';

interface JournalOp {
  /** Collection: a Record-valued field of the snapshot. */
  c: string;
  k: string;
  /** The key's new value; absent for a delete. */
  v?: unknown;
}

export interface JournaledPartOptions<T> {
  snapshot: string;
  journal: string;
  empty: () => T;
  migrate: (data: Partial<T>) => T;
  /** Never write (no torn-tail repair either). */
  readOnly?: boolean;
  /**
   * True for an op the snapshot has already folded in and that must not be replayed over it
   * (a crash between writing the snapshot and emptying the journal): the journal is skipped.
   */
  isStale?: (op: JournalOp, data: object) => boolean;
}

type Collections = Record<string, Record<string, unknown> | undefined>;

function isOp(x: unknown): x is JournalOp {
  return typeof x === 'object' && x !== null && typeof (x as JournalOp).c === 'string' && typeof (x as JournalOp).k === 'string';
}

function applyOp(data: object, op: JournalOp): void {
  const colls = data as Collections;
  const coll = (colls[op.c] ??= {});
  if (op.v === undefined) delete coll[op.k];
  else coll[op.k] = op.v;
}

/** Reads a lowdb JSON file; a file that does not parse is kept and refused, never reset. */
export async function readSnapshot<T>(file: string, empty: () => T, migrate: (d: Partial<T>) => T): Promise<{ data: T; db: DataFile<T> }> {
  const db = new DataFile<T>(file, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) });
  let data: T | null;
  try {
    data = await db.read();
  } catch (err) {
    const kept = corruptCopyName(file);
    copyFileSync(file, kept);
    throw new StoreCorruptError(file, kept, (err as Error).message);
  }
  if (data === null) return { data: empty(), db };
  if (typeof data !== 'object' || Array.isArray(data)) throw new StoreCorruptError(file, file, 'not a JSON object');
  return { data: migrate(data as Partial<T>), db };
}

async function fsyncPath(path: string, flags: string): Promise<void> {
  const fh = await open(path, flags);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export class JournaledPart<T extends object> {
  private handle: FileHandle | undefined;

  private constructor(
    readonly opts: JournaledPartOptions<T>,
    readonly data: T,
    private readonly db: DataFile<T>,
    /** Bytes in the journal (ops not yet folded into the snapshot). */
    public journalBytes: number,
    public snapshotBytes: number,
  ) {}

  /** Loads the snapshot, then replays the journal. Warnings (a torn last line) go to `warnings`. */
  static async open<T extends object>(opts: JournaledPartOptions<T>, warnings: string[]): Promise<JournaledPart<T>> {
    const { data, db } = await readSnapshot(opts.snapshot, opts.empty, opts.migrate);
    const snapshotBytes = existsSync(opts.snapshot) ? statSync(opts.snapshot).size : 0;
    const journalBytes = replayJournal(opts.journal, data, warnings, opts.readOnly === true, opts.isStale);
    return new JournaledPart(opts, data, db, journalBytes, snapshotBytes);
  }

  /** One JSON line per key, holding the key's current value (read now, synchronously). */
  encode(keys: Iterable<{ c: string; k: string }>, value: (c: string, k: string, v: unknown) => unknown = (_c, _k, v) => v): string {
    const colls = this.data as Collections;
    let out = '';
    for (const { c, k } of keys) out += JSON.stringify({ c, k, v: value(c, k, colls[c]?.[k]) }) + '\n';
    return out;
  }

  /** Appends encoded ops in one write and fdatasync's them. On failure the journal is cut back. */
  async append(text: string): Promise<void> {
    if (this.opts.readOnly || !text) return;
    const fh = (this.handle ??= await open(this.opts.journal, 'a'));
    try {
      await fh.appendFile(text, 'utf8');
      await fh.datasync();
      this.journalBytes += Buffer.byteLength(text);
    } catch (err) {
      await fh.truncate(this.journalBytes).catch(() => {});
      throw err;
    }
  }

  /**
   * Writes the snapshot and empties the journal. The caller must have appended every change
   * first: the snapshot is serialized from memory when this is called (synchronously).
   */
  async compact(): Promise<void> {
    if (this.opts.readOnly) return;
    await this.db.write(this.data);
    await fsyncPath(this.opts.snapshot, 'r');
    await fsyncPath(dirname(this.opts.snapshot), 'r').catch(() => {}); // the rename (not on every OS)
    const fh = (this.handle ??= await open(this.opts.journal, 'a'));
    await fh.truncate(0);
    await fh.datasync();
    this.journalBytes = 0;
    this.snapshotBytes = statSync(this.opts.snapshot).size;
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
  }

  get name(): string {
    return basename(this.opts.snapshot);
  }
}

/**
 * Applies the journal's ops to `data`; returns the journal's size in bytes after repair.
 * The last line may be torn by a crash mid-append: it is ignored (and cut off unless
 * read-only). A bad line with good lines after it is corruption: refused, with a copy kept.
 */
function replayJournal(
  file: string,
  data: object,
  warnings: string[],
  readOnly: boolean,
  isStale?: (op: JournalOp, data: object) => boolean,
): number {
  if (!existsSync(file)) return 0;
  const ops: JournalOp[] = [];
  const buf = readFileSync(file);
  let at = 0;
  let good = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(0x0a, at);
    const end = nl < 0 ? buf.length : nl;
    const line = buf.subarray(at, end).toString('utf8').trim();
    const next = nl < 0 ? buf.length : nl + 1;
    if (line && nl < 0) {
      // No newline: the append was cut short (even if the text happens to parse).
      warnings.push(tornWarning(file, buf.length - at));
      break;
    }
    if (line) {
      let op: unknown;
      try {
        op = JSON.parse(line);
      } catch {
        op = undefined;
      }
      if (!isOp(op)) {
        const isLast = buf.subarray(next).toString('utf8').trim() === '';
        if (!isLast) {
          const kept = corruptCopyName(file);
          copyFileSync(file, kept);
          throw new StoreCorruptError(
            file,
            kept,
            `line at byte ${at} is not a journal entry`,
            `move ${file} away: that part then opens from its snapshot, without the changes made since it was last compacted`,
          );
        }
        warnings.push(tornWarning(file, buf.length - at));
        break;
      }
      ops.push(op);
    }
    at = next;
    good = next;
  }
  if (isStale && ops.some((op) => isStale(op, data))) {
    warnings.push(`${file}: skipped ${ops.length} entries already folded into the snapshot (a crash during compaction)`);
    if (!readOnly) truncateSync(file, 0);
    return readOnly ? buf.length : 0;
  }
  for (const op of ops) applyOp(data, op);
  if (good < buf.length && !readOnly) truncateSync(file, good);
  return readOnly ? buf.length : good;
}

function tornWarning(file: string, bytes: number): string {
  return `${file}: ignored an incomplete last entry (${bytes} bytes), most likely cut short by a crash while writing`;
}
