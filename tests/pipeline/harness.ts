/** Wires the real pipeline (safe HTTP, RSS connector, matcher, store, console adapter) for tests. */
import { PassThrough } from 'node:stream';
import { createConsoleAdapter, CONSOLE_CHANNEL } from '../../adapters/console/adapter.ts';
import { createSafeHttp } from '../../feeds/http/index.ts';
import { connectorFor } from '../../feeds/registry.ts';
import type { ChatAdapter, Platform, SourceConfig, Store } from '../../src/domain/index.ts';
import { silentLogger } from '../../src/log.ts';
import { defaultWatchlist } from '../../src/matching/index.ts';
import { createDispatcher } from '../../src/pipeline/dispatcher.ts';
import { createEngine } from '../../src/pipeline/engine.ts';
import { createMatcherSet } from '../../src/pipeline/matchers.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { FakeClock } from '../helpers/clock.ts';

export function rssSource(id: string, url: string, extra: Partial<SourceConfig> = {}): SourceConfig {
  return { id, type: 'rss', name: id, enabled: true, intervalMinutes: 30, params: { url, jurisdiction: 'CT', kind: 'bill' }, ...extra };
}

export interface Harness {
  store: Store;
  clock: FakeClock;
  output: () => string;
  engine: ReturnType<typeof createEngine>;
  matchers: ReturnType<typeof createMatcherSet>;
}

export async function pipeline(
  sources: SourceConfig[],
  opts: {
    store?: Store;
    adapters?: ChatAdapter[];
    timeoutMs?: number;
    maxBytes?: number;
    platforms?: Set<Platform>;
    burstThreshold?: number;
  } = {},
): Promise<Harness> {
  const store = opts.store ?? createMemoryStore();
  const clock = new FakeClock();
  const log = silentLogger();
  const out = new PassThrough();
  let printed = '';
  out.on('data', (c: Buffer) => (printed += c.toString('utf8')));
  const adapters = opts.adapters ?? [createConsoleAdapter({ out })];
  await store.upsertSubscription({
    id: 'console:local:console',
    channel: CONSOLE_CHANNEL,
    topics: [],
    jurisdictions: [],
    kinds: [],
    digest: null,
    createdAt: clock.now().toISOString(),
    createdBy: 'test',
    burstThreshold: opts.burstThreshold ?? 0,
  }); // the console prints every alert on its own
  const matchers = createMatcherSet(defaultWatchlist(), store);
  const http = createSafeHttp({
    allowPrivateHosts: ['127.0.0.1'],
    timeoutMs: opts.timeoutMs ?? 2000,
    maxBytes: opts.maxBytes ?? 5 * 1024 * 1024,
  });
  const dispatcher = createDispatcher({
    store,
    clock,
    log,
    adapters: new Map<Platform, ChatAdapter>(adapters.map((a) => [a.platform, a])),
  });
  const engine = createEngine({
    store,
    clock,
    log,
    http,
    matchers,
    connectorFor,
    secrets: {},
    sources,
    dispatcher,
    platforms: opts.platforms,
    concurrency: 4,
    retentionDays: 365,
    seenRetentionDays: 90,
  });
  return { store, clock, output: () => printed, engine, matchers };
}
