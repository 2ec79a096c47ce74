/**
 * The one HTTP server of an instance (PORT): liveness /healthz, readiness /readyz, Prometheus
 * /metrics, Slack's requests under /slack/ (events, commands, the install pages) and Discord's
 * interactions. Each handler checks its own requests (Bolt verifies Slack's signatures, the
 * Discord endpoint its Ed25519 signatures); this module only routes.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Log } from '../../src/domain/index.ts';

export interface Readiness {
  ok: boolean;
  /** Why not ready (shown in the /readyz body). */
  reason?: string;
}

export interface WebServerOptions {
  port: number;
  host?: string;
  log: Log;
  /** Ready to take work: started, store reachable, not shutting down. */
  ready(): Promise<Readiness>;
  metrics?: { contentType: string; text(): Promise<string> };
  /** Slack's requests (/slack/events, /slack/install, /slack/oauth_redirect). */
  slack?: RequestListener;
  /** Discord interactions endpoint. */
  discord?: { path: string; listener(req: IncomingMessage, res: ServerResponse): Promise<void> };
}

export interface WebServer {
  readonly port: number | undefined;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const text = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
};

export function createWebServer(opts: WebServerOptions): WebServer {
  let server: Server | undefined;
  let port: number | undefined;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') return text(res, 200, 'ok\n');
    if (path === '/readyz') {
      const r = await opts.ready().catch((err: Error): Readiness => ({ ok: false, reason: err.message }));
      return text(res, r.ok ? 200 : 503, r.ok ? 'ready\n' : `not ready: ${r.reason ?? 'starting'}\n`);
    }
    if (path === '/metrics' && opts.metrics) return text(res, 200, await opts.metrics.text(), opts.metrics.contentType);
    if (opts.discord && path === opts.discord.path) return opts.discord.listener(req, res);
    if (opts.slack && path.startsWith('/slack/')) return opts.slack(req, res);
    text(res, 404, 'not found\n');
  }

  return {
    get port() {
      return port;
    },
    async start() {
      const s = createServer((req, res) => {
        handle(req, res).catch((err: Error) => {
          opts.log.error({ err: err.message, path: req.url?.split('?')[0] }, 'web: request failed');
          if (!res.headersSent) text(res, 500, 'internal error\n');
          else res.end();
        });
      });
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(opts.port, opts.host, () => {
          s.off('error', reject);
          resolve();
        });
      });
      server = s;
      port = (s.address() as AddressInfo).port;
      opts.log.info(
        `web: listening on port ${port} (/healthz, /readyz${opts.metrics ? ', /metrics' : ''}${opts.slack ? ', /slack/' : ''}${opts.discord ? `, ${opts.discord.path}` : ''})`,
      );
    },
    async stop() {
      const s = server;
      server = undefined;
      if (!s) return;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeIdleConnections();
        // A request still open after a second (a slow client) does not hold the shutdown.
        setTimeout(() => s.closeAllConnections(), 1000).unref();
      });
    },
  };
}
