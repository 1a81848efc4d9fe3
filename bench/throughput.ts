import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Options, type Result } from 'autocannon';
import { assertBuilt, freePort, spawnServer, stopServer, waitForHealth } from '../e2e/support/server-process';
import { percentile, printFigure, printLoad, summarize } from './figures';
import { countWhere, describeStatuses, latenciesWhere, type OpenLoopRequest, openLoop } from './open-loop';
import { healthP99, type OverloadResult, overload, waitUntilSettled } from './overload';
import { procStatusMb } from './process-memory';
import { seedScenario } from './seed';

/**
 * The speed targets of issue 7, side by side on one built server (embedded
 * SQLite), three rounds, judged on the medians:
 * - throughput (50 keep-alive connections, closed loop) of a realistic
 *   rupture POST and timeline page, as a share of GET /api/me, the floor of
 *   any signed-in request, measured in the same round;
 * - latency at 300 requests per second offered open loop, evenly paced;
 * - four times the round's rupture capacity, open loop: only 2xx and 503,
 *   503s quick, memory bounded, health answering.
 * Run: npx tsx bench/throughput.ts   (ROUNDS, RUN_S, OPEN_S, OVERLOAD_S and MOMENTS shorten it while developing)
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CONNECTIONS = 50;
const WARMUP_S = 3;
const ROUNDS = env('ROUNDS', 3);
const RUN_S = env('RUN_S', 10);
const OPEN_RATE = 300;
const OPEN_S = env('OPEN_S', 10);
const OVERLOAD_FACTOR = 4;
const OVERLOAD_S = env('OVERLOAD_S', 10);
const MOMENTS = env('MOMENTS', 10_000);

const TARGETS = {
  rupturePctOfMe: 40,
  timelinePctOfMe: 50,
  p99AtFixedRateMs: 20,
  overload503P99Ms: 50,
  overloadRssMb: 300,
};

/** One autocannon run, bounded: autocannon stops itself at `duration`; a stuck run is stopped 15 s later. */
async function closedLoop(baseURL: string, target: OpenLoopRequest, duration: number): Promise<Result> {
  const options: Options = {
    url: `${baseURL}${target.path}`,
    connections: CONNECTIONS,
    timeout: 10,
    duration,
    method: target.method,
    headers: target.headers,
    ...(target.body === undefined ? {} : { body: target.body }),
  };
  const instance = autocannon(options);
  const guard = setTimeout(() => instance.stop(), (duration + 15) * 1000);
  try {
    return await instance;
  } finally {
    clearTimeout(guard);
  }
}

/** req/s of 2xx answers; failures are printed, since a fast 4xx is not throughput. */
function rate(name: string, result: Result): number {
  const perSecond = result['2xx'] / result.duration;
  const failed = result.errors + result.timeouts + result.non2xx;
  console.log(
    `  ${name}: ${perSecond.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms` +
      (failed
        ? ` (${failed} failed: ${result.non2xx} not 2xx, ${result.errors} errors, ${result.timeouts} timeouts)`
        : ''),
  );
  return perSecond;
}

interface Paced {
  p50: number;
  p99: number;
  failed: number;
}

async function paced(baseURL: string, name: string, target: OpenLoopRequest): Promise<Paced> {
  const result = await openLoop({ baseURL, request: target, rate: OPEN_RATE, durationS: OPEN_S });
  const ok = latenciesWhere(result, (s) => s >= 200 && s < 300);
  const failed = result.due - ok.length;
  const figures = { p50: percentile(ok, 50), p99: percentile(ok, 99), failed };
  console.log(
    `  ${name} at ${OPEN_RATE}/s: p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms, ` +
      `max ${percentile(ok, 100).toFixed(1)} ms; ${describeStatuses(result)}; sender lag p99 ${percentile(result.lag, 99).toFixed(1)} ms`,
  );
  return figures;
}

function describeOverload(result: OverloadResult, offered: number): void {
  const { load } = result;
  const p99 = (which: (s: number) => boolean) => percentile(latenciesWhere(load, which), 99).toFixed(1);
  console.log(
    `  overload at ${offered.toFixed(0)}/s for ${OVERLOAD_S} s: ${describeStatuses(load)}; ` +
      `503 p99 ${p99((s) => s === 503)} ms, 2xx p99 ${p99((s) => s >= 200 && s < 300)} ms; ` +
      `sender lag p99 ${percentile(load.lag, 99).toFixed(1)} ms; peak RSS ${result.peakRssMb.toFixed(0)} MB; ` +
      `health ${result.health.ok}/${result.health.asked} answered 200, p99 ${healthP99(result).toFixed(1)} ms`,
  );
}

const median = (values: number[]) => summarize(values).median;

printLoad('at start');
assertBuilt(process.env.WEB_DIR);
const dataDir = mkdtempSync(join(tmpdir(), 'repairable-bench-throughput-'));
const server = spawnServer({ port: await freePort(), dataDir });
try {
  await waitForHealth(server);
  const { baseURL } = server;
  const pid = server.child.pid;
  if (pid === undefined) throw new Error('The server has no pid');
  const seeded = performance.now();
  const scenario = await seedScenario(baseURL, { moments: MOMENTS });
  console.log(
    `seeded in ${((performance.now() - seeded) / 1000).toFixed(0)} s: a couple; a timeline of ${MOMENTS} moments, ` +
      '200 ruptures and 100 check-ins; 200 earlier ruptures where the POSTs go',
  );
  const { cookie } = scenario;
  const me: OpenLoopRequest = { method: 'GET', path: '/api/me', headers: { cookie } };
  const health: OpenLoopRequest = { method: 'GET', path: '/api/health', headers: {} };
  const rupture: OpenLoopRequest = {
    method: 'POST',
    path: `/api/spaces/${scenario.ruptureSpaceId}/ruptures`,
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(scenario.rupture),
  };
  // What the web app asks for on opening a space: its first page of 20.
  const timeline: OpenLoopRequest = {
    method: 'GET',
    path: `/api/spaces/${scenario.timelineSpaceId}/timeline?limit=20`,
    headers: { cookie },
  };

  for (const target of [me, rupture, timeline]) await closedLoop(baseURL, target, WARMUP_S);
  console.log(
    `${ROUNDS} rounds: ${CONNECTIONS} connections for ${RUN_S} s each; ${OPEN_RATE}/s open loop for ${OPEN_S} s; ` +
      `${OVERLOAD_FACTOR}× the round's rupture capacity for ${OVERLOAD_S} s`,
  );
  const rounds: {
    me: number;
    rupture: number;
    timeline: number;
    rupturePaced: Paced;
    timelinePaced: Paced;
    overload: OverloadResult;
  }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round}`);
    rate('health GET (shown, not judged)', await closedLoop(baseURL, health, RUN_S));
    const meRate = rate('me GET', await closedLoop(baseURL, me, RUN_S));
    const ruptureRate = rate('rupture POST', await closedLoop(baseURL, rupture, RUN_S));
    const timelineRate = rate('timeline GET', await closedLoop(baseURL, timeline, RUN_S));
    const rupturePaced = await paced(baseURL, 'rupture POST', rupture);
    const timelinePaced = await paced(baseURL, 'timeline GET', timeline);
    const offered = OVERLOAD_FACTOR * ruptureRate;
    const over = await overload({ baseURL, pid, request: rupture, rate: offered, durationS: OVERLOAD_S });
    describeOverload(over, offered);
    const settled = await waitUntilSettled(baseURL);
    console.log(
      settled === null
        ? '  health did not answer within 50 ms for 60 s after the overload'
        : `  health answered within 50 ms again ${(settled / 1000).toFixed(1)} s after the overload`,
    );
    rounds.push({
      me: meRate,
      rupture: ruptureRate,
      timeline: timelineRate,
      rupturePaced,
      timelinePaced,
      overload: over,
    });
  }

  console.log(`medians of ${ROUNDS} rounds`);
  printFigure('me GET throughput', median(rounds.map((r) => r.me)), 'req/s');
  for (const [name, key, atLeast] of [
    ['rupture POST', 'rupture', TARGETS.rupturePctOfMe],
    ['timeline GET', 'timeline', TARGETS.timelinePctOfMe],
  ] as const) {
    printFigure(`${name} throughput`, median(rounds.map((r) => r[key])), 'req/s');
    // Each round's share of its own me run, then the median of those shares.
    printFigure(`${name} share of me GET`, median(rounds.map((r) => (100 * r[key]) / r.me)), '%', { atLeast });
  }
  for (const [name, key] of [
    ['rupture POST', 'rupturePaced'],
    ['timeline GET', 'timelinePaced'],
  ] as const) {
    printFigure(`${name} p50 at ${OPEN_RATE}/s`, median(rounds.map((r) => r[key].p50)), 'ms');
    printFigure(`${name} p99 at ${OPEN_RATE}/s`, median(rounds.map((r) => r[key].p99)), 'ms', {
      target: TARGETS.p99AtFixedRateMs,
    });
    printFigure(`${name} not answered 2xx at ${OPEN_RATE}/s`, sum(rounds.map((r) => r[key].failed)), 'requests', {
      target: 0,
    });
  }
  const loads = rounds.map((r) => r.overload.load);
  printFigure(
    `answers other than 2xx and 503 at ${OVERLOAD_FACTOR}× capacity (errors and timeouts included)`,
    sum(loads.map((l) => l.due - countWhere(l, (s) => (s >= 200 && s < 300) || s === 503))),
    'requests',
    { target: 0 },
  );
  printFigure(
    `503s at ${OVERLOAD_FACTOR}× capacity (shown)`,
    sum(loads.map((l) => countWhere(l, (s) => s === 503))),
    'requests',
  );
  const with503 = loads.filter((l) => countWhere(l, (s) => s === 503) > 0);
  if (with503.length === 0) console.log(`no 503s at ${OVERLOAD_FACTOR}× capacity: the server shed nothing`);
  else
    printFigure(
      `503 p99 at ${OVERLOAD_FACTOR}× capacity (rounds with 503s: ${with503.length})`,
      median(
        with503.map((l) =>
          percentile(
            latenciesWhere(l, (s) => s === 503),
            99,
          ),
        ),
      ),
      'ms',
      { target: TARGETS.overload503P99Ms },
    );
  printFigure(`peak RSS at ${OVERLOAD_FACTOR}× capacity`, Math.max(...rounds.map((r) => r.overload.peakRssMb)), 'MB', {
    target: TARGETS.overloadRssMb,
  });
  printFigure(
    `health probes not answered 200 within 2 s at ${OVERLOAD_FACTOR}× capacity`,
    sum(rounds.map((r) => r.overload.health.asked - r.overload.health.ok)),
    'requests',
    { target: 0 },
  );
  printFigure('peak RSS of the whole run (shown)', procStatusMb(pid, 'VmHWM'), 'MB');
  printLoad('at end');
} finally {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
