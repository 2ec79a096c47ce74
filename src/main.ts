/**
 * The composition root: the one place that wires the core to storage, feeds and chat
 * adapters. Everything else depends on ports only.
 */
import type { Logger } from 'pino';
import { createConsoleAdapter, CONSOLE_CHANNEL } from '../adapters/console/adapter.ts';
import { createDiscordAdapter } from '../adapters/discord/index.ts';
import { createSlackAdapter, parseManagers } from '../adapters/slack/index.ts';
import { defaultCatalog } from '../feeds/catalog.ts';
import { createSafeHttp, defaultUserAgent } from '../feeds/http/index.ts';
import { connectorFor } from '../feeds/registry.ts';
import { openLowdbStore } from '../storage/lowdb.ts';
import { createCommandHandler } from './commands/index.ts';
import { allowedPrivateHosts, secretsFrom, type Env } from './config/env.ts';
import { loadConfigFile, mergeSources } from './config/file.ts';
import { createDigestRunner } from './digest/runner.ts';
import { DEFAULT_DIGEST } from './digest/schedule.ts';
import {
  systemClock,
  type ChatAdapter,
  type Clock,
  type Platform,
  type RichMessage,
  type SafeHttp,
  type SourceConfig,
  type Store,
  type Subscription,
} from './domain/index.ts';
import { defaultWatchlist, mergeWatchlists, parseWatchlist, type Watchlist } from './matching/index.ts';
import { createAdapterSupervisor } from './pipeline/adapter-supervisor.ts';
import { createDispatcher } from './pipeline/dispatcher.ts';
import { createEngine } from './pipeline/engine.ts';
import { createMatcherSet } from './pipeline/matchers.ts';
import { createScheduler } from './pipeline/scheduler.ts';
import { sourceStatusRows } from './pipeline/source-status.ts';
import { testSource } from './pipeline/source-test.ts';
import { createStoreSearchIndex, loadSearchIndex } from './search/index.ts';
import { ConfigError } from './config/env.ts';

export const VERSION = '0.1.0';

/** How long stop() waits for the send in flight (systemd allows 90 s; we aim for 10 s in all). */
export const STOP_GRACE_MS = 6000;
const ADAPTER_STOP_MS = 1500;

/** `p`, or a rejection once `ms` have passed. */
function within(p: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export interface AppOptions {
  env: Env;
  log: Logger;
  clock?: Clock;
  /** Where the console adapter prints (default stdout). */
  out?: NodeJS.WritableStream;
  /** Replace the catalog + config file sources (demo, tests). */
  sources?: SourceConfig[];
  http?: SafeHttp;
  /** Replace the chat adapters built from env (tests). */
  adapters?: ChatAdapter[];
  /** Open the store read-only (CLI look-ups while the daemon runs). */
  readOnly?: boolean;
  /** Build the search index from stored items at start (default true; CLI commands that never search skip it). */
  searchIndex?: boolean;
}

export function loadWatchlist(env: Pick<Env, 'POLICYWATCH_CONFIG'>): Watchlist {
  const file = loadConfigFile(env.POLICYWATCH_CONFIG);
  if (file.watchlist === undefined) return defaultWatchlist();
  const parsed = parseWatchlist(file.watchlist);
  if (!parsed.ok) throw new ConfigError([`${file.path}: watchlist: ${parsed.error}`]);
  return mergeWatchlists(defaultWatchlist(), parsed.watchlist);
}

export function loadSources(env: Pick<Env, 'POLICYWATCH_CONFIG' | 'POLL_INTERVAL_MINUTES'>): SourceConfig[] {
  return mergeSources(defaultCatalog(), loadConfigFile(env.POLICYWATCH_CONFIG), env.POLL_INTERVAL_MINUTES);
}

function buildAdapters(env: Env, log: Logger, out?: NodeJS.WritableStream): ChatAdapter[] {
  const adapters: ChatAdapter[] = [];
  if (env.SLACK_BOT_TOKEN) {
    adapters.push(
      createSlackAdapter({
        botToken: env.SLACK_BOT_TOKEN,
        appToken: env.SLACK_APP_TOKEN,
        signingSecret: env.SLACK_SIGNING_SECRET,
        apiUrl: env.SLACK_API_URL,
        port: env.PORT,
        managers: parseManagers(env.SLACK_MANAGERS),
        log: log.child({ platform: 'slack' }),
      }),
    );
  }
  if (env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID) {
    adapters.push(
      createDiscordAdapter({
        token: env.DISCORD_TOKEN,
        applicationId: env.DISCORD_APPLICATION_ID,
        apiUrl: env.DISCORD_API_URL,
        log: log.child({ platform: 'discord' }),
      }),
    );
  }
  const consoleOn = env.CONSOLE_ALERTS ?? adapters.length === 0;
  if (consoleOn) adapters.push(createConsoleAdapter({ out }));
  return adapters;
}

async function ensureConsoleSubscription(store: Store, tz: string, now: Date): Promise<void> {
  if (await store.getSubscription(CONSOLE_CHANNEL)) return;
  const sub: Subscription = {
    id: 'console:local:console',
    channel: CONSOLE_CHANNEL,
    topics: [],
    jurisdictions: [],
    kinds: [],
    digest: DEFAULT_DIGEST(tz),
    createdAt: now.toISOString(),
    createdBy: 'policywatch',
  };
  await store.upsertSubscription(sub);
}

export async function createApp(opts: AppOptions) {
  const { env, log } = opts;
  const clock = opts.clock ?? systemClock;
  const startedAt = clock.now();
  // Configuration first: a bad config file must fail before the data directory is locked.
  const sources = opts.sources ?? loadSources(env);
  const watchlist = loadWatchlist(env);
  const store = await openLowdbStore(env.DATA_DIR, { readOnly: opts.readOnly, clock });
  for (const warning of store.warnings) log.warn(warning);
  const secrets = secretsFrom(env);
  const http =
    opts.http ??
    createSafeHttp({
      timeoutMs: env.HTTP_TIMEOUT_MS,
      maxBytes: env.HTTP_MAX_BYTES,
      userAgent: defaultUserAgent(env.USER_AGENT_CONTACT),
      allowPrivateHosts: allowedPrivateHosts(env),
    });
  const adapters = opts.adapters ?? buildAdapters(env, log, opts.out);
  const adapterMap = new Map<Platform, ChatAdapter>(adapters.map((a) => [a.platform, a]));
  const matchers = createMatcherSet(watchlist, store);
  const search = opts.searchIndex !== false ? await loadSearchIndex(store) : createStoreSearchIndex(store);
  const dispatcher = createDispatcher({ store, clock, log, adapters: adapterMap });
  const pollerDeps = { store, clock, log, http, matchers, connectorFor, secrets };
  const engine = createEngine({
    ...pollerDeps,
    sources,
    dispatcher,
    platforms: new Set(adapters.map((a) => a.platform)),
    concurrency: env.POLL_CONCURRENCY,
    retentionDays: env.ITEM_RETENTION_DAYS,
    seenRetentionDays: env.SEEN_RETENTION_DAYS,
    onItems: (items) => search.addOrUpdate(items),
    onPruned: (ids) => search.remove(ids),
  });
  const sourceRows = () => sourceStatusRows(sources, store, pollerDeps);

  async function sendDigest(sub: Subscription, messages: RichMessage[]): Promise<boolean> {
    const adapter = adapterMap.get(sub.channel.platform);
    if (!adapter) return false;
    for (const m of messages) {
      const r = await adapter.deliver(sub.channel, m);
      if (!r.ok) {
        log.warn(`digest for ${sub.channel.platform}/${sub.channel.channelId} not sent: ${r.error}`);
        return false;
      }
    }
    return true;
  }
  const digest = createDigestRunner({ store, clock, sources: sourceRows, send: sendDigest, log, skipEmpty: env.DIGEST_SKIP_EMPTY ?? false, matchFor: matchers.view });

  const handler = createCommandHandler({
    store,
    clock,
    search,
    watchlist: () => watchlist,
    digest,
    sources: sourceRows,
    runtime: () => ({ version: VERSION, startedAt, lastPollAt: engine.lastPollAt() }),
    defaultTz: env.TZ,
    matchFor: matchers.view,
    onWatchlistChanged: (ws) => matchers.invalidate(ws),
  });

  const supervisor = createAdapterSupervisor({ adapters, live: adapterMap, handler, clock, log });

  const scheduler = createScheduler(
    [
      { name: 'adapters', run: () => supervisor.retryDue() },
      { name: 'poll', run: () => engine.cycle() },
      { name: 'digest', run: () => digest.tick() },
      { name: 'flush', run: () => store.flush() },
    ],
    log,
  );

  return {
    store,
    engine,
    dispatcher,
    search,
    digest,
    handler,
    scheduler,
    sources,
    sourceRows,
    /** Fetch one source once without storing anything (`policywatch sources test`). */
    testSource: (sourceId: string) => testSource(sourceId, sources, pollerDeps),
    adapters,
    matchers,
    /** Make sure the console gets alerts when it is on; say which sources are off and why. */
    async prepare(): Promise<void> {
      if (adapterMap.has('console')) await ensureConsoleSubscription(store, env.TZ, clock.now());
      await engine.reportDisabled();
    },
    /** Start adapters, catch up (poll what is due, missed digests), then tick every minute. */
    async start(): Promise<void> {
      await this.prepare();
      await supervisor.startAll();
      await store.flush();
      scheduler.start();
      await scheduler.tick();
    },
    /**
     * Stop within seconds: take no new work (fetches in flight are abandoned, nothing of them
     * recorded), let the send in flight finish for up to `graceMs`, leave the rest queued,
     * stop adapters, flush, unlock. A send still running after the grace stays marked in
     * flight, so the next start checks the platform for it instead of posting it again.
     */
    async stop(graceMs = STOP_GRACE_MS): Promise<void> {
      engine.stop();
      const idle = await scheduler.stop(graceMs);
      if (!idle) log.warn(`the send in flight did not finish within ${Math.round(graceMs / 1000)} s; it stays marked in flight and is checked (not repeated) after the restart`);
      for (const a of adapters) {
        await within(a.stop(), ADAPTER_STOP_MS).catch((err: Error) => log.warn(`${a.platform} stop: ${err.message}`));
      }
      await store.close();
    },
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;
