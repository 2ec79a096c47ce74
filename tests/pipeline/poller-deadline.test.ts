import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SourceConfig, SourceConnector } from '../../src/domain/index.ts';
import { createLogger } from '../../src/log.ts';
import { defaultWatchlist } from '../../src/matching/index.ts';
import { createMatcherSet } from '../../src/pipeline/matchers.ts';
import { pollSource, SOURCE_DEADLINE_MS } from '../../src/pipeline/poller.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { FakeClock } from '../helpers/clock.ts';

afterEach(() => vi.useRealTimers());

const source: SourceConfig = { id: 'stuck', type: 'stuck', name: 'stuck', enabled: true, intervalMinutes: 30, params: {} };

function deps(connector: SourceConnector, sourceDeadlineMs?: number) {
  const store = createMemoryStore();
  const lines: string[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => lines.push(c.toString('utf8')));
  const log = createLogger({ level: 'info', pretty: false, destination: out });
  return {
    lines,
    store,
    deps: {
      store,
      clock: new FakeClock(),
      log,
      http: {} as never,
      matchers: createMatcherSet(defaultWatchlist(), store),
      connectorFor: (t: string) => (t === connector.type ? connector : undefined),
      secrets: {},
      ...(sourceDeadlineMs === undefined ? {} : { sourceDeadlineMs }),
    },
  };
}

describe('a source that never answers', () => {
  it('is a failed poll once the per-source deadline passes, with a clear log line', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const never: SourceConnector = { type: 'stuck', description: 'never settles', fetch: () => new Promise(() => undefined) };
    const { deps: d, lines, store } = deps(never);
    const polled = pollSource(source, d);
    await vi.advanceTimersByTimeAsync(SOURCE_DEADLINE_MS);
    const result = await polled;
    expect(result).toMatchObject({ sourceId: 'stuck', outcome: 'failed', fetched: 0 });
    expect(result.message).toMatch(/^timeout: no result within the 300 s source deadline/);
    expect((await store.getSourceState('stuck')).consecutiveFailures).toBe(1);
    expect(lines.join('')).toContain('source stuck failed (timeout): no result within the 300 s source deadline');
  });

  it('keeps the outcome of a connector that finishes in time, and ignores a late one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let finish: (() => void) | undefined;
    const slow: SourceConnector = {
      type: 'stuck',
      description: 'answers late',
      fetch: () => new Promise((resolve) => (finish = () => resolve({ status: 'ok', items: [] }))),
    };
    const { deps: d } = deps(slow, 1000);
    const polled = pollSource(source, d);
    await vi.advanceTimersByTimeAsync(1000);
    finish?.();
    expect((await polled).outcome).toBe('failed');

    const quick: SourceConnector = { type: 'stuck', description: 'answers', fetch: async () => ({ status: 'ok', items: [] }) };
    const { deps: d2 } = deps(quick, 1000);
    expect((await pollSource(source, d2)).outcome).toBe('ok');
  });
});
