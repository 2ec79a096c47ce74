/**
 * A real HTTP server on 127.0.0.1 that serves recorded-format fixtures to the real clients.
 * Routes are keyed by pathname (query ignored) or by 'METHOD /path'; a route is either a
 * static response or a handler. Every request is recorded for assertions.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface StaticResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering (timeouts). */
  delayMs?: number;
}

export type RouteHandler = (req: RecordedRequest, res: ServerResponse) => void | StaticResponse | Promise<void | StaticResponse>;
export type Route = StaticResponse | RouteHandler;

export interface FixtureServer {
  /** e.g. 'http://127.0.0.1:43210' (no trailing slash). */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Replace or add a route while running. */
  route(key: string, route: Route): void;
  close(): Promise<void>;
}

/** A route that never answers (a stalled server): the request stays open until the server closes. */
export const neverAnswers: RouteHandler = () => undefined;

export async function startFixtureServer(routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: parsed.pathname,
      query: parsed.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(recorded);
    const route = table.get(`${recorded.method} ${recorded.path}`) ?? table.get(recorded.path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${recorded.method} ${recorded.path}`);
      return;
    }
    try {
      const answer = typeof route === 'function' ? await route(recorded, res) : route;
      if (answer && !res.headersSent) await sendStatic(res, answer);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    }
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (key, route) => table.set(key, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function sendStatic(res: ServerResponse, answer: StaticResponse): Promise<void> {
  if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
  if (res.destroyed) return;
  res.writeHead(answer.status ?? 200, answer.headers ?? {});
  res.end(answer.body ?? '');
}
