/**
 * Starts the chat adapters and keeps trying the ones that could not start (platform down,
 * network out) with capped backoff, so a Slack or Discord outage at boot heals by itself.
 * Until an adapter is up, its alerts wait in the outbox.
 */
import type { Log } from '../domain/index.ts';
import type { ChatAdapter, Clock, CommandHandler, Platform } from '../domain/index.ts';
import { backoffMs } from './backoff.ts';

const RETRY_BASE_MS = 60_000;
const RETRY_CAP_MS = 30 * 60_000;

export interface AdapterSupervisorDeps {
  adapters: ChatAdapter[];
  /** The map the dispatcher reads: an adapter is in it only while it is started. */
  live: Map<Platform, ChatAdapter>;
  handler: CommandHandler;
  clock: Clock;
  log: Log;
}

export function createAdapterSupervisor(deps: AdapterSupervisorDeps) {
  const waiting = new Map<ChatAdapter, { attempts: number; nextTryAt: number }>();

  async function tryStart(adapter: ChatAdapter, attempts: number): Promise<void> {
    try {
      await adapter.start(deps.handler);
      deps.live.set(adapter.platform, adapter);
      waiting.delete(adapter);
      deps.log.info(
        attempts > 0
          ? `${adapter.platform} adapter connected after ${attempts} failed attempt(s); queued alerts will now be sent`
          : `${adapter.platform} adapter started`,
      );
    } catch (err) {
      const next = attempts + 1;
      const wait = backoffMs(next, RETRY_BASE_MS, RETRY_CAP_MS);
      waiting.set(adapter, { attempts: next, nextTryAt: deps.clock.now().getTime() + wait });
      deps.live.delete(adapter.platform);
      deps.log.error(
        `${adapter.platform} adapter could not start: ${(err as Error).message}. Retrying in ${Math.round(wait / 60_000)} min; other platforms keep running and its alerts stay queued.`,
      );
    }
  }

  return {
    /** Start every adapter once; failures are scheduled for retry, never thrown. */
    async startAll(): Promise<void> {
      for (const a of deps.adapters) await tryStart(a, 0);
    },
    /** Scheduler job: retry the adapters whose backoff has passed. */
    async retryDue(): Promise<void> {
      const now = deps.clock.now().getTime();
      for (const [a, w] of [...waiting]) if (w.nextTryAt <= now) await tryStart(a, w.attempts);
    },
    waitingPlatforms: (): Platform[] => [...waiting.keys()].map((a) => a.platform),
  };
}
