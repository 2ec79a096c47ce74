/**
 * The composition root: the one place that wires the core to storage, feeds and chat
 * adapters. Everything else depends on ports only.
 */
import type { RequestListener } from 'node:http';
import type { Log } from './domain/index.ts';
import { createConsoleAdapter, CONSOLE_CHANNEL } from '../adapters/console/adapter.ts';
import type { DiscordHttpInteractions } from '../adapters/discord/http-interactions.ts';
import { createMetrics } from '../adapters/web/metrics.ts';
import { createWebServer, type Readiness, type WebServer } from '../adapters/web/server.ts';
import { openFileInstallations } from '../storage/installations.ts';
import type { InstallationRecords } from './domain/installations.ts';
import { createSealer } from './hosting/seal.ts';
import { polls, sends, serves, startsAdapters, type Role } from './hosting/roles.ts';
import { createLocalCoordinator } from './hosting/coordinator.ts';
import { newInstanceId } from './hosting/instance.ts';
import type { DispatchSummary } from './pipeline/dispatcher.ts';
import { defaultCatalog } from '../feeds/catalog.ts';
import { createSafeHttp, defaultUserAgent } from '../feeds/http/index.ts';
import { connectorFor } from '../feeds/registry.ts';
import { openConfiguredStore } from '../storage/open.ts';
import { createCommandHandler } from './commands/index.ts';
import { allowedPrivateHosts, secretsFrom, type Env } from './config/env.ts';
import { loadConfigFile, mergeSources } from './config/file.ts';
import { createDigestRunner } from './digest/runner.ts';
import { DEFAULT_DIGEST } from './digest/schedule.ts';
import { digestSender } from './digest/send.ts';
import {
  systemClock,
  type ChatAdapter,
  type Clock,
  type Platform,
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
import { secondOpinionModel } from './matching/learned/index.ts';
import { createScheduler } from './pipeline/scheduler.ts';
import { sourceStatusRows } from './pipeline/source-status.ts';
import { testSource } from './pipeline/source-test.ts';
import { createStoreSearchIndex } from './search/index.ts';
import { createBackgroundSearchIndex } from './search/background.ts';
import type { SearchIndex } from './search/types.ts';
import { createChainIndex } from './chains/index.ts';
import { createBackgroundChainIndex } from './chains/background.ts';
import { createDeadlineIndex } from './deadlines/index-store.ts';
import { createReminders } from './deadlines/reminders.ts';
import { ConfigError } from './config/env.ts';

const VERSION = '0.1.0';

/** How long stop() waits for the send in flight (systemd allows 90 s; we aim for 10 s in all). */
const STOP_GRACE_MS = 6000;
const ADAPTER_STOP_MS = 1500;

/** `p`, or a rejection once `ms` have passed. */
function within(p: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export interface AppOptions {
  env: Env;
  log: Log;
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
  /** What this instance does (default 'all'). */
  role?: Role;
  /** Where Slack installs are kept (default: the PostgreSQL store's, else installations.json in DATA_DIR). */
  installations?: InstallationRecords;
  /** This instance's id in leases and claims (default: host, pid and a random part). */
  instanceId?: string;
}

function loadWatchlist(env: Pick<Env, 'POLICYWATCH_CONFIG'>): Watchlist {
  const file = loadConfigFile(env.POLICYWATCH_CONFIG);
  if (file.watchlist === undefined) return defaultWatchlist();
  const parsed = parseWatchlist(file.watchlist);
  if (!parsed.ok) throw new ConfigError([`${file.path}: watchlist: ${parsed.error}`]);
  return mergeWatchlists(defaultWatchlist(), parsed.watchlist);
}

function loadSources(env: Pick<Env, 'POLICYWATCH_CONFIG' | 'POLL_INTERVAL_MINUTES'>): SourceConfig[] {
  return mergeSources(defaultCatalog(), loadConfigFile(env.POLICYWATCH_CONFIG), env.POLL_INTERVAL_MINUTES);
}

interface AdapterWiring {
  /** Slack installs through OAuth: where they are kept. */
  installations?: () => Promise<InstallationRecords>;
  /** The shared web server's port, when Slack's HTTP requests are served there. */
  mounted?: { port(): number | undefined };
  clock: Clock;
}

/** Slack in HTTP mode (Bolt's receiver, served by the web server). */
const slackHttp = (env: Env): boolean => Boolean((env.SLACK_BOT_TOKEN || env.SLACK_CLIENT_ID) && !env.SLACK_APP_TOKEN);

async function buildAdapters(env: Env, log: Log, wiring: AdapterWiring, out?: NodeJS.WritableStream): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  // The chat SDKs are loaded only when their platform is configured: a console-only daemon
  // (the embedded default) never pays for loading discord.js or Bolt.
  if (env.SLACK_BOT_TOKEN || env.SLACK_CLIENT_ID) {
    const { createSlackAdapter, parseManagers } = await import('../adapters/slack/index.ts');
    const { createSlackInstallations } = await import('../adapters/slack/installations.ts');
    const oauth =
      env.SLACK_CLIENT_ID && wiring.installations
        ? {
            clientId: env.SLACK_CLIENT_ID,
            clientSecret: env.SLACK_CLIENT_SECRET!,
            stateSecret: env.SLACK_STATE_SECRET!,
            ...(env.SLACK_REDIRECT_URI ? { redirectUri: env.SLACK_REDIRECT_URI } : {}),
            installations: createSlackInstallations({
              records: await wiring.installations(),
              sealer: createSealer(env.INSTALLATION_KEY ?? ''),
              now: () => wiring.clock.now(),
            }),
          }
        : undefined;
    adapters.push(
      createSlackAdapter({
        ...(env.SLACK_BOT_TOKEN ? { botToken: env.SLACK_BOT_TOKEN } : {}),
        ...(oauth ? { oauth } : {}),
        ...(wiring.mounted ? { mounted: wiring.mounted } : {}),
        appToken: env.SLACK_APP_TOKEN,
        signingSecret: env.SLACK_SIGNING_SECRET,
        apiUrl: env.SLACK_API_URL,
        port: env.PORT,
        managers: parseManagers(env.SLACK_MANAGERS),
        channelIntervalMs: env.SLACK_CHANNEL_INTERVAL_MS,
        log: log.child({ platform: 'slack' }),
      }),
    );
  }
  if (env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID) {
    const { createDiscordAdapter } = await import('../adapters/discord/index.ts');
    adapters.push(
      createDiscordAdapter({
        token: env.DISCORD_TOKEN,
        applicationId: env.DISCORD_APPLICATION_ID,
        apiUrl: env.DISCORD_API_URL,
        gateway: !env.DISCORD_PUBLIC_KEY,
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
    // The console has no threads: every alert is printed on its own.
    burstThreshold: 0,
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
  const instanceId = opts.instanceId ?? newInstanceId();
  const opened = await openConfiguredStore(env, {
    readOnly: opts.readOnly,
    clock,
    instance: { id: instanceId, leaseMs: env.LEASE_SECONDS * 1000 },
  });
  const { store } = opened;
  // Several instances on one database share the work through it; the embedded store is one process's.
  const coordinator = opened.coordinator ?? createLocalCoordinator(instanceId);
  for (const warning of opened.warnings) log.warn(warning);
  const secrets = secretsFrom(env);
  const http =
    opts.http ??
    createSafeHttp({
      timeoutMs: env.HTTP_TIMEOUT_MS,
      maxBytes: env.HTTP_MAX_BYTES,
      userAgent: defaultUserAgent(env.USER_AGENT_CONTACT),
      allowPrivateHosts: allowedPrivateHosts(env),
    });
  const role: Role = opts.role ?? 'all';
  // The web server runs where it is needed (Slack HTTP mode, Discord over HTTP, --role web) or asked for.
  const webOn =
    !opts.readOnly && (env.WEB_SERVER ?? ((serves(role) && (slackHttp(env) || Boolean(env.DISCORD_PUBLIC_KEY))) || role === 'web'));
  let web: WebServer | undefined;
  const adapters =
    opts.adapters ??
    (await buildAdapters(
      env,
      log,
      {
        clock,
        ...(webOn && serves(role) ? { mounted: { port: () => web?.port } } : {}),
        installations: async () => opts.installations ?? opened.installations ?? (await openFileInstallations(env.DATA_DIR)),
      },
      opts.out,
    ));
  const adapterMap = new Map<Platform, ChatAdapter>(adapters.map((a) => [a.platform, a]));
  // The learned second opinion ("possibly relevant"), off per workspace with /policy settings model:off.
  const matchers = createMatcherSet(watchlist, store, { model: secondOpinionModel() });
  // The in-memory index fills in the background: commands and deliveries do not wait for it.
  let stopping = false;
  let search: SearchIndex;
  if (opened.search) search = opened.search;
  else if (opts.searchIndex === false) search = createStoreSearchIndex(store);
  else {
    const background = createBackgroundSearchIndex(store);
    background.ready.then(
      () => log.info({ items: background.size }, 'search index ready'),
      (err: Error) => {
        if (!stopping) log.error({ err }, 'search index failed to load; searches fail until a restart');
      },
    );
    search = background;
  }
  const metrics = createMetrics({
    deliveryCounts: () => store.deliveryCounts(),
    quotaLeft: async () =>
      (await store.listSourceStates()).flatMap((st) =>
        st.quota ? [{ source: st.sourceId, left: Math.max(0, st.quota.limit - st.quota.used), limit: st.quota.limit }] : [],
      ),
  });
  const dispatcher = createDispatcher({
    store,
    clock,
    log,
    adapters: adapterMap,
    ...(opened.coordinator ? { coordinator } : {}),
    onOutcome: (d, outcome, now) => metrics.delivery(d.channel.platform, outcome, d.createdAt, now),
  });
  // A poller puts alerts in the outbox and leaves the sending to the senders.
  const NOTHING_SENT: DispatchSummary = { sent: 0, retrying: 0, failed: 0, waiting: 0 };
  const cycleDispatcher = sends(role) ? dispatcher : { ...dispatcher, dispatchDue: async () => NOTHING_SENT };
  // Notice chains (records sharing an identifier) and deadlines still open (reminders): kept
  // by the store when it can (SQLite: nothing read at start, nothing per item in memory);
  // otherwise filled in memory in one background pass, so a restart answers commands and
  // sends at once. Polls wait for `chains.ready`.
  const deadlines = opened.deadlines ?? createDeadlineIndex();
  const chains =
    opened.chains ??
    (opts.searchIndex !== false ? createBackgroundChainIndex(store, (batch) => deadlines.addOrUpdate(batch)) : createChainIndex());
  if (chains.ready) {
    chains.ready.then(
      () => log.info({ items: chains.size() }, 'chain index ready'),
      (err: Error) => {
        if (!stopping) log.error({ err }, 'chain index failed to load; related-item links are missing until a restart');
      },
    );
  }
  const pollerDeps = { store, clock, log, http, matchers, connectorFor, secrets, chains, follows: store };
  const engine = createEngine({
    ...pollerDeps,
    sources,
    dispatcher: cycleDispatcher,
    ...(opened.coordinator ? { coordinator } : {}),
    platforms: new Set(adapters.map((a) => a.platform)),
    concurrency: env.POLL_CONCURRENCY,
    tickMs: env.TICK_SECONDS * 1000,
    retentionDays: env.ITEM_RETENTION_DAYS,
    seenRetentionDays: env.SEEN_RETENTION_DAYS,
    onItems: (items) => {
      search.addOrUpdate(items);
      chains.addOrUpdate(items);
      deadlines.addOrUpdate(items);
    },
    onPruned: (ids) => {
      search.remove(ids);
      chains.remove(ids);
      deadlines.remove(ids);
    },
  });
  const reminders = createReminders({ store, index: deadlines, matchers, clock, log, platforms: new Set(adapters.map((a) => a.platform)) });
  const sourceRows = () => sourceStatusRows(sources, store, pollerDeps);

  const digest = createDigestRunner({
    store,
    clock,
    sources: sourceRows,
    send: digestSender(adapterMap, log),
    log,
    skipEmpty: env.DIGEST_SKIP_EMPTY ?? false,
    matchFor: matchers.view,
    related: (item) => chains.related(item),
    ...(opened.coordinator ? { claim: (id: string, period: string) => coordinator.claimDigest(id, period) } : {}),
  });

  const handler = createCommandHandler({
    chains,
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

  // The first tick after start leaves the daily prune (its outbox pass reads every alert thread:
  // about a second at 1M items) to the next tick, so commands sent at start are answered at once.
  let started = false;
  const pollCycle = async () => {
    const summary = await engine.cycle({ skipPrune: !started });
    started = true;
    for (const p of summary.polled) metrics.poll(p.sourceId, p.outcome);
    metrics.queued(summary.enqueued);
    return summary;
  };
  const scheduler = createScheduler(
    [
      ...(startsAdapters(role) ? [{ name: 'adapters', run: () => supervisor.retryDue() }] : []),
      ...(polls(role)
        ? [
            { name: 'reminders', run: () => reminders.tick() },
            { name: 'poll', run: pollCycle },
          ]
        : []),
      ...(role === 'sender' ? [{ name: 'send', run: () => dispatcher.dispatchDue() }] : []),
      ...(sends(role) ? [{ name: 'digest', run: () => digest.tick() }] : []),
      { name: 'flush', run: () => store.flush() },
    ],
    log,
    env.TICK_SECONDS === 60 ? '* * * * *' : `*/${env.TICK_SECONDS} * * * * *`,
  );

  let state: 'created' | 'starting' | 'running' | 'stopping' = 'created';
  const discordHttp: DiscordHttpInteractions | undefined =
    webOn && serves(role) && env.DISCORD_PUBLIC_KEY
      ? (await import('../adapters/discord/http-interactions.ts')).createDiscordHttpInteractions({
          publicKey: env.DISCORD_PUBLIC_KEY,
          apiUrl: env.DISCORD_API_URL,
          handler,
          log,
        })
      : undefined;
  const slackListener = serves(role)
    ? (adapters.find((a) => a.platform === 'slack') as { requestListener?: RequestListener } | undefined)?.requestListener
    : undefined;
  if (webOn) {
    web = createWebServer({
      port: env.PORT,
      log,
      metrics,
      ...(slackListener ? { slack: slackListener } : {}),
      ...(discordHttp ? { discord: discordHttp } : {}),
      ready: async (): Promise<Readiness> => {
        if (state !== 'running') return { ok: false, reason: state === 'stopping' ? 'shutting down' : 'starting' };
        await store.getItem(''); // the store answers (one indexed look-up: a count would read every item)
        return { ok: true };
      },
    });
  }

  return {
    store,
    engine,
    dispatcher,
    search,
    digest,
    handler,
    scheduler,
    /** Deadline reminders (queued by the poll role's tick). */
    reminders,
    sources,
    sourceRows,
    /** Fetch one source once without storing anything (`policywatch sources test`). */
    testSource: (sourceId: string) => testSource(sourceId, sources, pollerDeps),
    adapters,
    matchers,
    role,
    metrics,
    coordinator,
    /** The web server, when this instance runs one. */
    get web(): WebServer | undefined {
      return web;
    },
    discordHttp,
    /** Make sure the console gets alerts when it is on; say which sources are off and why. */
    async prepare(): Promise<void> {
      if (adapterMap.has('console')) await ensureConsoleSubscription(store, env.TZ, clock.now());
      await engine.reportDisabled();
    },
    /** Start adapters, catch up (poll what is due, missed digests), then tick every minute. */
    async start(): Promise<void> {
      state = 'starting';
      await web?.start();
      await this.prepare();
      if (startsAdapters(role)) await supervisor.startAll();
      await store.flush();
      state = 'running';
      scheduler.start();
      await scheduler.tick();
    },
    /**
     * Graceful stop, within seconds: /readyz turns 503 at once; take no new work (fetches in
     * flight are abandoned, nothing of them recorded), let the send in flight finish for up to
     * `graceMs`, leave the rest queued; replies being sent are sent; stop adapters and the web
     * server; flush, unlock. A send still running after the grace stays marked in flight, so
     * the next start checks the platform for it instead of posting it again.
     */
    async stop(graceMs = STOP_GRACE_MS): Promise<void> {
      stopping = true;
      state = 'stopping';
      engine.stop();
      const idle = await scheduler.stop(graceMs);
      if (!idle)
        log.warn(
          `the send in flight did not finish within ${Math.round(graceMs / 1000)} s; it stays marked in flight and is checked (not repeated) after the restart`,
        );
      await within(discordHttp?.settle() ?? Promise.resolve(), ADAPTER_STOP_MS).catch(() => undefined);
      for (const a of adapters) {
        await within(a.stop(), ADAPTER_STOP_MS).catch((err: Error) => log.warn(`${a.platform} stop: ${err.message}`));
      }
      await web?.stop();
      // Leases and claims go back at once, so the other instances need not wait for them to expire.
      await within(coordinator.releaseAll(), ADAPTER_STOP_MS).catch((err: Error) =>
        log.warn(`leases not released (${err.message}); they expire on their own`),
      );
      await store.close();
    },
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;
