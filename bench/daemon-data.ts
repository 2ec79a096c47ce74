/**
 * Data directories for the real-daemon rows (daemon.ts): `n` stored items (bench/gen.ts, real
 * text, activity spread over a year), `n` seen ids of items that did not match, and an outbox
 * as a long-running instance has it: the thread of every item alerted to a subscribed Slack
 * channel (kept as long as the item is stored) and 1 % of the items still queued for a Discord
 * channel (Discord is not configured in the bench run, so they wait, are scanned every tick and
 * never sent). Subscriptions: that Slack channel, the console (every alert) and the Discord
 * channel, none with a digest (a digest at start would depend on the day of the run).
 *
 * Everything is written through the store ports of whatever store `npm start` opens
 * (`openConfiguredStore` in storage/open.ts, without DATABASE_URL), so the rows follow the
 * embedded default if it changes. Built once per size under bench/.cache (gitignored), keyed by
 * DAEMON_DATA_VERSION and the store's class; bump the version when the data changes. The SQLite
 * store is written in bulk mode (bulkFor): one transaction per chunk, no fsync.
 *
 * Not included: a week of already-sent deliveries. Their age is relative to the day of the run,
 * so the first cycle of a later run would prune them; the bench removes them at build time
 * (pruneOutbox), which leaves what does not age: threads and queued alerts.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { itemId, type ChannelRef, type Delivery, type Store, type StoredItem, type Subscription } from '../src/domain/index.ts';
import { deliveryItem, deliveryKey } from '../src/pipeline/router.ts';
import { openConfiguredStore } from '../storage/open.ts';
import { SCHEMA_VERSION } from '../storage/sqlite/schema.ts';
import { GEN_EPOCH, iterStoredItems } from './gen.ts';
import { REPO_ROOT } from './util.ts';

/** Bump when the generated items, seen ids, outbox or subscriptions change. */
const DAEMON_DATA_VERSION = 2;
const SEED = 1;
const CHUNK = 5000;
const DAY_MS = 86_400_000;

export const SLACK_TEAM = 'T0BENCH';
const SLACK_CHANNEL: ChannelRef = { platform: 'slack', workspaceId: SLACK_TEAM, channelId: 'C0ALERTS' };
const CONSOLE: ChannelRef = { platform: 'console', workspaceId: 'local', channelId: 'console' };
const DISCORD: ChannelRef = { platform: 'discord', workspaceId: 'G0BENCH', channelId: '100000000000000001' };

export interface DaemonData {
  /** The cached DATA_DIR: open it read-only or copy it; never write to it. */
  dir: string;
  items: number;
  seen: number;
  threads: number;
  queued: number;
  /** ms spent building it now (0 when it came from the cache). */
  buildMs: number;
  bytes: number;
}

const subId = (c: ChannelRef) => `${c.platform}:${c.workspaceId}:${c.channelId}`;

function subscription(channel: ChannelRef): Subscription {
  return {
    id: subId(channel),
    channel,
    topics: [],
    jurisdictions: [],
    kinds: [],
    digest: null,
    createdAt: new Date(GEN_EPOCH - 400 * DAY_MS).toISOString(),
    createdBy: 'U0BENCHADMIN',
  };
}

/** Which store `npm start` opens (its class name, e.g. SqliteStore): a change of default builds new data. */
async function storeKind(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-kind-'));
  try {
    const { store } = await openConfiguredStore({ DATA_DIR: dir });
    const kind = store.constructor.name;
    await store.close();
    // The embedded store's data is cached per schema version: an older file would be upgraded
    // inside the measured start, and refused by a read-only open.
    return kind === 'SqliteStore' ? `${kind}-schema${SCHEMA_VERSION}` : kind;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function dirBytes(dir: string): number {
  let total = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) total += statSync(p).size;
    }
  };
  walk(dir);
  return total;
}

function alert(item: StoredItem, channel: ChannelRef, at: string): Delivery {
  return {
    key: deliveryKey(item.id, item.changeSeq ?? 1, subId(channel)),
    itemId: item.id,
    itemVersion: item.version,
    seq: item.changeSeq ?? 1,
    subscriptionId: subId(channel),
    channel,
    type: 'alert',
    match: item.match,
    status: 'pending',
    attempts: 0,
    createdAt: at,
    nextAttemptAt: at,
    item: deliveryItem(item),
  };
}

/**
 * Bulk mode for the build only (never for the daemon): when the store is SQLite, each chunk is
 * one transaction (the store's own per-call transactions nest in it as savepoints) and nothing
 * is fsync'd (synchronous = OFF), with a 1 GB page cache — a crash mid-build leaves no meta.json,
 * so it is rebuilt.
 */
interface Bulk {
  begin(): void;
  commit(): void;
  done(): void;
}

function bulkFor(store: Store): Bulk {
  const db = (store as { db?: unknown }).db;
  if (!(db instanceof Database)) return { begin() {}, commit() {}, done() {} };
  db.pragma('synchronous = OFF');
  // A large page cache: at 1M items the indexes (full text, keys, seen ids) outgrow the default 2 MB.
  db.pragma('cache_size = -1048576');
  return {
    begin: () => db.exec('BEGIN'),
    commit: () => db.exec('COMMIT'),
    done: () => void db.pragma('synchronous = FULL'),
  };
}

async function write(store: Store, n: number): Promise<Omit<DaemonData, 'dir' | 'buildMs' | 'bytes'>> {
  for (const c of [SLACK_CHANNEL, CONSOLE, DISCORD]) await store.upsertSubscription(subscription(c));
  const bulk = bulkFor(store);
  let chunk: StoredItem[] = [];
  let done = 0;
  let queued = 0;
  const flushChunk = async () => {
    bulk.begin();
    const now = new Date(GEN_EPOCH);
    const seen = chunk.map((s, k) => ({ id: itemId(`bench-seen-${(done + k) % 200}`, `seen-${done + k}`), version: s.version }));
    await store.saveItems({ created: chunk, changed: [], touched: [], seen, unseen: [] }, now);
    // Every item was alerted to the Slack channel when it was first seen (its thread stays).
    const sent = chunk.map((s) => alert(s, SLACK_CHANNEL, s.firstSeenAt));
    await store.enqueueDeliveries(sent);
    for (const d of sent)
      await store.updateDelivery(d.key, {
        status: 'sent',
        attempts: 1,
        sentAt: d.createdAt,
        messageRef: `${Math.floor(Date.parse(d.createdAt) / 1000)}.000100`,
      });
    // One item in a hundred still waits for Discord.
    const waiting = chunk.filter((_, k) => (done + k) % 100 === 0).map((s) => alert(s, DISCORD, s.lastSeenAt));
    queued += (await store.enqueueDeliveries(waiting)).length;
    bulk.commit();
    await store.flush();
    done += chunk.length;
    chunk = [];
  };
  for (const item of iterStoredItems(SEED, n)) {
    chunk.push(item);
    if (chunk.length === CHUNK) await flushChunk();
  }
  if (chunk.length) await flushChunk();
  // Sent deliveries and sent keys age out after a week; the threads stay while their item is stored.
  await store.pruneOutbox(new Date(GEN_EPOCH + 30 * DAY_MS));
  bulk.done();
  await store.flush();
  return { items: await store.countItems(), seen: n, threads: n + queued, queued };
}

/** The cached data directory for `n` items, built now if missing (`log` says so). */
export async function daemonData(n: number, log: (s: string) => void = () => {}): Promise<DaemonData> {
  const root = join(REPO_ROOT, 'bench', '.cache', `daemon-v${DAEMON_DATA_VERSION}-${await storeKind()}-${n}`);
  const metaFile = join(root, 'meta.json');
  const dir = join(root, 'data');
  if (existsSync(metaFile)) return { ...(JSON.parse(readFileSync(metaFile, 'utf8')) as DaemonData), dir, buildMs: 0 };
  log(`building the ${n.toLocaleString('en-US')}-item daemon data once (cached in ${root})…`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const { store } = await openConfiguredStore({ DATA_DIR: dir });
  let counts: Awaited<ReturnType<typeof write>>;
  try {
    counts = await write(store, n);
  } finally {
    await store.close();
  }
  if (counts.items !== n) throw new Error(`daemon data: stored ${counts.items} items, expected ${n}`);
  const buildMs = performance.now() - t0;
  const meta = { ...counts, dir, buildMs, bytes: dirBytes(dir) };
  writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

/** A private, writable copy of the cached data (the daemon polls into it and folds at shutdown). */
export function copyData(data: DaemonData, to: string): number {
  const t0 = performance.now();
  cpSync(data.dir, to, { recursive: true });
  return performance.now() - t0;
}
