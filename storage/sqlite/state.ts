/**
 * The embedded store's operator-facing state (sources, subscriptions, watch additions, digest
 * markers, audit, triage labels, follows) on lowdb: state.json, with the in-memory twin's rules
 * (DataStore), written whole on flush() when it changed.
 */
import type { DataFile } from 'lowdb/node';
import { DataStore } from '../data-store.ts';
import type { PendingWrites } from '../pending.ts';
import type { StateData } from '../schema.ts';

export /** The operator-facing state on lowdb (state.json), with the in-memory twin's rules. */
class StatePart extends DataStore {
  constructor(
    state: StateData,
    private readonly file: DataFile<StateData> | undefined,
  ) {
    super(undefined, undefined, state);
  }
  protected override async persist(batch: PendingWrites): Promise<void> {
    if (!batch.state || !this.file) return;
    await this.file.write(structuredClone(this.stateData));
  }
}
