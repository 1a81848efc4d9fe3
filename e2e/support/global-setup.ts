import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertBuilt, freePort, spawnServer, stopServer, WEB_DIST, waitForHealth } from './server-process';

declare module 'vitest' {
  interface ProvidedContext {
    /** Where the built server listens, e.g. http://127.0.0.1:41234. */
    baseURL: string;
    /** The same-origin path the quick-exit control must leave for (SECURITY.md P4). */
    quickExitPath: string;
  }
}

/** Any same-origin path will do: the journeys only check that the app was left for it. */
const QUICK_EXIT_PATH = '/neutral-test-page';

/**
 * Starts the built server (what `npm start` runs, not a dev server) on a
 * free port with a throwaway SQLite data dir, for all browser journeys.
 */
export default async function setup(project: TestProject) {
  assertBuilt(WEB_DIST);
  const dataDir = mkdtempSync(join(tmpdir(), 'repairable-e2e-'));
  const server = spawnServer({
    port: await freePort(),
    dataDir,
    // Every journey signs up from this one loopback address; more than a household would.
    env: { WEB_DIR: WEB_DIST, QUICK_EXIT_URL: QUICK_EXIT_PATH, REGISTRATIONS_PER_ADDRESS: '1000' },
  });
  try {
    await waitForHealth(server);
  } catch (err) {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }

  project.provide('baseURL', server.baseURL);
  project.provide('quickExitPath', QUICK_EXIT_PATH);

  return async () => {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
    // Browser-side 5xx answers already fail the journey; this says why.
    const errors = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":"error"'));
    if (errors.length > 0) console.error(`The server logged errors during the e2e run:\n${errors.join('\n')}`);
  };
}
