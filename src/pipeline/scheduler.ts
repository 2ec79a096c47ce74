/**
 * The per-minute tick (node-cron, UTC, noOverlap). Each tick runs whatever is due; the
 * schedule itself lives in persisted state (nextPollAt, digest markers), so missed runs
 * during downtime are caught up at the first tick after start.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';

export interface TickJob {
  name: string;
  run(): Promise<unknown>;
}

export function createScheduler(jobs: TickJob[], log: Logger, expression = '* * * * *') {
  let task: ScheduledTask | undefined;
  let running: Promise<void> | undefined;

  async function tick(): Promise<void> {
    if (running) return running; // overlapping ticks share the run in flight
    running = (async () => {
      for (const job of jobs) {
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
      task = cron.schedule(expression, () => tick(), { timezone: 'UTC', noOverlap: true, name: 'policywatch-tick' });
    },
    /** Stop scheduling and wait for the tick in flight. */
    async stop(): Promise<void> {
      await task?.stop();
      task = undefined;
      await running;
    },
  };
}
