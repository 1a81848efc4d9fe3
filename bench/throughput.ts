import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Options, type Result } from 'autocannon';
import { assertBuilt, freePort, spawnServer, stopServer, waitForHealth } from '../e2e/support/server-process';
import { call, QUICK_RUPTURE, seedSpace } from './api';
import { printFigure, printLoad } from './figures';

/**
 * Throughput of the built server on embedded SQLite with 50 keep-alive
 * connections: GET /api/health (the floor: routing, middleware, no database),
 * POST …/ruptures and GET …/timeline, one after the other in one run against
 * one server, so the ratios compare like with like on a shared machine.
 * Run: npx tsx bench/throughput.ts
 */
const CONNECTIONS = 50;
const WARMUP_S = 3;
const RUN_S = 10;
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

/** Prints one endpoint's figures; returns its successful requests per second. */
function report(name: string, result: Result, options: { p99Target?: number } = {}): number {
  const perSecond = result['2xx'] / result.duration;
  printFigure(`${name} throughput`, perSecond, 'req/s');
  printFigure(`${name} latency p50`, result.latency.p50, 'ms');
  printFigure(
    `${name} latency p99`,
    result.latency.p99,
    'ms',
    options.p99Target === undefined ? {} : { target: options.p99Target },
  );
  const failed = failedRequests(result);
  if (failed > 0) {
    console.log(`${name} answers: ${statusSummary(result)}; errors ${result.errors}, timeouts ${result.timeouts}`);
    printFigure(`${name} failed requests`, failed, 'requests', { target: 0 });
  }
  return perSecond;
}

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
  console.log(`${CONNECTIONS} connections, ${RUN_S} s each, after a ${WARMUP_S} s warm-up`);
  const healthRate = report('health GET', await measure(health));
  const ruptureRate = report('rupture POST', await measure(rupture), { p99Target: P99_TARGET_MS });
  // The POST run grew the space; say how big it is when the timeline is read.
  const { body: all } = await call<{ ruptures: unknown[] }>(
    baseURL,
    'GET',
    `/api/spaces/${spaceId}/ruptures?status=all`,
    {
      cookie,
      expect: 200,
    },
  );
  console.log(`timeline space holds: ${all.ruptures.length} ruptures, ${SEED_ITEMS / 2} moments`);
  const timelineRate = report('timeline GET', await measure(timeline), { p99Target: P99_TARGET_MS });
  printFigure('rupture POST vs health', healthRate > 0 ? (100 * ruptureRate) / healthRate : 0, '%', {
    atLeast: RUPTURE_VS_HEALTH_TARGET_PCT,
  });
  printFigure('timeline GET vs health', healthRate > 0 ? (100 * timelineRate) / healthRate : 0, '%', {
    atLeast: TIMELINE_VS_HEALTH_TARGET_PCT,
  });
  printLoad('at end');
} finally {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}
