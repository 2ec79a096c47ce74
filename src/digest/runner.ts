/**
 * Sends each channel's digest exactly once per period. node-cron ticks every minute in UTC
 * (noOverlap); each tick sends every digest whose latest scheduled occurrence belongs to a
 * period other than the persisted marker, then marks that period. Calling tick() once at boot
 * is the catch-up after downtime: only the latest missed period is sent, once.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Log } from '../domain/index.ts';
import type {
  ChainLink,
  ChannelConfigStore,
  Clock,
  Flushable,
  ItemStore,
  TriageStore,
  RichMessage,
  SourceStatusRow,
  StoredItem,
  Subscription,
  WorkspaceMatcher,
} from '../domain/index.ts';
import { buildDigest } from './build.ts';
import { collectDigest } from './collect.ts';
import { lastOccurrence, periodKey } from './schedule.ts';

export interface DigestRunnerOptions {
  store: Pick<ItemStore, 'listItems'> &
    Pick<ChannelConfigStore, 'listSubscriptions' | 'getDigestMarker' | 'setDigestMarker'> &
    Flushable &
    Partial<Pick<TriageStore, 'listLabels'>>;
  clock: Clock;
  sources: () => Promise<SourceStatusRow[]>;
  /**
   * Posts messages to the subscription's channel; true when all were delivered. The scheduled
   * digest calls it once per part, so a failed part is retried without repeating earlier ones.
   */
  send: (sub: Subscription, messages: RichMessage[]) => Promise<boolean>;
  log: Log;
  /** Skip an empty week instead of posting the one-line "nothing new" digest. */
  skipEmpty?: boolean;
  maxPerSection?: number;
  /** How a subscription's workspace sees each item (default: the stored base match). */
  matchFor?: WorkspaceMatcher;
  /** Notice chains: stored records sharing an identifier with an item. */
  related?: (item: StoredItem) => ChainLink[];
  /**
   * Several instances on one database: claim (or renew) the sending of this subscription's
   * digest for this period; false while another instance has it. Asked before every part.
   */
  claim?: (subscriptionId: string, period: string) => Promise<boolean>;
}

export interface DigestRunner {
  /** Send every due digest; resolves to how many digests were sent. */
  tick(): Promise<number>;
  start(): void;
  stop(): void;
  /** The digest as it would be sent at `now`, marked ephemeral (for `digest preview`). */
  preview(sub: Subscription, now: Date): Promise<RichMessage[]>;
  /** Post the digest now (for `digest now`); does not touch the schedule's marker. */
  sendNow(sub: Subscription): Promise<{ sent: number }>;
}

const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 60 * 60_000;

/** The period key a subscription is due for at `now`, or null when nothing is due. */
export function duePeriod(sub: Subscription, now: Date): string | null {
  if (!sub.digest || sub.broken) return null;
  const occurrence = lastOccurrence(sub.digest, now);
  // A channel subscribed after this week's occurrence waits for the next one.
  const created = Date.parse(sub.createdAt);
  if (!Number.isNaN(created) && occurrence.getTime() < created) return null;
  return periodKey(sub.digest, occurrence);
}

export function createDigestRunner(opts: DigestRunnerOptions): DigestRunner {
  const { store, clock, log } = opts;
  const inFlight = new Set<string>();
  const retry = new Map<string, { attempts: number; at: number; messages: RichMessage[]; delivered: number }>();
  let task: ScheduledTask | null = null;

  async function runOne(sub: Subscription, key: string, now: Date): Promise<boolean> {
    if ((await store.getDigestMarker(sub.id)) === key) return false;
    if (opts.claim) {
      if (!(await opts.claim(sub.id, key))) return false; // another instance sends it
      if ((await store.getDigestMarker(sub.id)) === key) return false; // … or just did
    }
    const retryKey = `${sub.id}@${key}`;
    let pending = retry.get(retryKey);
    if (pending && pending.at > now.getTime()) return false;
    if (!pending) {
      const sources = await opts.sources();
      if (opts.skipEmpty) {
        const data = await collectDigest({ store, sub, now, sources, matchFor: opts.matchFor, related: opts.related });
        if (data.entries.length === 0) {
          log.info({ subscription: sub.id, period: key }, 'digest: empty week skipped');
          await mark(sub.id, key);
          return false;
        }
      }
      const messages = await buildDigest({
        store,
        sub,
        now,
        sources,
        maxPerSection: opts.maxPerSection,
        matchFor: opts.matchFor,
        related: opts.related,
      });
      pending = { attempts: 0, at: 0, messages, delivered: 0 };
    }
    // One message at a time: a retry resumes after the last part that arrived, with the
    // same messages, so a channel never sees part 1 twice.
    while (pending.delivered < pending.messages.length) {
      const part = pending.messages[pending.delivered]!;
      // The claim is renewed before each part; lost (this instance stalled past it), stop here.
      if (pending.delivered > 0 && opts.claim && !(await opts.claim(sub.id, key))) {
        retry.delete(retryKey);
        return false;
      }
      let ok = false;
      try {
        ok = await opts.send(sub, [part]);
      } catch (err) {
        log.warn({ subscription: sub.id, period: key, err }, 'digest: send threw');
      }
      if (!ok) {
        pending.attempts += 1;
        const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (pending.attempts - 1));
        pending.at = now.getTime() + delay;
        retry.set(retryKey, pending);
        log.warn(
          { subscription: sub.id, period: key, attempts: pending.attempts, delivered: pending.delivered, retryInMs: delay },
          'digest: delivery failed; will retry',
        );
        return false;
      }
      pending.delivered += 1;
    }
    retry.delete(retryKey);
    await mark(sub.id, key);
    log.info({ subscription: sub.id, period: key, messages: pending.messages.length }, 'digest: sent');
    return true;
  }

  async function mark(subId: string, key: string): Promise<void> {
    await store.setDigestMarker(subId, key);
    await store.flush();
  }

  async function tick(): Promise<number> {
    const now = clock.now();
    let sent = 0;
    for (const sub of await store.listSubscriptions()) {
      let key: string | null;
      try {
        key = duePeriod(sub, now);
      } catch (err) {
        log.error({ subscription: sub.id, err }, 'digest: invalid schedule');
        continue;
      }
      if (key === null || inFlight.has(sub.id)) continue;
      inFlight.add(sub.id);
      try {
        if (await runOne(sub, key, now)) sent++;
      } catch (err) {
        log.error({ subscription: sub.id, period: key, err }, 'digest: failed');
      } finally {
        inFlight.delete(sub.id);
      }
    }
    return sent;
  }

  return {
    tick,
    start() {
      if (task) return;
      task = cron.schedule(
        '* * * * *',
        async () => {
          await tick();
        },
        { timezone: 'UTC', noOverlap: true, name: 'policywatch-digest' },
      );
    },
    stop() {
      if (!task) return;
      void task.destroy();
      task = null;
    },
    async preview(sub, now) {
      const messages = await buildDigest({
        store,
        sub,
        now,
        sources: await opts.sources(),
        maxPerSection: opts.maxPerSection,
        matchFor: opts.matchFor,
        related: opts.related,
      });
      return messages.map((m) => ({ ...m, ephemeral: true }));
    },
    async sendNow(sub) {
      const messages = await buildDigest({
        store,
        sub,
        now: clock.now(),
        sources: await opts.sources(),
        maxPerSection: opts.maxPerSection,
        matchFor: opts.matchFor,
        related: opts.related,
      });
      const ok = await opts.send(sub, messages);
      return { sent: ok ? messages.length : 0 };
    },
  };
}
