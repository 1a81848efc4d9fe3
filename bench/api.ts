/**
 * A small JSON client for the benchmarks that drive the API (throughput,
 * live latency): every call goes to the local server started by the bench,
 * sends `content-type: application/json` on POSTs as the API requires, reads
 * the whole body (undici otherwise keeps the socket) and checks the status.
 */

export interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  /** The `session=…` cookie pair from `register`. */
  cookie?: string;
  /** Sent as JSON; omitted means an empty body. */
  body?: unknown;
  /** The status that counts as success; anything else throws with the answer in the message. */
  expect?: number;
  timeoutMs?: number;
}

export async function call<T>(
  baseURL: string,
  method: 'GET' | 'POST',
  path: string,
  options: CallOptions = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (method === 'POST') headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  const res = await fetch(`${baseURL}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  if (options.expect !== undefined && res.status !== options.expect)
    throw new Error(`${method} ${path} answered ${res.status}, expected ${options.expect}: ${text.slice(0, 500)}`);
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}

/** Registers an account and returns its session cookie as a `name=value` pair for the `cookie` header. */
export async function register(baseURL: string, props: { email: string; displayName: string }): Promise<string> {
  const answer = await call<unknown>(baseURL, 'POST', '/api/auth/register', {
    body: { ...props, password: 'a long bench passphrase 4 repair' },
    expect: 201,
  });
  const pair = answer.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((p) => p.startsWith('session='));
  if (!pair) throw new Error(`Register for ${props.email} set no session cookie`);
  return pair;
}

export interface SpaceBody {
  space: { id: string; members: { id: string; isMe: boolean }[] };
}

/** The caller's own member id in a space answer. */
export function myMemberId(answer: SpaceBody): string {
  const me = answer.space.members.find((m) => m.isMe);
  if (!me) throw new Error(`No member marked isMe in space ${answer.space.id}`);
  return me.id;
}

/** Runs `work` over `items` with at most `limit` in flight; rejects on the first failure. */
export async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
