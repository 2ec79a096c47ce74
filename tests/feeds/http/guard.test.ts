/**
 * The SSRF table: which addresses are blocked, every IP-literal notation the WHATWG URL
 * parser normalizes, DNS names that resolve to loopback, and the ALLOW_PRIVATE_HOSTS list.
 */
import { describe, expect, it } from 'vitest';
import { checkUrlAllowed, createSafeHttp, isBlockedAddress } from '../../../feeds/http/index.ts';
import { startFixtureServer } from '../../helpers/fixture-server.ts';

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.0.0.5',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    'not-an-ip',
  ])('blocks %s', (ip) => {
    expect(isBlockedAddress(ip)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '152.216.7.110', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows public %s', (ip) => {
    expect(isBlockedAddress(ip)).toBe(false);
  });
});

describe('checkUrlAllowed', () => {
  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://0x7f.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::1]/',
    'http://[fc00::1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://0.0.0.0/',
    'http://localhost/',
  ])('refuses %s and names ALLOW_PRIVATE_HOSTS', async (url) => {
    const res = await checkUrlAllowed(url);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toContain('ALLOW_PRIVATE_HOSTS');
  });

  it.each(['ftp://example.org/feed', 'file:///etc/passwd', 'gopher://example.org/', 'not a url', 'http://user:pw@example.org/'])(
    'refuses %s',
    async (url) => {
      expect((await checkUrlAllowed(url)).ok).toBe(false);
    },
  );

  it('accepts a public IP literal without a DNS lookup', async () => {
    expect(await checkUrlAllowed('https://8.8.8.8/feed.xml')).toEqual({ ok: true });
  });

  it.each([
    [['127.0.0.1'], 'http://2130706433/'],
    [['127.0.0.0/8'], 'http://127.1/'],
    [['localhost'], 'http://localhost/'],
    [['::1'], 'http://[::1]/'],
    [['*'], 'http://169.254.169.254/'],
    [['10.0.0.0/8'], 'http://10.1.2.3/'],
  ])('the allow-list %j lets %s through', async (allowPrivateHosts, url) => {
    expect(await checkUrlAllowed(url, { allowPrivateHosts })).toEqual({ ok: true });
  });

  it('an allow-list entry covers only what it names', async () => {
    expect((await checkUrlAllowed('http://10.0.0.1/', { allowPrivateHosts: ['192.168.0.0/16'] })).ok).toBe(false);
    expect((await checkUrlAllowed('http://127.0.0.2/', { allowPrivateHosts: ['127.0.0.1'] })).ok).toBe(false);
  });
});

describe('createSafeHttp refuses private targets before connecting', () => {
  it('refuses every notation of the loopback server that is really listening', async () => {
    const server = await startFixtureServer({ '/feed': { body: 'secret' } });
    try {
      const http = createSafeHttp();
      const p = server.port;
      for (const url of [
        `${server.url}/feed`,
        `http://2130706433:${p}/feed`,
        `http://0x7f000001:${p}/feed`,
        `http://0177.0.0.1:${p}/feed`,
        `http://127.1:${p}/feed`,
        `http://[::ffff:127.0.0.1]:${p}/feed`,
        `http://localhost:${p}/feed`,
      ]) {
        const res = await http.request(url);
        expect(res, url).toMatchObject({ status: 'failed', reason: 'blocked' });
        if (res.status === 'failed') expect(res.message).toContain('ALLOW_PRIVATE_HOSTS');
      }
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('fetches the same server once it is allow-listed, by IP, CIDR or hostname', async () => {
    const server = await startFixtureServer({ '/feed': { body: 'ok' } });
    try {
      for (const [allow, url] of [
        [['127.0.0.1'], `http://127.1:${server.port}/feed`],
        [['127.0.0.0/8'], `${server.url}/feed`],
        [['localhost'], `http://localhost:${server.port}/feed`],
        [['*'], `${server.url}/feed`],
      ] as const) {
        const res = await createSafeHttp({ allowPrivateHosts: [...allow] }).request(url);
        expect(res, `${allow.join(',')} ${url}`).toMatchObject({ status: 'ok', body: 'ok' });
      }
    } finally {
      await server.close();
    }
  });
});

describe('IPv6 forms that carry or hide an IPv4 address', () => {
  it.each([
    // IPv4-compatible (::/96, deprecated): refused whatever it carries
    ['IPv4-compatible, dotted', 'http://[::127.0.0.1]/'],
    ['IPv4-compatible, hex', 'http://[::7f00:1]/'],
    ['IPv4-compatible metadata address', 'http://[::a9fe:a9fe]/'],
    ['IPv4-compatible private', 'http://[::10.0.0.1]/'],
    ['IPv4-compatible public', 'http://[::8.8.8.8]/'],
    // IPv4-mapped (::ffff:0:0/96) and the SIIT form (::ffff:0:0:0/96)
    ['IPv4-mapped, hex', 'http://[::ffff:7f00:1]/'],
    ['IPv4-mapped, expanded', 'http://[0:0:0:0:0:ffff:127.0.0.1]/'],
    ['IPv4-mapped metadata address', 'http://[::ffff:a9fe:a9fe]/'],
    ['IPv4-translated (SIIT)', 'http://[::ffff:0:7f00:1]/'],
    // NAT64: well-known prefix with a private IPv4, and the local-use prefix whatever it carries
    ['NAT64 well-known, loopback', 'http://[64:ff9b::127.0.0.1]/'],
    ['NAT64 well-known, hex', 'http://[64:ff9b::7f00:1]/'],
    ['NAT64 well-known, metadata address', 'http://[64:ff9b::a9fe:a9fe]/'],
    ['NAT64 well-known, private', 'http://[64:ff9b::192.168.0.1]/'],
    ['NAT64 local-use', 'http://[64:ff9b:1::a00:1]/'],
    ['NAT64 local-use, public IPv4', 'http://[64:ff9b:1::808:808]/'],
    // 6to4 (2002::/16) embedding a private IPv4
    ['6to4 loopback', 'http://[2002:7f00:1::1]/'],
    ['6to4 metadata address', 'http://[2002:a9fe:a9fe::]/'],
    ['6to4 private', 'http://[2002:c0a8:1::1]/'],
    ['6to4 CGNAT', 'http://[2002:6440:1::1]/'],
    // Teredo hides the client address: refused outright
    ['Teredo', 'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/'],
    // other reserved IPv6 ranges
    ['site-local', 'http://[fec0::1]/'],
    ['documentation', 'http://[2001:db8::1]/'],
    ['documentation (3fff::/20)', 'http://[3fff::1]/'],
    ['discard-only', 'http://[100::1]/'],
    ['benchmarking', 'http://[2001:2::1]/'],
    ['ORCHIDv2', 'http://[2001:20::1]/'],
    ['outside global unicast', 'http://[4000::1]/'],
    ['segment routing', 'http://[5f00::1]/'],
  ])('refuses %s (%s)', async (_name, url) => {
    const res = await checkUrlAllowed(url);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toContain('ALLOW_PRIVATE_HOSTS');
  });

  it.each([
    ['IPv4-mapped public', 'http://[::ffff:8.8.8.8]/'],
    ['NAT64 well-known, public IPv4', 'http://[64:ff9b::808:808]/'],
    ['6to4 public IPv4', 'http://[2002:808:808::1]/'],
    ['global unicast', 'http://[2606:4700:4700::1111]/'],
  ])('allows %s (%s)', async (_name, url) => {
    expect(await checkUrlAllowed(url)).toEqual({ ok: true });
  });

  it.each(['192.0.0.8', '192.0.2.1', '198.18.0.1', '198.51.100.7', '203.0.113.9', '240.0.0.1', '192.88.99.1'])(
    'blocks reserved IPv4 %s',
    (ip) => {
      expect(isBlockedAddress(ip)).toBe(true);
    },
  );

  it('the DNS path applies the same rule to resolved IPv6 addresses', () => {
    for (const ip of ['::7f00:1', '64:ff9b::a9fe:a9fe', '2002:a00:1::', '2001:0:4136:e378:8000:63bf:3fff:fdd2'])
      expect(isBlockedAddress(ip)).toBe(true);
  });
});
