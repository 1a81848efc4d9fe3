import WebSocket from 'ws';
import { call, myMemberId, register, type SpaceBody } from './api';

/** What a push names and at which version: the key a waiter is registered under. */
export type PushKey = (push: Record<string, unknown>) => { key: string; version: number } | undefined;

/** One open /api/live socket and the pushes someone is waiting for on it, by key (a rupture or conversation id). */
export class LiveSocket {
  private readonly waiting = new Map<string, { minVersion: number; resolve: (at: number) => void }>();
  closed = false;

  private constructor(
    readonly socket: WebSocket,
    keyOf: PushKey,
    private readonly timeoutMs: number,
  ) {
    socket.on('message', (data) => {
      // Timestamp first: parsing and bookkeeping are not part of the latency.
      const at = performance.now();
      const named = keyOf(JSON.parse(data.toString()) as Record<string, unknown>);
      const waiter = named && this.waiting.get(named.key);
      if (named && waiter && named.version >= waiter.minVersion) {
        this.waiting.delete(named.key);
        waiter.resolve(at);
      }
    });
    socket.on('close', () => {
      this.closed = true;
    });
  }

  static open(
    url: string,
    props: { cookie: string; localAddress: string; keyOf: PushKey; timeoutMs: number },
  ): Promise<LiveSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, {
        headers: { cookie: props.cookie },
        handshakeTimeout: 10_000,
        localAddress: props.localAddress,
      });
      socket.once('open', () => resolve(new LiveSocket(socket, props.keyOf, props.timeoutMs)));
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) =>
        reject(new Error(`/api/live answered ${res.statusCode} instead of upgrading`)),
      );
    });
  }

  get open(): boolean {
    return !this.closed && this.socket.readyState === WebSocket.OPEN;
  }

  /** Resolves with the receive time of the first push about `key` at `minVersion` or later; undefined on timeout. */
  expect(key: string, minVersion: number): Promise<number | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(key);
        resolve(undefined);
      }, this.timeoutMs);
      this.waiting.set(key, {
        minVersion,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      });
    });
  }

  close(): Promise<void> {
    if (this.closed || this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.socket.terminate();
        resolve();
      }, 2_000);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.close(1000, 'bench done');
    });
  }
}

/** How many loopback addresses the couples are spread over. */
export const ADDRESSES = 50;

/**
 * The loopback address a couple's two devices connect from. The server caps
 * connections per address (MAX_CONNECTIONS_PER_ADDRESS, 64), as it should for
 * real people, who do not share one address by the thousand; spreading the
 * couples over 50 addresses keeps 20 sockets on each, like households.
 */
export function deviceAddress(coupleIndex: number): string {
  return `127.0.1.${1 + (coupleIndex % ADDRESSES)}`;
}

/** A couple in its own space: A registers and creates it, invites B, B registers and accepts. */
export async function joinCouple(
  baseURL: string,
  props: { index: number; emailPrefix: string },
): Promise<{ spaceId: string; a: string; b: string; bMemberId: string }> {
  const { index, emailPrefix } = props;
  const [a, b] = await Promise.all([
    register(baseURL, { email: `${emailPrefix}a${index}@example.com`, displayName: `A ${index}` }),
    register(baseURL, { email: `${emailPrefix}b${index}@example.com`, displayName: `B ${index}` }),
  ]);
  const { body: space } = await call<SpaceBody>(baseURL, 'POST', '/api/spaces', {
    cookie: a,
    body: { name: `Couple ${index}`, kind: 'couple' },
    expect: 201,
  });
  const spaceId = space.space.id;
  const { body: invite } = await call<{ token: string }>(baseURL, 'POST', `/api/spaces/${spaceId}/invites`, {
    cookie: a,
    expect: 201,
  });
  const { body: joined } = await call<SpaceBody>(baseURL, 'POST', `/api/invites/${invite.token}/accept`, {
    cookie: b,
    expect: 200,
  });
  return { spaceId, a, b, bMemberId: myMemberId(joined) };
}
