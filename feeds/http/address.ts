/**
 * Address policy for the SSRF guard: which IP addresses may be fetched, and the operator's
 * allow-list (hostnames, IPs or CIDRs, or '*').
 */
import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';

/** True unless the address is ordinary public unicast (loopback, private, link-local, CGNAT, ULA, multicast… are blocked). */
export function isBlockedAddress(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(bare)) return true;
  try {
    // process() turns IPv4-mapped IPv6 (::ffff:127.0.0.1) into the IPv4 address it carries.
    const addr = ipaddr.process(bare);
    return addr.range() !== 'unicast';
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

export function addressAllowed(list: AllowList, ip: string): boolean {
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
  return `refused to fetch ${where}: private, loopback, link-local or reserved address. ` +
    'Set ALLOW_PRIVATE_HOSTS (hostnames, IPs or CIDRs) to allow self-hosted feeds.';
}
