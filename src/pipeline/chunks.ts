/**
 * CPU-heavy loops over a poll's items (matching, routing) run in chunks and yield to the event
 * loop between them, so a feed with tens of thousands of items never holds up a `/policy`
 * command's ack (Slack allows 3 s) or a heartbeat.
 */
export const CHUNK_SIZE = 250;

/** Let timers and I/O callbacks (command requests) run. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `visit` every item in order, yielding to the event loop after every `size` items. */
export async function forEachChunked<T>(items: Iterable<T>, visit: (item: T) => void | Promise<void>, size = CHUNK_SIZE): Promise<void> {
  let n = 0;
  for (const item of items) {
    await visit(item);
    if (++n % size === 0) await yieldToEventLoop();
  }
}
