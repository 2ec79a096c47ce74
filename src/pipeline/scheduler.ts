/**
 * The per-minute tick (node-cron, UTC, noOverlap). Each tick runs whatever is due; the
 * schedule itself lives in persisted state (nextPollAt, digest markers), so missed runs
 * during downtime are caught up at the first tick after start. node-cron's own warnings
 * (a missed or overlapping run) go through our logger, so the JSON log stays JSON.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Log } from '../domain/index.ts';

export interface TickJob {
  name: string;
  run(): Promise<unknown>;
}

/** node-cron's logger interface, answered by pino. */
function cronLogger(log: Log) {
  const child = log.child({ component: 'node-cron' });
  const text = (m: unknown) => (m instanceof Error ? m.message : String(m));
  return {
    info: (m: string) => child.debug(text(m)),
    warn: (m: string) => child.warn(text(m)),
    error: (m: string | Error, err?: Error) => child.error({ err: err ?? (m instanceof Error ? m : undefined) }, text(m)),
    debug: (m: string | Error) => child.debug(text(m)),
  };
}

export function createScheduler(jobs: TickJob[], log: Log, expression = '* * * * *') {
  let task: ScheduledTask | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const logger = cronLogger(log);
  cron.setLogger(logger);

  async function tick(): Promise<void> {
    if (stopped) return;
    if (running) return running; // overlapping ticks share the run in flight
    running = (async () => {
      for (const job of jobs) {
        if (stopped) break; // stopping: the rest waits for the next start
        try {
          await job.run();
        } catch (err) {
          log.error({ err }, `${job.name} failed; will retry at the next tick`);
        }
      }
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  }

  return {
    tick,
    start(): void {
      if (stopped) return;
      task = cron.schedule(expression, () => tick(), { timezone: 'UTC', noOverlap: true, name: 'policywatch-tick', logger });
    },
    /**
     * Stop scheduling, start no further job, and wait for the tick in flight — at most
     * `graceMs` when given. Resolves true when nothing is running any more.
     */
    async stop(graceMs?: number): Promise<boolean> {
      stopped = true;
      await task?.stop();
      task = undefined;
      const current = running;
      if (!current) return true;
      if (graceMs === undefined) {
        await current;
        return true;
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
      try {
        return await Promise.race([current.then(() => true as const), late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
