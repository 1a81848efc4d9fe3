#!/usr/bin/env node
// The `repairable` command (`npx repairable …` from the repository root).
// npm links a package's bins when it installs, before `prepare` builds dist/,
// and skips a bin whose file is not there yet: so the bin is this file, which
// is in the repository, and it runs the built CLI.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('repairable: not built yet. Run "npm run build" in the repository first.\n');
  process.exit(1);
}
await import(cli.href);
