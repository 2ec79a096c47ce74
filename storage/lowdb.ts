/**
 * The default store, under DATA_DIR:
 *  - items.json + items.log   — matching items and seen-ids: lowdb snapshot + journal
 *  - outbox.json + outbox.log — deliveries, sent keys, alert threads: lowdb snapshot + journal
 *  - state.json               — sources, subscriptions, watchlist, digest markers, audit (small;
 *                               rewritten whole by lowdb when it changed)
 * A flush appends the changed keys to outbox.log, then items.log (one fdatasync'd write each),
 * then writes state.json. The outbox goes first and each delivery carries its item, so a crash
 * between the writes never loses an alert. Journals are folded into their snapshot at close,
 * at open when large, and after a flush when larger than max(8 MB, ¼ snapshot), at most hourly.
 * A file that does not parse is never reset: start-up stops with a clear message and keeps a
 * copy. A `.bak` of each snapshot is refreshed at every clean start and shutdown.
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataFile } from 'lowdb/node';
import { systemClock, type Clock } from '../src/domain/index.ts';
import { DataStore } from './data-store.ts';
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
  ) {
    super(items.data, outbox.data, state);
    this.warnings = warnings;
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
        const p = await JournaledPart.open({ snapshot: join(dir, `${name}.json`), journal: join(dir, `${name}.log`), empty, migrate, readOnly }, warnings);
        opened.push(p);
        return p;
      };
      const items = await part('items', emptyItems, migrateItems);
      const outbox = await part('outbox', emptyOutbox, migrateOutbox);
      const { data: state, db: stateDb } = await readSnapshot(join(dir, 'state.json'), emptyState, migrateState);
      const legacy = moveLegacyOutbox(state, outbox.data);
      if (!readOnly) {
        for (const f of ['items.json', 'outbox.json', 'state.json']) keepBackup(join(dir, f));
        if (legacy) {
          await outbox.compact(); // the moved outbox is on disk before state.json drops it
          await stateDb.write(state);
        }
        for (const p of [outbox, items] as Array<JournaledPart<object>>) if (journalTooBig(p, opts.compactMinBytes ?? COMPACT_MIN_BYTES)) await p.compact();
      }
      return new LowdbStore(items, outbox, stateDb, state, lock, dir, readOnly, opts, warnings);
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
    const itemsOps = this.items.encode(batch.items.values());
    const state = batch.state ? structuredClone(this.stateData) : undefined;
    await this.outbox.append(outboxOps);
    await this.items.append(itemsOps);
    if (state) await this.stateDb.write(state);
    await this.compactLarge();
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
  }

  /** Folds both journals into their snapshots now (after writing pending changes). */
  async compact(): Promise<void> {
    await this.flush();
    await this.writes.run(async () => {
      for (const name of ['outbox', 'items'] as const) {
        if (!this.readOnly && this[name].journalBytes > 0 && this.pending[name].size === 0) await this[name].compact();
      }
    });
  }

  override async close(): Promise<void> {
    try {
      await this.compact();
      if (!this.readOnly) for (const f of ['items.json', 'outbox.json', 'state.json']) keepBackup(join(this.dataDir, f));
    } finally {
      await this.outbox.close();
      await this.items.close();
      this.lock?.release();
    }
  }
}

export function openLowdbStore(dataDir: string, opts: LowdbStoreOptions = {}): Promise<LowdbStore> {
  return LowdbStore.open(dataDir, opts);
}
