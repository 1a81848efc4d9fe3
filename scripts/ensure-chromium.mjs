#!/usr/bin/env node
// Makes sure a Chromium for the end-to-end tests exists, and prints its path.
// Browser downloads do not work here, so the source is Debian's `chromium`
// package (installed on the spot when running as root with apt-get), or any
// Chromium named by CHROME_PATH.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return CANDIDATES.find(isExecutable);
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function installWithApt() {
  process.stderr.write('ensure-chromium: Chromium not found; installing Debian package "chromium" with apt-get…\n');
  const result = spawnSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
    { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
  );
  return result.status === 0;
}

let found = findChromium();
if (!found && process.getuid?.() === 0 && hasAptGet()) {
  installWithApt();
  found = findChromium();
}
if (!found) {
  process.stderr.write(
    'ensure-chromium: no Chromium found for the end-to-end tests: install Debian\'s "chromium" package (sudo apt-get install chromium) or set CHROME_PATH to a Chromium executable.\n',
  );
  process.exit(1);
}
process.stdout.write(`${found}\n`);
