/**
 * SIGTERM as systemd sends it, to the real daemon (`policywatch run` in a child process) in
 * the middle of 40 queued Slack deliveries (a loopback fake Slack Web API): it says it is
 * stopping at once, exits 0 well within 10 s with only JSON lines in its log, and the next
 * start sends the rest — each of the 40 exactly once. From the 10th post on the fake Slack
 * holds its answers until the daemon has said it is stopping, so the signal always finds sends
 * in flight and deliveries queued, however fast or loaded the machine is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/fake-slack.ts';
import { oneFeedEnv } from '../helpers/app-env.ts';
import { childEntry } from '../helpers/child-entry.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { rss, type FeedEntry } from '../fixtures/pipeline/feeds.ts';

// The daemon as `npm start` runs it (src/cli/entry.ts, which bin/policywatch.js loads), bundled once
// so that each start costs about half the CPU of tsx (tests/helpers/child-entry.ts).
const BIN = await childEntry(fileURLToPath(new URL('../../src/cli/entry.ts', import.meta.url)));
const CHANNELS = Array.from({ length: 8 }, (_, i) => `C0ALERTS${i}`);
const BILLS: FeedEntry[] = Array.from({ length: 5 }, (_, i) => ({
  guid: `CT-2027-HB0700${i}`,
  title: `HB 700${i} - An Act Concerning the Trust Act and Access to COLLECT by Federal Immigration Authorities`,
  description: 'To prohibit law enforcement from granting U.S. Immigration and Customs Enforcement direct access to the COLLECT system.',
  link: `https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp?bill_num=700${i}`,
  pubDate: 'Wed, 18 Nov 2026 16:30:00 GMT',
}));

let slack: FakeSlack;
let feeds: FixtureServer;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await slack?.close();
  await feeds?.close();
});

interface Daemon {
  child: ChildProcess;
  log: () => string;
  exited: Promise<{ code: number | null; at: number }>;
}

function startDaemon(env: Record<string, string>): Daemon {
  const child = spawn(process.execPath, [BIN, 'run'], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let log = '';
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, at: Date.now() })),
  );
  return { child, log: () => log, exited };
}

async function until(check: () => boolean, what: string, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const keysPosted = () => CHANNELS.flatMap((c) => slack.messages(c)).map((m) => String(m.metadata?.event_payload.key));

describe('SIGTERM with deliveries queued', () => {
  it('exits 0 within 10 s after the send in flight, and a restart sends the rest, each once', async () => {
    slack = await startFakeSlack({ wallClockTs: true });
    // From the 10th post on, answers wait until the daemon says it is stopping.
    let release: () => void = () => {};
    const stopping = new Promise<void>((r) => (release = r));
    slack.onPosted(() => (keysPosted().length >= 10 ? stopping : undefined));
    feeds = await startFixtureServer({ '/ct.xml': { body: rss(BILLS) } });
    const { env: base } = oneFeedEnv(`${feeds.url}/ct.xml`);
    const store = await openSqliteStore(base.DATA_DIR!);
    for (const channelId of CHANNELS) {
      await store.upsertSubscription({
        id: `slack:T0001:${channelId}`,
        channel: { platform: 'slack', workspaceId: 'T0001', channelId },
        topics: [],
        jurisdictions: [],
        kinds: [],
        digest: null,
        createdAt: new Date().toISOString(),
        createdBy: 'U0ADMIN',
      });
    }
    await store.close();
    const env = {
      ...base,
      SLACK_BOT_TOKEN: 'xoxb-e2e',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: slack.apiUrl,
      SLACK_CHANNEL_INTERVAL_MS: '0',
      PORT: '0',
      LOG_LEVEL: 'info',
    };

    const first = startDaemon(env);
    await until(() => keysPosted().length >= 10, 'the first 10 posts');
    const sentAt = Date.now();
    first.child.kill('SIGTERM');
    await until(() => /SIGTERM received: stopping/.test(first.log()), '"stopping" in the log');
    release(); // the sends in flight get their answers
    const exit = await first.exited;
    expect(exit.code).toBe(0);
    expect(exit.at - sentAt).toBeLessThan(10_000);
    const lines = first.log().split('\n').filter(Boolean);
    const records = lines.map((l) => JSON.parse(l) as { msg: string }); // every line is JSON
    const said = records.findIndex((r) => /SIGTERM received: stopping/.test(r.msg));
    expect(said).toBeGreaterThanOrEqual(0);
    expect(records.findIndex((r) => r.msg === 'stopped cleanly')).toBeGreaterThan(said);
    expect(records.filter((r) => /error while stopping/.test(r.msg))).toEqual([]); // each adapter stops what it started
    const afterFirst = keysPosted().length;
    expect(afterFirst).toBeLessThan(40);

    const second = startDaemon(env);
    await until(() => keysPosted().length >= 40, 'all 40 posts');
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0); // once it has exited, nothing more can arrive

    const keys = keysPosted();
    expect(keys).toHaveLength(40);
    expect(new Set(keys).size).toBe(40);
  }, 180_000);
});
