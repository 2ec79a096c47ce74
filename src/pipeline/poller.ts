/**
 * One poll of one source: fetch through its connector, record state (success, failure with
 * backoff, conditional-GET validators, quota), match and store new/changed items.
 */
import type { Logger } from 'pino';
import type {
  Clock,
  FetchOutcome,
  Item,
  SafeHttp,
  SourceConfig,
  SourceConnector,
  SourceState,
  Store,
  StoredItem,
} from '../domain/index.ts';
import { backoffMs, MAX_BACKOFF_MS } from './backoff.ts';
import type { MatcherSet } from './matchers.ts';

export interface PollerDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  http: SafeHttp;
  matchers: MatcherSet;
  connectorFor: (type: string) => SourceConnector | undefined;
  secrets: Readonly<Record<string, string | undefined>>;
}

export interface SourcePollResult {
  sourceId: string;
  outcome: FetchOutcome['status'] | 'skipped';
  message?: string;
  fetched: number;
  created: StoredItem[];
  changed: StoredItem[];
}



/** Why a configured source cannot run right now, or undefined when it can. */
export function disabledReason(source: SourceConfig, state: SourceState, deps: Pick<PollerDeps, 'connectorFor' | 'secrets'>): string | undefined {
  if (!source.enabled) return 'disabled in the config file';
  const connector = deps.connectorFor(source.type);
  if (!connector) return `unknown source type "${source.type}"`;
  if (connector.requiredSecret && !deps.secrets[connector.requiredSecret]) return `needs ${connector.requiredSecret} (not set)`;
  if (state.disabledReason) return state.disabledReason;
  return undefined;
}

export function isDue(state: SourceState, now: Date): boolean {
  return !state.nextPollAt || state.nextPollAt <= now.toISOString();
}

export async function pollSource(source: SourceConfig, deps: PollerDeps): Promise<SourcePollResult> {
  const now = deps.clock.now();
  const state = await deps.store.getSourceState(source.id);
  const connector = deps.connectorFor(source.type);
  const reason = disabledReason(source, state, deps);
  if (!connector || reason) return { sourceId: source.id, outcome: 'skipped', message: reason, fetched: 0, created: [], changed: [] };

  const log = deps.log.child({ source: source.id });
  let outcome: FetchOutcome;
  try {
    outcome = await connector.fetch({ source, state, http: deps.http, now, secrets: deps.secrets, log });
  } catch (err) {
    // A connector bug must not take the daemon down: treat it as a failed poll.
    outcome = { status: 'failed', reason: 'parse', message: `connector error: ${(err as Error).message}` };
  }

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
      ({ created, changed } = await recordFetched(outcome.items, deps, now));
      log.debug({ fetched, created: created.length, changed: changed.length }, 'source polled');
    }
  }
  await deps.store.putSourceState(next);
  return { sourceId: source.id, outcome: outcome.status, message: outcome.status === 'failed' ? next.lastError : undefined, fetched, created, changed };
}

async function recordFetched(items: Item[], deps: PollerDeps, now: Date) {
  const unique = new Map(items.map((i) => [i.id, i]));
  const entries = [];
  for (const item of unique.values()) entries.push({ item, match: await deps.matchers.matchAny(item) });
  return deps.store.recordItems(entries, now);
}
