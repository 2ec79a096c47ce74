/**
 * The default store: two lowdb files under DATA_DIR.
 *  - items.json — matching items and seen-ids (large; written at most once per poll cycle)
 *  - state.json — sources, subscriptions, watchlist additions, outbox, digest markers, audit
 * Writes are atomic (lowdb/steno: temp file + rename). A file that does not parse is never
 * reset: start-up stops with a clear message and keeps a copy for inspection. A `.bak` of
 * each file is refreshed at every clean start and shutdown.
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { DataStore, type Part } from './data-store.ts';
import { acquireLock, type Lock } from './lock.ts';
import { emptyItems, emptyState, migrateItems, migrateState, type ItemsData, type StateData } from './schema.ts';

export class StoreCorruptError extends Error {
  readonly code = 'STORE_CORRUPT';
  constructor(readonly file: string, readonly keptCopy: string, cause: string) {
    const bak = `${file}.bak`;
    super(
      `${file} is damaged and cannot be read (${cause}). Nothing was changed or reset. ` +
        `A copy was kept at ${keptCopy}. To recover, stop policywatch and ` +
        (existsSync(bak) ? `restore the last good copy: cp ${bak} ${file}` : `move ${file} away to start that part fresh`) +
        '.',
    );
    this.name = 'StoreCorruptError';
  }
}

export interface LowdbStoreOptions {
  /** Open without a lock and never write (CLI look-ups while the daemon runs). */
  readOnly?: boolean;
}

async function openPart<T>(file: string, empty: () => T, migrate: (d: Partial<T>) => T): Promise<Low<T>> {
  const db = new Low<T>(new DataFile<T>(file, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) }), empty());
  try {
    await db.read();
  } catch (err) {
    const kept = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    copyFileSync(file, kept);
    throw new StoreCorruptError(file, kept, (err as Error).message);
  }
  if (db.data === null || typeof db.data !== 'object') throw new StoreCorruptError(file, file, 'not a JSON object');
  db.data = migrate(db.data as Partial<T>);
  return db;
}

function keepBackup(file: string): void {
  if (existsSync(file) && statSync(file).size > 0) copyFileSync(file, `${file}.bak`);
}

export class LowdbStore extends DataStore {
  private constructor(
    private readonly itemsDb: Low<ItemsData>,
    private readonly stateDb: Low<StateData>,
    private readonly lock: Lock | undefined,
    readonly dataDir: string,
  ) {
    super(itemsDb.data, stateDb.data);
  }

  static async open(dataDir: string, opts: LowdbStoreOptions = {}): Promise<LowdbStore> {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const lock = opts.readOnly ? undefined : acquireLock(join(dir, 'policywatch.lock'));
    try {
      const itemsFile = join(dir, 'items.json');
      const stateFile = join(dir, 'state.json');
      const itemsDb = await openPart(itemsFile, emptyItems, migrateItems);
      const stateDb = await openPart(stateFile, emptyState, migrateState);
      if (!opts.readOnly) {
        keepBackup(itemsFile);
        keepBackup(stateFile);
      }
      const store = new LowdbStore(itemsDb, stateDb, lock, dir);
      if (opts.readOnly) store.readOnly = true;
      return store;
    } catch (err) {
      lock?.release();
      throw err;
    }
  }

  private readOnly = false;

  protected override async persist(parts: Set<Part>): Promise<void> {
    if (this.readOnly) return;
    if (parts.has('state')) await this.stateDb.write();
    if (parts.has('items')) await this.itemsDb.write();
  }

  override async close(): Promise<void> {
    try {
      await this.flush();
      if (!this.readOnly) {
        keepBackup(join(this.dataDir, 'items.json'));
        keepBackup(join(this.dataDir, 'state.json'));
      }
    } finally {
      this.lock?.release();
    }
  }
}

export function openLowdbStore(dataDir: string, opts: LowdbStoreOptions = {}): Promise<LowdbStore> {
  return LowdbStore.open(dataDir, opts);
}
