import { DataStore } from './data-store.ts';

/** The in-memory twin of the lowdb store, for tests and `policywatch match`-style tools. */
export function createMemoryStore(): DataStore {
  return new DataStore();
}
