import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, freePort, spawnServer, stopServer, waitForHealth } from '../e2e/support/server-process';
import { printFigure, summarize } from './figures';

/**
 * Cold start of the built server on an existing (already migrated) SQLite
 * data dir: ms from spawn to the first 200 from /api/health.
 * Run: npx tsx bench/startup.ts
 */
const RUNS = 5;
const TARGET_MS = 2_000;

assertBuilt(process.env.WEB_DIR);
const dataDir = mkdtempSync(join(tmpdir(), 'repairable-bench-startup-'));
try {
  // First start migrates the fresh database; it is not measured.
  const first = spawnServer({ port: await freePort(), dataDir });
  await waitForHealth(first);
  await stopServer(first);

  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const port = await freePort();
    const started = performance.now();
    const server = spawnServer({ port, dataDir });
    await waitForHealth(server, { intervalMs: 10 });
    times.push(performance.now() - started);
    await stopServer(server);
  }
  const { min, median, max } = summarize(times);
  console.log(`startup runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  printFigure('startup min', min, 'ms');
  printFigure('startup median', median, 'ms', { target: TARGET_MS });
  printFigure('startup max', max, 'ms');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
