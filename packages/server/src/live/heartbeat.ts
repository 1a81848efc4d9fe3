import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Pings every open socket every `everyMs` and ends the ones that did not
 * answer the previous ping. A phone that lost its network leaves a socket
 * that looks open for a long time; without this it would hold one of its
 * session's few places (and a file descriptor) until then. Browsers answer
 * pings by themselves; the ping is empty, and the answer too.
 * @returns the function that stops it
 */
export function startHeartbeat(wss: WebSocketServer, everyMs: number): () => void {
  const answered = new WeakSet<WebSocket>();
  const onConnection = (ws: WebSocket) => {
    answered.add(ws);
    ws.on('pong', () => answered.add(ws));
  };
  wss.on('connection', onConnection);
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (!answered.has(ws)) {
        ws.terminate();
        continue;
      }
      answered.delete(ws);
      ws.ping();
    }
  }, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    wss.off('connection', onConnection);
  };
}
