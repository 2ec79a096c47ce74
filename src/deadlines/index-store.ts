/**
 * Which stored items have a deadline still open: kept in memory, built from the store at start
 * and updated as items are stored or pruned (like the chain index), so the reminder check
 * never scans the store.
 */
import type { Deadline, StoredItem } from '../domain/index.ts';
import { closesAt } from './dates.ts';

export interface DeadlineIndex {
  addOrUpdate(items: StoredItem[]): void;
  remove(ids: string[]): void;
  /** Ids of items with a deadline open at `now` that closes within `days` days (plus a day). */
  closingWithin(now: Date, days: number): string[];
  size(): number;
}

export function createDeadlineIndex(): DeadlineIndex {
  const byItem = new Map<string, Deadline[]>();
  return {
    addOrUpdate(items) {
      for (const item of items) {
        if (item.deadlines?.length)
          byItem.set(
            item.id,
            item.deadlines.map((d) => ({ ...d })),
          );
        else byItem.delete(item.id);
      }
    },
    remove(ids) {
      for (const id of ids) byItem.delete(id);
    },
    closingWithin(now, days) {
      const t = now.getTime();
      const horizon = t + (days + 1) * 86_400_000;
      const out: string[] = [];
      for (const [id, deadlines] of byItem) {
        let open = false;
        let keep = false;
        for (const d of deadlines) {
          const end = closesAt(d);
          if (Number.isNaN(end) || end <= t) continue;
          keep = true;
          if (end <= horizon) open = true;
        }
        if (!keep)
          byItem.delete(id); // every deadline passed: nothing left to remind of
        else if (open) out.push(id);
      }
      return out;
    },
    size: () => byItem.size,
  };
}
