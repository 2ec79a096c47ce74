/**
 * What changed since the last flush: the keys touched in the journaled parts (items, outbox)
 * and whether the small state part changed. Flushes run one at a time, in call order.
 */
type Part = 'items' | 'outbox' | 'state';
export type JournaledPartName = Exclude<Part, 'state'>;

interface KeyRef {
  c: string;
  k: string;
}

export interface PendingWrites {
  items: Map<string, KeyRef>;
  outbox: Map<string, KeyRef>;
  state: boolean;
}

export function emptyPending(): PendingWrites {
  return { items: new Map(), outbox: new Map(), state: false };
}

export function isEmpty(p: PendingWrites): boolean {
  return !p.state && p.items.size === 0 && p.outbox.size === 0;
}

/** Puts a failed batch back so the next flush writes it again (ops are idempotent). */
export function mergeBack(into: PendingWrites, batch: PendingWrites): void {
  for (const part of ['items', 'outbox'] as const) {
    for (const [id, ref] of batch[part]) if (!into[part].has(id)) into[part].set(id, ref);
  }
  into.state ||= batch.state;
}

/** Runs async jobs strictly one after another. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.tail.then(job);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
