#!/usr/bin/env node
import { argon2Hasher } from './auth/passwords';
import { readConfig, UsageError } from './config';
import { createDemo, demoSignInText } from './demo/demo';
import { jsonLogger } from './logger';
import { systemClock } from './ports/clock';
import { openConfiguredStore, startServer } from './server';
import { migrateToLatest } from './store/migrate';
import { runToneCommand } from './tone/command';

async function main() {
  // Needs no database and no configuration: the tone check of each line of standard input.
  if (process.argv[2] === 'tone') return runToneCommand(process.stdin, process.stdout);
  const config = readConfig(process.argv.slice(2), process.env);
  const logger = jsonLogger();
  if (config.command === 'migrate') {
    const store = openConfiguredStore(config);
    const applied = await migrateToLatest(store.db, store.dialect);
    logger.info('migrated', { dialect: store.dialect, migrations: applied });
    await store.close();
    return;
  }
  if (config.command === 'demo') {
    const store = openConfiguredStore(config);
    await migrateToLatest(store.db, store.dialect);
    const demo = await createDemo({ write: store.write, clock: systemClock, passwords: argon2Hasher() }, config.demo);
    await store.close();
    process.stdout.write(demoSignInText(demo));
    return;
  }
  const server = await startServer(config, logger);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    if (err.message) process.stderr.write(`${err.message}\n\n`);
    process.stderr.write(err.usage);
    process.exit(2);
  }
  process.stderr.write(`repairable: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
