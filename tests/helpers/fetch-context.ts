/** FetchContext builder for connector tests: a real SafeHttp that may reach 127.0.0.1 only, a silent logger. */
import type { FetchContext, FetchOutcome, Item, SafeHttp, SourceConfig, SourceState } from '../../src/domain/index.ts';
import { silentLogger } from '../../src/log.ts';
import { createSafeHttp } from '../../feeds/http/index.ts';

/** The source under test; name defaults to "Test <type>", intervalMinutes to 60, enabled is always true. */
export type TestSource = Pick<SourceConfig, 'id' | 'type' | 'params'> & Partial<Pick<SourceConfig, 'name' | 'intervalMinutes'>>;

export interface FetchContextOptions {
  /** Merged over a fresh state (no failures, nothing seen). */
  state?: Partial<SourceState> | undefined;
  secrets?: Record<string, string | undefined> | undefined;
  now?: Date | undefined;
  /** Timeout for a fresh SafeHttp; ignored when `http` is given. */
  timeoutMs?: number | undefined;
  /** Use this SafeHttp instead of a fresh one allowed to reach 127.0.0.1. */
  http?: SafeHttp | undefined;
}

const DEFAULT_NOW = new Date('2026-11-24T12:00:00Z');

export function localHttp(timeoutMs?: number): SafeHttp {
  return createSafeHttp({ allowPrivateHosts: ['127.0.0.1'], ...(timeoutMs ? { timeoutMs } : {}) });
}

export function fetchContext(source: TestSource, opts: FetchContextOptions = {}): FetchContext {
  const { id, type, params, name = `Test ${type}`, intervalMinutes = 60 } = source;
  return {
    source: { id, type, name, enabled: true, intervalMinutes, params },
    state: { sourceId: id, consecutiveFailures: 0, itemsSeen: 0, ...opts.state },
    http: opts.http ?? localHttp(opts.timeoutMs),
    now: opts.now ?? DEFAULT_NOW,
    secrets: opts.secrets ?? {},
    log: silentLogger(),
  };
}

/** The items of an 'ok' outcome; throws (failing the test) on any other status. */
export function okItems(outcome: FetchOutcome): Item[] {
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome.items;
}
