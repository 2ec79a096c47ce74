/**
 * CPU-heavy loops over a poll's items (mapping, matching, routing, indexing) run in chunks and
 * yield to the event loop between them, so a feed with tens of thousands of items never holds
 * up a `/policy` command's ack (Slack allows 3 s) or a heartbeat.
 */
export const CHUNK_SIZE = 250;
/** A chunk also ends once it has run this long (a slow machine, a costly item). */
export const CHUNK_BUDGET_MS = 20;

/** Let timers and I/O callbacks (command requests) run. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * `visit` every item in order, yielding to the event loop after every `size` items, or
 * earlier once a chunk has taken CHUNK_BUDGET_MS.
 */
export async function forEachChunked<T>(items: Iterable<T>, visit: (item: T) => void | Promise<void>, size = CHUNK_SIZE): Promise<void> {
  let n = 0;
  let started = performance.now();
  for (const item of items) {
    await visit(item);
    if (++n >= size || performance.now() - started >= CHUNK_BUDGET_MS) {
      await yieldToEventLoop();
      n = 0;
      started = performance.now();
    }
  }
}

/** `items` in slices of at most `size`, yielding to the event loop between slices. */
export async function forEachSlice<T>(items: readonly T[], visit: (slice: T[]) => void | Promise<void>, size = CHUNK_SIZE): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    if (i > 0) await yieldToEventLoop();
    await visit(items.slice(i, i + size));
  }
}
