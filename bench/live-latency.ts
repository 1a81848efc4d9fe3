import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, freePort, sleep, spawnServer, stopServer, waitForHealth } from '../e2e/support/server-process';
import { call, inBatches } from './api';
import { percentile, printFigure, printLoad } from './figures';
import { deviceAddress, joinCouple, LiveSocket, type PushKey } from './live-support';

/**
 * Live-update latency with 1,000 open sockets: 500 couples (1,000 accounts),
 * each in its own space with one shared rupture between them. With every
 * account's WebSocket open on /api/live, one partner acts on the couple's
 * rupture and we time from just before the POST is sent to the moment the
 * other partner's socket receives the message naming that rupture. Samples
 * run 10 at a time so the server is never idle between them.
 * Run: npx tsx bench/live-latency.ts  (COUPLES, SAMPLES to shorten while developing)
 */
const COUPLES = Number(process.env.COUPLES ?? 500);
const SAMPLES = Number(process.env.SAMPLES ?? 300);
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

/** Pushes about ruptures, keyed by rupture id. */
const ruptureKey: PushKey = (push) =>
  typeof push.ruptureId === 'string' ? { key: push.ruptureId, version: Number(push.version ?? 0) } : undefined;

/** A couple in its own space (A invites B, B accepts), and a shared rupture A logs involving B. */
async function makeCouple(baseURL: string, index: number): Promise<Couple> {
  const { spaceId, a, b, bMemberId } = await joinCouple(baseURL, { index, emailPrefix: '' });
  const { body: logged } = await call<{ rupture: { id: string; version: number } }>(
    baseURL,
    'POST',
    `/api/spaces/${spaceId}/ruptures`,
    {
      cookie: a,
      body: { size: 'tiny', kinds: ['eye_roll'], involved: [bMemberId], visibility: 'shared' },
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
const listeners: LiveSocket[] = [];
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
      LiveSocket.open(liveURL, {
        cookie: couple.a.cookie,
        localAddress: from,
        keyOf: ruptureKey,
        timeoutMs: MESSAGE_TIMEOUT_MS,
      }),
      LiveSocket.open(liveURL, {
        cookie: couple.b.cookie,
        localAddress: from,
        keyOf: ruptureKey,
        timeoutMs: MESSAGE_TIMEOUT_MS,
      }),
    ]);
    listeners.push(a, b);
    return { couple, a, b };
  });
  // Let the server settle after the burst of upgrades.
  await sleep(1_000);
  const connected = () => listeners.filter((l) => l.open).length;
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
