import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertBuilt,
  freePort,
  type ServerProcess,
  sleep,
  startServer,
  stopServer,
} from '../e2e/support/server-process';
import { printFigure } from './figures';
import { procStatusMb } from './process-memory';

/**
 * Resident memory of the built server after a little traffic and 5 s idle.
 * Run: npx tsx bench/idle-memory.ts
 */
const TARGET_MB = 120;
const IDLE_MS = 5_000;

async function hit(server: ServerProcess, path: string): Promise<void> {
  const res = await fetch(`${server.baseURL}${path}`);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
}

assertBuilt(process.env.WEB_DIR);
const dataDir = mkdtempSync(join(tmpdir(), 'repairable-bench-memory-'));
const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
const server = await startServer({ port: await freePort(), dataDir }).catch((err: unknown) => {
  removeDataDir();
  throw err;
});
try {
  for (let i = 0; i < 5; i++) {
    await hit(server, '/api/health');
    // The app shell, as the browser's first request gets it (any non-/api path).
    await hit(server, '/welcome');
  }
  await sleep(IDLE_MS);
  const pid = server.child.pid;
  if (pid === undefined) throw new Error('The server has no pid');
  printFigure('idle RSS', procStatusMb(pid, 'VmRSS'), 'MB', { target: TARGET_MB });
  printFigure('peak RSS so far', procStatusMb(pid, 'VmHWM'), 'MB');
} finally {
  await stopServer(server);
  removeDataDir();
}
