/**
 * One poll of one source: fetch through its connector, record state (success, failure with
 * backoff, conditional-GET validators, quota), match and store new/changed items.
 */
import type { Log } from '../domain/index.ts';
import type {
  Clock,
  FetchOutcome,
  FollowStore,
  Item,
  MatchResult,
  RecordedItems,
  SafeHttp,
  SourceConfig,
  SourceConnector,
  ItemStore,
  SourceState,
  SourceStateStore,
  StoredItem,
} from '../domain/index.ts';
import { forEachChunked } from './chunks.ts';
import { knownInSlices, recordItems } from './item-changes.ts';
import { backoffMs, MAX_BACKOFF_MS } from './backoff.ts';
import type { MatcherSet } from './matchers.ts';
import type { ChainIndex } from '../chains/index.ts';

export interface PollerDeps {
  store: ItemStore & SourceStateStore;
  clock: Clock;
  log: Log;
  http: SafeHttp;
  matchers: MatcherSet;
  connectorFor: (type: string) => SourceConnector | undefined;
  secrets: Readonly<Record<string, string | undefined>>;
  /**
   * Hard limit on one source's fetch + parse + map (default SOURCE_DEADLINE_MS). A connector
   * still running then is a failed poll, so no source can hold up a poll cycle.
   */
  sourceDeadlineMs?: number;
  /** Notice chains: a record linked to a stored item is kept even if no watched term is in it. */
  chains?: Pick<ChainIndex, 'related' | 'ready'>;
  /**
   * Aborted when the daemon stops: a fetch in flight is abandoned at once and its result,
   * if it still comes, is not recorded (the source is polled again after the restart).
   */
  stopSignal?: AbortSignal;
  /** Follows (the Follow button): a followed item's new version is recorded even when it stops matching. */
  follows?: Pick<FollowStore, 'listFollows'>;
  /**
   * Called with a poll's new and changed items before they are stored. Several instances on
   * one database queue the alerts here: a process killed between the two writes then finds
   * the items still new at the next poll, and queueing them again is a no-op (same keys).
   */
  beforeSave?: (recorded: RecordedItems) => Promise<void>;
}

export interface SourcePollResult {
  sourceId: string;
  outcome: FetchOutcome['status'] | 'skipped';
  message?: string;
  fetched: number;
  created: StoredItem[];
  changed: StoredItem[];
}

/**
 * At most this many new or changed items are taken from one source's response. The rest are
 * not dropped: the poll keeps the source's validators and cursor, so the next poll gets the
 * same response and takes the next ones (items already recorded are skipped cheaply).
 */
export const MAX_ITEMS_PER_RESPONSE = 5000;

/** Long enough for a paginated connector's several requests (each has its own HTTP timeout). */
export const SOURCE_DEADLINE_MS = 5 * 60_000;

/**
 * The connector's outcome, or a 'timeout' failure once `ms` have passed (the late result is
 * ignored). `run` gets a signal aborted at the deadline or when the daemon stops, so work
 * still running then (an off-thread parse) is stopped rather than left to finish unseen.
 */
async function fetchWithDeadline(
  run: (signal: AbortSignal) => Promise<FetchOutcome>,
  ms: number,
  stop?: AbortSignal,
): Promise<FetchOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onStop: (() => void) | undefined;
  const abandon = new AbortController();
  const stopped = new Promise<FetchOutcome>((resolve) => {
    onStop = () => resolve({ status: 'failed', reason: 'timeout', message: 'stopping' });
    if (stop?.aborted) onStop();
    else stop?.addEventListener('abort', onStop, { once: true });
  });
  const deadline = new Promise<FetchOutcome>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          status: 'failed',
          reason: 'timeout',
          message: `no result within the ${Math.round(ms / 1000)} s source deadline (fetch + parse); poll abandoned`,
        }),
      ms,
    );
  });
  try {
    return await Promise.race([run(abandon.signal), deadline, stopped]);
  } finally {
    clearTimeout(timer);
    if (onStop) stop?.removeEventListener('abort', onStop);
    abandon.abort(); // the race is decided: whatever the connector still runs is abandoned
  }
}

/** Why a configured source cannot run right now, or undefined when it can. */
export function disabledReason(
  source: SourceConfig,
  state: SourceState,
  deps: Pick<PollerDeps, 'connectorFor' | 'secrets'>,
): string | undefined {
  if (!source.enabled) return 'disabled in the config file';
  const connector = deps.connectorFor(source.type);
  if (!connector) return `unknown source type "${source.type}"`;
  if (connector.requiredSecret && !deps.secrets[connector.requiredSecret]) return `needs ${connector.requiredSecret} (not set)`;
  if (state.disabledReason) return state.disabledReason;
  return undefined;
}

/**
 * How early a source counts as due: half a tick (the scheduler ticks once a minute by
 * default), and never more than half its interval. A poll starts a little after its tick, so
 * `nextPollAt` (its start + the interval) lands a little after a later tick; without this
 * slack a 1-minute source would be polled every other tick.
 */
export function dueSlackMs(intervalMinutes: number, tickMs = 60_000): number {
  return Math.min(tickMs, intervalMinutes * 60_000) / 2;
}

export function isDue(state: SourceState, now: Date, slackMs = 0): boolean {
  return !state.nextPollAt || Date.parse(state.nextPollAt) <= now.getTime() + slackMs;
}

export async function pollSource(source: SourceConfig, deps: PollerDeps): Promise<SourcePollResult> {
  const now = deps.clock.now();
  const state = await deps.store.getSourceState(source.id);
  const connector = deps.connectorFor(source.type);
  const reason = disabledReason(source, state, deps);
  if (!connector || reason || deps.stopSignal?.aborted)
    return { sourceId: source.id, outcome: 'skipped', message: reason ?? 'stopping', fetched: 0, created: [], changed: [] };

  const log = deps.log.child({ source: source.id });
  let outcome: FetchOutcome;
  try {
    outcome = await fetchWithDeadline(
      (signal) => connector.fetch({ source, state, http: deps.http, now, secrets: deps.secrets, log, signal }),
      deps.sourceDeadlineMs ?? SOURCE_DEADLINE_MS,
      deps.stopSignal,
    );
  } catch (err) {
    // A connector bug must not take the daemon down: treat it as a failed poll.
    outcome = { status: 'failed', reason: 'parse', message: `connector error: ${(err as Error).message}` };
  }

  // Stopping: record nothing of this poll; it runs again after the restart.
  if (deps.stopSignal?.aborted)
    return { sourceId: source.id, outcome: 'skipped', message: 'stopping', fetched: 0, created: [], changed: [] };
  const next: SourceState = { ...state, ...(outcome.state ?? {}), sourceId: source.id, lastPolledAt: now.toISOString() };
  const intervalMs = source.intervalMinutes * 60_000;
  let created: StoredItem[] = [];
  let changed: StoredItem[] = [];
  let fetched = 0;

  if (outcome.status === 'failed') {
    next.consecutiveFailures = state.consecutiveFailures + 1;
    next.failingSince = state.consecutiveFailures > 0 && state.failingSince ? state.failingSince : now.toISOString();
    next.lastError = `${outcome.reason}: ${outcome.message}`;
    next.lastErrorAt = now.toISOString();
    const wait = backoffMs(next.consecutiveFailures, intervalMs, Math.max(intervalMs, MAX_BACKOFF_MS), outcome.retryAfterMs);
    next.nextPollAt = new Date(now.getTime() + wait).toISOString();
    log.warn(`source ${source.id} failed (${outcome.reason}): ${outcome.message}; retry after ${next.nextPollAt}`);
  } else {
    next.consecutiveFailures = 0;
    delete next.failingSince;
    next.lastSuccessAt = now.toISOString();
    next.nextPollAt = new Date(now.getTime() + intervalMs).toISOString();
    if (outcome.status === 'ok') {
      fetched = outcome.items.length;
      next.itemsSeen = state.itemsSeen + fetched;
      const { entries, left } = await takeFromResponse(outcome.items, deps);
      outcome.items = []; // the rest of a huge response is not kept through the poll
      delete next.backlog;
      if (left > 0) {
        const taken = entries.filter((e) => e.fresh).length;
        // See the same response again next time: what was not taken is taken then.
        for (const k of ['etag', 'lastModified', 'cursor'] as const) {
          if (state[k] === undefined) delete next[k];
          else (next as unknown as Record<string, unknown>)[k] = state[k];
        }
        next.backlog = { at: now.toISOString(), fetched, taken, left };
        log.warn(
          { fetched, taken, left },
          `source ${source.id} returned ${fetched} items with ${taken + left} new or changed; ${taken} taken now, the other ${left} are taken by the next polls`,
        );
      }
      ({ created, changed } = await recordFetched(entries, deps, now));
      log.debug({ fetched, created: created.length, changed: changed.length }, 'source polled');
    }
  }
  await deps.store.putSourceState(next);
  return {
    sourceId: source.id,
    outcome: outcome.status,
    message: outcome.status === 'failed' ? next.lastError : undefined,
    fetched,
    created,
    changed,
  };
}

/**
 * The match of a record that names no watched term but shares an identifier with a stored
 * item (the award of a watched J&A, a modification of a watched contract): it is kept under
 * the linked item's topics so the chain can be followed, never marked priority.
 */
function chainMatch(item: Item, deps: PollerDeps): MatchResult | null {
  const links = deps.chains?.related(item, 3) ?? [];
  if (links.length === 0) return null;
  const topics = [...new Set(links.flatMap((l) => l.topics))];
  const snippet = item.title.length > 200 ? `${item.title.slice(0, 199)}…` : item.title;
  // Linked only to items kept for some workspaces' own terms: it stays theirs alone.
  const restricted = links.every((l) => l.workspaces);
  const match: MatchResult = {
    topics,
    terms: links.map((l) => `linked to ${l.identifier ?? l.title}`),
    snippet,
    highlights: [],
    priority: false,
  };
  if (restricted) {
    match.workspaces = [...new Set(links.flatMap((l) => l.workspaces ?? []))];
    match.terms = [];
    match.snippet = '';
  }
  return match;
}

interface Fetched {
  item: Item;
  /** New, or a new version of a known id: matched. Otherwise already recorded as it is. */
  fresh: boolean;
}

/**
 * The items one poll takes from a response: all of them when there are at most
 * MAX_ITEMS_PER_RESPONSE; otherwise every item already recorded in this version (no matching
 * needed) and the first MAX_ITEMS_PER_RESPONSE new or changed ones, in feed order. `left`:
 * new or changed items not taken.
 */
async function takeFromResponse(items: Item[], deps: PollerDeps): Promise<{ entries: Fetched[]; left: number }> {
  const unique = [...new Map(items.map((i) => [i.id, i])).values()];
  if (unique.length <= MAX_ITEMS_PER_RESPONSE) return { entries: unique.map((item) => ({ item, fresh: true })), left: 0 };
  const known = await knownInSlices(
    deps.store,
    unique.map((i) => i.id),
  );
  const entries: Fetched[] = [];
  let taken = 0;
  let left = 0;
  for (const item of unique) {
    const recorded = known.get(item.id)?.version === item.version;
    if (recorded) entries.push({ item, fresh: false });
    else if (taken < MAX_ITEMS_PER_RESPONSE) {
      taken++;
      entries.push({ item, fresh: true });
    } else left++;
  }
  return { entries, left };
}

async function recordFetched(fetched: Fetched[], deps: PollerDeps, now: Date) {
  // A chain index still loading after a restart would miss links: wait for it (a failed load
  // leaves links out, as without chains).
  await deps.chains?.ready?.catch(() => undefined);
  const entries: Array<{ item: Item; match: MatchResult | null }> = [];
  await forEachChunked(fetched, async ({ item, fresh }) => {
    // An item recorded in this version only needs its sighting noted: no match.
    entries.push({ item, match: fresh ? ((await deps.matchers.matchAny(item)) ?? chainMatch(item, deps)) : null });
  });
  const follows = deps.follows;
  return recordItems(
    deps.store,
    entries,
    now,
    follows ? async (ids) => new Set((await follows.listFollows(ids)).map((f) => f.itemId)) : undefined,
    deps.beforeSave,
  );
}
