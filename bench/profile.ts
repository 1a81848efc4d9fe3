import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Options } from 'autocannon';
import {
  assertBuilt,
  freePort,
  REPO_ROOT,
  SERVER_CLI,
  spawnServer,
  stopServer,
  WEB_DIST,
  waitForHealth,
} from '../e2e/support/server-process';
import { type Scenario, seedScenario } from './seed';

/**
 * Where one endpoint's time goes under load: runs the built server with
 * V8's CPU profiler on the data throughput.ts measures (bench/seed.ts;
 * MOMENTS shortens the seeding), drives one endpoint with 50 connections for 10 s, and
 * prints the self time by package and by function. With `--sql`, also the
 * time spent in each SQL statement (see bench/time-statements.cjs).
 * A diagnostic, not a figure with a target: profiling slows the server.
 * Run: npx tsx bench/profile.ts health|me|rupture|timeline [--sql]
 */
const ENDPOINTS = ['health', 'me', 'rupture', 'timeline'] as const;
type Endpoint = (typeof ENDPOINTS)[number];
const TOP = 25;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const endpoint = process.argv[2] as Endpoint;
if (!ENDPOINTS.includes(endpoint)) throw new Error(`Usage: npx tsx bench/profile.ts ${ENDPOINTS.join('|')} [--sql]`);
const withSql = process.argv.includes('--sql');

function requestFor(which: Endpoint, baseURL: string, seeded: Scenario): Options {
  const { cookie } = seeded;
  if (which === 'health') return { url: `${baseURL}/api/health` };
  if (which === 'me') return { url: `${baseURL}/api/me`, headers: { cookie } };
  if (which === 'timeline')
    return { url: `${baseURL}/api/spaces/${seeded.timelineSpaceId}/timeline?limit=20`, headers: { cookie } };
  return {
    url: `${baseURL}/api/spaces/${seeded.ruptureSpaceId}/ruptures`,
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(seeded.rupture),
  };
}

/** A path short enough to read: from the package for dependencies, from the repository for our code. */
function shortPath(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const inDependency = path.lastIndexOf('node_modules/');
  return inDependency >= 0 ? path.slice(inDependency + 'node_modules/'.length) : path.replace(REPO_ROOT, '');
}

/** The package for dependencies, the file for our code and Node's, V8's label otherwise. */
function origin(url: string, functionName: string): string {
  if (url === '') return `(${functionName})`;
  const dependency = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  return dependency?.[1] ?? shortPath(url);
}

function printTop(title: string, totals: Map<string, number>, whole: number): void {
  console.log(`\n${title}`);
  for (const [name, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${((100 * micros) / whole).toFixed(1).padStart(5)} %  ${name}`);
  }
}

function summarizeProfile(profile: CpuProfile): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let whole = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const micros = profile.timeDeltas[i] ?? 0;
    if (!frame) return;
    whole += micros;
    const where = origin(frame.url, frame.functionName);
    byPackage.set(where, (byPackage.get(where) ?? 0) + micros);
    const name = `${frame.functionName || '(anonymous)'}  ${frame.url ? `${shortPath(frame.url)}:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  });
  printTop('self time by package', byPackage, whole);
  printTop('self time by function', byFunction, whole);
}

function summarizeStatements(file: string, requests: number): void {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { sql: string; count: number; micros: number; max: number }[];
  console.log(`\nSQL statements (total ms, runs, µs each, µs per ${endpoint} request, longest ms)`);
  for (const row of rows.sort((a, b) => b.micros - a.micros).slice(0, TOP)) {
    const perRequest = (row.micros / Math.max(requests, 1)).toFixed(1);
    console.log(
      `${(row.micros / 1000).toFixed(0).padStart(6)}  ${String(row.count).padStart(7)}×  ${(row.micros / row.count).toFixed(1).padStart(7)}  ${perRequest.padStart(6)}  ${(row.max / 1000).toFixed(1).padStart(6)}  ${row.sql.slice(0, 80)}`,
    );
  }
}

assertBuilt();
const work = mkdtempSync(join(tmpdir(), 'repairable-bench-profile-'));
const profileDir = join(work, 'profile');
const statementsFile = join(work, 'statements.json');
const dataDir = join(work, 'data');
const port = await freePort();

// Seeded by a server of its own, so the profile and the statement times hold only the load below.
const seeder = spawnServer({ port, dataDir });
let seeded: Scenario;
try {
  await waitForHealth(seeder);
  seeded = await seedScenario(seeder.baseURL, { moments: Number(process.env.MOMENTS ?? 10_000) });
} finally {
  await stopServer(seeder);
}

const child = spawn(
  process.execPath,
  [
    ...(withSql ? ['--require', join(REPO_ROOT, 'bench/time-statements.cjs')] : []),
    '--cpu-prof',
    `--cpu-prof-dir=${profileDir}`,
    SERVER_CLI,
    'serve',
  ],
  {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      WEB_DIR: process.env.WEB_DIR ?? WEB_DIST,
      STATEMENT_TIMES_FILE: statementsFile,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const server = { child, port, baseURL: `http://127.0.0.1:${port}`, output: () => '' };
try {
  await waitForHealth(server);
  const result = await autocannon({ connections: 50, duration: 10, ...requestFor(endpoint, server.baseURL, seeded) });
  console.log(
    `${endpoint}: ${(result['2xx'] / result.duration).toFixed(0)} req/s under the profiler, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} not 2xx`,
  );
  await stopServer(server);
  const profileFile = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
  if (!profileFile) throw new Error(`The server wrote no profile to ${profileDir}`);
  summarizeProfile(JSON.parse(readFileSync(join(profileDir, profileFile), 'utf8')) as CpuProfile);
  if (withSql) summarizeStatements(statementsFile, result['2xx']);
} finally {
  await stopServer(server);
  if (!process.env.KEEP_PROFILE) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
