import { serve } from '@hono/node-server';
import { afterEach } from 'vitest';
import type { Person } from './client';
import type { TestContext } from './harness';
import { connectLive, type Listener } from './live-socket';

/** Binds a test context's app to a loopback port, WebSocket upgrades included. */
export async function listen(ctx: TestContext): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  ctx.live.injectWebSocket(server);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * For tests that open live sockets: `open()` binds the context's app to a
 * port and returns its url and a `connect` that opens `/api/live` as a
 * person. After each test the sockets close, then the server (newest first).
 */
export function useLiveServer(ctx: () => TestContext): {
  open(): Promise<{ url: string; connect(person: Person): Promise<Listener> }>;
} {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });
  return {
    async open() {
      const server = await listen(ctx());
      cleanup.push(() => server.close());
      return { url: server.url, connect: (person) => connectLive(server.url, person, cleanup) };
    },
  };
}
