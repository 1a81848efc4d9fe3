import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * The built server as a child process, shared by the e2e global setup, the
 * crash test (packages/server/src/store/crash.test.ts) and the benchmarks:
 * all must drive and measure exactly what `npm start` runs. `freePort`
 * serves the PostgreSQL test setup too.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SERVER_CLI = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  baseURL: string;
  /** Everything the server printed so far, for error messages. */
  output(): string;
}

/** Fails with one actionable message when `npm run build` has not produced what we start. */
export function assertBuilt(webDir: string = WEB_DIST): void {
  const missing = [SERVER_CLI, `${webDir}/index.html`].filter((file) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(
      `Not built: ${missing.join(', ')} missing. Run "npm run build" in ${REPO_ROOT.replace(/\/$/, '')} first.`,
    );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node packages/server/dist/cli.js serve` on 127.0.0.1 with SQLite
 * in `dataDir`. `WEB_DIR` from the caller's environment wins over the built
 * web app, so the server-only benchmarks can run before the web app exists.
 */
export function spawnServer(props: { port: number; dataDir: string; env?: Record<string, string> }): ServerProcess {
  const child = spawn(process.execPath, [SERVER_CLI, 'serve'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(props.port),
      DATA_DIR: props.dataDir,
      DATABASE_URL: '',
      WEB_DIR: process.env.WEB_DIR ?? WEB_DIST,
      ...props.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, port: props.port, baseURL: `http://127.0.0.1:${props.port}`, output: () => output };
}

/** `spawnServer`, resolved once health answers; a server that never does is stopped before the error is thrown. */
export async function startServer(props: Parameters<typeof spawnServer>[0]): Promise<ServerProcess> {
  const server = spawnServer(props);
  try {
    await waitForHealth(server);
  } catch (err) {
    await stopServer(server);
    throw err;
  }
  return server;
}

/** Polls GET /api/health until it answers 200; rejects if the server exits or `timeoutMs` passes. */
export async function waitForHealth(
  server: ServerProcess,
  options: { intervalMs?: number; timeoutMs?: number } = {},
): Promise<void> {
  const { intervalMs = 50, timeoutMs = 20_000 } = options;
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      throw new Error(`The server exited (${server.child.exitCode ?? server.child.signalCode}):\n${server.output()}`);
    try {
      const res = await fetch(`${server.baseURL}/api/health`, { signal: AbortSignal.timeout(2_000) });
      // Read the body, or undici keeps the socket and crashes the process when the server later closes it.
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(intervalMs);
  }
  throw new Error(`The server did not answer /api/health within ${timeoutMs} ms:\n${server.output()}`);
}

/** SIGTERM (a graceful close), then SIGKILL if it has not exited within `graceMs`. */
export async function stopServer(server: ServerProcess, graceMs = 5_000): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
