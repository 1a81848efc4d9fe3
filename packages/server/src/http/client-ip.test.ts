import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { POLICIES } from '../auth/throttle';
import { readConfig, UsageError } from '../config';
import { signUp } from '../testing/client';
import { useTestContext } from '../testing/harness';
import { listen } from '../testing/listen';
import { rawRequest } from '../testing/raw-http';
import { addressKey, clientIp } from './client-ip';
import type { AppEnv, AppOptions } from './env';

const PASSWORD = 'a calm and long passphrase';

/** What the app takes as the caller's address for a request with this X-Forwarded-For (in-process: the peer is "local"). */
async function seen(options: Pick<AppOptions, 'trustProxy' | 'proxyHops'>, forwarded?: string): Promise<string> {
  const app = new Hono<AppEnv>().get('/', (c) => c.text(clientIp(c, options)));
  const res = await app.request('/', { headers: forwarded ? { 'x-forwarded-for': forwarded } : {} });
  return res.text();
}

describe('the client address (S4)', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted', async () => {
    expect(await seen({ trustProxy: false }, '203.0.113.9')).toBe('local');
  });

  it('takes the right-most entry no trusted proxy vouches past, not the first', async () => {
    // One proxy: it appended the address it saw; whatever is left of it the client wrote.
    expect(await seen({ trustProxy: true }, 'spoofed, 203.0.113.9')).toBe('203.0.113.9');
    expect(await seen({ trustProxy: true, proxyHops: 1 }, '198.51.100.1, 10.0.0.1, 203.0.113.9')).toBe('203.0.113.9');
    // Two proxies: the second appended the first one's address.
    expect(await seen({ trustProxy: true, proxyHops: 2 }, 'spoofed, 203.0.113.9, 10.0.0.2')).toBe('203.0.113.9');
    // No header: the socket peer.
    expect(await seen({ trustProxy: true, proxyHops: 1 })).toBe('local');
  });

  it('counts IPv4 as it is, also mapped into IPv6, and IPv6 by its /64 (the throttle and the connection caps)', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:fffe')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('2001:0db8::5')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('[2001:db8:1:2::9]:443')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('192.0.2.7:5678')).toBe('192.0.2.7');
    expect(addressKey('x'.repeat(500))).toHaveLength(64);
    expect(addressKey(undefined)).toBe('unknown');
  });

  it('reads TRUST_PROXY as a number of hops; 1 and true stay one hop', () => {
    const hops = (value: string | undefined) => readConfig([], { TRUST_PROXY: value }).proxyHops;
    expect([undefined, '', '0', 'false'].map(hops)).toEqual([0, 0, 0, 0]);
    expect(['1', 'true', '2'].map(hops)).toEqual([1, 1, 2]);
    expect(readConfig([], { TRUST_PROXY: '2' }).trustProxy).toBe(true);
    expect(() => hops('yes')).toThrow(UsageError);
    expect(() => hops('-1')).toThrow(UsageError);
  });
});

/** One POST over a real socket from a chosen loopback address. */
async function post(
  url: string,
  props: { from: string; path: string; body: unknown; headers?: Record<string, string> },
): Promise<number> {
  const answer = await rawRequest(url, {
    method: 'POST',
    path: props.path,
    from: props.from,
    headers: { 'content-type': 'application/json', ...props.headers },
    body: JSON.stringify(props.body),
    timeoutMs: 10_000,
  });
  return answer.status;
}

/**
 * A reverse proxy as nginx's `$proxy_add_x_forwarded_for` behaves: it passes
 * the request on and appends the address it saw to X-Forwarded-For.
 */
async function reverseProxy(target: string): Promise<{ url: string; server: Server }> {
  const server = createServer((incoming, outgoing) => {
    const seenAt = incoming.socket.remoteAddress ?? '';
    const prior = incoming.headers['x-forwarded-for'];
    const forwarded = prior ? `${prior}, ${seenAt}` : seenAt;
    const upstream = request(
      `${target}${incoming.url}`,
      { method: incoming.method, headers: { ...incoming.headers, 'x-forwarded-for': forwarded } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** 25 sign-in guesses at different accounts from one address, each naming a new address of its own choosing. */
async function spray(url: string, props: { from: string; naming: (i: number) => string }): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < POLICIES.address.freeFailures + 5; i++) {
    const status = await post(url, {
      from: props.from,
      path: '/api/auth/login',
      body: { email: `user${i}@example.org`, password: 'spray spray' },
      headers: { 'x-forwarded-for': props.naming(i) },
    });
    statuses.push(status);
  }
  return statuses;
}

describe('over real sockets, the address that counts is the one the trusted proxy saw (S4)', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  describe('with no proxy trusted', () => {
    const ctx = useTestContext();

    it('a forged X-Forwarded-For neither lets one address past its limit nor locks out the address it names', async () => {
      await signUp(ctx().app, { email: 'ben@example.org' });
      const server = await listen(ctx());
      closers.push(server.close);
      const statuses = await spray(server.url, {
        from: '127.0.0.2',
        naming: (i) => (i % 2 ? '127.0.0.3' : `10.9.${i}.1`),
      });
      expect(statuses.slice(0, POLICIES.address.freeFailures).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(POLICIES.address.freeFailures).every((s) => s === 429)).toBe(true);
      const ben = { email: 'ben@example.org', password: PASSWORD };
      expect(await post(server.url, { from: '127.0.0.3', path: '/api/auth/login', body: ben })).toBe(200);
    });
  });

  describe('behind one trusted proxy (TRUST_PROXY=1)', () => {
    const ctx = useTestContext({ options: { trustProxy: true, proxyHops: 1 } });

    it('rotating the client-written entries does not bypass the limit, and naming my address does not lock me out', async () => {
      await signUp(ctx().app, { email: 'ben@example.org' });
      const server = await listen(ctx());
      closers.push(server.close);
      const proxy = await reverseProxy(server.url);
      closers.push(() => new Promise((resolve) => proxy.server.close(() => resolve())));
      const statuses = await spray(proxy.url, {
        from: '127.0.0.2',
        naming: (i) => (i % 2 ? '127.0.0.3' : `10.9.${i}.1`),
      });
      expect(statuses.slice(0, POLICIES.address.freeFailures).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(POLICIES.address.freeFailures).every((s) => s === 429)).toBe(true);
      const ben = { email: 'ben@example.org', password: PASSWORD };
      expect(await post(proxy.url, { from: '127.0.0.3', path: '/api/auth/login', body: ben })).toBe(200);
    });
  });
});
