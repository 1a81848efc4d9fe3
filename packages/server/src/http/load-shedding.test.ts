import { connect, type Socket } from 'node:net';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { sleep } from '../../../../e2e/support/server-process';
import { memoryLogger } from '../logger';
import { WriteQueueFull } from '../store/group-commit';
import { useBuiltServer } from '../testing/built-server';
import { errorHandler } from './errors';

/** A deliberately small bound, so a burst the test can send is far beyond it. */
const IN_FLIGHT = 4;
const BURST = 120;
const RUPTURE = JSON.stringify({ size: 'tiny', kinds: ['eye_roll'], involved: [], visibility: 'private' });

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { rupture?: { id: string }; error?: { code: string; message: string } };
}

/**
 * SECURITY.md R5 against the built server over loopback: beyond the
 * requests it works on at once, the server answers 503 with Retry-After
 * at once instead of queueing; health keeps answering meanwhile; and
 * nothing it answered 2xx is lost, nor written twice when a refused
 * request is retried with its Idempotency-Key.
 */
describe('overload is answered, not queued (R5)', () => {
  const server = useBuiltServer({
    API_MAX_IN_FLIGHT: String(IN_FLIGHT),
    MAX_CONNECTIONS_PER_ADDRESS: String(BURST * 2),
  });

  async function send(path: string, init: { cookie?: string; body?: string; key?: string } = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.cookie) headers.cookie = init.cookie;
    if (init.key) headers['idempotency-key'] = init.key;
    const res = await fetch(`${server().baseURL}${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers,
      body: init.body,
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: text ? JSON.parse(text) : {} };
  }

  /** A sign-in whose body never finishes: it stays in flight until its socket is closed. */
  function holdInFlight(): Promise<Socket> {
    const { port } = server();
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.write(
          `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
            'Content-Length: 100\r\n\r\n{"email":',
        );
        resolve(socket);
      });
      socket.on('error', () => {});
      socket.once('error', reject);
    });
  }

  async function pollUntil(check: () => Promise<boolean>): Promise<boolean> {
    for (let i = 0; i < 100; i++) {
      if (await check()) return true;
      await sleep(50);
    }
    return false;
  }

  it('when its bound is full, answers every API request 503 with Retry-After and health 200, and frees the bound after', async () => {
    const held = await Promise.all(Array.from({ length: IN_FLIGHT }, holdInFlight));
    try {
      expect(await pollUntil(async () => (await send('/api/me')).status === 503)).toBe(true);
      const answers = await Promise.all([
        ...Array.from({ length: 5 }, () => send('/api/me')),
        ...Array.from({ length: 5 }, () => send('/api/auth/login', { body: '{}' })),
      ]);
      for (const a of answers) {
        expect(a.status).toBe(503);
        expect(a.retryAfter).toBe('1');
        expect(a.body.error?.code).toBe('server_busy');
      }
      const health = await Promise.all(Array.from({ length: 5 }, () => send('/api/health')));
      expect(health.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    } finally {
      for (const socket of held) socket.destroy();
    }
    // Requests cut off mid-body give their place back.
    expect(await pollUntil(async () => (await send('/api/me')).status === 401)).toBe(true);
  });

  it('answers a burst far beyond its bound with only 201 or an immediate 503, and loses nothing', async () => {
    const registered = await fetch(`${server().baseURL}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'r5@example.com', password: 'a long overload passphrase', displayName: 'R' }),
    });
    expect(registered.status).toBe(201);
    const cookie =
      registered.headers
        .getSetCookie()
        .find((c) => c.startsWith('session='))
        ?.split(';')[0] ?? '';
    const space = await send('/api/spaces', { cookie, body: JSON.stringify({ name: 'Us', kind: 'couple' }) });
    const spaceId = (space.body as { space?: { id: string } }).space?.id ?? '';
    expect(space.status).toBe(201);
    const path = `/api/spaces/${spaceId}/ruptures`;

    // Health is asked all through the burst, as a load balancer would.
    let bursting = true;
    const health: number[] = [];
    const healthLoop = (async () => {
      while (bursting) {
        health.push((await send('/api/health')).status);
        await sleep(10);
      }
    })();
    const keys = Array.from({ length: BURST }, (_, i) => `burst-${i}`);
    const answers = await Promise.all(keys.map((key) => send(path, { cookie, body: RUPTURE, key })));
    bursting = false;
    await healthLoop;

    const statuses = new Set(answers.map((a) => a.status));
    expect([...statuses].filter((s) => s !== 201 && s !== 503)).toEqual([]);
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(answers.some((a) => a.status === 201)).toBe(true);
    for (const a of refused) {
      expect(a.retryAfter).toBe('1');
      expect(a.body.error?.code).toBe('server_busy');
      expect(a.body.error?.message).toMatch(/try again/i);
    }
    expect(health.length).toBeGreaterThan(0);
    expect(health.filter((s) => s !== 200)).toEqual([]);

    // Retried one at a time with their keys, the refused ones are written now; the answered ones are not written again.
    const retried = new Map<string, Answer>();
    for (const [i, a] of answers.entries()) {
      if (a.status === 503) retried.set(keys[i] ?? '', await send(path, { cookie, body: RUPTURE, key: keys[i] }));
    }
    expect([...retried.values()].map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
    const written = [...answers, ...retried.values()].flatMap((a) =>
      a.status === 201 && a.body.rupture ? [a.body.rupture.id] : [],
    );
    expect(written).toHaveLength(BURST);

    const stored: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 10; page++) {
      const cursor: string = before ? `&before=${encodeURIComponent(before)}` : '';
      const listed = await fetch(`${server().baseURL}${path}?status=all&limit=100${cursor}`, { headers: { cookie } });
      expect(listed.status).toBe(200);
      const body = (await listed.json()) as { ruptures: { id: string }[]; next?: string | null };
      stored.push(...body.ruptures.map((r) => r.id));
      before = body.next ?? null;
      if (!before) break;
    }
    expect(stored.sort()).toEqual([...written].sort());
  });
});

describe('a full write queue', () => {
  it('is answered like any overload: 503, Retry-After, the catalogue entry, and nothing logged as a failure', async () => {
    const logger = memoryLogger();
    const app = new Hono();
    app.onError(errorHandler(logger));
    app.post('/write', () => {
      throw new WriteQueueFull();
    });
    const res = await app.request('/write', { method: 'POST' });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await res.json()).toMatchObject({ error: { code: 'server_busy' } });
    expect(logger.lines).toEqual([]);
  });
});
