import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { sleep } from '../../../../e2e/support/server-process';
import { useBuiltServer } from '../testing/built-server';

/** Small caps and a fast heartbeat, so the test sees them with a few sockets in a few seconds. */
const PER_SESSION = 2;
const PER_ACCOUNT = 3;
const HEARTBEAT_MS = 300;
const WAIT_MS = 5_000;

const PASSWORD = 'a long live-limits passphrase';

/**
 * SECURITY.md R6 for WebSockets, against the built server over loopback:
 * sockets are capped per session and per account (the newest refused, the
 * open ones untouched), a client that sends anything is closed, a large
 * frame is refused on its header, and a socket that stops answering pings
 * is ended.
 */
describe('live sockets are bounded (R6)', () => {
  const server = useBuiltServer({
    LIVE_SOCKETS_PER_SESSION: String(PER_SESSION),
    LIVE_SOCKETS_PER_ACCOUNT: String(PER_ACCOUNT),
    LIVE_HEARTBEAT_MS: String(HEARTBEAT_MS),
  });
  const opened: WebSocket[] = [];

  afterEach(() => {
    for (const ws of opened.splice(0)) ws.terminate();
  });

  async function auth(path: 'register' | 'login', email: string): Promise<string> {
    const res = await fetch(`${server().baseURL}/api/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD, ...(path === 'register' ? { displayName: 'Live' } : {}) }),
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    expect(res.status, `${path} ${email}`).toBeLessThan(300);
    const session = res.headers.getSetCookie().find((c) => c.startsWith('session='));
    return session?.split(';')[0] ?? '';
  }

  /** Opens a socket with a session cookie; rejects with the HTTP status when the upgrade is refused. */
  function open(cookie: string, options: { autoPong?: boolean } = {}): Promise<WebSocket> {
    const ws = new WebSocket(`${server().baseURL.replace('http', 'ws')}/api/live`, { headers: { cookie }, ...options });
    opened.push(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(ws));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  function closeCode(ws: WebSocket): Promise<number> {
    if (ws.readyState === WebSocket.CLOSED) return Promise.resolve(-1);
    return Promise.race([
      new Promise<number>((resolve) => ws.once('close', (code) => resolve(code))),
      sleep(WAIT_MS).then(() => 0),
    ]);
  }

  it('refuses the newest socket beyond the caps per session and per account, and leaves the open ones be', async () => {
    const email = 'caps@example.com';
    const first = await auth('register', email);
    const a = await open(first);
    const b = await open(first);
    await expect(open(first)).rejects.toThrow('refused 429');

    // Another session of the same account: room for one more in the account, not two.
    const second = await auth('login', email);
    const c = await open(second);
    await expect(open(second)).rejects.toThrow('refused 429');
    expect([a, b, c].map((ws) => ws.readyState)).toEqual([WebSocket.OPEN, WebSocket.OPEN, WebSocket.OPEN]);

    // A closed socket gives its place back.
    a.close(1000);
    await closeCode(a);
    const deadline = performance.now() + WAIT_MS;
    let again: WebSocket | undefined;
    while (!again && performance.now() < deadline)
      again = await open(first).catch(() => sleep(50).then(() => undefined));
    expect(again?.readyState).toBe(WebSocket.OPEN);
  });

  it('closes a client that sends anything, and refuses a large frame on its header', async () => {
    const cookie = await auth('register', 'frames@example.com');
    const small = await open(cookie);
    const closedSmall = closeCode(small);
    small.send('hi');
    expect(await closedSmall).toBe(1008);

    const large = await open(cookie);
    const closedLarge = closeCode(large);
    large.send(Buffer.alloc(1024 * 1024, 1));
    // 1009 "message too big": refused before the server held the megabyte, not read and then closed (1008).
    expect(await closedLarge).toBe(1009);
  });

  it('ends a socket that stops answering pings, and keeps one that answers', async () => {
    const cookie = await auth('register', 'heartbeat@example.com');
    const answering = await open(cookie);
    const silent = await open(cookie, { autoPong: false });
    let pings = 0;
    answering.on('ping', () => {
      pings += 1;
    });
    expect(await closeCode(silent)).toBe(1006);
    expect(pings).toBeGreaterThanOrEqual(1);
    await sleep(HEARTBEAT_MS * 3);
    expect(answering.readyState).toBe(WebSocket.OPEN);
  });
});
