/**
 * A fake Discord gateway on 127.0.0.1 (the `ws` package discord.js itself uses). It speaks
 * the documented handshake: HELLO (op 10) on connect, IDENTIFY (op 2) answered with a
 * READY dispatch (op 0), heartbeats (op 1) acked with op 11; tests push dispatches such as
 * INTERACTION_CREATE with `dispatch()`.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { APP_ID, BOT_USER } from './fake-discord.ts';

export interface FakeGateway {
  url: string;
  /** Every payload the client sent (IDENTIFY, heartbeats…). */
  received: Array<{ op: number; d: unknown }>;
  dispatch(t: string, d: unknown): void;
  close(): Promise<void>;
}

export async function startFakeGateway(): Promise<FakeGateway> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  const received: FakeGateway['received'] = [];
  let socket: WebSocket | undefined;
  let s = 0;
  const send = (payload: unknown) => socket?.send(JSON.stringify(payload));

  wss.on('connection', (ws) => {
    socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: unknown };
      received.push(msg);
      if (msg.op === 1) send({ op: 11, d: null, s: null, t: null });
      if (msg.op === 2) {
        send({
          op: 0,
          t: 'READY',
          s: ++s,
          d: {
            v: 10,
            user: BOT_USER,
            guilds: [],
            session_id: 'fake-session',
            resume_gateway_url: url,
            shard: [0, 1],
            application: { id: APP_ID, flags: 0 },
          },
        });
      }
    });
  });

  return {
    url,
    received,
    dispatch: (t, d) => send({ op: 0, t, s: ++s, d }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
