/**
 * vitest globalSetup: bundles the child-process entry points once per run (and reuses the last
 * run's bundles while their inputs are unchanged) before the workers start, so that no two
 * workers build the same one (tests/helpers/child-entry.ts).
 */
import { CHILD_ENTRIES, childEntry } from '../helpers/child-entry.ts';

export default async function setup(): Promise<void> {
  await Promise.all(CHILD_ENTRIES.map((entry) => childEntry(entry)));
}
