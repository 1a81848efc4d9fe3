import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { assertBuilt, freePort, sleep, spawnServer, stopServer, waitForHealth } from '../e2e/support/server-process';
import { call, inBatches, myMemberId, register, type SpaceBody } from './api';
import { percentile, printFigure, printLoad } from './figures';

/**
 * Live-update latency with 1,000 open sockets: 500 couples (1,000 accounts),
 * each in its own space with one shared rupture between them. With every
 * account's WebSocket open on /api/live, one partner acts on the couple's
 * rupture and we time from just before the POST is sent to the moment the
 * other partner's socket receives the message naming that rupture. Samples
 * run 10 at a time so the server is never idle between them.
 * Run: npx tsx bench/live-latency.ts
 */
const COUPLES = 500;
const SAMPLES = 300;
const SAMPLE_CONCURRENCY = 10;
const REGISTER_CONCURRENCY = 8;
const SOCKET_OPEN_CONCURRENCY = 50;
const P99_TARGET_MS = 50;
/** A message not here by then counts as lost. */
const MESSAGE_TIMEOUT_MS = 5_000;
const SETUP_TIMEOUT_MS = 5 * 60_000;

interface Couple {
  spaceId: string;
  ruptureId: string;
  a: { cookie: string };
  b: { cookie: string };
}

interface LiveMessage {
  type: string;
  spaceId: string;
  ruptureId: string;
  version: number;
}

/** One open /api/live socket and the messages someone is waiting for on it, by rupture id. */
class Listener {
  private readonly waiting = new Map<string, { minVersion: number; resolve: (at: number) => void }>();
  received = 0;
  closed = false;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      // Timestamp first: parsing and bookkeeping are not part of the latency.
      const at = performance.now();
      this.received++;
      const message = JSON.parse(data.toString()) as LiveMessage;
      const waiter = this.waiting.get(message.ruptureId);
      if (waiter && message.version >= waiter.minVersion) {
        this.waiting.delete(message.ruptureId);
        waiter.resolve(at);
      }
    });
    socket.on('close', () => {
      this.closed = true;
    });
  }

  static open(url: string, cookie: string, localAddress: string): Promise<Listener> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers: { cookie }, handshakeTimeout: 10_000, localAddress });
      socket.once('open', () => resolve(new Listener(socket)));
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) =>
        reject(new Error(`/api/live answered ${res.statusCode} instead of upgrading`)),
      );
    });
  }

  /** Resolves with the receive time of the first message about `ruptureId` at `minVersion` or later; undefined on timeout. */
  expect(ruptureId: string, minVersion: number): Promise<number | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(ruptureId);
        resolve(undefined);
      }, MESSAGE_TIMEOUT_MS);
      this.waiting.set(ruptureId, {
        minVersion,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      });
    });
  }

  close(): Promise<void> {
    if (this.closed || this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.socket.terminate();
        resolve();
      }, 2_000);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.close(1000, 'bench done');
    });
  }
}

/** A couple in its own space: A creates it and invites B, B accepts, A logs a shared rupture involving B. */
/**
 * The loopback address a couple's two devices connect from. The server caps
 * connections per address (MAX_CONNECTIONS_PER_ADDRESS, 64), as it should for
 * real people, who do not share one address by the thousand; spreading the
 * couples over 50 addresses keeps 20 sockets on each, like households.
 */
function deviceAddress(coupleIndex: number): string {
  return `127.0.1.${1 + (coupleIndex % 50)}`;
}

async function makeCouple(baseURL: string, index: number): Promise<Couple> {
  const [a, b] = await Promise.all([
    register(baseURL, { email: `a${index}@example.com`, displayName: `A ${index}` }),
    register(baseURL, { email: `b${index}@example.com`, displayName: `B ${index}` }),
  ]);
  const { body: space } = await call<SpaceBody>(baseURL, 'POST', '/api/spaces', {
    cookie: a,
    body: { name: `Couple ${index}`, kind: 'couple' },
    expect: 201,
  });
  const spaceId = space.space.id;
  const { body: invite } = await call<{ token: string }>(baseURL, 'POST', `/api/spaces/${spaceId}/invites`, {
    cookie: a,
    expect: 201,
  });
  const { body: joined } = await call<SpaceBody>(baseURL, 'POST', `/api/invites/${invite.token}/accept`, {
    cookie: b,
    expect: 200,
  });
  const { body: logged } = await call<{ rupture: { id: string; version: number } }>(
    baseURL,
    'POST',
    `/api/spaces/${spaceId}/ruptures`,
    {
      cookie: a,
      body: { size: 'tiny', kinds: ['eye_roll'], involved: [myMemberId(joined)], visibility: 'shared' },
      expect: 201,
    },
  );
  if (logged.rupture.version !== 1) throw new Error(`A new rupture has version ${logged.rupture.version}, expected 1`);
  return { spaceId, ruptureId: logged.rupture.id, a: { cookie: a }, b: { cookie: b } };
}

printLoad('at start');
assertBuilt(process.env.WEB_DIR);
const dataDir = mkdtempSync(join(tmpdir(), 'repairable-bench-live-'));
// A thousand accounts from one loopback address: far past what registration lets one address make.
const server = spawnServer({ port: await freePort(), dataDir, env: { REGISTRATIONS_PER_ADDRESS: '100000' } });
const listeners: Listener[] = [];
try {
  await waitForHealth(server);
  const { baseURL } = server;
  const setupDeadline = performance.now() + SETUP_TIMEOUT_MS;

  const setupStarted = performance.now();
  const indexes = Array.from({ length: COUPLES }, (_, i) => i);
  // Two registrations per couple, so REGISTER_CONCURRENCY / 2 couples at a time.
  const couples = await inBatches(indexes, REGISTER_CONCURRENCY / 2, (i) => {
    if (performance.now() > setupDeadline) throw new Error('Setup ran out of time creating couples');
    return makeCouple(baseURL, i);
  });
  console.log(
    `setup: ${COUPLES} couples (${COUPLES * 2} accounts, ${COUPLES} spaces, ${COUPLES} shared ruptures) in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );

  const liveURL = `${baseURL.replace(/^http/, 'ws')}/api/live`;
  const pairs = await inBatches(couples, SOCKET_OPEN_CONCURRENCY / 2, async (couple) => {
    if (performance.now() > setupDeadline) throw new Error('Setup ran out of time opening sockets');
    const from = deviceAddress(couples.indexOf(couple));
    const [a, b] = await Promise.all([
      Listener.open(liveURL, couple.a.cookie, from),
      Listener.open(liveURL, couple.b.cookie, from),
    ]);
    listeners.push(a, b);
    return { couple, a, b };
  });
  // Let the server settle after the burst of upgrades.
  await sleep(1_000);
  const connected = () => listeners.filter((l) => !l.closed && l.socket.readyState === WebSocket.OPEN).length;
  console.log(`connected clients: ${connected()} sockets (${COUPLES * 2} expected)`);

  // Spread the samples over the couples; each couple is acted on once, so every action succeeds and changes its rupture.
  const plan = Array.from({ length: SAMPLES }, (_, k) => ({ k, pair: pairs[Math.floor((k * COUPLES) / SAMPLES)] }));
  const latencies: number[] = [];
  /** From t0 to the acting partner's HTTP answer: how much of the latency is the write itself. */
  const answered: number[] = [];
  let lost = 0;
  const failures: string[] = [];
  const samplesStarted = performance.now();
  await inBatches(plan, SAMPLE_CONCURRENCY, async ({ k, pair }) => {
    if (!pair) throw new Error(`No couple for sample ${k}`);
    const { couple } = pair;
    const base = `/api/spaces/${couple.spaceId}/ruptures/${couple.ruptureId}`;
    // Even samples: B acknowledges and A's socket hears it. Odd: A attempts a repair and B's socket hears it.
    const action =
      k % 2 === 0
        ? { actor: couple.b, receiver: pair.a, path: `${base}/acknowledge`, body: undefined, expect: 200 }
        : { actor: couple.a, receiver: pair.b, path: `${base}/attempts`, body: { kind: 'apology' }, expect: 201 };
    const heard = action.receiver.expect(couple.ruptureId, 2);
    const t0 = performance.now();
    const answer = call(baseURL, 'POST', action.path, {
      cookie: action.actor.cookie,
      body: action.body,
    });
    const [t1, { status }] = await Promise.all([heard, answer.finally(() => answered.push(performance.now() - t0))]);
    if (status !== action.expect) failures.push(`${action.path.split('/').pop()} answered ${status}`);
    if (t1 === undefined) lost++;
    else latencies.push(t1 - t0);
  });
  const samplingSeconds = (performance.now() - samplesStarted) / 1000;

  console.log(
    `samples: ${latencies.length} of ${SAMPLES} (${SAMPLE_CONCURRENCY} in flight, ${(SAMPLES / samplingSeconds).toFixed(0)} actions/s; acknowledge by B and apology by A, alternating)`,
  );
  console.log(`connected clients after sampling: ${connected()} sockets`);
  printFigure('live latency p50', percentile(latencies, 50), 'ms');
  printFigure('live latency p95', percentile(latencies, 95), 'ms');
  printFigure('live latency p99', percentile(latencies, 99), 'ms', { target: P99_TARGET_MS });
  printFigure('live latency max', Math.max(0, ...latencies), 'ms');
  printFigure('action POST answered p50', percentile(answered, 50), 'ms');
  printFigure('action POST answered p99', percentile(answered, 99), 'ms');
  if (lost > 0) printFigure(`messages lost (none within ${MESSAGE_TIMEOUT_MS} ms)`, lost, 'messages', { target: 0 });
  if (failures.length > 0) {
    console.log(`failed actions: ${failures.slice(0, 5).join('; ')}`);
    printFigure('failed actions', failures.length, 'requests', { target: 0 });
  }
  if (connected() < COUPLES * 2) printFigure('sockets dropped', COUPLES * 2 - connected(), 'sockets', { target: 0 });
  printLoad('at end');
} finally {
  await Promise.all(listeners.map((l) => l.close()));
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}
