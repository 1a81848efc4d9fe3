import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Options, type Result } from 'autocannon';
import { assertBuilt, freePort, spawnServer, stopServer, waitForHealth } from '../e2e/support/server-process';
import { call, QUICK_RUPTURE, seedSpace } from './api';
import { printFigure, printLoad, summarize } from './figures';

/**
 * Throughput of the built server on embedded SQLite with 50 keep-alive
 * connections: GET /api/health (the floor: routing, middleware, no database),
 * POST …/ruptures and GET …/timeline, one after the other against one
 * server, so the ratios compare like with like on a shared machine. Three
 * rounds of the three; the figures with targets are the medians of the
 * rounds, since one 10 s run on this shared machine can be off by a fifth.
 * Run: npx tsx bench/throughput.ts
 */
const CONNECTIONS = 50;
const WARMUP_S = 3;
const RUN_S = 10;
const ROUNDS = 3;
/** Timeline items seeded before measuring, half ruptures and half moments, so the timeline query does real work. */
const SEED_ITEMS = 200;
const P99_TARGET_MS = 25;
const RUPTURE_VS_HEALTH_TARGET_PCT = 35;
const TIMELINE_VS_HEALTH_TARGET_PCT = 50;

type Target = Required<Pick<Options, 'method' | 'headers'>> & { path: string; body?: string };

/** One autocannon run, bounded: autocannon stops itself at `duration`; a stuck run is stopped 15 s later. */
async function load(baseURL: string, options: Omit<Options, 'url'>): Promise<Result> {
  const instance = autocannon({ url: baseURL, connections: CONNECTIONS, timeout: 10, ...options });
  const guard = setTimeout(() => instance.stop(), ((options.duration ?? RUN_S) + 15) * 1000);
  try {
    return await instance;
  } finally {
    clearTimeout(guard);
  }
}

function failedRequests(result: Result): number {
  return result.errors + result.timeouts + result.non2xx;
}

function statusSummary(result: Result): string {
  return Object.entries(result.statusCodeStats)
    .map(([status, { count }]) => `${status}×${count}`)
    .join(', ');
}

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Prints one run's figures on one line; failed requests are a figure with a target of none. */
function report(name: string, result: Result): Figures {
  const figures = { perSecond: result['2xx'] / result.duration, p50: result.latency.p50, p99: result.latency.p99 };
  console.log(`${name}: ${figures.perSecond.toFixed(1)} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms`);
  const failed = failedRequests(result);
  if (failed > 0) {
    console.log(`${name} answers: ${statusSummary(result)}; errors ${result.errors}, timeouts ${result.timeouts}`);
    printFigure(`${name} failed requests`, failed, 'requests', { target: 0 });
  }
  return figures;
}

const median = (values: number[]) => summarize(values).median;

printLoad('at start');
assertBuilt(process.env.WEB_DIR);
const dataDir = mkdtempSync(join(tmpdir(), 'repairable-bench-throughput-'));
const server = spawnServer({ port: await freePort(), dataDir });
try {
  await waitForHealth(server);
  const { baseURL } = server;
  const { cookie, spaceId } = await seedSpace(baseURL, SEED_ITEMS);
  console.log(`seeded: ${SEED_ITEMS} timeline items (ruptures and moments) in one space`);

  const health: Target = { method: 'GET', path: '/api/health', headers: {} };
  const rupture: Target = {
    method: 'POST',
    path: `/api/spaces/${spaceId}/ruptures`,
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(QUICK_RUPTURE),
  };
  const timeline: Target = { method: 'GET', path: `/api/spaces/${spaceId}/timeline?limit=30`, headers: { cookie } };
  // Health as a signed-in browser sends it: the cookie costs a session lookup. Shown, not judged.
  const signedInHealth: Target = { ...health, headers: { cookie } };

  // Warm-up: every connection cycles through all three requests.
  const warmup = await load(baseURL, { duration: WARMUP_S, requests: [health, rupture, timeline] });
  if (failedRequests(warmup) > 0) throw new Error(`Warm-up requests failed: ${statusSummary(warmup)}`);

  const measure = (target: Target) =>
    load(`${baseURL}${target.path}`, {
      duration: RUN_S,
      method: target.method,
      headers: target.headers,
      ...(target.body === undefined ? {} : { body: target.body }),
    });
  console.log(`${CONNECTIONS} connections, ${RUN_S} s each, ${ROUNDS} rounds, after a ${WARMUP_S} s warm-up`);
  const rounds: { health: Figures; signedInHealth: Figures; rupture: Figures; timeline: Figures }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round}`);
    rounds.push({
      health: report('  health GET', await measure(health)),
      signedInHealth: report('  health GET with the session cookie', await measure(signedInHealth)),
      rupture: report('  rupture POST', await measure(rupture)),
      timeline: report('  timeline GET', await measure(timeline)),
    });
  }
  // The POST runs grew the space; say how big it was when the timeline was read.
  const { body: all } = await call<{ ruptures: unknown[] }>(
    baseURL,
    'GET',
    `/api/spaces/${spaceId}/ruptures?status=all`,
    {
      cookie,
      expect: 200,
    },
  );
  console.log(`timeline space at the end: ${all.ruptures.length} ruptures, ${SEED_ITEMS / 2} moments`);

  console.log(`medians of ${ROUNDS} rounds`);
  const healthRate = median(rounds.map((r) => r.health.perSecond));
  printFigure('health GET throughput', healthRate, 'req/s');
  printFigure('health GET latency p99', median(rounds.map((r) => r.health.p99)), 'ms');
  printFigure(
    'health GET with the session cookie throughput',
    median(rounds.map((r) => r.signedInHealth.perSecond)),
    'req/s',
  );
  for (const [name, key, atLeast] of [
    ['rupture POST', 'rupture', RUPTURE_VS_HEALTH_TARGET_PCT],
    ['timeline GET', 'timeline', TIMELINE_VS_HEALTH_TARGET_PCT],
  ] as const) {
    const rate = median(rounds.map((r) => r[key].perSecond));
    printFigure(`${name} throughput`, rate, 'req/s');
    printFigure(`${name} latency p50`, median(rounds.map((r) => r[key].p50)), 'ms');
    printFigure(`${name} latency p99`, median(rounds.map((r) => r[key].p99)), 'ms', { target: P99_TARGET_MS });
    // Each round's share of its own health run, then the median of those shares.
    const share = (r: (typeof rounds)[number], base: Figures) =>
      base.perSecond > 0 ? (100 * r[key].perSecond) / base.perSecond : 0;
    printFigure(`${name} vs health`, median(rounds.map((r) => share(r, r.health))), '%', { atLeast });
    printFigure(
      `${name} vs health with the session cookie`,
      median(rounds.map((r) => share(r, r.signedInHealth))),
      '%',
    );
  }
  printLoad('at end');
} finally {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}
