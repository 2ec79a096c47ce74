/**
 * The default store, under DATA_DIR:
 *  - items.json + items.log   — matching items and seen-ids: lowdb snapshot + journal
 *  - outbox.json + outbox.log — deliveries, sent keys, alert threads: lowdb snapshot + journal
 *  - state.json               — sources, subscriptions, watchlist, digest markers, audit (small;
 *                               rewritten whole by lowdb when it changed)
 *  - items-<g>.jsonl          — the bodies of matching items, one per line (bodies.ts); items.json
 *                               holds only their metadata and where each body is
 * A flush appends the changed keys to outbox.log, then new bodies to the bodies file, then
 * items.log (one fdatasync'd write each), then writes state.json. The outbox goes first and each delivery carries its item, so a crash
 * between the writes never loses an alert. Journals are folded into their snapshot at close,
 * at open when large, and after a flush when larger than max(8 MB, ¼ snapshot), at most hourly.
 * A file that does not parse is never reset: start-up stops with a clear message and keeps a
 * copy. A `.bak` of each snapshot is refreshed at every clean start and shutdown.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DataFile } from 'lowdb/node';
import { systemClock, type Clock } from '../src/domain/index.ts';
import type { StoredItem } from '../src/domain/index.ts';
import { BodiesFile, bodiesFile } from './bodies.ts';
import { DataStore, isWholeItem, metaOf } from './data-store.ts';
import { MetaTable } from './meta-table.ts';
import { JournaledPart, readSnapshot } from './journal.ts';
import { acquireLock, type Lock } from './lock.ts';
import type { PendingWrites } from './pending.ts';
import {
  emptyItems,
  emptyOutbox,
  emptyState,
  migrateItems,
  migrateOutbox,
  migrateState,
  moveLegacyOutbox,
  type ItemMeta,
  type ItemsData,
  type OutboxData,
  type StateData,
} from './schema.ts';

export { StoreCorruptError } from './errors.ts';

export interface LowdbStoreOptions {
  /** Open without a lock and never write (CLI look-ups while the daemon runs). */
  readOnly?: boolean;
  /** Paces journal compaction (at most once an hour per part). */
  clock?: Clock;
  /** A journal is compacted after a flush once above max(this, ¼ snapshot). Default 8 MB. */
  compactMinBytes?: number;
}

const COMPACT_MIN_BYTES = 8 * 1024 * 1024;
const COMPACT_EVERY_MS = 3600_000;

function keepBackup(file: string): void {
  if (existsSync(file) && statSync(file).size > 0) copyFileSync(file, `${file}.bak`);
}

/** A journal is folded into its snapshot once it outgrows max(8 MB, ¼ of the snapshot). */
function journalTooBig(part: JournaledPart<object>, minBytes: number): boolean {
  return part.journalBytes > Math.max(minBytes, part.snapshotBytes / 4);
}

export class LowdbStore extends DataStore {
  /** Non-fatal findings at open (e.g. a torn last journal line that was ignored). */
  readonly warnings: string[];
  private readonly lastCompactAt = new Map<string, number>();

  private constructor(
    private readonly items: JournaledPart<ItemsData>,
    private readonly outbox: JournaledPart<OutboxData>,
    private readonly stateDb: DataFile<StateData>,
    state: StateData,
    private readonly lock: Lock | undefined,
    readonly dataDir: string,
    private readonly readOnly: boolean,
    private readonly opts: LowdbStoreOptions,
    warnings: string[],
    private file: BodiesFile,
  ) {
    super(items.data, outbox.data, state);
    this.warnings = warnings;
  }

  private get gen(): number {
    return this.itemsData.gen ?? 0;
  }

  static async open(dataDir: string, opts: LowdbStoreOptions = {}): Promise<LowdbStore> {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const readOnly = opts.readOnly === true;
    const lock = readOnly ? undefined : acquireLock(join(dir, 'policywatch.lock'));
    const opened: Array<JournaledPart<object>> = [];
    try {
      const warnings: string[] = [];
      const part = async <T extends object>(name: string, empty: () => T, migrate: (d: Partial<T>) => T) => {
        const isStale = name === 'items' ? staleItemOp : undefined;
        const p = await JournaledPart.open(
          { snapshot: join(dir, `${name}.json`), journal: join(dir, `${name}.log`), empty, migrate, readOnly, isStale },
          warnings,
        );
        opened.push(p);
        return p;
      };
      const items = await part('items', emptyItems, migrateItems);
      const legacy = compactItems(items.data);
      const file = BodiesFile.open(bodiesFile(dir, items.data.gen ?? 0), warnings, readOnly);
      const outbox = await part('outbox', emptyOutbox, migrateOutbox);
      const { data: state, db: stateDb } = await readSnapshot(join(dir, 'state.json'), emptyState, migrateState);
      const legacyOutbox = moveLegacyOutbox(state, outbox.data);
      if (!readOnly) removeOldGenerations(dir, items.data.gen ?? 0);
      if (!readOnly) {
        for (const f of ['items.json', 'outbox.json', 'state.json']) keepBackup(join(dir, f));
        if (legacyOutbox) {
          await outbox.compact(); // the moved outbox is on disk before state.json drops it
          await stateDb.write(state);
        }
        for (const p of [outbox, items] as Array<JournaledPart<object>>)
          if (journalTooBig(p, opts.compactMinBytes ?? COMPACT_MIN_BYTES)) await p.compact();
      }
      const store = new LowdbStore(items, outbox, stateDb, state, lock, dir, readOnly, opts, warnings, file);
      if (legacy.length > 0) {
        // Whole items from a schema-2 file: their bodies move to the bodies file (now, unless read-only).
        for (const item of legacy) {
          store.bodies.set(item.id, item);
          store.mark('items', 'items', item.id);
        }
        if (!readOnly) await store.compact();
      }
      return store;
    } catch (err) {
      for (const p of opened) await p.close();
      lock?.release();
      throw err;
    }
  }

  protected override async persist(batch: PendingWrites): Promise<void> {
    if (this.readOnly) return;
    // Read everything now, before the first await: later changes belong to the next flush.
    const outboxOps = this.outbox.encode(batch.outbox.values());
    // New bodies go to the end of the bodies file; their metadata points there.
    let bodyText = '';
    let end = this.file.size;
    const written: Array<[string, StoredItem]> = [];
    const full = new Map<string, StoredItem>();
    const { table } = this;
    for (const { c, k } of batch.items.values()) {
      const body = c === 'items' ? this.bodies.get(k) : undefined;
      const slot = c === 'items' ? table.slot(k) : undefined;
      if (!body || slot === undefined) continue;
      const line = JSON.stringify(body);
      const n = Buffer.byteLength(line);
      table.offset[slot] = end;
      table.length[slot] = n;
      table.gen[slot] = this.gen;
      end += n + 1;
      bodyText += line + '\n';
      written.push([k, body]);
      full.set(k, body);
    }
    // An item op carries its metadata under `_m`, and the whole item when its body changed.
    const itemsOps = this.items.encode(batch.items.values(), (c, k, v) => {
      if (c !== 'items') return v;
      const meta = table.get(k);
      return meta && { ...(full.get(k) ?? { id: k }), _m: meta };
    });
    const state = batch.state ? structuredClone(this.stateData) : undefined;
    await this.outbox.append(outboxOps);
    await this.file.append(bodyText);
    await this.items.append(itemsOps);
    // Written: the body is read from disk from now on (unless a newer one came meanwhile).
    for (const [k, body] of written) if (this.bodies.get(k) === body) this.bodies.delete(k);
    if (state) await this.stateDb.write(state);
    await this.compactLarge();
  }

  protected override async readBodies(entries: Array<[string, number]>): Promise<Array<StoredItem | undefined>> {
    const out: Array<StoredItem | undefined> = entries.map(([id]) => this.bodies.get(id));
    const missing = out.flatMap((b, i) => (b ? [] : [i]));
    if (missing.length === 0) return out;
    const { table } = this;
    const read = await this.file.read(missing.map((i) => ({ o: table.offset[entries[i]![1]]!, n: table.length[entries[i]![1]]! })));
    missing.forEach((i, j) => (out[i] = read[j]));
    return out;
  }

  /** Bytes of the bodies file that no item points at any more. */
  private deadBytes(): number {
    let live = 0;
    for (const [, s] of this.table.entries()) live += this.table.length[s]! + 1;
    return this.file.size - live;
  }

  /**
   * Rewrites the live bodies into the next generation's file, then writes the items snapshot
   * pointing at it (which empties items.log), then deletes the old file. Call with no
   * pending item writes: every body is on disk.
   */
  private async compactBodies(): Promise<void> {
    const gen = this.gen + 1;
    const path = bodiesFile(this.dataDir, gen);
    const tmp = `${path}.tmp`;
    const { table } = this;
    const entries = [...table.entries()].sort((a, b) => table.offset[a[1]]! - table.offset[b[1]]!);
    const fh = await open(tmp, 'w');
    const moved: Array<[number, number, number]> = [];
    let at = 0;
    try {
      for (let i = 0; i < entries.length; i += 2000) {
        const slice = entries.slice(i, i + 2000);
        const read = await this.file.read(slice.map(([, s]) => ({ o: table.offset[s]!, n: table.length[s]! })));
        let text = '';
        slice.forEach(([, s], j) => {
          const body = read[j];
          if (!body) return;
          const line = JSON.stringify(body);
          const n = Buffer.byteLength(line);
          moved.push([s, at, n]);
          at += n + 1;
          text += line + '\n';
        });
        await fh.writeFile(text, 'utf8');
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
    renameSync(tmp, path);
    const old = this.file;
    for (const [s, o, n] of moved) {
      table.offset[s] = o;
      table.length[s] = n;
      table.gen[s] = gen;
    }
    this.itemsData.gen = gen;
    this.file = BodiesFile.open(path, [], false);
    await this.items.compact();
    // The old .bak points into the file about to be deleted: refresh it for the new generation.
    keepBackup(join(this.dataDir, 'items.json'));
    await old.close();
    unlinkSync(old.path);
  }

  private bodiesTooBig(): boolean {
    const minBytes = this.opts.compactMinBytes ?? COMPACT_MIN_BYTES;
    if (this.file.size <= minBytes) return false;
    const dead = this.deadBytes();
    return dead > minBytes && dead > this.file.size / 2;
  }

  /** Folds an oversized journal into its snapshot, at most once an hour per part. */
  private async compactLarge(): Promise<void> {
    const now = (this.opts.clock ?? systemClock).now().getTime();
    const minBytes = this.opts.compactMinBytes ?? COMPACT_MIN_BYTES;
    for (const name of ['outbox', 'items'] as const) {
      const part: JournaledPart<object> = this[name];
      const last = this.lastCompactAt.get(name);
      if (!journalTooBig(part, minBytes) || (last !== undefined && now - last < COMPACT_EVERY_MS)) continue;
      // Only a snapshot of flushed data: an unflushed item must never reach disk before its delivery.
      if (this.pending[name].size) continue;
      this.lastCompactAt.set(name, now);
      await part.compact();
    }
    const last = this.lastCompactAt.get('bodies');
    if (this.pending.items.size === 0 && (last === undefined || now - last >= COMPACT_EVERY_MS) && this.bodiesTooBig()) {
      this.lastCompactAt.set('bodies', now);
      await this.compactBodies();
    }
  }

  /** Folds both journals into their snapshots now (after writing pending changes). */
  async compact(): Promise<void> {
    await this.flush();
    await this.writes.run(async () => {
      for (const name of ['outbox', 'items'] as const) {
        if (!this.readOnly && this[name].journalBytes > 0 && this.pending[name].size === 0) await this[name].compact();
      }
      if (!this.readOnly && this.pending.items.size === 0 && this.bodiesTooBig()) await this.compactBodies();
    });
  }

  override async close(): Promise<void> {
    try {
      await this.compact();
      if (!this.readOnly) for (const f of ['items.json', 'outbox.json', 'state.json']) keepBackup(join(this.dataDir, f));
    } finally {
      await this.outbox.close();
      await this.items.close();
      await this.file.close();
      this.lock?.release();
    }
  }
}

/** An items.log op written before the snapshot moved to a newer bodies file. */
function staleItemOp(op: { c: string; v?: unknown }, data: object): boolean {
  const g = (op.v as { _m?: Partial<ItemMeta> } | undefined)?._m?.g;
  return op.c === 'items' && typeof g === 'number' && g < ((data as ItemsData).gen ?? 0);
}

/** Moves the loaded records into a MetaTable (in place of data.items); returns whole schema-2 items. */
function compactItems(data: ItemsData): StoredItem[] {
  const legacy: StoredItem[] = [];
  const table = new MetaTable();
  for (const [id, v] of Object.entries(data.items) as Array<[string, ItemMeta | StoredItem | { _m: ItemMeta }]>) {
    if ('_m' in v) table.set(id, v._m);
    else if (isWholeItem(v)) {
      legacy.push(v);
      table.set(id, metaOf(v));
    } else table.set(id, v);
  }
  data.items = table as unknown as ItemsData['items'];
  return legacy;
}

/**
 * Bodies files of older generations (and unfinished new ones) are leftovers of a compaction
 * that the snapshot already moved past. A newer generation is never deleted (it could be the
 * live one of a newer snapshot, e.g. when an older items.json was restored by hand).
 */
function removeOldGenerations(dir: string, gen: number): void {
  for (const f of readdirSync(dir)) {
    const m = /^items-(\d+)\.jsonl(\.tmp)?$/.exec(f);
    if (m && (m[2] !== undefined || Number(m[1]) < gen)) unlinkSync(join(dir, f));
  }
}

export function openLowdbStore(dataDir: string, opts: LowdbStoreOptions = {}): Promise<LowdbStore> {
  return LowdbStore.open(dataDir, opts);
}
