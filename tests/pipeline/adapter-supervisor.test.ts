import { describe, expect, it } from 'vitest';
import type { ChatAdapter, Platform } from '../../src/domain/index.ts';
import { silentLogger } from '../../src/log.ts';
import { createAdapterSupervisor } from '../../src/pipeline/adapter-supervisor.ts';
import { FakeClock } from '../helpers/clock.ts';

function flaky(platform: Platform, failures: number): ChatAdapter & { starts: number } {
  const adapter = {
    platform,
    starts: 0,
    async start() {
      adapter.starts++;
      if (adapter.starts <= failures) throw new Error('connect ECONNREFUSED');
    },
    async stop() {},
    async deliver() {
      return { ok: true as const, messageRef: 'm' };
    },
  };
  return adapter;
}

describe('adapter supervisor', () => {
  it('keeps retrying an adapter that could not start, with growing waits, until it is up', async () => {
    const clock = new FakeClock();
    const slack = flaky('slack', 2);
    const discord = flaky('discord', 0);
    const live = new Map<Platform, ChatAdapter>([
      ['slack', slack],
      ['discord', discord],
    ]);
    const sup = createAdapterSupervisor({
      adapters: [slack, discord],
      live,
      handler: async () => ({ type: 'reply', title: '', fallbackText: '' }),
      clock,
      log: silentLogger(),
    });

    await sup.startAll();
    expect([...live.keys()]).toEqual(['discord']);
    expect(sup.waitingPlatforms()).toEqual(['slack']);

    clock.advance(59_000);
    await sup.retryDue();
    expect(slack.starts).toBe(1);
    clock.advance(1_000);
    await sup.retryDue();
    expect(slack.starts).toBe(2);
    expect(live.has('slack')).toBe(false);

    clock.advance(60_000);
    await sup.retryDue();
    expect(slack.starts).toBe(2); // the second wait is twice as long
    clock.advance(60_000);
    await sup.retryDue();
    expect(slack.starts).toBe(3);
    expect(live.get('slack')).toBe(slack);
    expect(sup.waitingPlatforms()).toEqual([]);
  });
});
