import type { LiveMessage } from '@repairable/core';
import WebSocket from 'ws';
import type { Person } from './client';

/** One open `/api/live` socket, as a test reads it: what arrived, and the next message (2 s at most). */
export type Listener = { messages: LiveMessage[]; socket: WebSocket; next(): Promise<LiveMessage> };

/**
 * Opens a live socket to the server at `url` as `person` (or nobody), and
 * registers its closing with `cleanup`: sockets must close before the server.
 */
export function connectLive(
  url: string,
  person: Person | undefined,
  cleanup: (() => Promise<void> | void)[],
  headers: Record<string, string> = {},
): Promise<Listener> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/api/live`, {
    headers: { ...(person?.cookie ? { cookie: person.cookie } : {}), ...headers },
  });
  cleanup.push(() => socket.close());
  const messages: LiveMessage[] = [];
  const waiting: ((m: LiveMessage) => void)[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as LiveMessage;
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else messages.push(message);
  });
  const next = () =>
    new Promise<LiveMessage>((resolve, reject) => {
      const ready = messages.shift();
      if (ready) return resolve(ready);
      waiting.push(resolve);
      setTimeout(() => reject(new Error('no live message within 2 s')), 2000);
    });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ messages, socket, next }));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    socket.once('error', reject);
  });
}
