/**
 * Per-channel pacing: Slack allows about one chat.postMessage per second per channel, so
 * posts to the same channel run one at a time and at least `intervalMs` apart. Posts to
 * different channels do not wait for each other. Clock and sleep are injected for tests.
 */
export interface PacerOptions {
  intervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_CHANNEL_INTERVAL_MS = 1100;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class ChannelPacer {
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly lastStart = new Map<string, number>();
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(opts: PacerOptions = {}) {
    this.intervalMs = opts.intervalMs ?? DEFAULT_CHANNEL_INTERVAL_MS;
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? realSleep;
  }

  /** Run `task` for `channelKey` after the previous one finished and the interval passed. */
  run<T>(channelKey: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(channelKey) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const last = this.lastStart.get(channelKey);
        if (last !== undefined) {
          const wait = last + this.intervalMs - this.now();
          if (wait > 0) await this.sleep(wait);
        }
        this.lastStart.set(channelKey, this.now());
        return task();
      });
    this.tails.set(channelKey, next);
    void next
      .finally(() => {
        if (this.tails.get(channelKey) === next) this.tails.delete(channelKey);
      })
      .catch(() => undefined);
    return next;
  }
}
