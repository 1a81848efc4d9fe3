import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { argon2Hasher } from './auth/passwords';
import { LoginThrottle, policiesWith } from './auth/throttle';
import type { Config } from './config';
import { limitConnections, timeoutOptions } from './http/connection-limits';
import type { Limits } from './limits';
import type { Logger } from './logger';
import { systemClock } from './ports/clock';
import { inProcessBus } from './ports/event-bus';
import { openStore, type Store } from './store/connect';
import { migrateToLatest } from './store/migrate';

export function openConfiguredStore(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & { limits?: Pick<Limits, 'writeQueueLimit'> },
  logger?: Logger,
): Store {
  if (config.databaseUrl) {
    return openStore({ dialect: 'postgres', url: config.databaseUrl }, (err) =>
      logger?.error('database_connection_lost', { error: err.name, detail: (err as { code?: string }).code }),
    );
  }
  // Readable by the server's own user only (SECURITY.md R7); the files inside are made 0600 by openStore.
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  return openStore({ dialect: 'sqlite', file: join(config.dataDir, 'repairable.db') }, undefined, {
    maxQueuedWrites: config.limits?.writeQueueLimit,
  });
}

/** Opens storage, migrates, and listens. Resolves once the port is bound. */
export async function startServer(config: Config, logger: Logger) {
  const store = openConfiguredStore(config, logger);
  const applied = await migrateToLatest(store.db, store.dialect);
  if (applied.length > 0) logger.info('migrated', { dialect: store.dialect, migrations: applied });
  const clock = systemClock;
  const { app, live } = createApp({
    db: store.db,
    dialect: store.dialect,
    write: store.write,
    clock,
    passwords: argon2Hasher(),
    throttle: new LoginThrottle(clock, policiesWith({ registrationsPerAddress: config.registrationsPerAddress })),
    logger,
    bus: inProcessBus(),
    options: {
      trustProxy: config.trustProxy,
      proxyHops: config.proxyHops,
      webDir: config.webDir,
      quickExitUrl: config.quickExitUrl,
      allowedHosts: config.allowedHosts,
      limits: config.limits,
      helplines: config.helplines,
    },
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      { fetch: app.fetch, port: config.port, hostname: config.host, serverOptions: timeoutOptions(config.limits) },
      () => resolve(s),
    );
    limitConnections(s, { limits: config.limits, trustProxy: config.trustProxy });
  });
  live.injectWebSocket(server);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info('listening', { port, dialect: store.dialect });
  return {
    port,
    async close() {
      live.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
