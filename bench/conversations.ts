import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, freePort, sleep, spawnServer, stopServer, waitForHealth } from '../e2e/support/server-process';
import { call, inBatches } from './api';
import { percentile, printFigure, printLoad } from './figures';
import { ADDRESSES, deviceAddress, joinCouple, LiveSocket, type PushKey } from './live-support';

/**
 * A conversation step reaching the other device (issue 10): 500 couples,
 * each in its own space with a live "talk it through", both partners'
 * sockets open on /api/live (1,000 sockets). Steps are sent open loop at an
 * even rate (one every 1/RATE s, round the conversations, whether or not
 * earlier ones were answered), each by the partner whose turn it is. For
 * each we time, from just before the POST is sent: the other device's
 * socket receiving `conversation.changed` at the new version, and that
 * device's refetch (`GET …/conversations/{id}`, sent on the push, as the
 * web app does) answered. The conversations loop through the mirror:
 * did I get it? "not quite" → say it again → mirror → …
 * Run: npx tsx bench/conversations.ts  (COUPLES, RATE, SECONDS to shorten while developing)
 */
const COUPLES = Number(process.env.COUPLES ?? 500);
const RATE = Number(process.env.RATE ?? 100);
const SECONDS = Number(process.env.SECONDS ?? 30);
const REGISTER_CONCURRENCY = 8;
const SETUP_CONCURRENCY = 25;
const P99_TARGET_MS = 50;
const MESSAGE_TIMEOUT_MS = 5_000;

type Role = 'a' | 'b';

interface Couple {
  index: number;
  spaceId: string;
  conversationId: string;
  cookie: Record<Role, string>;
  version: number;
  stepId: string;
  /** A sample of this conversation is still in flight. */
  busy: boolean;
}

/** Who answers each step of the loop, and with what; the step after it. */
const LOOP: Record<string, { by: Role; input: unknown; next: string }> = {
  topic: { by: 'a', input: { text: 'the dishes' }, next: 'ready' },
  ready: { by: 'b', input: { choice: 'now' }, next: 'share' },
  share: { by: 'a', input: { text: 'I felt alone with it.' }, next: 'mirror' },
  mirror: { by: 'b', input: { text: 'You felt alone with it.' }, next: 'did-i-get-it' },
  'did-i-get-it': { by: 'a', input: { choice: 'not-quite' }, next: 'correct' },
  correct: { by: 'a', input: { text: 'More that I was left with it.' }, next: 'mirror' },
};

/** Pushes about conversations, keyed by conversation id. */
const conversationKey: PushKey = (push) =>
  push.type === 'conversation.changed' && typeof push.conversationId === 'string'
    ? { key: push.conversationId, version: Number(push.version ?? 0) }
    : undefined;

/** Keep-alive connections for the sampled requests, a few per address, each couple's from its own address. */
const agents = Array.from({ length: ADDRESSES }, () => new http.Agent({ keepAlive: true, maxSockets: 8 }));

/** One request of a sample over its couple's address: the status and the parsed body. */
function send<T>(
  baseURL: string,
  props: { method: 'GET' | 'POST'; path: string; cookie: string; body?: unknown; index: number },
): Promise<{ status: number; body: T }> {
  const url = new URL(baseURL);
  const payload = props.body === undefined ? undefined : Buffer.from(JSON.stringify(props.body));
  const headers: Record<string, string> = { cookie: props.cookie };
  if (payload) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(payload.length);
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: props.path,
        method: props.method,
        headers,
        agent: agents[props.index % ADDRESSES],
        localAddress: deviceAddress(props.index),
        timeout: MESSAGE_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: (text ? JSON.parse(text) : undefined) as T });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}

async function makeCouple(baseURL: string, index: number): Promise<Couple> {
  const { spaceId, a, b, bMemberId } = await joinCouple(baseURL, { index, emailPrefix: 'c' });
  const started = await call<{ conversation: { id: string; version: number } }>(
    baseURL,
    'POST',
    `/api/spaces/${spaceId}/conversations`,
    { cookie: a, body: { protocol: 'talk-it-through', participants: [bMemberId] }, expect: 201 },
  );
  const conversationId = started.body.conversation.id;
  let version = started.body.conversation.version;
  for (const cookie of [a, b]) {
    const answered = await call<{ conversation: { version: number } }>(
      baseURL,
      'POST',
      `/api/spaces/${spaceId}/conversations/${conversationId}/steps`,
      { cookie, body: { stepId: 'check-in', input: { state: 'connected', intensity: 2 }, version }, expect: 200 },
    );
    version = answered.body.conversation.version;
  }
  return { index, spaceId, conversationId, cookie: { a, b }, version, stepId: 'topic', busy: false };
}

printLoad('at start');
assertBuilt(process.env.WEB_DIR);
const dataDir = mkdtempSync(join(tmpdir(), 'repairable-bench-conversations-'));
const server = spawnServer({ port: await freePort(), dataDir, env: { REGISTRATIONS_PER_ADDRESS: '100000' } });
const devices: LiveSocket[] = [];
try {
  await waitForHealth(server);
  const { baseURL } = server;
  const setupStarted = performance.now();
  const indexes = Array.from({ length: COUPLES }, (_, i) => i);
  const couples = await inBatches(indexes, REGISTER_CONCURRENCY / 2, (i) => makeCouple(baseURL, i));
  console.log(
    `setup: ${COUPLES} couples, each with a live talk-it-through past both check-ins, in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );
  const liveURL = `${baseURL.replace(/^http/, 'ws')}/api/live`;
  const pairs = await inBatches(couples, SETUP_CONCURRENCY, async (couple) => {
    const from = deviceAddress(couple.index);
    const [a, b] = await Promise.all([
      LiveSocket.open(liveURL, {
        cookie: couple.cookie.a,
        localAddress: from,
        keyOf: conversationKey,
        timeoutMs: MESSAGE_TIMEOUT_MS,
      }),
      LiveSocket.open(liveURL, {
        cookie: couple.cookie.b,
        localAddress: from,
        keyOf: conversationKey,
        timeoutMs: MESSAGE_TIMEOUT_MS,
      }),
    ]);
    devices.push(a, b);
    return { couple, device: { a, b } as Record<Role, LiveSocket> };
  });
  await sleep(1_000);
  const open = () => devices.filter((d) => d.open).length;
  console.log(`open sockets: ${open()} (${COUPLES * 2} expected), ${COUPLES} conversations live`);

  const pushed: number[] = [];
  const refetched: number[] = [];
  const answered: number[] = [];
  const failures: string[] = [];
  let lost = 0;
  let skipped = 0;
  const inFlight: Promise<void>[] = [];

  async function sample(pair: (typeof pairs)[number]): Promise<void> {
    const { couple, device } = pair;
    const step = LOOP[couple.stepId];
    if (!step) throw new Error(`no plan for step ${couple.stepId}`);
    const other: Role = step.by === 'a' ? 'b' : 'a';
    const path = `/api/spaces/${couple.spaceId}/conversations/${couple.conversationId}`;
    const heard = device[other].expect(couple.conversationId, couple.version + 1);
    const t0 = performance.now();
    const post = send<{ conversation: { version: number; stepId: string } }>(baseURL, {
      method: 'POST',
      path: `${path}/steps`,
      cookie: couple.cookie[step.by],
      body: { stepId: couple.stepId, input: step.input, version: couple.version },
      index: couple.index,
    }).then((res) => {
      answered.push(performance.now() - t0);
      return res;
    });
    // The other device refetches as soon as it hears, as the web app does.
    const refetch = heard.then(async (at) => {
      if (at === undefined) return undefined;
      const res = await send<{ conversation: { version: number } }>(baseURL, {
        method: 'GET',
        path,
        cookie: couple.cookie[other],
        index: couple.index,
      });
      return { at, done: performance.now(), version: res.body.conversation.version };
    });
    const [res, seen] = await Promise.all([post, refetch]);
    if (res.status !== 200) failures.push(`${couple.stepId} answered ${res.status}`);
    else {
      couple.version = res.body.conversation.version;
      couple.stepId = res.body.conversation.stepId;
    }
    if (!seen) lost++;
    else {
      pushed.push(seen.at - t0);
      refetched.push(seen.done - t0);
      if (seen.version < couple.version) failures.push('refetch older than the step');
    }
  }

  const total = Math.round(RATE * SECONDS);
  const interval = 1000 / RATE;
  const started = performance.now();
  let late = 0;
  /** How late each step left: the bench's own process starved of CPU says the machine was busy then. */
  const lag: number[] = [];
  for (let k = 0; k < total; k++) {
    const due = started + k * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    else if (wait < -interval) late++;
    lag.push(Math.max(0, performance.now() - due));
    const pair = pairs[k % pairs.length];
    if (!pair) continue;
    if (pair.couple.busy) {
      skipped++;
      continue;
    }
    pair.couple.busy = true;
    inFlight.push(
      sample(pair)
        .catch((err: unknown) => {
          failures.push(err instanceof Error ? err.message : String(err));
        })
        .finally(() => {
          pair.couple.busy = false;
        }),
    );
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `steps: ${pushed.length + lost} sent in ${seconds.toFixed(1)} s (${RATE}/s evenly paced, ${late} sent late), ${skipped} skipped (previous step of that conversation still in flight)`,
  );
  console.log(`open sockets after: ${open()}`);
  printFigure('step → other device push p50', percentile(pushed, 50), 'ms');
  printFigure('step → other device push p95', percentile(pushed, 95), 'ms');
  printFigure('step → other device push p99', percentile(pushed, 99), 'ms', { target: P99_TARGET_MS });
  printFigure('step → other device push max', Math.max(0, ...pushed), 'ms');
  printFigure('step → refetch answered p50', percentile(refetched, 50), 'ms');
  printFigure('step → refetch answered p99', percentile(refetched, 99), 'ms');
  printFigure('step POST answered p50', percentile(answered, 50), 'ms');
  printFigure('step POST answered p99', percentile(answered, 99), 'ms');
  printFigure('bench sent steps late p50', percentile(lag, 50), 'ms');
  printFigure('bench sent steps late p99', percentile(lag, 99), 'ms');
  if (lost > 0) printFigure(`pushes lost (none within ${MESSAGE_TIMEOUT_MS} ms)`, lost, 'pushes', { target: 0 });
  if (failures.length > 0) {
    console.log(`failures: ${failures.slice(0, 5).join('; ')}`);
    printFigure('failed steps', failures.length, 'requests', { target: 0 });
  }
  printLoad('at end');
} finally {
  for (const agent of agents) agent.destroy();
  await Promise.all(devices.map((d) => d.close()));
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}
