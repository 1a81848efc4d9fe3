import { afterAll, beforeAll } from 'vitest';
import {
  assertBuilt,
  freePort,
  type ServerProcess,
  startServer,
  stopServer,
} from '../../../../e2e/support/server-process';
import { databaseForProcess, type TestDialect } from './harness';

export interface BuiltServerDatabase {
  dialect: TestDialect;
  /** The SQLite data dir (on PostgreSQL, empty). */
  dataDir: string;
  /** Starts the built server on this database and one port, again after a crash or a stop: a restart. */
  start(): Promise<ServerProcess>;
  drop(): Promise<void>;
}

/**
 * A fresh database of the dialect under test for the built server (what
 * `npm start` runs), for what only its own process and real sockets show:
 * timeouts, caps, overload, crashes. `env` sets its limits.
 */
export async function builtServerDatabase(env: Record<string, string> = {}): Promise<BuiltServerDatabase> {
  assertBuilt();
  const database = await databaseForProcess();
  const port = await freePort();
  return {
    dialect: database.dialect,
    dataDir: database.dataDir,
    start: () => startServer({ port, dataDir: database.dataDir, env: { ...database.env, ...env } }),
    drop: database.drop,
  };
}

/** The built server on a fresh database, started before a file's tests and stopped (and dropped) after them. */
export function useBuiltServer(env: Record<string, string> = {}): () => ServerProcess {
  let server: ServerProcess | undefined;
  let drop = async () => {};
  beforeAll(async () => {
    const database = await builtServerDatabase(env);
    drop = database.drop;
    server = await database.start();
  });
  afterAll(async () => {
    if (server) await stopServer(server);
    await drop();
  });
  return () => {
    if (!server) throw new Error('useBuiltServer() is only available inside a test');
    return server;
  };
}
