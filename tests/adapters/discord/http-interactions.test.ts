/**
 * The HTTP interactions endpoint on its own, with a core handler whose button presses take as
 * long as the test says: a press the core answers in time is answered inline; a slower one is
 * acknowledged at once (type 6, deferred update) and the alert edited, or the presser told
 * privately, through the interaction webhook once the core is done.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordHttpInteractions } from '../../../adapters/discord/http-interactions.ts';
import type { CommandHandler, RichMessage, TriageRequest, TriageResult } from '../../../src/domain/index.ts';
import { silentLogger } from '../../../src/log.ts';
import { APP_ID, CHANNEL_ID, GUILD_ID, bodyOf, json, messageObject, startFakeDiscord } from './fake-discord.ts';

const pair = generateKeyPairSync('ed25519');
const publicKey = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
const TOKEN = 'interaction-token';
const UPDATED: RichMessage = { type: 'alert', title: 'Alert, marked relevant', fallbackText: 'Alert, marked relevant' };

let server: Server | undefined;
let api: Awaited<ReturnType<typeof startFakeDiscord>> | undefined;
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await api?.close();
  server = api = undefined;
});

/** The endpoint on a loopback port, with `triage` as the core's press handler. */
async function endpoint(triage: (req: TriageRequest) => Promise<TriageResult>, inlinePressMs?: number) {
  api = await startFakeDiscord();
  const handler = Object.assign(async (): Promise<RichMessage> => UPDATED, { triage }) as CommandHandler;
  const http = createDiscordHttpInteractions({
    publicKey,
    apiUrl: api.api,
    handler,
    log: silentLogger(),
    ...(inlinePressMs !== undefined ? { inlinePressMs } : {}),
  });
  server = createServer((req, res) => void http.listener(req, res));
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${http.path}`;
  const press = async (customId: string, permissions = '16') => {
    const body = JSON.stringify({
      type: 3,
      id: '1500000000000000005',
      application_id: APP_ID,
      token: TOKEN,
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      member: { permissions, user: { id: '1600000000000000006', username: 'ana' } },
      data: { custom_id: customId, component_type: 2 },
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), pair.privateKey).toString('hex');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
      body,
    });
    return (await res.json()) as { type: number; data?: Record<string, unknown> };
  };
  return { http, press };
}

describe('Discord HTTP interactions: button presses', () => {
  it('passes the press to the core with the presser, the item and whether they manage the channel', async () => {
    const seen: TriageRequest[] = [];
    const { press } = await endpoint(async (req) => (seen.push(req), { ok: true, message: UPDATED }));
    expect((await press('pw:relevant:item-1')).type).toBe(7);
    expect((await press('pw:mute:item-1', '1024')).type).toBe(7);
    expect(seen).toEqual([
      expect.objectContaining({ platform: 'discord', workspaceId: GUILD_ID, channelId: CHANNEL_ID, userId: '1600000000000000006' }),
      expect.objectContaining({ action: 'mute', itemId: 'item-1', isManager: false }),
    ]);
    expect(seen[0]).toMatchObject({ action: 'relevant', itemId: 'item-1', isManager: true, userName: 'ana' });
  });

  it('a confirmation step and a refusal go to the presser alone (ephemeral), without pinging anyone', async () => {
    const { press } = await endpoint(async (req) =>
      req.action === 'mute' ? { ok: true, as: 'ephemeral', message: UPDATED } : { ok: false, note: 'Only managers can mute @everyone' },
    );
    expect(await press('pw:mute:item-1')).toMatchObject({ type: 4, data: { flags: 64 } });
    const refused = await press('pw:mute-term:1.ab:item-1');
    expect(refused).toMatchObject({
      type: 4,
      data: { flags: 64, content: 'Only managers can mute @everyone', allowed_mentions: { parse: [] } },
    });
  });

  it('a core that fails answers with a private note instead of leaving the press unanswered', async () => {
    const { press } = await endpoint(async () => {
      throw new Error('store unavailable');
    });
    expect(await press('pw:relevant:item-1')).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/could not record/) },
    });
  });

  it('a slow press is acknowledged at once (type 6) and the alert is edited through the webhook when the core is done', async () => {
    let release!: (r: TriageResult) => void;
    const { http, press } = await endpoint(() => new Promise((r) => (release = r)), 0);
    const original = `PATCH /api/v10/webhooks/${APP_ID}/${TOKEN}/messages/%40original`;
    api!.route(original, (req) => json(200, messageObject(CHANNEL_ID, req.body)));
    expect(await press('pw:reviewed:item-1')).toEqual({ type: 6 });
    expect(api!.requests).toEqual([]);
    release({ ok: true, message: UPDATED });
    await http.settle();
    const edits = api!.requests.filter((r) => `${r.method} ${r.path}` === original);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(bodyOf(edits[0]))).toContain('marked relevant');
  });

  it('a slow refusal is told to the presser in an ephemeral follow-up', async () => {
    let release!: (r: TriageResult) => void;
    const { http, press } = await endpoint(() => new Promise((r) => (release = r)), 0);
    const followUp = `POST /api/v10/webhooks/${APP_ID}/${TOKEN}`;
    api!.route(followUp, (req) => json(200, messageObject(CHANNEL_ID, req.body)));
    expect(await press('pw:mute-term:1.ab:item-1')).toEqual({ type: 6 });
    release({ ok: false, note: 'Only managers can mute terms.' });
    await http.settle();
    const sent = api!.requests.filter((r) => `${r.method} ${r.path}` === followUp);
    expect(sent).toHaveLength(1);
    expect(bodyOf(sent[0])).toMatchObject({ flags: 64, content: 'Only managers can mute terms.', allowed_mentions: { parse: [] } });
  });
});
