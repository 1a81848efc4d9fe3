import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_QUEUED } from './store/group-commit';

/**
 * Bounds on what clients can hold (SECURITY.md R5, R6), each settable from
 * the environment. The defaults are what a phone on a poor network needs,
 * and well below what the machine has.
 */
export interface Limits {
  /** The headers of a request must have arrived this long after it began. */
  headersTimeoutMs: number;
  /** The whole request, body included, must have arrived by then. */
  requestTimeoutMs: number;
  /** A kept-alive connection with no request in it is closed after this. */
  keepAliveTimeoutMs: number;
  /** Open connections, WebSockets included, across all clients. */
  maxConnections: number;
  /**
   * Open connections from one address (an IPv6 /64 counts as one). Unset:
   * 64, or no cap behind a trusted proxy, where every connection comes from
   * the proxy's address and capping it would cap everyone.
   */
  maxConnectionsPerAddress: number | undefined;
  /** Live sockets one session (one browser, all its tabs) may hold open. */
  liveSocketsPerSession: number;
  /** Live sockets one account may hold open, across its sessions. */
  liveSocketsPerAccount: number;
  /** How often each live socket is pinged; one that has not answered the last ping is closed. */
  liveHeartbeatMs: number;
  /** API requests being worked on at once; beyond it a request is answered 503 at once (health excepted). */
  apiMaxInFlight: number;
  /** SQLite writes waiting for a group commit; beyond it a write is refused and its request answered 503. */
  writeQueueLimit: number;
}

interface Setting {
  env: string;
  min: number;
  max: number;
}

const SETTINGS: Record<keyof Limits, Setting> = {
  headersTimeoutMs: { env: 'HEADERS_TIMEOUT_MS', min: 100, max: 600_000 },
  requestTimeoutMs: { env: 'REQUEST_TIMEOUT_MS', min: 100, max: 3_600_000 },
  keepAliveTimeoutMs: { env: 'KEEP_ALIVE_TIMEOUT_MS', min: 100, max: 600_000 },
  maxConnections: { env: 'MAX_CONNECTIONS', min: 1, max: 1_000_000 },
  maxConnectionsPerAddress: { env: 'MAX_CONNECTIONS_PER_ADDRESS', min: 1, max: 1_000_000 },
  liveSocketsPerSession: { env: 'LIVE_SOCKETS_PER_SESSION', min: 1, max: 1_000 },
  liveSocketsPerAccount: { env: 'LIVE_SOCKETS_PER_ACCOUNT', min: 1, max: 1_000 },
  liveHeartbeatMs: { env: 'LIVE_HEARTBEAT_MS', min: 100, max: 3_600_000 },
  apiMaxInFlight: { env: 'API_MAX_IN_FLIGHT', min: 1, max: 100_000 },
  writeQueueLimit: { env: 'WRITE_QUEUE_LIMIT', min: 1, max: 100_000 },
};

/**
 * Headers are a few hundred bytes: 10 s covers a handful of round trips and
 * TCP retransmissions (1 + 2 + 4 s) on a poor mobile link. A whole request is
 * at most 64 KiB, about 20 s at 2G speeds, so 30 s. Browsers reuse an idle
 * connection within moments or not at all, so 5 s of keep-alive (Node's own
 * default). A browser holds up to 6 connections and the live socket, so 64
 * per address leaves room for several people behind one home router. The
 * web app opens one live socket per tab: 5 per browser and 10 per account
 * (a phone, a laptop, a few tabs) is more than people use, and every push
 * goes to each. A ping every 30 s finds a socket whose phone went away
 * within a minute, and keeps proxies that cut idle connections at 60 s from
 * cutting it. 128 API requests in flight is well above the 50 connections
 * the throughput bench drives at full speed (so nothing the server can do
 * in time is refused), and at four times its rupture capacity kept RSS near
 * 140 MB where the unbounded server grew past 200 MB; the SQLite write queue
 * holds four group-commit batches, above that, as a backstop.
 */
const DEFAULTS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnectionsPerAddress: 64,
  liveSocketsPerSession: 5,
  liveSocketsPerAccount: 10,
  liveHeartbeatMs: 30_000,
  apiMaxInFlight: 128,
  writeQueueLimit: DEFAULT_MAX_QUEUED,
} as const;

/** At most this many connections by default, and never more than half of the open files the process may have. */
const DEFAULT_MAX_CONNECTIONS = 2_000;

export function readLimits(env: NodeJS.ProcessEnv, fail: (message: string) => never): Limits {
  const read = (key: keyof Limits): number | undefined => {
    const setting = SETTINGS[key];
    const raw = env[setting.env];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < setting.min || value > setting.max)
      fail(`${setting.env} must be a whole number from ${setting.min} to ${setting.max}: ${raw}`);
    return value;
  };
  const limits: Limits = {
    headersTimeoutMs: read('headersTimeoutMs') ?? DEFAULTS.headersTimeoutMs,
    requestTimeoutMs: read('requestTimeoutMs') ?? DEFAULTS.requestTimeoutMs,
    keepAliveTimeoutMs: read('keepAliveTimeoutMs') ?? DEFAULTS.keepAliveTimeoutMs,
    maxConnections: read('maxConnections') ?? defaultMaxConnections(),
    maxConnectionsPerAddress: read('maxConnectionsPerAddress'),
    liveSocketsPerSession: read('liveSocketsPerSession') ?? DEFAULTS.liveSocketsPerSession,
    liveSocketsPerAccount: read('liveSocketsPerAccount') ?? DEFAULTS.liveSocketsPerAccount,
    liveHeartbeatMs: read('liveHeartbeatMs') ?? DEFAULTS.liveHeartbeatMs,
    apiMaxInFlight: read('apiMaxInFlight') ?? DEFAULTS.apiMaxInFlight,
    writeQueueLimit: read('writeQueueLimit') ?? DEFAULTS.writeQueueLimit,
  };
  if (limits.headersTimeoutMs > limits.requestTimeoutMs)
    fail('HEADERS_TIMEOUT_MS cannot be longer than REQUEST_TIMEOUT_MS.');
  return limits;
}

/** The limits when nothing is set, for the in-process app of the tests. */
export function defaultLimits(): Limits {
  return readLimits({}, (message) => {
    throw new Error(message);
  });
}

/** The cap on connections from one address, given whether a trusted proxy is in front. */
export function connectionsPerAddress(limits: Limits, trustProxy: boolean): number {
  return limits.maxConnectionsPerAddress ?? (trustProxy ? limits.maxConnections : DEFAULTS.maxConnectionsPerAddress);
}

function defaultMaxConnections(): number {
  const files = openFileLimit();
  return files === undefined ? DEFAULT_MAX_CONNECTIONS : Math.min(DEFAULT_MAX_CONNECTIONS, Math.floor(files / 2));
}

/** The soft limit on open files (Linux); the database, logs and the PostgreSQL pool need some too. */
function openFileLimit(): number | undefined {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s+/)[3];
    return soft && /^\d+$/.test(soft) ? Number(soft) : undefined;
  } catch {
    return undefined;
  }
}
