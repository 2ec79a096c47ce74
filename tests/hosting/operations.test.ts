/**
 * The operations surface of one instance: /healthz, /readyz, Prometheus /metrics fed by real
 * poll cycles and deliveries, readiness turning off at shutdown, and roles: a poller fills the
 * outbox and sends nothing, a sender then sends it.
 */
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebServer } from '../../adapters/web/server.ts';
import { loadEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import type { Role } from '../../src/hosting/roles.ts';
import { oneFeedEnv } from '../helpers/app-env.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';

let feeds: FixtureServer;
const apps: App[] = [];

afterEach(async () => {
  for (const a of apps.splice(0)) await a.stop();
  await feeds?.close();
});

async function appWith(env: Record<string, string>, role: Role = 'all'): Promise<{ app: App; out: () => string }> {
  const out = new PassThrough();
  let printed = '';
  out.on('data', (c: Buffer) => (printed += c.toString()));
  const app = await createApp({ env: loadEnv(env), log: silentLogger(), out, role });
  apps.push(app);
  return { app, out: () => printed };
}

describe('health, readiness and metrics', () => {
  it('serves /healthz, /readyz and Prometheus metrics for polls, alerts and the outbox', async () => {
    feeds = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const { app } = await appWith({ ...oneFeedEnv(`${feeds.url}/ct.xml`).env, WEB_SERVER: 'true', PORT: '0' });
    await app.start(); // polls at start: the feed's matching bills go out on the console
    const base = `http://127.0.0.1:${app.web!.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/^policywatch_polls_total\{source="ct-bills",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^policywatch_alerts_queued_total 2$/m);
    expect(text).toMatch(/^policywatch_alerts_sent_total\{platform="console"\} 2$/m);
    expect(text).toMatch(/^policywatch_delivery_latency_seconds_count\{platform="console"\} 2$/m);
    expect(text).toMatch(/^policywatch_outbox_deliveries\{status="pending"\} 0$/m);
    expect(text).toContain('policywatch_process_resident_memory_bytes');
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
  });

  it('counts failed polls per source', async () => {
    feeds = await startFixtureServer({ '/ct.xml': { status: 500, body: 'down' } });
    const { app } = await appWith({ ...oneFeedEnv(`${feeds.url}/ct.xml`).env, WEB_SERVER: 'true', PORT: '0' });
    await app.start();
    const text = await (await fetch(`http://127.0.0.1:${app.web!.port}/metrics`)).text();
    expect(text).toMatch(/^policywatch_poll_failures_total\{source="ct-bills"\} 1$/m);
  });

  it('answers 503 on /readyz when not ready, with the reason', async () => {
    let ready = { ok: false, reason: 'shutting down' };
    const web = createWebServer({ port: 0, host: '127.0.0.1', log: silentLogger(), ready: async () => ready });
    await web.start();
    try {
      const res = await fetch(`http://127.0.0.1:${web.port}/readyz`);
      expect([res.status, await res.text()]).toEqual([503, 'not ready: shutting down\n']);
      ready = { ok: true, reason: '' };
      expect((await fetch(`http://127.0.0.1:${web.port}/readyz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${web.port}/metrics`)).status).toBe(404);
    } finally {
      await web.stop();
    }
  });

  it('does not start a web server by default in the embedded single-group mode', async () => {
    feeds = await startFixtureServer({ '/ct.xml': { body: rss([]) } });
    const { app } = await appWith(oneFeedEnv(`${feeds.url}/ct.xml`).env);
    await app.start();
    expect(app.web).toBeUndefined();
  });
});

describe('roles', () => {
  it('a poller fills the outbox and sends nothing; a sender on the same data then sends it once', async () => {
    feeds = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const env = oneFeedEnv(`${feeds.url}/ct.xml`).env;
    const poller = await appWith(env, 'poller');
    await poller.app.start();
    expect(feeds.requests).toHaveLength(1);
    expect(poller.out()).toBe('');
    expect(await poller.app.store.deliveryCounts()).toEqual({ pending: 2, sent: 0, failed: 0 });
    await poller.app.stop();
    apps.splice(apps.indexOf(poller.app), 1);

    const sender = await appWith(env, 'sender');
    await sender.app.start();
    expect(feeds.requests).toHaveLength(1); // a sender does not poll
    expect(sender.out()).toContain('SB 212');
    expect(sender.out()).toContain('HB 5001');
    expect(await sender.app.store.deliveryCounts()).toMatchObject({ pending: 0, sent: 2 });
  });
});
