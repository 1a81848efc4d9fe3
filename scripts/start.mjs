#!/usr/bin/env node
// `npm start`: builds only when a source file is newer than the build, then
// runs the server in this process. A fresh clone builds once (npm
// install already does, via `prepare`); after that a start costs a few
// milliseconds of file-time checks before the server itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const outputs = ['packages/web/dist/index.html', 'packages/server/dist/cli.js'].map((p) => join(root, p));
const sources = ['packages/core/src', 'packages/server/src', 'packages/web/src', 'packages/web/public'];
const loose = ['packages/web/index.html', 'packages/web/vite.config.ts', 'packages/server/vite.config.ts'];

function newestIn(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

function isStale() {
  if (!outputs.every((p) => existsSync(p))) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const newest = Math.max(
    ...[...sources, ...loose]
      .map((p) => join(root, p))
      .filter(existsSync)
      .map(newestIn),
  );
  return newest > built;
}

if (isStale()) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The server runs in this process, so Ctrl-C and SIGTERM reach its own graceful shutdown.
await import(pathToFileURL(join(root, 'packages/server/dist/cli.js')).href);
