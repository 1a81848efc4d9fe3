import { request } from 'node:http';
import WebSocket from 'ws';

export interface RawAnswer {
  status: number;
  body: string;
}

/**
 * One request over a real socket, with what `fetch` will not let a test
 * choose: any Host header, and the loopback address it is sent `from`. On a
 * connection of its own (no agent), so a refused connection is an error and
 * nothing is kept alive past the answer.
 */
export function rawRequest(
  url: string,
  props: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string;
    from?: string;
    timeoutMs?: number;
  },
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  const timeoutMs = props.timeoutMs ?? 5_000;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        method: props.method ?? 'GET',
        path: props.path,
        headers: props.headers,
        localAddress: props.from,
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.end(props.body);
  });
}

/** What an upgrade to the live socket is answered: 101 when it opens (it is closed again at once), or the refusal. */
export function liveUpgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace('http', 'ws')}/api/live`, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', reject);
  });
}
