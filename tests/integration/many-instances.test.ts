/**
 * Several processes, one database, nothing twice. Three real daemons (`policywatch run`, what
 * `npm start` runs) share one PostgreSQL schema: 50 RSS sources on a loopback feed server,
 * polled every 3 s (ticks every second, leases of 3 s), and 4 subscribed channels on loopback
 * fakes of Slack (message metadata, history) and Discord (nonce + enforce_nonce). New matching
 * bills appear in the feeds during the first four intervals. In the second interval one
 * instance is killed with SIGKILL while it is fetching a feed (its leases and claims are never
 * released); the other two carry on.
 * Checked at the end: no feed was fetched twice within one interval (and the feeds the dead
 * instance held were fetched again by the others), every alert was posted exactly once per
 * channel, every channel got one digest, and the two survivors released their leases on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deliveryNonce } from '../../adapters/discord/deliver.ts';
import { DEFAULT_DIGEST } from '../../src/digest/schedule.ts';
import { itemId, type Subscription } from '../../src/domain/index.ts';
import { openPostgresStore, type PostgresStore } from '../../storage/postgres/store.ts';
import { acceptMessages, APP_ID, startFakeDiscord } from '../adapters/discord/fake-discord.ts';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/fake-slack.ts';
import { rss, type FeedEntry } from '../fixtures/pipeline/feeds.ts';
import { childEntry } from '../helpers/child-entry.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { schemaDatabaseUrl, testDatabaseUrl, testSchema } from '../helpers/postgres.ts';

// The daemon as `npm start` runs it (src/cli/entry.ts, which bin/policywatch.js loads), bundled once
// so that each start costs about half the CPU of tsx (tests/helpers/child-entry.ts).
const BIN = await childEntry(fileURLToPath(new URL('../../src/cli/entry.ts', import.meta.url)));
const SOURCES = 50;
const INSTANCES = 3;
const INTERVAL_MS = 3000; // intervalMinutes: 0.05
const LEASE_SECONDS = 3;
/** Feeds change in intervals 0..LAST_EPOCH after the first fetch, then stay as they are. */
const LAST_EPOCH = 3;
const STATES = ['CT', 'CA', 'NY', 'TX'];
const DIGEST_TITLE = 'Weekly policy digest';

interface Channel {
  platform: 'slack' | 'discord';
  workspaceId: string;
  channelId: string;
  jurisdictions: string[];
}
const CHANNELS: Channel[] = [
  { platform: 'slack', workspaceId: 'T0MANY', channelId: 'C0MANY0', jurisdictions: ['CT', 'CA'] },
  { platform: 'slack', workspaceId: 'T0MANY', channelId: 'C0MANY1', jurisdictions: ['NY'] },
  { platform: 'discord', workspaceId: '1100000000000000077', channelId: '1200000000000000101', jurisdictions: ['TX'] },
  { platform: 'discord', workspaceId: '1100000000000000077', channelId: '1200000000000000102', jurisdictions: ['CT', 'NY'] },
];
const subId = (c: Channel) => `${c.platform}:${c.workspaceId}:${c.channelId}`;
const sourceId = (n: number) => `feed-${String(n).padStart(2, '0')}`;
const stateOf = (n: number) => STATES[n % STATES.length]!;

/** A matching bill appears in feed n at interval e when (n + e) % 10 === 0: 20 bills in all. */
const billsOf = (n: number, epoch: number): FeedEntry[] =>
  Array.from({ length: epoch + 1 }, (_, e) => e).flatMap((e) =>
    (n + e) % 10 === 0
      ? [
          {
            guid: `bill-${n}-${e}`,
            title: `HB ${7000 + n * 10 + e} - An Act Concerning the Trust Act and Access to COLLECT by Federal Immigration Authorities`,
            description:
              'To prohibit law enforcement from granting U.S. Immigration and Customs Enforcement direct access to the COLLECT system.',
            link: `https://legislature.example.gov/bills/${n}/${e}`,
            pubDate: 'Wed, 18 Nov 2026 16:30:00 GMT',
          },
        ]
      : [],
  );
const OFF_TOPIC: FeedEntry = {
  guid: 'ice-fishing',
  title: 'SB 140 - An Act Concerning Ice Fishing Shanties on State Waters',
  description: 'To allow ice fishing shanties to remain on state waters until March fifteenth.',
  link: 'https://legislature.example.gov/bills/140',
  pubDate: 'Tue, 17 Nov 2026 15:00:00 GMT',
};

/** The delivery keys every channel must receive exactly once. */
function expectedKeys(): Map<string, Set<string>> {
  const out = new Map(CHANNELS.map((c) => [subId(c), new Set<string>()]));
  for (let n = 0; n < SOURCES; n++) {
    for (const bill of billsOf(n, LAST_EPOCH)) {
      for (const c of CHANNELS)
        if (c.jurisdictions.includes(stateOf(n))) out.get(subId(c))!.add(`${itemId(sourceId(n), bill.guid)}#1>${subId(c)}`);
    }
  }
  return out;
}

interface Fetch {
  source: number;
  at: number;
  instance: number;
}

const children: ChildProcess[] = [];
const servers: Array<{ close(): Promise<void> }> = [];
let store: PostgresStore | undefined;
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const s of servers) await s.close();
  await store?.close();
});

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('three instances on one PostgreSQL database', () => {
  it('poll each source once per interval, post each alert once and one digest per channel, across a SIGKILL', async () => {
    const schema = await testSchema('many');
    store = await openPostgresStore({ connectionString: testDatabaseUrl(), schema, max: 2 });
    const weekAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
    for (const c of CHANNELS) {
      const sub: Subscription = {
        id: subId(c),
        channel: { platform: c.platform, workspaceId: c.workspaceId, channelId: c.channelId },
        topics: [],
        jurisdictions: c.jurisdictions,
        kinds: [],
        digest: DEFAULT_DIGEST('UTC'), // last Monday 09:00 is after createdAt: due at the first tick
        createdAt: weekAgo,
        createdBy: 'U0ADMIN',
      };
      await store.upsertSubscription(sub);
    }

    // Chat fakes: every created message is kept (Discord's enforce_nonce answers a repeat with the first).
    const slack: FakeSlack = await startFakeSlack({ wallClockTs: true });
    const discord = await startFakeDiscord();
    servers.push(slack, discord);
    const discordCreated = new Map<string, Array<Record<string, unknown>>>();
    for (const c of CHANNELS.filter((x) => x.platform === 'discord')) {
      discordCreated.set(c.channelId, []);
      acceptMessages(discord, c.channelId, { onCreated: (m) => void discordCreated.get(c.channelId)!.push(m) });
    }
    const slackPosts = (c: Channel) => slack.messages(c.channelId);
    const discordPosts = (c: Channel) => discordCreated.get(c.channelId) ?? [];
    const isDigest = (body: unknown) => JSON.stringify(body).includes(DIGEST_TITLE);
    const digestsOut = () =>
      CHANNELS.every((c) =>
        c.platform === 'slack' ? slackPosts(c).some((m) => isDigest(m.text)) : discordPosts(c).some((m) => isDigest(m)),
      );

    // The feeds: which instance fetched what and when; the victim's fetch in the second interval
    // hangs. (A fetch runs in the poll job, never during a digest: no digest is left half sent.)
    const fetches: Fetch[] = [];
    let t0 = 0;
    let victimFetching: ((source: number) => void) | undefined;
    const feeds: FixtureServer = await startFixtureServer();
    servers.push(feeds);
    for (let n = 0; n < SOURCES; n++) {
      feeds.route(`/f/${n}.xml`, (req) => {
        const at = Date.now();
        if (!t0) t0 = at;
        const instance = Number(/instance-(\d)@/.exec(String(req.headers['user-agent']))?.[1] ?? -1);
        fetches.push({ source: n, at, instance });
        const epoch = Math.min(LAST_EPOCH, Math.floor((at - t0) / INTERVAL_MS));
        const body = rss([...billsOf(n, epoch), OFF_TOPIC]);
        if (instance === 0 && victimFetching && epoch >= 1) {
          victimFetching(n);
          return { body, delayMs: 5000 }; // the answer comes too late: the process is dead by then
        }
        return { body };
      });
    }

    const dir = mkdtempSync(join(tmpdir(), 'pw-many-'));
    const config = join(dir, 'policywatch.yml');
    const sources = Array.from(
      { length: SOURCES },
      (_, n) =>
        `  - { id: ${sourceId(n)}, type: rss, intervalMinutes: 0.05, params: { url: "${feeds.url}/f/${n}.xml", jurisdiction: ${stateOf(n)}, kind: bill } }`,
    );
    writeFileSync(config, `catalog: false\nsources:\n${sources.join('\n')}\n`);
    const baseEnv = {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: schemaDatabaseUrl(schema),
      POLICYWATCH_CONFIG: config,
      ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      TICK_SECONDS: '1',
      LEASE_SECONDS: String(LEASE_SECONDS),
      SLACK_BOT_TOKEN: 'xoxb-many',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: 'many-token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.api,
      DISCORD_PUBLIC_KEY: 'ab'.repeat(32), // /policy over HTTP: no gateway connection
      PORT: '0',
      LOG_LEVEL: 'info',
    };
    const logs: string[] = [];
    const exits: Array<Promise<number | null>> = [];
    for (let i = 0; i < INSTANCES; i++) {
      const child = spawn(process.execPath, [BIN, 'run'], {
        env: { ...baseEnv, DATA_DIR: join(dir, `data-${i}`), USER_AGENT_CONTACT: `instance-${i}@example.org` },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      logs[i] = '';
      child.stdout!.on('data', (c: Buffer) => (logs[i] += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (logs[i] += c.toString()));
      exits.push(new Promise((resolve) => child.on('exit', (code) => resolve(code))));
    }

    const diagnose = () =>
      JSON.stringify({
        fetchesPerInstance: [0, 1, 2].map((i) => fetches.filter((f) => f.instance === i).length),
        sinceT0: t0 ? Date.now() - t0 : null,
        posts: CHANNELS.map((c) => (c.platform === 'slack' ? slackPosts(c).length : discordPosts(c).length)),
        digests: digestsOut(),
      }) + `\n${logs.join('\n')}`;
    // SIGKILL instance 0 in the middle of a poll (a fetch on the wire, leases held).
    const heldAtKill = new Set<number>();
    const killed = new Promise<number>((resolve) => {
      victimFetching = (n) => {
        heldAtKill.add(n);
        if (children[0]!.signalCode === null && children[0]!.exitCode === null) {
          children[0]!.kill('SIGKILL');
          resolve(Date.now());
        }
      };
    });
    const killedAt = await Promise.race([
      killed,
      new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no kill: ${diagnose()}`)), 120_000)),
    ]);
    victimFetching = undefined;
    expect(await exits[0]).toBeNull(); // killed, not exited

    // The survivors finish: every feed fetched after its last change, every alert out.
    const expected = expectedKeys();
    const expectedTotal = [...expected.values()].reduce((n, s) => n + s.size, 0);
    const changesEnd = () => t0 + LAST_EPOCH * INTERVAL_MS + 100;
    const alertsPosted = () =>
      CHANNELS.reduce(
        (n, c) =>
          n + (c.platform === 'slack' ? slackPosts(c).filter((m) => m.metadata).length : discordPosts(c).filter((m) => m.nonce).length),
        0,
      );
    // (and at least twice: on a loaded machine a feed's first fetch can come after both)
    await until(() => {
      const last = new Map<number, number>();
      const count = new Map<number, number>();
      for (const f of fetches) {
        last.set(f.source, Math.max(last.get(f.source) ?? 0, f.at));
        count.set(f.source, (count.get(f.source) ?? 0) + 1);
      }
      return (
        last.size === SOURCES &&
        [...last.values()].every((at) => at > changesEnd() && at > killedAt) &&
        [...count.values()].every((n) => n >= 2)
      );
    }, `every feed fetched after its last change, and at least twice ${diagnose()}`);
    await until(
      () => alertsPosted() >= expectedTotal && digestsOut(),
      `${expectedTotal} alerts posted (${alertsPosted()} so far)\n${diagnose()}`,
    );
    await until(async () => (await store!.deliveryCounts()).pending === 0, 'an empty outbox');
    for (const c of children.slice(1)) c.kill('SIGTERM');
    expect(await Promise.all(exits.slice(1))).toEqual([0, 0]); // all three gone: nothing more can arrive

    // Each source polled once per interval: consecutive fetches of a feed are an interval apart.
    // Leases are taken an interval apart; the request reaches the server some time after its
    // lease (more on a loaded machine), so half an interval is the bound checked. Two instances
    // polling the same due source would fetch it within the same tick (milliseconds apart).
    let minGap = Infinity;
    for (let n = 0; n < SOURCES; n++) {
      const times = fetches
        .filter((f) => f.source === n)
        .map((f) => f.at)
        .sort((a, b) => a - b);
      expect(times.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < times.length; i++) minGap = Math.min(minGap, times[i]! - times[i - 1]!);
    }
    expect(minGap).toBeGreaterThanOrEqual(INTERVAL_MS / 2);
    expect(new Set(fetches.map((f) => f.instance))).toEqual(new Set([0, 1, 2])); // all three shared the polling
    // The feeds held by the dead instance were picked up by the others once its leases expired.
    expect(heldAtKill.size).toBeGreaterThan(0);
    for (const n of heldAtKill) expect(fetches.some((f) => f.source === n && f.at > killedAt && f.instance !== 0)).toBe(true);

    // Every alert exactly once per channel; one digest per channel.
    for (const c of CHANNELS) {
      const want = expected.get(subId(c))!;
      if (c.platform === 'slack') {
        const keys = slackPosts(c).flatMap((m) => (m.metadata ? [String(m.metadata.event_payload.key)] : []));
        expect(keys.length, c.channelId).toBe(want.size);
        expect(new Set(keys)).toEqual(want);
        expect(
          slackPosts(c)
            .filter((m) => !m.metadata)
            .map((m) => isDigest(m.text)),
        ).toEqual([true]);
      } else {
        const nonces = discordPosts(c).flatMap((m) => (m.nonce ? [String(m.nonce)] : []));
        expect(nonces.length, c.channelId).toBe(want.size);
        expect(new Set(nonces)).toEqual(new Set([...want].map(deliveryNonce)));
        expect(
          discordPosts(c)
            .filter((m) => !m.nonce)
            .map((m) => isDigest(m)),
        ).toEqual([true]);
      }
    }
    expect(await store.deliveryCounts()).toEqual({ pending: 0, sent: expectedTotal, failed: 0 });
    const startedAt = fetches[0]!.at;
    console.info(
      `many-instances: ${fetches.length} fetches over ${Math.round((Date.now() - startedAt) / 100) / 10} s from the first one ` +
        `(per instance ${[0, 1, 2].map((i) => fetches.filter((f) => f.instance === i).length).join('/')}), ` +
        `shortest gap between two fetches of one feed ${minGap} ms, ${expectedTotal} alerts, killed ${Math.round((killedAt - startedAt) / 100) / 10} s in`,
    );
    // The survivors gave their leases back; the dead one's were all taken over.
    const held = await store.pool.query<{ n: string }>('SELECT count(*) AS n FROM source_leases WHERE holder IS NOT NULL');
    expect(Number(held.rows[0]!.n)).toBe(0);
  }, 240_000);
});
