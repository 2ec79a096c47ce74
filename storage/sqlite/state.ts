/**
 * The embedded store's operator-facing state (sources, subscriptions, watch additions, digest
 * markers, audit, triage labels, follows) in state.json beside policywatch.sqlite, kept by
 * lowdb: read whole at open, written whole (atomically: temp file + rename) on flush() when
 * it changed. A file that does not parse is never reset: opening stops with a clear message
 * and keeps a copy.
 */
import { copyFileSync } from 'node:fs';
import { DataFile } from 'lowdb/node';
import { corruptCopyName, StoreCorruptError } from '../errors.ts';
import { emptyState, OperatorState, type StateData } from '../operator-state.ts';

/** state.json on disk: the state and the data directory's schema version (schema.ts). */
type StateFile = StateData & { schemaVersion: number };

/** What state.json held at open, and where later writes go (none for a read-only open). */
export interface StateFileContents {
  state: StateData;
  file: DataFile<StateFile> | undefined;
  schemaVersion: number;
}

/** Reads `path` (an absent or empty file is an empty state); `readOnly` never writes it. */
export async function readStateFile(path: string, schemaVersion: number, readOnly: boolean): Promise<StateFileContents> {
  const file = new DataFile<StateFile>(path, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) });
  let data: unknown;
  try {
    data = await file.read();
  } catch (err) {
    const kept = corruptCopyName(path);
    copyFileSync(path, kept);
    throw new StoreCorruptError(path, kept, (err as Error).message);
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) throw new StoreCorruptError(path, path, 'not a JSON object');
  const { schemaVersion: _version, ...state } = (data ?? {}) as Partial<StateFile>;
  // A field missing from the file (e.g. one edited by hand) starts empty.
  return { state: { ...emptyState(), ...state }, file: readOnly ? undefined : file, schemaVersion };
}

/**
 * The operator state kept in state.json: the SQLite store extends it (as the in-memory twin
 * extends OperatorState), so the state ports are answered here without delegation.
 */
export class StatePart extends OperatorState {
  /** Writes run one after another, in call order. */
  private writing: Promise<void> = Promise.resolve();
  private readonly file: DataFile<StateFile> | undefined;
  private readonly schemaVersion: number;

  protected constructor(contents: StateFileContents) {
    super(contents.state);
    this.file = contents.file;
    this.schemaVersion = contents.schemaVersion;
  }

  /** Writes state.json when anything changed since the last write. */
  flush(): Promise<void> {
    const next = this.writing.then(async () => {
      if (!this.changed || !this.file) return;
      this.changed = false;
      try {
        await this.file.write({ schemaVersion: this.schemaVersion, ...structuredClone(this.stateData) });
      } catch (err) {
        this.changed = true;
        throw err;
      }
    });
    this.writing = next.catch(() => undefined);
    return next;
  }
}
