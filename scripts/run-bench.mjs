#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/, one after another, after a build.
// Each prints `name: value unit` lines and sets a non-zero exit code when a
// figure misses its target. Never part of `npm test`.
import { spawnSync } from 'node:child_process';

const BENCHES = [
  'bench/startup.ts',
  'bench/idle-memory.ts',
  'bench/bundle-size.ts',
  'bench/lighthouse.ts',
  'bench/throughput.ts',
  'bench/live-latency.ts',
  'bench/simulation.ts',
  'bench/insights.ts',
];

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
let failed = 0;
for (const bench of BENCHES) {
  console.log(`\n# ${bench}`);
  if (run('npx', ['tsx', bench]) !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
