/**
 * Scenario "daemon": the real daemon, spawned as `npm start` runs it (`node bin/policywatch.js
 * run`, no --expose-gc, no forced GC), on a private copy of the cached data of each size
 * (daemon-data.ts: items, seen ids, threads and queued alerts). It runs in Slack HTTP mode
 * against a Slack Web API stand-in on 127.0.0.1 (a made-up bot token, a test signing secret),
 * with console alerts on, and polls one RSS feed on 127.0.0.1 every 6 s (the catalog is off; a
 * tick every 5 s, TICK_SECONDS; no send pacing against the stand-in, SLACK_CHANNEL_INTERVAL_MS=0).
 * The only way to ask the daemon a question is a chat command, so each answer below is a signed
 * `/policy` slash command posted to its web server and answered through response_url.
 *
 * Per size:
 *  - store open: a child opens the data directory read-write as the daemon does
 *    (`openConfiguredStore`) and closes it (daemon-open-child.ts);
 *  - open to first answer: spawn → /readyz 200 → reply to `/policy help` → reply to `/policy
 *    search` (which waits for the search index); RSS (VmRSS) and peak (VmHWM) from
 *    /proc/<pid>/status at the first search answer and after 30 s of idling;
 *  - cold CLI search: wall time of `node bin/policywatch.js search …` on the same data, run
 *    while the daemon idles (it takes no CPU then); its first page must name the same items as
 *    the daemon's answer (asserted);
 *  - poll cycle: the feed then serves 2,000 new items (10 % on topic); the next poll
 *    fetches them: time from the request to the first alert out (fetched, parsed, matched,
 *    stored, queued and flushed: the dispatcher sends only after that), and to the end of the
 *    cycle (alerts sent; read from /metrics, ±0.1 s);
 *  - shutdown: SIGTERM → exit (the journal fold happens at close), after the poll.
 * Fast rows repeat (short runs without idling or polling); slow rows say how many runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyData, daemonData, SLACK_TEAM, type DaemonData } from './daemon-data.ts';
import { rssFeed } from './gen.ts';
import { fmt, fmtMs, median, REPO_ROOT, runJsonChild, spread, type Row } from './util.ts';

const SECRET = 'bench-signing-secret';
const BIN = join(REPO_ROOT, 'bin', 'policywatch.js');
/** The query asked of the daemon and of the CLI (a broad one: many candidates to rank). */
const DAEMON_QUERY = 'enforcement';
const POLL_ITEMS = 2000;
const IDLE_MS = 30_000;
const TICK_SECONDS = 5;
const POLL_MINUTES = 0.1;
/** A hit as both renderings print it ("contract · US · 70CMSD27F00002795 · 2026-01-11"), and the total. */
const HIT_LINE = /(?:bill|contract|notice|rule|news) · [A-Z]{2} · [^·\n"\\]+? · \d{4}-\d{2}-\d{2}/g;
const TOTAL = /\d+–\d+ of ([\d,]+)/;

// ─── Loopback servers ────────────────────────────────────────────────────────────────

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const close = (server: Server) =>
  new Promise<void>((r) => {
    server.close(() => r());
    server.closeAllConnections();
  });

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await close(s);
  return port;
}

/** The Slack Web API methods the daemon calls, and response_url; times every answer it gets. */
async function startSlack() {
  const replies = new Map<string, { at: number; body: string }>();
  const waiters = new Map<string, () => void>();
  const posts: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      const reply = /^\/respond\/(\w+)$/.exec(path);
      if (reply) {
        replies.set(reply[1]!, { at: performance.now(), body: Buffer.concat(chunks).toString() });
        waiters.get(reply[1]!)?.();
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      }
      const method = path.replace(/^\/api\//, '').split('?')[0];
      if (method === 'chat.postMessage') posts.push(performance.now());
      const answer =
        method === 'auth.test'
          ? {
              ok: true,
              url: 'https://bench.slack.example/',
              team: 'bench',
              user: 'policywatch',
              team_id: SLACK_TEAM,
              user_id: 'U0BOT',
              bot_id: 'B0BOT',
            }
          : method === 'users.info'
            ? { ok: true, user: { id: 'U0BENCHADMIN', is_admin: true, is_owner: false } }
            : method === 'chat.postMessage'
              ? { ok: true, channel: 'C0ALERTS', ts: `${1_800_000_000 + posts.length}.000100` }
              : method?.startsWith('conversations.')
                ? { ok: true, messages: [], has_more: false }
                : { ok: true };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  const url = await listen(server);
  return {
    url,
    posts,
    /** Resolves with the reply posted to response_url `tag` (ms timestamp and body). */
    reply(tag: string, timeoutMs: number): Promise<{ at: number; body: string }> {
      const have = replies.get(tag);
      if (have) return Promise.resolve(have);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no reply to ${tag} within ${timeoutMs / 1000} s`)), timeoutMs);
        waiters.set(tag, () => {
          clearTimeout(timer);
          resolve(replies.get(tag)!);
        });
      });
    },
    close: () => close(server),
  };
}

/** One RSS feed: empty (then 304 Not Modified) until `flip`, then 2,000 new items. */
async function startFeed() {
  let body = Buffer.from(rssFeed(1, { items: 0, name: 'bench-daemon' }));
  let etag = '"empty"';
  let served: number | undefined;
  let flipped = false;
  const server = createServer((req, res) => {
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    if (flipped && served === undefined) served = performance.now();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'content-length': body.length }).end(body);
  });
  const url = await listen(server);
  return {
    url: `${url}/feed.xml`,
    /** Serve `POLL_ITEMS` items never seen before (their ids carry `name`). */
    flip(name: string, seed: number): number {
      body = Buffer.from(rssFeed(seed, { items: POLL_ITEMS, name }));
      etag = `"${name}"`;
      flipped = true;
      return body.length;
    },
    servedAt: () => served,
    close: () => close(server),
  };
}

// ─── The daemon process ──────────────────────────────────────────────────────────────

interface Daemon {
  child: ChildProcess;
  port: number;
  spawnedAt: number;
  /** Performance timestamps of stdout writes (console alerts). */
  outAt: number[];
  stderr(): string;
  exited: Promise<{ at: number; code: number | null; signal: string | null }>;
}

async function spawnDaemon(dataDir: string, work: string, feedUrl: string, slackUrl: string): Promise<Daemon> {
  const port = await freePort();
  const config = join(work, 'policywatch.yml');
  writeFileSync(
    config,
    `catalog: false\nsources:\n  - id: bench-feed\n    type: rss\n    name: Bench feed\n    intervalMinutes: ${POLL_MINUTES}\n    params: { url: "${feedUrl}", jurisdiction: CT, kind: bill }\n`,
  );
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: work,
    TZ: 'UTC',
    DATA_DIR: dataDir,
    POLICYWATCH_CONFIG: config,
    ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    // Generated data sits a year before GEN_EPOCH: keep it all, whatever day the bench runs.
    ITEM_RETENTION_DAYS: '3650',
    SEEN_RETENTION_DAYS: '3650',
    SLACK_BOT_TOKEN: 'xoxb-bench-not-a-real-token',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${slackUrl}/api/`,
    CONSOLE_ALERTS: 'true',
    PORT: String(port),
    // A tick every 5 s and a 6-second source: the poll row waits seconds, not a minute, for the
    // next poll (between them the source answers 304 Not Modified).
    TICK_SECONDS: String(TICK_SECONDS),
    // The stand-in has no rate limit: the cycle row measures the daemon, not Slack's pacing.
    SLACK_CHANNEL_INTERVAL_MS: '0',
  };
  // cwd is a scratch directory so no operator .env is read.
  const child = spawn(process.execPath, [BIN, 'run'], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const spawnedAt = performance.now();
  const outAt: number[] = [];
  let err = '';
  child.stdout!.on('data', () => outAt.push(performance.now()));
  child.stderr!.on('data', (c: Buffer) => {
    err += c.toString();
    if (err.length > 200_000) err = err.slice(-100_000);
  });
  const exited = new Promise<{ at: number; code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ at: performance.now(), code, signal })),
  );
  return { child, port, spawnedAt, outAt, stderr: () => err, exited };
}

async function waitReady(d: Daemon, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  let exited = false;
  void d.exited.then(() => (exited = true));
  while (performance.now() < deadline && !exited) {
    try {
      const res = await fetch(`http://127.0.0.1:${d.port}/readyz`);
      await res.text();
      if (res.status === 200) return performance.now();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`daemon not ready within ${timeoutMs / 1000} s (exited: ${exited}): ${d.stderr().slice(-2000)}`);
}

/** POST a signed `/policy <text>` as Slack does; the reply goes to `${slackUrl}/respond/${tag}`. */
async function slash(d: Daemon, slackUrl: string, text: string, tag: string): Promise<void> {
  const form = new URLSearchParams({
    token: 'unused',
    team_id: SLACK_TEAM,
    team_domain: 'bench',
    channel_id: 'C0ALERTS',
    channel_name: 'alerts',
    user_id: 'U0BENCHADMIN',
    user_name: 'bench',
    command: '/policy',
    text,
    response_url: `${slackUrl}/respond/${tag}`,
    trigger_id: '1.2.3',
    api_app_id: 'A0BENCH',
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${form}`).digest('hex')}`;
  const res = await fetch(`http://127.0.0.1:${d.port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig },
    body: form,
  });
  await res.text();
  if (res.status !== 200) throw new Error(`/policy ${text}: HTTP ${res.status}`);
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
function procMemory(pid: number): { rssMB: number; hwmMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
}

async function metric(d: Daemon, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${d.port}/metrics`)).text();
  let sum = 0;
  for (const m of text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'gm'))) sum += Number(m[1]);
  return sum;
}

async function stop(d: Daemon): Promise<number> {
  const t0 = performance.now();
  d.child.kill('SIGTERM');
  const { at, code, signal } = await d.exited;
  if (code !== 0) throw new Error(`daemon exited ${code ?? signal} after SIGTERM: ${d.stderr().slice(-2000)}`);
  if (!d.stderr().includes('stopped cleanly')) throw new Error(`daemon did not stop cleanly: ${d.stderr().slice(-2000)}`);
  return at - t0;
}

/** The first page of a search answer, in order, and its total: the same text in the Slack reply and the CLI output. */
const firstPage = (text: string): string[] => [`total ${TOTAL.exec(text)?.[1] ?? '?'}`, ...new Set(text.match(HIT_LINE) ?? [])];

// ─── One size ────────────────────────────────────────────────────────────────────────

interface StartNumbers {
  readyMs: number;
  helpMs: number;
  searchMs: number;
  /** At the first search answer. */
  rssMB: number;
  hwmMB: number;
  searchPage: string[];
}

interface SizeResult {
  n: number;
  data: DaemonData;
  copyMs: number;
  open: Array<{ openMs: number; closeMs: number; rssMB: number; items: number }>;
  starts: StartNumbers[];
  /** Shutdown without a poll (short runs). */
  quietStopMs: number[];
  idle: { rssMB: number; hwmMB: number };
  cli: number[];
  poll: { feedBytes: number; waitMs: number; firstAlertMs: number; cycleMs: number; queued: number; alertsOut: number; hwmMB: number };
  stopMs: number;
  sectionMs: number;
}

async function startAndAsk(
  d: Daemon,
  slackUrl: string,
  slackReply: (tag: string, t: number) => Promise<{ at: number; body: string }>,
  tag: string,
  timeoutMs: number,
): Promise<StartNumbers> {
  const ready = await waitReady(d, timeoutMs);
  await Promise.all([slash(d, slackUrl, 'help', `${tag}help`), slash(d, slackUrl, `search ${DAEMON_QUERY}`, `${tag}search`)]);
  const help = await slackReply(`${tag}help`, timeoutMs);
  const search = await slackReply(`${tag}search`, timeoutMs);
  const mem = procMemory(d.child.pid!);
  if (!/search/i.test(help.body)) throw new Error(`/policy help answered without the command list: ${help.body.slice(0, 300)}`);
  const searchPage = firstPage(search.body);
  if (searchPage.length < 2) throw new Error(`/policy search ${DAEMON_QUERY} found nothing: ${search.body.slice(0, 500)}`);
  return { readyMs: ready - d.spawnedAt, helpMs: help.at - d.spawnedAt, searchMs: search.at - d.spawnedAt, ...mem, searchPage };
}

/** Wall time of a cold `policywatch search` on `dataDir`; returns ms and the first page it printed. */
function cliSearch(dataDir: string, work: string): Promise<{ ms: number; page: string[] }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, 'search', DAEMON_QUERY], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', HOME: work, TZ: 'UTC', DATA_DIR: dataDir, POLICYWATCH_CONFIG: join(work, 'policywatch.yml') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`policywatch search exited ${code}: ${err.slice(-1500)}`));
      resolve({ ms, page: firstPage(out) });
    });
  });
}

async function benchSize(n: number, runs: number, log: (s: string) => void): Promise<SizeResult> {
  const t0 = performance.now();
  const data = await daemonData(n, log);
  const work = mkdtempSync(join(tmpdir(), `pw-bench-daemon-${n}-`));
  const dataDir = join(work, 'data');
  const slack = await startSlack();
  const feed = await startFeed();
  const daemons: Daemon[] = [];
  const timeoutMs = 300_000 + n / 2; // generous: the shared machine can be saturated
  try {
    const copyMs = copyData(data, dataDir);
    const open = [];
    for (let i = 0; i < runs; i++) open.push(await runJsonChild<SizeResult['open'][number]>('bench/daemon-open-child.ts', [dataDir]));
    const reply = (tag: string, t: number) => slack.reply(tag, t);
    // Short runs: start, answer, stop (no idling, no poll).
    const starts: StartNumbers[] = [];
    const quietStopMs: number[] = [];
    for (let i = 0; i < runs - 1; i++) {
      const d = await spawnDaemon(dataDir, work, feed.url, slack.url);
      daemons.push(d);
      starts.push(await startAndAsk(d, slack.url, reply, `s${i}`, timeoutMs));
      quietStopMs.push(await stop(d));
    }
    // The long run: start, answer, idle 30 s (cold CLI searches meanwhile), poll, stop.
    const d = await spawnDaemon(dataDir, work, feed.url, slack.url);
    daemons.push(d);
    const first = await startAndAsk(d, slack.url, reply, 'long', timeoutMs);
    starts.push(first);
    const answeredAt = performance.now();
    const cli: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c = await cliSearch(dataDir, work);
      if (c.page.join(' ') !== first.searchPage.join(' '))
        throw new Error(`CLI search and the daemon disagree on "${DAEMON_QUERY}": ${c.page.join(' ')} vs ${first.searchPage.join(' ')}`);
      cli.push(c.ms);
    }
    const idleLeft = answeredAt + IDLE_MS - performance.now();
    if (idleLeft > 0) await new Promise((r) => setTimeout(r, idleLeft));
    const idle = procMemory(d.child.pid!);
    // The poll: the next poll fetches 2,000 new items.
    const queuedBefore = await metric(d, 'policywatch_alerts_queued_total');
    const outBefore = d.outAt.length;
    const postsBefore = slack.posts.length;
    const flippedAt = performance.now();
    const feedBytes = feed.flip(`poll-${n}-${Date.now()}`, 4242);
    // The next poll (a tick every TICK_SECONDS, the source due every POLL_MINUTES) fetches it:
    // seconds of waiting, not counted.
    while (feed.servedAt() === undefined && performance.now() - flippedAt < 75_000) await new Promise((r) => setTimeout(r, 20));
    const servedAt = feed.servedAt();
    if (servedAt === undefined) throw new Error(`the daemon did not poll the feed within 75 s: ${d.stderr().slice(-1500)}`);
    // The cycle ends after sending; /metrics counts its queued alerts then.
    let queued = queuedBefore;
    while (queued <= queuedBefore && performance.now() - servedAt < timeoutMs) {
      await new Promise((r) => setTimeout(r, 100));
      queued = await metric(d, 'policywatch_alerts_queued_total');
    }
    const doneAt = performance.now();
    if (queued <= queuedBefore)
      throw new Error(`the poll of ${POLL_ITEMS} items queued nothing within ${timeoutMs / 1000} s: ${d.stderr().slice(-1500)}`);
    const firstOut = Math.min(d.outAt[outBefore] ?? Infinity, slack.posts[postsBefore] ?? Infinity);
    const poll = {
      feedBytes,
      waitMs: servedAt - flippedAt,
      firstAlertMs: firstOut - servedAt,
      cycleMs: doneAt - servedAt,
      queued: queued - queuedBefore,
      alertsOut: d.outAt.length - outBefore + slack.posts.length - postsBefore,
      hwmMB: procMemory(d.child.pid!).hwmMB,
    };
    const stopMs = await stop(d);
    return { n, data, copyMs, open, starts, quietStopMs, idle, cli, poll, stopMs, sectionMs: performance.now() - t0 };
  } finally {
    for (const d of daemons) if (d.child.exitCode === null && d.child.signalCode === null) d.child.kill('SIGKILL');
    await slack.close();
    await feed.close();
    rmSync(work, { recursive: true, force: true });
  }
}

// ─── Rows ────────────────────────────────────────────────────────────────────────────

const mb = (x: number) => `${fmt(x)} MB`;

function rows(r: SizeResult): Row[] {
  const label = `daemon at ${fmt(r.n)} items`;
  const s = (f: (x: StartNumbers) => number) => r.starts.map(f);
  const row = (scenario: string, measure: string, value: string, noise: string, raw: Record<string, unknown> = {}): Row => ({
    scenario,
    measure,
    value,
    baseline: '—',
    ratio: '—',
    noise,
    target: '',
    verdict: 'info',
    raw: { n: r.n, ...raw },
  });
  const { dir: _dir, ...data } = r.data;
  return [
    row(
      `${label} (+ ${fmt(r.data.seen)} seen ids, ${fmt(r.data.threads)} threads, ${fmt(r.data.queued)} queued; ${fmt(r.data.bytes / 1024 / 1024)} MB on disk)`,
      'store open / close (read-write, as the daemon opens it)',
      `${fmtMs(median(r.open.map((o) => o.openMs)))} / ${fmtMs(median(r.open.map((o) => o.closeMs)))}`,
      `open ${spread(
        r.open.map((o) => o.openMs),
        fmtMs,
      )}`,
      { open: r.open, copyMs: r.copyMs, data },
    ),
    row(
      '  open to first answer',
      'spawn → /readyz 200 → help answered → search answered',
      `${fmtMs(median(s((x) => x.readyMs)))} → ${fmtMs(median(s((x) => x.helpMs)))} → ${fmtMs(median(s((x) => x.searchMs)))}`,
      `search ${spread(
        s((x) => x.searchMs),
        fmtMs,
      )}`,
      { starts: r.starts.map(({ searchPage: _p, ...x }) => x) },
    ),
    row(
      '  memory (VmRSS, peak VmHWM)',
      'at the first search answer; after 30 s idle',
      `${mb(median(s((x) => x.rssMB)))} (peak ${mb(median(s((x) => x.hwmMB)))}); idle ${mb(r.idle.rssMB)} (peak ${mb(r.idle.hwmMB)})`,
      `at answer ${spread(
        s((x) => x.rssMB),
        mb,
      )}; idle 1 run`,
      { idle: r.idle },
    ),
    row(
      '  cold CLI search (same first page as the daemon, asserted)',
      `\`policywatch search ${DAEMON_QUERY}\`: process wall time`,
      fmtMs(median(r.cli)),
      spread(r.cli, fmtMs),
      { cli: r.cli, query: DAEMON_QUERY },
    ),
    row(
      `  poll of ${fmt(POLL_ITEMS)} new items (${fmt(r.poll.feedBytes / 1024 / 1024, 1)} MB RSS feed)`,
      'request → first alert out (stored, queued); → cycle done',
      `${fmtMs(r.poll.firstAlertMs)}; ${fmtMs(r.poll.cycleMs)} (${fmt(r.poll.queued)} alerts queued; peak ${mb(r.poll.hwmMB)})`,
      '1 run',
      { poll: r.poll },
    ),
    row(
      '  shutdown: SIGTERM → exit (journal fold at close)',
      'after the poll; without a poll',
      `${fmtMs(r.stopMs)}; ${r.quietStopMs.length ? fmtMs(median(r.quietStopMs)) : '—'}`,
      `after the poll 1 run; without ${r.quietStopMs.length ? spread(r.quietStopMs, fmtMs) : '—'}`,
      { stopMs: r.stopMs, quietStopMs: r.quietStopMs, sectionMs: r.sectionMs },
    ),
  ];
}

/** `runsFor(n)`: runs per size (2 for fast sizes, 1 for 1M). */
export async function benchDaemon(
  sizes: number[],
  runsFor: (n: number) => number = (n) => (n >= 1_000_000 ? 1 : 2),
  log: (s: string) => void = () => {},
): Promise<{ rows: Row[]; sections: Record<string, number> }> {
  const out: Row[] = [];
  const sections: Record<string, number> = {};
  for (const n of sizes) {
    const r = await benchSize(n, runsFor(n), log);
    sections[`daemon ${fmt(n)}`] = r.sectionMs / 1000;
    out.push(...rows(r));
  }
  return { rows: out, sections };
}
