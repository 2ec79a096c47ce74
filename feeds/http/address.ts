/**
 * Address policy for the SSRF guard: which IP addresses may be fetched, and the operator's
 * allow-list (hostnames, IPs or CIDRs, or '*').
 */
import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';

/**
 * IPv6 ranges that ipaddr.js files under 'unicast' but that are no place to fetch a feed from:
 * everything outside global unicast 2000::/3 (that includes the deprecated IPv4-compatible
 * ::/96, e.g. ::127.0.0.1 = ::7f00:1) and the documentation prefix 3fff::/20.
 */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');
const EXTRA_BLOCKED_V6: Array<[ipaddr.IPv6, number]> = [ipaddr.IPv6.parseCIDR('::/96'), ipaddr.IPv6.parseCIDR('3fff::/20')];
/** NAT64 well-known prefix (RFC 6052): the IPv4 address sits in the last 32 bits. */
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');

function v4Blocked(addr: ipaddr.IPv4): boolean {
  return addr.range() !== 'unicast';
}

function embeddedV4(parts: number[], at: number): ipaddr.IPv4 {
  const hi = parts[at]!;
  const lo = parts[at + 1]!;
  return new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}

function v6Blocked(addr: ipaddr.IPv6): boolean {
  const parts = addr.parts;
  // Forms that carry an IPv4 address: allowed only when that address is public unicast.
  if (addr.isIPv4MappedAddress()) return v4Blocked(addr.toIPv4Address());
  if (addr.match(NAT64_WELL_KNOWN)) return v4Blocked(embeddedV4(parts, 6));
  const range = addr.range();
  if (range === '6to4') return v4Blocked(embeddedV4(parts, 1)); // 2002:AABB:CCDD::/48
  // Everything else ipaddr.js names (loopback, linkLocal, uniqueLocal, teredo, rfc6145, the
  // local-use NAT64 64:ff9b:1::/48, benchmarking, orchid, reserved, …) is refused, as is any
  // 'unicast' address outside global unicast or in a range listed above.
  if (range !== 'unicast') return true;
  if (!addr.match(GLOBAL_UNICAST_V6 as [ipaddr.IPv6, number])) return true;
  return EXTRA_BLOCKED_V6.some((net) => addr.match(net));
}

/**
 * True unless the address is ordinary public unicast: loopback, private, link-local, CGNAT,
 * ULA, multicast, documentation and every other reserved range are blocked, and so is any
 * IPv6 form that embeds a blocked IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4)
 * or hides one (Teredo).
 */
export function isBlockedAddress(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(bare)) return true;
  try {
    const addr = ipaddr.parse(bare);
    return addr.kind() === 'ipv4' ? v4Blocked(addr as ipaddr.IPv4) : v6Blocked(addr as ipaddr.IPv6);
  } catch {
    return true;
  }
}

/** The bare IP when `hostname` (as normalized by the WHATWG URL parser) is an IP literal. */
export function ipLiteral(hostname: string): string | undefined {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : undefined;
}

export interface AllowList {
  all: boolean;
  hosts: Set<string>;
  ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
}

export function compileAllowList(entries: readonly string[] = []): AllowList {
  const list: AllowList = { all: false, hosts: new Set(), ranges: [] };
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') list.all = true;
    else if (entry.includes('/') && isCidr(entry)) list.ranges.push(ipaddr.parseCIDR(entry));
    else if (ipLiteral(entry)) {
      const addr = ipaddr.process(ipLiteral(entry) as string);
      list.ranges.push([addr, addr.kind() === 'ipv4' ? 32 : 128]);
    } else list.hosts.add(entry);
  }
  return list;
}

function isCidr(entry: string): boolean {
  try {
    ipaddr.parseCIDR(entry);
    return true;
  } catch {
    return false;
  }
}

export function hostAllowed(list: AllowList, hostname: string): boolean {
  return list.all || list.hosts.has(hostname.toLowerCase());
}

function addressAllowed(list: AllowList, ip: string): boolean {
  if (list.all) return true;
  if (!ipaddr.isValid(ip)) return false;
  const addr = ipaddr.process(ip);
  for (const [net, bits] of list.ranges) {
    if (net.kind() === addr.kind() && addr.match(net, bits)) return true;
  }
  return false;
}

/** An address may be contacted: public unicast, or covered by the allow-list. */
export function addressPermitted(list: AllowList, hostname: string, ip: string): boolean {
  return hostAllowed(list, hostname) || addressAllowed(list, ip) || !isBlockedAddress(ip);
}

export function blockedMessage(host: string, ip?: string): string {
  const where = ip && ip !== host ? `${host} (${ip})` : host;
  return (
    `refused to fetch ${where}: private, loopback, link-local or reserved address. ` +
    'Set ALLOW_PRIVATE_HOSTS (hostnames, IPs or CIDRs) to allow self-hosted feeds.'
  );
}
