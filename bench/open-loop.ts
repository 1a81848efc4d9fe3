import http from 'node:http';

/**
 * An open-loop load generator: requests leave at a fixed rate, evenly
 * spaced, whether or not earlier ones have been answered, the way many
 * independent people would send them. autocannon's `overallRate` sends each
 * second's requests in one burst, and a closed loop (N connections, each
 * waiting for its answer) slows down with the server and so never sees the
 * queue a slow server builds. Latency is counted from when a request was
 * due, not from when it left, so a generator that fell behind cannot hide
 * the wait (coordinated omission).
 *
 * Connections are spread over several loopback source addresses
 * (127.0.0.2, 127.0.0.3, …), as many people would come from many
 * addresses; the server caps connections per address.
 */
export interface OpenLoopRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface OpenLoopOptions {
  baseURL: string;
  request: OpenLoopRequest;
  /** Requests per second, evenly spaced. */
  rate: number;
  durationS: number;
  /** A request not answered this long after it was due counts as a timeout. */
  timeoutMs?: number;
  /** Source addresses to spread connections over, and connections per address. */
  addresses?: number;
  socketsPerAddress?: number;
}

export interface OpenLoopResult {
  /** Requests that were due, and how many the generator sent. */
  due: number;
  sent: number;
  /** Answers by status. */
  statuses: Map<number, number>;
  /** Connection errors and timeouts: no answer at all. */
  errors: number;
  /** Connection errors by code (ECONNRESET, …), to tell the server's refusals from the generator's own trouble. */
  errorCodes: Map<string, number>;
  timeouts: number;
  /** Milliseconds from when each request was due to its whole answer, by status. */
  latencies: Map<number, number[]>;
  /** Milliseconds each request left after it was due: the generator's own lateness. */
  lag: number[];
}

/** The first source address used; 127.0.0.1 stays free for the bench's own calls and health probes. */
const FIRST_SOURCE = 2;

function loopbackAgents(count: number, socketsEach: number): { agent: http.Agent; localAddress: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    agent: new http.Agent({ keepAlive: true, maxSockets: socketsEach }),
    localAddress: `127.0.0.${FIRST_SOURCE + i}`,
  }));
}

export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const { rate, durationS, timeoutMs = 10_000 } = options;
  const url = new URL(options.baseURL);
  const agents = loopbackAgents(options.addresses ?? 1, options.socketsPerAddress ?? 60);
  const result: OpenLoopResult = {
    due: Math.round(rate * durationS),
    sent: 0,
    statuses: new Map(),
    errors: 0,
    errorCodes: new Map(),
    timeouts: 0,
    latencies: new Map(),
    lag: [],
  };
  const body = options.request.body === undefined ? undefined : Buffer.from(options.request.body);
  const headers = body
    ? { ...options.request.headers, 'content-length': String(body.length) }
    : options.request.headers;
  let settled = 0;
  let allSettled: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    allSettled = resolve;
  });
  const settle = () => {
    settled += 1;
    if (settled === result.due) allSettled();
  };

  const fire = (index: number, dueAt: number) => {
    const via = agents[index % agents.length];
    if (!via) throw new Error('No agent');
    result.sent += 1;
    result.lag.push(performance.now() - dueAt);
    let finished = false;
    const finish = (status: number | 'error' | 'timeout', code?: string) => {
      if (finished) return;
      finished = true;
      if (status === 'error') {
        result.errors += 1;
        const key = code ?? 'unknown';
        result.errorCodes.set(key, (result.errorCodes.get(key) ?? 0) + 1);
      } else if (status === 'timeout') result.timeouts += 1;
      else {
        result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
        const list = result.latencies.get(status) ?? [];
        list.push(performance.now() - dueAt);
        result.latencies.set(status, list);
      }
      settle();
    };
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: options.request.path,
        method: options.request.method,
        headers,
        agent: via.agent,
        localAddress: via.localAddress,
      },
      (res) => {
        res.resume();
        res.on('end', () => finish(res.statusCode ?? 0));
        res.on('error', () => finish('error'));
      },
    );
    // From when it was due, so waiting for a free connection counts too.
    const deadline = setTimeout(
      () => {
        finish('timeout');
        req.destroy();
      },
      Math.max(0, timeoutMs - (performance.now() - dueAt)),
    );
    req.on('close', () => clearTimeout(deadline));
    req.on('error', (err: NodeJS.ErrnoException) => finish('error', err.code));
    req.end(body);
  };

  // Evenly spaced: request i is due at start + i / rate; a timer that wakes late sends every request now due.
  const interval = 1000 / rate;
  const start = performance.now();
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (next < result.due && start + next * interval <= now) {
        fire(next, start + next * interval);
        next += 1;
      }
      if (next >= result.due) return resolve();
      setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    tick();
  });
  // Every request has its own timeout, so this ends; the guard only bounds a bug.
  const guard = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs + 5_000));
  await Promise.race([done, guard]);
  for (const { agent } of agents) agent.destroy();
  return result;
}

/** Every latency of a result whose status passes `which`, in one list. */
export function latenciesWhere(result: OpenLoopResult, which: (status: number) => boolean): number[] {
  return [...result.latencies].filter(([status]) => which(status)).flatMap(([, list]) => list);
}

export function countWhere(result: OpenLoopResult, which: (status: number) => boolean): number {
  return [...result.statuses].filter(([status]) => which(status)).reduce((sum, [, n]) => sum + n, 0);
}

export function describeStatuses(result: OpenLoopResult): string {
  const parts = [...result.statuses].sort((a, b) => a[0] - b[0]).map(([status, n]) => `${status}×${n}`);
  if (result.errors) {
    const codes = [...result.errorCodes].map(([code, n]) => `${code} ${n}`).join(', ');
    parts.push(`errors×${result.errors} (${codes})`);
  }
  if (result.timeouts) parts.push(`timeouts×${result.timeouts}`);
  return parts.join(', ') || 'none';
}
