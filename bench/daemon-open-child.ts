/**
 * Child process for the daemon scenario's "store open" row: opens the data directory in argv[2]
 * read-write as the daemon does (`openConfiguredStore`, storage/open.ts), counts the items,
 * closes it, and prints one JSON line: open and close times and RSS after the open.
 */
import { openConfiguredStore } from '../storage/open.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: daemon-open-child.ts <DATA_DIR>');
const t0 = performance.now();
const { store } = await openConfiguredStore({ DATA_DIR: dir });
const openMs = performance.now() - t0;
const items = await store.countItems();
const rssMB = process.memoryUsage().rss / 1024 / 1024;
const t1 = performance.now();
await store.close();
const closeMs = performance.now() - t1;
process.stdout.write(`${JSON.stringify({ openMs, closeMs, rssMB, items })}\n`);
