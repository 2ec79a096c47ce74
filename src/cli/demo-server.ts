/**
 * A local HTTP server on 127.0.0.1 that serves the bundled sample feeds (feeds/samples/)
 * in place of the real government APIs, for `policywatch demo`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const SAMPLES = fileURLToPath(new URL('../../feeds/samples/', import.meta.url));

/** Path suffix → [sample file, content type]. */
const ROUTES: Array<[string, string, string]> = [
  ['/documents.json', 'federal-register.json', 'application/json'],
  ['/spending_by_award/', 'usaspending.json', 'application/json'],
  ['/opportunities/v2/search', 'sam-opportunities.json', 'application/json'],
  ['/ct-bills.xml', 'ct-bills.xml', 'application/rss+xml; charset=utf-8'],
  ['/ca-bills.xml', 'ca-bills.xml', 'application/atom+xml; charset=utf-8'],
];

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  const server: Server = createServer((req, res) => {
    req.resume();
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = ROUTES.find(([suffix]) => path.endsWith(suffix));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a demo feed');
      return;
    }
    res.writeHead(200, { 'content-type': route[2] }).end(readFileSync(SAMPLES + route[1]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
