/**
 * What one poll changes in the stored items: the rules that decide a new or changed item,
 * as a pure function over what the store already knows, and `recordItems`, which reads that
 * knowledge from an ItemStore, decides, and writes the result back.
 *
 *  - a matching item never stored is new (also when it was seen before without matching);
 *  - a stored item whose version differs and that still matches is changed: its status
 *    history grows (last 50 entries kept) and its change sequence goes up by one (deliveries
 *    are keyed by it, so a return to an earlier version is still a change);
 *  - a stored item seen again unchanged, or no longer matching, is kept: its sighting is
 *    noted at most once per UTC day (all that retention needs);
 *  - an item that does not match leaves only a seen-id (version + day), refreshed when its
 *    version changes or on a new day;
 *  - except a stored item some channel follows (the Follow button): a new version of it is a
 *    change even when it no longer matches (it keeps its stored match), so its followers hear it.
 */
import {
  nextChangeSeq,
  type Item,
  type ItemStore,
  type ItemWrites,
  type KnownItem,
  type MatchResult,
  type RecordedItems,
  type StoredItem,
} from '../domain/index.ts';
import { CHUNK_SIZE, forEachSlice } from './chunks.ts';

const HISTORY_LIMIT = 50;
/** Stored summaries are capped (matching has already run on the full text). */
const SUMMARY_LIMIT = 1000;

export interface ItemEntry {
  item: Item;
  /** The base match, null when the item matches no topic. */
  match: MatchResult | null;
}

export function capSummary<T extends Pick<Item, 'summary'>>(item: T): T {
  const s = item.summary;
  if (!s || s.length <= SUMMARY_LIMIT) return item;
  let cut = SUMMARY_LIMIT - 1;
  const last = s.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--; // do not split a surrogate pair
  return { ...item, summary: `${s.slice(0, cut)}…` };
}

/** The UTC day number of an ISO instant. */
const dayOf = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000);

/** Ids of entries whose stored body is needed to decide (matching new versions of stored items). */
export function idsNeedingBodies(entries: ItemEntry[], known: ReadonlyMap<string, KnownItem>, followed?: ReadonlySet<string>): string[] {
  return entries
    .filter(({ item, match }) => {
      const k = known.get(item.id);
      return (match !== null || followed?.has(item.id) === true) && k?.stored === true && k.version !== item.version;
    })
    .map(({ item }) => item.id);
}

/** Stored items seen in a new version that no longer match: the ones to ask about follows. */
function unmatchedChangedIds(entries: ItemEntry[], known: ReadonlyMap<string, KnownItem>): string[] {
  return entries
    .filter(({ item, match }) => {
      const k = known.get(item.id);
      return match === null && k?.stored === true && k.version !== item.version;
    })
    .map(({ item }) => item.id);
}

/**
 * Decide the writes of one poll. `known` is what the store knows of the entries' ids;
 * `previous` holds the stored bodies of the ids `idsNeedingBodies` named. Pure: reads only
 * its arguments, returns new objects.
 */
export function decideItemChanges(
  entries: ItemEntry[],
  known: ReadonlyMap<string, KnownItem>,
  previous: ReadonlyMap<string, StoredItem>,
  now: Date,
  /** Ids of items some channel follows. */
  followed?: ReadonlySet<string>,
): ItemWrites {
  const at = now.toISOString();
  const today = dayOf(at);
  // Later entries for the same id see what earlier ones decided.
  const state = new Map(known);
  const bodies = new Map(previous);
  const writes: ItemWrites = { created: [], changed: [], touched: [], seen: [], unseen: [] };
  const touched = new Set<string>();
  for (const entry of entries) {
    const { item } = entry;
    const k = state.get(item.id);
    // A followed item keeps its stored match when a new version stops matching.
    const kept = !entry.match && k?.stored && k.version !== item.version && followed?.has(item.id) ? bodies.get(item.id)?.match : undefined;
    const match = entry.match ?? kept ?? null;
    if (k?.stored && (!match || k.version === item.version)) {
      if (dayOf(k.lastSeenAt) < today && !touched.has(item.id)) {
        touched.add(item.id);
        writes.touched.push(item.id);
        state.set(item.id, { ...k, lastSeenAt: at });
      }
      continue;
    }
    if (!match) {
      if (!k || k.version !== item.version || dayOf(k.lastSeenAt) < today) {
        writes.seen.push({ id: item.id, version: item.version });
        state.set(item.id, { stored: false, version: item.version, lastSeenAt: at });
      }
      continue;
    }
    const record = { version: item.version, status: item.status, title: item.title, seenAt: at };
    const stored = k?.stored ? bodies.get(item.id) : undefined;
    let next: StoredItem;
    if (stored) {
      next = {
        ...stored,
        ...capSummary(item),
        lastSeenAt: at,
        match,
        history: [...stored.history, record].slice(-HISTORY_LIMIT),
        changeSeq: nextChangeSeq(stored),
      };
      writes.changed.push(next);
    } else {
      if (k && !k.stored) writes.unseen.push(item.id);
      next = { ...capSummary(item), firstSeenAt: at, lastSeenAt: at, match, history: [record], changeSeq: nextChangeSeq(undefined) };
      writes.created.push(next);
    }
    state.set(item.id, { stored: true, version: item.version, lastSeenAt: at });
    bodies.set(item.id, next);
  }
  return writes;
}

/** What the store knows of `ids`, asked a slice at a time (each a synchronous read in SQLite). */
export async function knownInSlices(store: Pick<ItemStore, 'knownItems'>, ids: string[]): Promise<Map<string, KnownItem>> {
  const known = new Map<string, KnownItem>();
  await forEachSlice(ids, async (slice) => {
    for (const [id, k] of await store.knownItems(slice)) known.set(id, k);
  });
  return known;
}

/**
 * The writes of one poll, a slice of items per call (each call is one transaction in SQLite,
 * a synchronous one), yielding between them: storing thousands of items never blocks
 * commands for long. A crash part-way leaves some of them stored, as a crash between storing
 * and queueing the alerts already could.
 */
async function saveInSlices(store: Pick<ItemStore, 'saveItems'>, writes: ItemWrites, now: Date): Promise<void> {
  const none: ItemWrites = { created: [], changed: [], touched: [], seen: [], unseen: [] };
  const total = writes.created.length + writes.changed.length + writes.touched.length + writes.seen.length + writes.unseen.length;
  if (total <= CHUNK_SIZE) return store.saveItems(writes, now);
  // In order: a later write of an id (changed after created in one poll) still wins.
  await forEachSlice(writes.touched, (touched) => store.saveItems({ ...none, touched }, now));
  await forEachSlice(writes.seen, (seen) => store.saveItems({ ...none, seen }, now));
  await forEachSlice(writes.unseen, (unseen) => store.saveItems({ ...none, unseen }, now));
  await forEachSlice(writes.created, (created) => store.saveItems({ ...none, created }, now));
  await forEachSlice(writes.changed, (changed) => store.saveItems({ ...none, changed }, now));
}

/** Record one poll's fetched items (each with its base match): returns the new and changed ones. */
export async function recordItems(
  store: ItemStore,
  entries: ItemEntry[],
  now: Date,
  /** The followed ones among these item ids (see decideItemChanges). */
  followedOf?: (itemIds: string[]) => Promise<ReadonlySet<string>>,
  /** Called with the decided changes before they are written (the outbox first: see PollerDeps). */
  beforeSave?: (recorded: RecordedItems) => Promise<void>,
): Promise<RecordedItems> {
  const known = await knownInSlices(store, [...new Set(entries.map((e) => e.item.id))]);
  const candidates = followedOf ? unmatchedChangedIds(entries, known) : [];
  const followed = candidates.length ? await followedOf!(candidates) : undefined;
  const need = idsNeedingBodies(entries, known, followed);
  const previous = new Map<string, StoredItem>();
  if (need.length) {
    const bodies = store.getItems ? await store.getItems(need) : await Promise.all(need.map((id) => store.getItem(id)));
    for (const b of bodies) if (b) previous.set(b.id, b);
  }
  const writes = decideItemChanges(entries, known, previous, now, followed);
  await beforeSave?.({ created: writes.created, changed: writes.changed });
  await saveInSlices(store, writes, now);
  return { created: writes.created, changed: writes.changed };
}
