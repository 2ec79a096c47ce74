/**
 * Exactly once across kill -9: child processes send 24 queued alerts (12 to Slack, 12 to
 * Discord, in three independent data directories run side by side) through the real adapters to loopback fakes that create each message and then hold
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
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { acceptMessages, startFakeDiscord } from '../adapters/discord/fake-discord.ts';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/fake-slack.ts';
import { childEntry } from '../helpers/child-entry.ts';
import { makeDelivery, makeItem, makeSubscription } from '../helpers/items.ts';

const CHILD = fileURLToPath(new URL('../fixtures/pipeline/kill-child.ts', import.meta.url));

let slack: FakeSlack | undefined;
let discord: Awaited<ReturnType<typeof startFakeDiscord>> | undefined;
afterEach(async () => {
  await slack?.close();
  await discord?.close();
});

const LANES = 3;
const PER_LANE = 4; // per platform: 3 lanes × (4 Slack + 4 Discord) = 24 alerts, one kill each

describe('kill -9 with posts in flight', () => {
  it('ends with every alert posted exactly once on Slack and Discord (0 lost, 0 duplicates)', async () => {
    const s = (slack = await startFakeSlack({ wallClockTs: true }));
    const api = (discord = await startFakeDiscord());
    /** Per channel: resolves the lane's wait for its next created message. */
    const waiting = new Map<string, () => void>();
    const hold = (channel: string) => {
      waiting.get(channel)?.();
      return new Promise<void>((r) => setTimeout(r, 3000)); // the message exists; the answer is late
    };
    s.onPosted((m) => hold(m.channel));

    /** One data directory, one Slack and one Discord channel, killed at every post it makes. */
    async function lane(n: number) {
      const slackChannel = `C0KILL${n}`;
      const discordChannel = `12000000000000000${10 + n}`;
      const discordIds = acceptMessages(api, discordChannel, { onCreated: () => hold(discordChannel) });
      const dir = mkdtempSync(join(tmpdir(), 'pw-kill9-'));
      const store = await openSqliteStore(dir);
      const subs = [
        makeSubscription({ id: `slack:T1:${slackChannel}`, channel: { platform: 'slack', workspaceId: 'T1', channelId: slackChannel } }),
        makeSubscription({
          id: `discord:G1:${discordChannel}`,
          channel: { platform: 'discord', workspaceId: 'G1', channelId: discordChannel },
        }),
      ];
      const keys: string[] = [];
      for (const sub of subs) {
        await store.upsertSubscription(sub);
        for (let i = 0; i < PER_LANE; i++) {
          const item = makeItem({ native: `n${n}-${i}`, identifier: `HB ${7100 + i}` });
          const d = makeDelivery(item, sub, {
            key: `${item.id}#1>${sub.id}`,
            seq: 1,
            item: { ...item, firstSeenAt: '2026-11-20T00:00:00.000Z' },
            createdAt: `2026-11-20T00:00:0${i}.000Z`,
          });
          keys.push(d.key);
          await store.enqueueDeliveries([d]);
        }
      }
      await store.close();

      let kills = 0;
      for (let run = 0; run < 40; run++) {
        const child = spawn(process.execPath, [await childEntry(CHILD), dir, s.apiUrl, api.api], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString()));
        child.stderr.on('data', (c: Buffer) => (err += c.toString()));
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
        const posted = new Promise<'posted'>((resolve) => {
          waiting.set(slackChannel, () => resolve('posted'));
          waiting.set(discordChannel, () => resolve('posted'));
        });
        const outcome = await Promise.race([posted, exited.then(() => 'exited' as const)]);
        if (outcome === 'posted') {
          child.kill('SIGKILL'); // the post exists; its answer has not reached the child
          kills++;
          await exited;
          continue;
        }
        expect(out, err).toContain('DONE');
        break;
      }
      waiting.delete(slackChannel);
      waiting.delete(discordChannel);

      const slackKeys = s.messages(slackChannel).map((m) => String(m.metadata?.event_payload.key));
      expect(slackKeys).toHaveLength(PER_LANE);
      expect(new Set(slackKeys)).toEqual(new Set(keys.filter((k) => k.includes('>slack:'))));
      expect(discordIds).toHaveLength(PER_LANE);
      const check = await openSqliteStore(dir);
      expect(await check.deliveryCounts()).toEqual({ pending: 0, sent: 2 * PER_LANE, failed: 0 });
      await check.close();
      return kills;
    }

    const kills = await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
    expect(kills.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
  }, 600_000);
});
