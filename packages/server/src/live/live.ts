import { createNodeWebSocket } from '@hono/node-ws';
import type { Hono } from 'hono';
import { isSessionLive } from '../auth/session';
import type { AppDeps, AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { isCrossSite } from '../http/origin';
import type { Limits } from '../limits';
import { findSessionById } from '../store/sessions';
import { startHeartbeat } from './heartbeat';
import { LiveHub } from './hub';

/** How often open sockets are checked against their sessions (ended ones are closed at once by the bus). */
const SWEEP_EVERY_MS = 60_000;

/**
 * The largest message a client may send. The server reads nothing from
 * clients, and `ws` would otherwise buffer up to 100 MiB of one before
 * looking at it; beyond this it closes the socket (1009) on the frame's
 * header. `ws` takes 0 as "no limit", so it is a few bytes rather than none.
 */
const MAX_CLIENT_MESSAGE_BYTES = 16;

/** Close code for a client that sent something: the socket only speaks one way. */
const POLICY_VIOLATION = 1008;
/** Close code for a socket opened beyond its session's or account's cap in a race the upgrade check missed. */
const TRY_AGAIN_LATER = 1013;

/**
 * Mounts `/api/live`: a WebSocket authenticated by the session cookie at the
 * upgrade, refused from other origins (cross-site WebSocket hijacking), and
 * one-way: a client that sends anything is closed, writes stay plain HTTP
 * POSTs.
 */
export function mountLive(
  app: Hono<AppEnv>,
  deps: Pick<AppDeps, 'db' | 'clock' | 'bus' | 'logger' | 'options'>,
  limits: Pick<Limits, 'liveSocketsPerSession' | 'liveSocketsPerAccount' | 'liveHeartbeatMs'>,
) {
  const hub = new LiveHub(deps.bus, {
    perSession: limits.liveSocketsPerSession,
    perAccount: limits.liveSocketsPerAccount,
  });
  const { upgradeWebSocket, injectWebSocket, wss } = createNodeWebSocket({ app });
  // @hono/node-ws takes no options for the server it makes; `ws` reads this at every upgrade.
  wss.options.maxPayload = MAX_CLIENT_MESSAGE_BYTES;
  const stopHeartbeat = startHeartbeat(wss, limits.liveHeartbeatMs);

  app.get(
    '/api/live',
    async (c, next) => {
      const viewer = c.get('viewer');
      if (!viewer) throw new AppError('unauthenticated');
      if (isCrossSite(c, deps.options.trustProxy)) throw new AppError('forbidden_origin');
      if (!hub.hasRoomFor(viewer)) throw new AppError('too_many_live_sockets');
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
          if (!remove) ws.close(TRY_AGAIN_LATER, 'too many sockets');
        },
        onMessage(_event, ws) {
          ws.close(POLICY_VIOLATION, 'this socket only speaks');
        },
        onClose() {
          remove?.();
        },
      };
    }),
  );

  /** Closes the sockets of sessions that expired or sat idle too long, by the rule every request is held to. */
  const sweep = () =>
    hub.sweep(async (sessionId) => {
      const session = await findSessionById(deps.db, sessionId);
      return session !== undefined && isSessionLive(session, deps.clock.now());
    });
  const sweeper = setInterval(() => {
    // A failed sweep (the database briefly away) is tried again at the next one.
    sweep().catch((err: unknown) =>
      deps.logger.error('live_sweep_failed', { error: err instanceof Error ? err.name : 'unknown' }),
    );
  }, SWEEP_EVERY_MS);
  sweeper.unref();

  return {
    hub,
    sweep,
    injectWebSocket,
    close() {
      clearInterval(sweeper);
      stopHeartbeat();
      hub.close();
    },
  };
}
