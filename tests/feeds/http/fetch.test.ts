/**
 * Safe HTTP over real loopback HTTP: timeouts, the size cap after decompression, redirects
 * (re-checked per hop, no https→http), conditional GET, Retry-After and failure mapping.
 * The fixture server is on 127.0.0.1, so fetch tests allow-list it; refusal is tested in guard.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeHttp, defaultUserAgent } from '../../../feeds/http/index.ts';
import { neverAnswers, startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';

const local = { allowPrivateHosts: ['127.0.0.1'] };
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createSafeHttp: ordinary fetches', () => {
  it('returns the decoded body, validators, final URL and lower-cased headers', async () => {
    server = await startFixtureServer({
      '/feed.xml': {
        headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: '"v1"', 'Last-Modified': 'Mon, 23 Nov 2026 10:00:00 GMT' },
        body: '<rss version="2.0"/>',
      },
    });
    const res = await createSafeHttp(local).request(`${server.url}/feed.xml`);
    expect(res).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      body: '<rss version="2.0"/>',
      etag: '"v1"',
      lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT',
      finalUrl: `${server.url}/feed.xml`,
    });
    if (res.status === 'ok') expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
  });

  it('sends the configured User-Agent and POST bodies with their headers', async () => {
    server = await startFixtureServer({ 'POST /api': { body: '{"ok":true}' } });
    const http = createSafeHttp({ ...local, userAgent: defaultUserAgent('alerts@example.org') });
    const res = await http.request(`${server.url}/api`, {
      method: 'POST',
      body: '{"q":1}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe('ok');
    expect(server.requests[0]!.body).toBe('{"q":1}');
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
    expect(server.requests[0]!.headers['user-agent']).toBe(
      'policywatch/0.1 (+https://github.com/policywatch; contact: alerts@example.org)',
    );
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('decompresses %s bodies', async (encoding, compress) => {
    server = await startFixtureServer({
      '/z': { headers: { 'Content-Encoding': encoding }, body: compress(Buffer.from('compressed feed body')) },
    });
    const res = await createSafeHttp(local).request(`${server.url}/z`);
    expect(res).toMatchObject({ status: 'ok', body: 'compressed feed body' });
  });
});

describe('createSafeHttp: conditional GET', () => {
  it('sends If-None-Match / If-Modified-Since and maps 304 to not-modified', async () => {
    server = await startFixtureServer({ '/feed': { status: 304, headers: { ETag: '"v2"' } } });
    const res = await createSafeHttp(local).request(`${server.url}/feed`, { etag: '"v1"', lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT' });
    expect(res).toEqual({ status: 'not-modified', etag: '"v2"', lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT' });
    expect(server.requests[0]!.headers['if-none-match']).toBe('"v1"');
    expect(server.requests[0]!.headers['if-modified-since']).toBe('Mon, 23 Nov 2026 10:00:00 GMT');
  });

  it('sends no validators when it has none', async () => {
    server = await startFixtureServer({ '/feed': { body: 'x' } });
    await createSafeHttp(local).request(`${server.url}/feed`);
    expect(server.requests[0]!.headers['if-none-match']).toBeUndefined();
    expect(server.requests[0]!.headers['if-modified-since']).toBeUndefined();
  });
});

describe('createSafeHttp: limits', () => {
  it('times out a server that never answers', async () => {
    server = await startFixtureServer({ '/slow': neverAnswers });
    const res = await createSafeHttp({ ...local, timeoutMs: 50 }).request(`${server.url}/slow`);
    expect(res).toMatchObject({ status: 'failed', reason: 'timeout' });
  });

  it('times out a body that stalls after the headers', async () => {
    server = await startFixtureServer({
      '/stall': (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/xml' });
        res.write('<rss>');
      },
    });
    const res = await createSafeHttp(local).request(`${server.url}/stall`, { timeoutMs: 50 });
    expect(res).toMatchObject({ status: 'failed', reason: 'timeout' });
  });

  it('refuses a gzip bomb: the cap counts decompressed bytes', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024)); // ~50 KB on the wire
    expect(bomb.length).toBeLessThan(100 * 1024);
    server = await startFixtureServer({ '/bomb': { headers: { 'Content-Encoding': 'gzip' }, body: bomb } });
    const res = await createSafeHttp({ ...local, maxBytes: 1024 * 1024 }).request(`${server.url}/bomb`);
    expect(res).toMatchObject({ status: 'failed', reason: 'too-large' });
  });

  it('refuses a 20 MB plain body with the default 5 MiB cap', async () => {
    server = await startFixtureServer({ '/big': { body: Buffer.alloc(20 * 1024 * 1024, 0x61) } });
    const res = await createSafeHttp(local).request(`${server.url}/big`);
    expect(res).toMatchObject({ status: 'failed', reason: 'too-large' });
  });

  it('accepts a body just under the cap', async () => {
    server = await startFixtureServer({ '/ok': { body: Buffer.alloc(1000, 0x61) } });
    const res = await createSafeHttp(local).request(`${server.url}/ok`, { maxBytes: 1000 });
    expect(res.status).toBe('ok');
  });
});

describe('createSafeHttp: redirects', () => {
  it('follows up to 3 redirects, each relative to the last hop', async () => {
    server = await startFixtureServer({
      '/1': { status: 301, headers: { Location: '/2' } },
      '/2': { status: 302, headers: { Location: 'three' } },
      '/three': { status: 307, headers: { Location: '/final' } },
      '/final': { body: 'arrived' },
    });
    const res = await createSafeHttp(local).request(`${server.url}/1`);
    expect(res).toMatchObject({ status: 'ok', body: 'arrived', finalUrl: `${server.url}/final` });
  });

  it('stops after the fourth redirect', async () => {
    server = await startFixtureServer({
      '/1': { status: 302, headers: { Location: '/2' } },
      '/2': { status: 302, headers: { Location: '/3' } },
      '/3': { status: 302, headers: { Location: '/4' } },
      '/4': { status: 302, headers: { Location: '/5' } },
      '/5': { body: 'too far' },
    });
    const res = await createSafeHttp(local).request(`${server.url}/1`);
    expect(res).toMatchObject({ status: 'failed', reason: 'http' });
    expect(server.requests.map((r) => r.path)).toEqual(['/1', '/2', '/3', '/4']);
  });

  it('re-checks every hop: a redirect to 127.0.0.1 is blocked when only a hostname is allowed', async () => {
    server = await startFixtureServer({ '/next': { body: 'internal' } });
    const internal = `${server.url}/next`;
    const front = await startFixtureServer({ '/go': { status: 302, headers: { Location: internal } } });
    try {
      // 'localhost' is allow-listed (the first hop), 127.0.0.1 is not (the second).
      const res = await createSafeHttp({ allowPrivateHosts: ['localhost'] }).request(`http://localhost:${front.port}/go`);
      expect(res).toMatchObject({ status: 'failed', reason: 'blocked' });
      if (res.status === 'failed') expect(res.message).toMatch(/127\.0\.0\.1.*ALLOW_PRIVATE_HOSTS/);
      expect(server.requests).toHaveLength(0);
    } finally {
      await front.close();
    }
  });

  it('refuses non-http schemes in a Location header', async () => {
    server = await startFixtureServer({ '/go': { status: 302, headers: { Location: 'file:///etc/passwd' } } });
    const res = await createSafeHttp(local).request(`${server.url}/go`);
    expect(res).toMatchObject({ status: 'failed', reason: 'config' });
  });

  it('turns a POST into a GET on 303', async () => {
    server = await startFixtureServer({
      'POST /search': { status: 303, headers: { Location: '/results' } },
      'GET /results': { body: 'r' },
    });
    const res = await createSafeHttp(local).request(`${server.url}/search`, { method: 'POST', body: '{}' });
    expect(res).toMatchObject({ status: 'ok', body: 'r' });
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('refuses an https → http downgrade', async () => {
    const dir = new URL('../../fixtures/feeds/tls/', import.meta.url);
    const cert = readFileSync(new URL('cert.pem', dir), 'utf8');
    server = await startFixtureServer({ '/plain': { body: 'downgraded' } });
    const target = `${server.url}/plain`;
    const tls = createHttpsServer({ cert, key: readFileSync(new URL('key.pem', dir)) }, (_req, res) => {
      res.writeHead(301, { Location: target }).end();
    });
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    try {
      const port = (tls.address() as AddressInfo).port;
      const http = createSafeHttp({ ...local, ca: cert });
      const res = await http.request(`https://127.0.0.1:${port}/feed`);
      expect(res).toMatchObject({ status: 'failed', reason: 'blocked' });
      if (res.status === 'failed') expect(res.message).toMatch(/https to plain http/);
      expect(server.requests).toHaveLength(0);
    } finally {
      tls.closeAllConnections();
      await new Promise((r) => tls.close(r));
    }
  });
});

describe('createSafeHttp: failures are values', () => {
  it.each([404, 410, 500])('keeps the status of HTTP %i', async (status) => {
    server = await startFixtureServer({ '/x': { status, body: 'nope' } });
    const res = await createSafeHttp(local).request(`${server.url}/x`);
    expect(res).toMatchObject({ status: 'failed', reason: 'http', httpStatus: status });
    if (res.status === 'failed') expect(res.retryAfterMs).toBeUndefined();
  });

  it('reads Retry-After in seconds on 429', async () => {
    server = await startFixtureServer({ '/x': { status: 429, headers: { 'Retry-After': '120' } } });
    const res = await createSafeHttp(local).request(`${server.url}/x`);
    expect(res).toMatchObject({ status: 'failed', reason: 'http', httpStatus: 429, retryAfterMs: 120_000 });
  });

  it('reads Retry-After as an HTTP date on 503', async () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    server = await startFixtureServer({ '/x': { status: 503, headers: { 'Retry-After': 'Tue, 24 Nov 2026 12:05:00 GMT' } } });
    const res = await createSafeHttp({ ...local, now: () => now }).request(`${server.url}/x`);
    expect(res).toMatchObject({ status: 'failed', httpStatus: 503, retryAfterMs: 300_000 });
  });

  it('maps a refused connection to network', async () => {
    server = await startFixtureServer();
    const port = server.port;
    await server.close();
    server = undefined;
    const res = await createSafeHttp(local).request(`http://127.0.0.1:${port}/gone`);
    expect(res).toMatchObject({ status: 'failed', reason: 'network' });
  });

  it('never puts an api key in an error message', async () => {
    server = await startFixtureServer({ '/api': { status: 500 } });
    const res = await createSafeHttp(local).request(`${server.url}/api?api_key=SECRET123&q=ice`);
    expect(res.status).toBe('failed');
    if (res.status === 'failed') {
      expect(res.message).not.toContain('SECRET123');
      expect(res.message).toContain('api_key=[REDACTED]');
    }
  });
});
