/**
 * SSRF guard: URL checks (scheme, IP literals in every notation the WHATWG URL parser
 * normalizes) and a DNS lookup for the undici Agent that refuses when ANY resolved address
 * is private/reserved. Literals skip `lookup` (nodejs/undici#2019), hence the URL check.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { addressPermitted, blockedMessage, compileAllowList, hostAllowed, ipLiteral, type AllowList } from './address.ts';

export class BlockedAddressError extends Error {
  readonly code = 'EPW_BLOCKED';
  constructor(message: string) {
    super(message);
    this.name = 'BlockedAddressError';
  }
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string; blocked: boolean };

function normalHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/** Synchronous part of the check: parse, scheme, IP literal. Hostnames are checked at connect time. */
export function checkUrlSyntax(raw: string, allow: AllowList): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a valid URL', blocked: false };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `only http and https URLs are fetched, not ${url.protocol.replace(/:$/, '')}`, blocked: false };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'URLs with embedded credentials are refused', blocked: false };
  }
  const host = normalHost(url.hostname);
  const ip = ipLiteral(host);
  if (ip && !addressPermitted(allow, host, ip)) {
    return { ok: false, reason: blockedMessage(url.hostname, ip), blocked: true };
  }
  return { ok: true, url };
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for net/tls.connect that resolves all addresses and refuses unless every one is permitted. */
export function createGuardedLookup(allow: AllowList) {
  return function guardedLookup(
    hostname: string,
    options: { family?: number | string; all?: boolean; hints?: number },
    callback: LookupCallback,
  ): void {
    const opts: LookupAllOptions = { all: true, hints: options.hints };
    if (options.family === 4 || options.family === 6) opts.family = options.family;
    dnsLookup(hostname, opts, (err, addresses) => {
      if (err) return callback(err, []);
      const host = normalHost(hostname);
      if (!hostAllowed(allow, host)) {
        const bad = addresses.find((a) => !addressPermitted(allow, host, a.address));
        if (bad) return callback(new BlockedAddressError(blockedMessage(hostname, bad.address)), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      return callback(null, first.address, first.family);
    });
  };
}

/** Full up-front check for operator/chat-supplied URLs, including DNS resolution of hostnames. */
export async function checkUrl(raw: string, allowEntries: readonly string[] = []): Promise<{ ok: true } | { ok: false; reason: string }> {
  const allow = compileAllowList(allowEntries);
  const syntax = checkUrlSyntax(raw, allow);
  if (!syntax.ok) return { ok: false, reason: syntax.reason };
  const host = normalHost(syntax.url.hostname);
  if (ipLiteral(host) || hostAllowed(allow, host)) return { ok: true };
  const lookup = createGuardedLookup(allow);
  return new Promise((resolve) => {
    lookup(host, { all: true }, (err) => {
      if (!err) return resolve({ ok: true });
      if (err instanceof BlockedAddressError) return resolve({ ok: false, reason: err.message });
      resolve({ ok: false, reason: `cannot resolve ${host}: ${err.code ?? err.message}` });
    });
  });
}
