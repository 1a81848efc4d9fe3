import { isIPv4, isIPv6 } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv, AppOptions } from './env';

/** How many reverse proxies in front of us are trusted: `proxyHops`, or one when only `trustProxy` is set. */
export function trustedProxyHops(options: Pick<AppOptions, 'trustProxy' | 'proxyHops'>): number {
  return options.proxyHops ?? (options.trustProxy ? 1 : 0);
}

/**
 * The caller's address, for rate limiting only; it is never stored or
 * logged. Each trusted proxy appends the address it saw to
 * X-Forwarded-For, and a client can write anything to the left of that, so
 * with N trusted hops the address is the N-th entry from the right of
 * [...X-Forwarded-For, socket peer]: the right-most one no trusted proxy
 * vouches past (SECURITY.md S4). Without trusted proxies the header is
 * ignored.
 */
export function clientIp(c: Context<AppEnv>, options: Pick<AppOptions, 'trustProxy' | 'proxyHops'>): string {
  const peer = socketAddress(c);
  const hops = trustedProxyHops(options);
  if (hops === 0) return addressKey(peer);
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const chain = [...forwarded, peer];
  // Fewer entries than trusted hops means a proxy was skipped; the left-most is then the best we know.
  return addressKey(chain[Math.max(0, chain.length - 1 - hops)] ?? peer);
}

function socketAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests) have no socket.
    return 'local';
  }
}

/**
 * One key per place a person can be, which the throttle and the connection
 * caps count by: IPv4-mapped IPv6 is its IPv4, and an IPv6 address counts by
 * its /64, the block one home or phone is given (or one attacker could rotate
 * through addresses in it without end).
 */
export function addressKey(raw: string | undefined): string {
  if (raw === undefined) return 'unknown';
  const address = raw
    .replace(/^\[|\](:\d+)?$/g, '')
    .replace(/%.*$/, '')
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
  // Not an address (a proxy that writes "unknown", or junk): bounded, so it cannot grow a key.
  return raw.slice(0, 64);
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) counts as two groups; it sits past the /64 either way.
  const width = [...left, ...right].reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const middle = tail === undefined ? [] : Array<string>(Math.max(0, 8 - width)).fill('0');
  return [...left, ...middle, ...right].map((g) => g.replace(/^0+(?=.)/, ''));
}
