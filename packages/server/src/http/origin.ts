import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { AppError } from './errors';

/**
 * Where a request says it was sent, and where a page says it came from
 * (SECURITY.md S8). Two checks build on these:
 * - `isCrossSite`: a write or a socket from a page of another origin
 *   (scheme, host and port) is refused;
 * - `ownHostOnly`: a request whose Host is not one of ours is refused,
 *   against DNS rebinding (a page of evil.example whose name was re-pointed
 *   at this server still sends `Host: evil.example`).
 */

/** The first value of a header a chain of proxies may have made a list of: the one the browser's request carried. */
export function firstOfChain(value: string | undefined): string | undefined {
  const first = value?.split(',')[0]?.trim();
  return first === '' ? undefined : first;
}

/**
 * The host (and port, unless it is the scheme's default) the request was
 * sent to, lower-cased; behind a trusted proxy, the one the browser used
 * (X-Forwarded-Host). The URL object is not enough on its own: for
 * WebSocket upgrades it is rebuilt as "localhost".
 */
export function requestHost(c: Context<AppEnv>, trustProxy: boolean): string | undefined {
  const forwarded = trustProxy ? firstOfChain(c.req.header('x-forwarded-host')) : undefined;
  const raw = forwarded ?? c.req.header('host') ?? new URL(c.req.url).host;
  try {
    const url = new URL(`${c.get('secure') ? 'https' : 'http'}://${raw}`);
    // Anything but a bare host and port (a path, credentials) is not a Host.
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
    return url.host;
  } catch {
    return undefined;
  }
}

/**
 * Whether a request came from a page of another origin: the browser says so
 * (`Sec-Fetch-Site: cross-site`), or its Origin differs from this request's
 * scheme, host or port. The scheme is this side's (HTTPS directly, or by a
 * trusted proxy's X-Forwarded-Proto), so an `http://` page cannot write to
 * the `https://` site of the same name. No Origin (not a browser, or a
 * same-origin GET) is not cross-site.
 */
export function isCrossSite(c: Context<AppEnv>, trustProxy: boolean): boolean {
  if (c.req.header('sec-fetch-site') === 'cross-site') return true;
  const origin = c.req.header('origin');
  if (origin === undefined) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return true;
  }
  const scheme = c.get('secure') ? 'https:' : 'http:';
  return url.protocol !== scheme || url.host !== requestHost(c, trustProxy);
}

/** The host name without its port, and IPv6 without its brackets. */
function hostName(host: string): string {
  const name = new URL(`http://${host}`).hostname;
  return name.startsWith('[') ? name.slice(1, -1) : name;
}

/**
 * Names DNS rebinding cannot use: an IP address is not a name anyone can
 * re-point, and browsers resolve `localhost` themselves. So `npm start` on
 * localhost, and a phone on the same network opening http://192.168.1.20:8080,
 * work with nothing set; a domain name must be listed in ALLOWED_HOSTS.
 */
function isRebindingSafe(name: string): boolean {
  return isIP(name) !== 0 || name === 'localhost';
}

/**
 * Parses ALLOWED_HOSTS: comma-separated host names (no ports: any port of a
 * listed name is ours), or `*` for any Host, when a proxy in front already
 * answers only to ours.
 */
export function parseAllowedHosts(value: string | undefined): readonly string[] {
  return (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');
}

/**
 * Refuses (421) a request whose Host is not this server's own: an IP
 * address, localhost, or a name in `allowedHosts`. Health answers whatever
 * the Host, so probes that address the server by a service name keep working;
 * it tells nothing.
 */
export function ownHostOnly(options: {
  trustProxy: boolean;
  allowedHosts: readonly string[];
}): MiddlewareHandler<AppEnv> {
  const allowed = new Set(options.allowedHosts);
  const anyHost = allowed.has('*');
  return async (c, next) => {
    if (anyHost || c.req.path === '/api/health') return next();
    const host = requestHost(c, options.trustProxy);
    const name = host === undefined ? undefined : hostName(host);
    if (name === undefined || !(isRebindingSafe(name) || allowed.has(name))) throw new AppError('unknown_host');
    return next();
  };
}
