/**
 * Child process for the "full poll cycle" scenario: wires the real pipeline as src/main.ts
 * does (safe HTTP, connector registry, matcher set, the embedded SQLite store in a temp dir
 * with its own search, console adapter writing to a null stream), runs two forced cycles against
 * the feed server whose base URL is argv[2], and prints one JSON line with wall time, CPU
 * time and peak RSS. Run alone so the numbers are the bot's, not the server's.
 * Mode 'poll' subscribes the console to contracts only (the feeds carry bills), so no alert
 * is sent and the cycles measure polling alone; mode 'alerts' subscribes to everything, so
 * the cycles also send up to 500 alerts each (the dispatcher's batch).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createConsoleAdapter, CONSOLE_CHANNEL } from '../adapters/console/adapter.ts';
import { createSafeHttp } from '../feeds/http/index.ts';
import { connectorFor } from '../feeds/registry.ts';
import type { ChatAdapter, Platform, SourceConfig } from '../src/domain/index.ts';
import { systemClock } from '../src/domain/index.ts';
import { silentLogger } from '../src/log.ts';
import { defaultWatchlist } from '../src/matching/index.ts';
import { createDispatcher } from '../src/pipeline/dispatcher.ts';
import { createEngine } from '../src/pipeline/engine.ts';
import { createMatcherSet } from '../src/pipeline/matchers.ts';
import { createSqliteSearchIndex } from '../storage/sqlite/search.ts';
import { openSqliteStore } from '../storage/sqlite/store.ts';

const [base, sourcesArg, mode = 'poll'] = process.argv.slice(2);
if (!base) throw new Error('usage: poll-child.ts <base url> [sources] [poll|alerts]');
const nSources = Number(sourcesArg ?? 200);
const startRssMB = process.memoryUsage().rss / 1024 / 1024;

const dir = mkdtempSync(join(tmpdir(), 'pw-bench-poll-'));
try {
  const store = await openSqliteStore(dir);
  const log = silentLogger();
  const clock = systemClock;
  await store.upsertSubscription({
    id: 'console:local:console',
    channel: CONSOLE_CHANNEL,
    topics: [],
    jurisdictions: [],
    kinds: mode === 'alerts' ? [] : ['contract'],
    digest: null,
    createdAt: clock.now().toISOString(),
    createdBy: 'bench',
  });
  const sources: SourceConfig[] = Array.from({ length: nSources }, (_, i) => ({
    id: `bench-${i}`,
    type: 'rss',
    name: `bench ${i}`,
    enabled: true,
    intervalMinutes: 30,
    params: { url: `${base}/feed/${i}.xml`, jurisdiction: 'CT', kind: 'bill' },
  }));
  const nullOut = new Writable({ write: (_c, _e, cb) => cb() });
  const adapters: ChatAdapter[] = [createConsoleAdapter({ out: nullOut })];
  const matchers = createMatcherSet(defaultWatchlist(), store);
  const search = createSqliteSearchIndex(store);
  const http = createSafeHttp({ allowPrivateHosts: ['127.0.0.1'], timeoutMs: 30_000 });
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
    concurrency: 4,
    retentionDays: 365,
    seenRetentionDays: 90,
    onItems: (items) => search.addOrUpdate(items),
  });

  const measure = async () => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const s = await engine.cycle({ force: true });
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const outcomes: Record<string, number> = {};
    for (const p of s.polled) outcomes[p.outcome] = (outcomes[p.outcome] ?? 0) + 1;
    return {
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      fetched: s.polled.reduce((n, p) => n + p.fetched, 0),
      created: s.created,
      enqueued: s.enqueued,
      sent: s.dispatch.sent,
      outcomes,
      rssMB: process.memoryUsage().rss / 1024 / 1024,
    };
  };
  const first = await measure();
  const second = await measure();
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const counts = await store.deliveryCounts();
  await store.close();
  process.stdout.write(
    `${JSON.stringify({ mode, first, second, startRssMB, peakRssMB, indexed: search.size, pending: counts.pending })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// The measurement is written: idle keep-alive sockets and timers would hold the process for
// another minute (most of the section's time), so end it now (stdout is a pipe, written synchronously).
process.exit(0);
