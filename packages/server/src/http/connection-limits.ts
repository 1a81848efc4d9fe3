import { Server as HttpServer, type ServerOptions } from 'node:http';
import type { Server, Socket } from 'node:net';
import { connectionsPerAddress, type Limits } from '../limits';
import { addressKey } from './client-ip';

/**
 * Node's own timeouts for slow clients, given to `createServer`. Node checks
 * them only every `connectionsCheckingInterval` (30 s by default, which let
 * unfinished headers live about 67 s), so the check runs a few times within
 * the shortest of them.
 */
export function timeoutOptions(limits: Limits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
  };
}

/**
 * Bounds what one client can hold of the server (SECURITY.md R6): open
 * connections in total (beyond it Node closes new ones on arrival) and per
 * address (beyond it a new connection is closed at once, before anything is
 * read), so one client can neither use up the file descriptors nor crowd
 * out everyone else. A connection that moves no bytes either way for the
 * whole-request timeout (a client that stopped reading its answer) is
 * closed too; WebSockets are exempt, `ws` turns that timer off.
 */
export function limitConnections(server: Server, props: { limits: Limits; trustProxy: boolean }): void {
  const { limits } = props;
  const perAddress = connectionsPerAddress(limits, props.trustProxy);
  server.maxConnections = limits.maxConnections;
  if (server instanceof HttpServer) {
    server.keepAliveTimeout = limits.keepAliveTimeoutMs;
    server.timeout = limits.requestTimeoutMs;
  }
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const key = addressKey(socket.remoteAddress);
    const count = open.get(key) ?? 0;
    if (count >= perAddress) {
      socket.destroy();
      return;
    }
    open.set(key, count + 1);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
}
