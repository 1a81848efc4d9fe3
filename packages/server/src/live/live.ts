import { createNodeWebSocket } from '@hono/node-ws';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { isCrossSite } from '../http/middleware';
import { findSessionById } from '../store/sessions';
import { LiveHub } from './hub';

/** How often open sockets are checked against their sessions. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Mounts `/api/live`: a WebSocket authenticated by the session cookie at the
 * upgrade, refused from other origins (cross-site WebSocket hijacking), and
 * one-way: what clients send is ignored, writes stay plain HTTP POSTs.
 */
export function mountLive(app: Hono<AppEnv>, deps: Pick<AppDeps, 'db' | 'clock' | 'bus' | 'options'>) {
  const hub = new LiveHub(deps.bus);
  const { upgradeWebSocket, injectWebSocket } = createNodeWebSocket({ app });

  app.get(
    '/api/live',
    async (c, next) => {
      if (!c.get('viewer')) throw new AppError('unauthenticated');
      if (isCrossSite(c, deps.options.trustProxy)) throw new AppError('forbidden_origin');
      await next();
    },
    upgradeWebSocket((c) => {
      const viewer = c.get('viewer');
      let remove: (() => void) | undefined;
      return {
        onOpen(_event, ws) {
          if (!viewer) return ws.close(4401, 'not signed in');
          remove = hub.add({
            accountId: viewer.accountId,
            sessionId: viewer.sessionId,
            socket: { send: (data) => ws.send(data), close: (code, reason) => ws.close(code, reason) },
          });
        },
        onClose() {
          remove?.();
        },
      };
    }),
  );

  const sweeper = setInterval(() => {
    void hub.sweep(async (sessionId) => {
      const session = await findSessionById(deps.db, sessionId);
      return session !== undefined && session.expiresAt > deps.clock.now().toISOString();
    });
  }, SWEEP_EVERY_MS);
  sweeper.unref();

  return {
    hub,
    injectWebSocket,
    close() {
      clearInterval(sweeper);
      hub.close();
    },
  };
}
