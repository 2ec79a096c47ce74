/**
 * Exactly once across kill -9: a child process sends 24 queued alerts (12 to Slack, 12 to
 * Discord) through the real adapters to loopback fakes that create each message and then hold
 * their answer; the parent SIGKILLs the child while the answer is held, ≥ 20 times, restarting
 * it each time. The fakes honour Discord's nonce + enforce_nonce and Slack's message metadata
 * and history as documented. At the end every alert exists exactly once: 0 lost, 0 duplicates.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../storage/lowdb.ts';
import { acceptMessages, startFakeDiscord } from '../adapters/discord/fake-discord.ts';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/fake-slack.ts';
import { makeDelivery, makeItem, makeSubscription } from '../helpers/items.ts';

const CHILD = fileURLToPath(new URL('../fixtures/pipeline/kill-child.ts', import.meta.url));
const PER_PLATFORM = 12;
const SLACK_CHANNEL = 'C0KILL';
const DISCORD_CHANNEL = '1200000000000000009';

let slack: FakeSlack | undefined;
let discord: Awaited<ReturnType<typeof startFakeDiscord>> | undefined;
afterEach(async () => {
  await slack?.close();
  await discord?.close();
});

describe('kill -9 with posts in flight', () => {
  it('ends with every alert posted exactly once on Slack and Discord (0 lost, 0 duplicates)', async () => {
    slack = await startFakeSlack({ wallClockTs: true });
    discord = await startFakeDiscord();
    /** Resolves the wait of the test for the next created message. */
    let created: (() => void) | undefined;
    const hold = () => {
      created?.();
      return new Promise<void>((r) => setTimeout(r, 3000));
    };
    slack.onPosted(hold);
    const discordIds = acceptMessages(discord, DISCORD_CHANNEL, { onCreated: hold });

    const dir = mkdtempSync(join(tmpdir(), 'pw-kill9-'));
    const store = await openLowdbStore(dir);
    const subs = [
      makeSubscription({ id: `slack:T1:${SLACK_CHANNEL}`, channel: { platform: 'slack', workspaceId: 'T1', channelId: SLACK_CHANNEL } }),
      makeSubscription({ id: `discord:G1:${DISCORD_CHANNEL}`, channel: { platform: 'discord', workspaceId: 'G1', channelId: DISCORD_CHANNEL } }),
    ];
    const keys: string[] = [];
    for (const sub of subs) {
      await store.upsertSubscription(sub);
      for (let i = 0; i < PER_PLATFORM; i++) {
        const item = makeItem({ native: `n${i}`, identifier: `HB ${7100 + i}` });
        const d = makeDelivery(item, sub, { key: `${item.id}#1>${sub.id}`, seq: 1, item: { ...item, firstSeenAt: '2026-11-20T00:00:00.000Z' }, createdAt: `2026-11-20T00:00:${String(i).padStart(2, '0')}.000Z` });
        keys.push(d.key);
        await store.enqueueDeliveries([d]);
      }
    }
    await store.close();

    let kills = 0;
    for (let run = 0; run < 60; run++) {
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, slack.apiUrl, discord.api], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const posted = new Promise<'posted'>((resolve) => (created = () => resolve('posted')));
      const outcome = await Promise.race([posted, exited.then(() => 'exited' as const)]);
      if (outcome === 'posted') {
        child.kill('SIGKILL'); // the message exists; its answer has not reached the child
        kills++;
        await exited;
        continue;
      }
      expect(out, err).toContain('DONE');
      break;
    }
    created = undefined;

    expect(kills).toBeGreaterThanOrEqual(20);
    const slackKeys = slack.messages(SLACK_CHANNEL).map((m) => String(m.metadata?.event_payload.key));
    expect(slackKeys).toHaveLength(PER_PLATFORM);
    expect(new Set(slackKeys)).toEqual(new Set(keys.filter((k) => k.includes('>slack:'))));
    expect(discordIds).toHaveLength(PER_PLATFORM);
    const check = await openLowdbStore(dir);
    expect(await check.deliveryCounts()).toEqual({ pending: 0, sent: 2 * PER_PLATFORM, failed: 0 });
    await check.close();
  }, 600_000);
});
