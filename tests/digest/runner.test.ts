import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDigestRunner, duePeriod, type DigestRunnerOptions } from '../../src/digest/runner.ts';
import type { RichMessage, Store, Subscription } from '../../src/domain/index.ts';
import { silentLogger } from '../../src/log.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { busyWeek, makeSub, record } from './helpers.ts';

/** A clock the test moves by hand. */
function fakeClock(iso: string) {
  let now = new Date(iso);
  return {
    now: () => now,
    set: (next: string) => {
      now = new Date(next);
    },
  };
}

interface Sent {
  sub: string;
  at: string;
  messages: RichMessage[];
}

function setup(store: Store, start: string, overrides: Partial<DigestRunnerOptions> = {}) {
  const clock = fakeClock(start);
  const sent: Sent[] = [];
  const runner = createDigestRunner({
    store,
    clock,
    sources: async () => [],
    send: async (sub, messages) => {
      sent.push({ sub: sub.id, at: clock.now().toISOString(), messages });
      return true;
    },
    log: silentLogger(),
    ...overrides,
  });
  return { clock, sent, runner };
}

// New York, Monday 09:00: 2026-11-30 14:00Z, then 2026-12-07 14:00Z.
const BEFORE = '2026-11-30T13:59:00Z';
const AT = '2026-11-30T14:00:00Z';

describe('duePeriod', () => {
  it('is the ISO week of the latest occurrence, or null when off, broken or subscribed after it', () => {
    expect(duePeriod(makeSub(), new Date(AT))).toBe('2026-W49');
    expect(duePeriod(makeSub(), new Date(BEFORE))).toBe('2026-W48');
    expect(duePeriod(makeSub({ digest: null }), new Date(AT))).toBeNull();
    expect(duePeriod(makeSub({ broken: { reason: 'channel_not_found', since: AT } }), new Date(AT))).toBeNull();
    expect(duePeriod(makeSub({ createdAt: '2026-12-01T00:00:00Z' }), new Date('2026-12-02T00:00:00Z'))).toBeNull();
  });
});

describe('digest runner ticks', () => {
  let store: Store;
  beforeEach(async () => {
    store = createMemoryStore();
    await record(store, { native: 'a', title: 'Detainer bill' }, '2026-11-28T12:00:00Z');
  });

  it('sends when the schedule comes due, once per week', async () => {
    const sub = makeSub();
    await store.upsertSubscription(sub);
    await store.setDigestMarker(sub.id, '2026-W48');
    const { clock, sent, runner } = setup(store, BEFORE);

    expect(await runner.tick()).toBe(0);
    clock.set(AT);
    expect(await runner.tick()).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.messages[0]!.type).toBe('digest');
    expect(await store.getDigestMarker(sub.id)).toBe('2026-W49');

    for (const later of ['2026-11-30T14:01:00Z', '2026-12-03T10:00:00Z', '2026-12-07T13:59:00Z']) {
      clock.set(later);
      expect(await runner.tick()).toBe(0);
    }
    clock.set('2026-12-07T14:00:00Z');
    expect(await runner.tick()).toBe(1);
    expect(sent.map((s) => s.at)).toEqual(['2026-11-30T14:00:00.000Z', '2026-12-07T14:00:00.000Z']);
  });

  it('sends at 09:00 local on both sides of a DST change', async () => {
    const sub = makeSub({ digest: { day: 1, time: '09:00', tz: 'Europe/London' } });
    await store.upsertSubscription(sub);
    await store.setDigestMarker(sub.id, '2026-W12');
    const { clock, sent, runner } = setup(store, '2026-03-23T08:59:00Z');
    for (const at of ['2026-03-23T09:00:00Z', '2026-03-30T07:59:00Z', '2026-03-30T08:00:00Z', '2026-03-30T09:00:00Z']) {
      clock.set(at);
      await runner.tick();
    }
    expect(sent.map((s) => s.at)).toEqual(['2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z']);
  });

  it('catches up a missed digest once after downtime, never twice', async () => {
    const sub = makeSub();
    await store.upsertSubscription(sub);
    await store.setDigestMarker(sub.id, '2026-W48');
    // Down from Sunday to Wednesday: the boot tick sends Monday's digest.
    const { clock, sent, runner } = setup(store, '2026-12-02T10:00:00Z');
    expect(await runner.tick()).toBe(1);
    expect(await runner.tick()).toBe(0);
    clock.set('2026-12-02T10:01:00Z');
    expect(await runner.tick()).toBe(0);
    expect(sent).toHaveLength(1);
    expect(await store.getDigestMarker(sub.id)).toBe('2026-W49');
  });

  it('after weeks of downtime sends only the latest missed digest', async () => {
    const sub = makeSub();
    await store.upsertSubscription(sub);
    await store.setDigestMarker(sub.id, '2026-W45');
    const { sent, runner } = setup(store, '2026-12-02T10:00:00Z');
    expect(await runner.tick()).toBe(1);
    expect(await runner.tick()).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('does not send a channel its first digest before its first scheduled time', async () => {
    const sub = makeSub({ createdAt: '2026-12-01T12:00:00Z' });
    await store.upsertSubscription(sub);
    const { clock, sent, runner } = setup(store, '2026-12-01T12:01:00Z');
    expect(await runner.tick()).toBe(0);
    clock.set('2026-12-07T14:00:00Z');
    expect(await runner.tick()).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('skips subscriptions with the digest off or a broken channel', async () => {
    await store.upsertSubscription(makeSub({ id: 'off', digest: null }));
    await store.upsertSubscription(
      makeSub({
        id: 'broken',
        channel: { platform: 'console', workspaceId: 'local', channelId: 'C2' },
        broken: { reason: 'channel_not_found', since: BEFORE },
      }),
    );
    const { sent, runner } = setup(store, AT);
    expect(await runner.tick()).toBe(0);
    expect(sent).toHaveLength(0);
  });

  it('sends each channel its own digest in the same tick', async () => {
    await store.upsertSubscription(makeSub({ id: 's1' }));
    await store.upsertSubscription(makeSub({ id: 's2', channel: { platform: 'console', workspaceId: 'local', channelId: 'C2' } }));
    const { sent, runner } = setup(store, AT);
    expect(await runner.tick()).toBe(2);
    expect(sent.map((s) => s.sub).sort()).toEqual(['s1', 's2']);
  });

  it('never double-sends when ticks overlap', async () => {
    const sub = makeSub();
    await store.upsertSubscription(sub);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const { runner } = setup(store, AT, {
      send: async () => {
        calls++;
        await gate;
        return true;
      },
    });
    const first = runner.tick();
    const second = runner.tick();
    const third = runner.tick();
    // Let every tick reach the send step before releasing the first delivery.
    await new Promise((r) => setImmediate(r));
    release();
    const results = await Promise.all([first, second, third]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    expect(calls).toBe(1);
    expect(await runner.tick()).toBe(0);
    expect(calls).toBe(1);
  });

  it('retries a failed delivery with backoff and marks the period only after success', async () => {
    const sub = makeSub();
    await store.upsertSubscription(sub);
    const results = [false, false, true];
    const attempts: string[] = [];
    const { clock, runner } = setup(store, AT, {
      send: async () => {
        attempts.push(clock.now().toISOString());
        return results.shift() ?? true;
      },
    });
    expect(await runner.tick()).toBe(0);
    expect(await store.getDigestMarker(sub.id)).toBeUndefined();
    clock.set('2026-11-30T14:00:30Z');
    await runner.tick(); // inside the 1-minute backoff
    clock.set('2026-11-30T14:01:00Z');
    expect(await runner.tick()).toBe(0); // second failure: backoff doubles to 2 minutes
    clock.set('2026-11-30T14:02:00Z');
    await runner.tick();
    clock.set('2026-11-30T14:03:00Z');
    expect(await runner.tick()).toBe(1);
    expect(attempts).toEqual(['2026-11-30T14:00:00.000Z', '2026-11-30T14:01:00.000Z', '2026-11-30T14:03:00.000Z']);
    expect(await store.getDigestMarker(sub.id)).toBe('2026-W49');
  });

  it('a long digest is sent part by part; a retry resumes at the part that failed', async () => {
    await busyWeek(store);
    await store.upsertSubscription(makeSub());
    const received: string[] = [];
    let failOnce = true;
    const { clock, runner } = setup(store, AT, {
      maxPerSection: 100,
      send: async (_sub, messages) => {
        expect(messages).toHaveLength(1);
        const title = messages[0]!.title;
        if (title.includes('(2/') && failOnce) {
          failOnce = false;
          return false;
        }
        received.push(title);
        return true;
      },
    });
    expect(await runner.tick()).toBe(0);
    expect(received).toEqual([expect.stringMatching(/\(1\/\d\)$/)]);
    // New items arriving meanwhile do not reshuffle the parts still to send.
    await record(store, { native: 'late', title: 'Arrived during the retry' }, '2026-11-30T14:00:30Z');
    clock.set('2026-11-30T14:01:00Z');
    expect(await runner.tick()).toBe(1);
    const total = Number(/\/(\d+)\)$/.exec(received[0]!)![1]);
    expect(total).toBeGreaterThan(1);
    expect(received).toEqual(Array.from({ length: total }, (_, i) => `Weekly policy digest: Nov 23 – Nov 30, 2026 (${i + 1}/${total})`));
  });

  it('a throwing send is logged, not thrown, and retried later', async () => {
    await store.upsertSubscription(makeSub());
    let n = 0;
    const { clock, runner } = setup(store, AT, {
      send: async () => {
        n++;
        if (n === 1) throw new Error('socket hang up');
        return true;
      },
    });
    await expect(runner.tick()).resolves.toBe(0);
    clock.set('2026-11-30T14:01:00Z');
    expect(await runner.tick()).toBe(1);
  });
});

describe('empty weeks', () => {
  it('posts the one-line digest by default', async () => {
    const store = createMemoryStore();
    await store.upsertSubscription(makeSub());
    const { sent, runner } = setup(store, AT);
    expect(await runner.tick()).toBe(1);
    expect(sent[0]!.messages).toHaveLength(1);
    expect(sent[0]!.messages[0]!.body![0]![0]!.text).toMatch(/^No new or changed items/);
  });

  it('with skipEmpty posts nothing and does not try again that week', async () => {
    const store = createMemoryStore();
    await store.upsertSubscription(makeSub());
    const { clock, sent, runner } = setup(store, AT, { skipEmpty: true });
    expect(await runner.tick()).toBe(0);
    expect(await store.getDigestMarker('sub-1')).toBe('2026-W49');
    await record(store, { native: 'late', title: 'Arrived later' }, '2026-11-30T15:00:00Z');
    clock.set('2026-11-30T16:00:00Z');
    expect(await runner.tick()).toBe(0);
    expect(sent).toHaveLength(0);
  });
});

describe('restart', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-digest-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('the persisted marker stops a second send after a restart (SQLite + state.json on disk)', async () => {
    const first = await openSqliteStore(dir);
    await first.upsertSubscription(makeSub());
    await record(first, { native: 'a', title: 'Detainer bill' }, '2026-11-28T12:00:00Z');
    const run1 = setup(first, AT);
    expect(await run1.runner.tick()).toBe(1);
    await first.close();

    const second = await openSqliteStore(dir);
    const run2 = setup(second, '2026-11-30T14:05:00Z');
    expect(await run2.runner.tick()).toBe(0);
    expect(run2.sent).toHaveLength(0);
    run2.clock.set('2026-12-07T14:00:00Z');
    expect(await run2.runner.tick()).toBe(1);
    await second.close();
  });
});

describe('preview, sendNow and the cron tick', () => {
  it('preview is ephemeral and sends nothing; sendNow posts without touching the marker', async () => {
    const store = createMemoryStore();
    await record(store, { native: 'a', title: 'Detainer bill' }, '2026-11-28T12:00:00Z');
    const sub: Subscription = makeSub();
    await store.upsertSubscription(sub);
    const { sent, runner } = setup(store, AT);

    const preview = await runner.preview(sub, new Date(AT));
    expect(preview.every((m) => m.ephemeral === true)).toBe(true);
    expect(sent).toHaveLength(0);

    expect(await runner.sendNow(sub)).toEqual({ sent: 1 });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.messages[0]!.ephemeral).toBeUndefined();
    expect(await store.getDigestMarker(sub.id)).toBeUndefined();

    const failing = setup(store, AT, { send: async () => false });
    expect(await failing.runner.sendNow(sub)).toEqual({ sent: 0 });
  });

  it('start() ticks every minute through node-cron and stop() ends it', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T13:58:30Z') });
    try {
      const store = createMemoryStore();
      await store.upsertSubscription(makeSub());
      await store.setDigestMarker('sub-1', '2026-W48');
      const { sent, runner } = setup(store, AT, { clock: { now: () => new Date() } });
      runner.start();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(sent).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(sent).toHaveLength(1);
      runner.stop();
      await store.setDigestMarker('sub-1', 'other');
      await vi.advanceTimersByTimeAsync(180_000);
      expect(sent).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
