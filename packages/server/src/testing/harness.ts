import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import { createApp } from '../app';
import { argon2Hasher } from '../auth/passwords';
import { LoginThrottle, type Policies, policiesWith } from '../auth/throttle';
import type { AppOptions } from '../http/env';
import { memoryLogger } from '../logger';
import { manualClock } from '../ports/clock';
import { inProcessBus } from '../ports/event-bus';
import { newId } from '../ports/ids';
import { openStore, type Store, type StoreTarget } from '../store/connect';
import { migrateToLatest } from '../store/migrate';
import { withDatabase } from './database-url';

export type TestDialect = 'sqlite' | 'postgres';

export function testDialect(): TestDialect {
  return process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A fresh, migrated database for one test: a new SQLite file, or a new
 * PostgreSQL database cloned from the migrated template.
 */
export async function openTestStore(): Promise<{ store: Store; target: StoreTarget; drop(): Promise<void> }> {
  if (testDialect() === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'repairable-test-'));
    const target: StoreTarget = { dialect: 'sqlite', file: join(dir, 'test.db') };
    const store = openStore(target);
    await migrateToLatest(store.db, 'sqlite');
    return { store, target, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const baseUrl = inject('postgresUrl');
  const name = `t_${newId().replaceAll('-', '')}`;
  await adminQuery(baseUrl, `create database ${name} template ${inject('postgresTemplate')}`);
  const target: StoreTarget = { dialect: 'postgres', url: withDatabase(baseUrl, name) };
  const store = openStore(target);
  return { store, target, drop: () => adminQuery(baseUrl, `drop database if exists ${name} with (force)`) };
}

/**
 * A fresh database for a server run in its own process (`repairable serve`):
 * the environment that points it there, and how to remove it afterwards.
 * SQLite gets an empty data dir (the server migrates it on start);
 * PostgreSQL a new database cloned from the migrated template.
 */
export async function databaseForProcess(): Promise<{
  dialect: TestDialect;
  dataDir: string;
  env: Record<string, string>;
  drop(): Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'repairable-process-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (testDialect() === 'sqlite') return { dialect: 'sqlite', dataDir, env: {}, drop: removeDir };
  const baseUrl = inject('postgresUrl');
  const name = `p_${newId().replaceAll('-', '')}`;
  await adminQuery(baseUrl, `create database ${name} template ${inject('postgresTemplate')}`);
  return {
    dialect: 'postgres',
    dataDir,
    env: { DATABASE_URL: withDatabase(baseUrl, name) },
    drop: async () => {
      await adminQuery(baseUrl, `drop database if exists ${name} with (force)`);
      await removeDir();
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;

/** What a test may change about the app it gets. */
export interface TestSetup {
  options?: Partial<AppOptions>;
  /**
   * The production back-off, except that registration does not slow down:
   * every in-process request comes from one address, and many tests sign up
   * more people than a household would. Registration tests pass `POLICIES`.
   */
  policies?: Policies;
}

const TEST_POLICIES = policiesWith({ registrationsPerAddress: 10_000 });
/** A fortnight of sample history, not a year: the matrix and the fuzz make many sample spaces. */
const DEMO_SPACE_YEARS = 14 / 365;

export async function createTestContext(setup: TestSetup = {}) {
  const { store, target, drop } = await openTestStore();
  const clock = manualClock(new Date());
  const logger = memoryLogger();
  const bus = inProcessBus();
  const build = (s: Store) =>
    createApp({
      db: s.db,
      dialect: s.dialect,
      write: s.write,
      clock,
      passwords: argon2Hasher(),
      throttle: new LoginThrottle(clock, setup.policies ?? TEST_POLICIES),
      logger,
      bus,
      options: { trustProxy: false, quickExitUrl: 'about:blank', demoSpaceYears: DEMO_SPACE_YEARS, ...setup.options },
    });
  const { app, live } = build(store);
  const others: { close(): Promise<void> }[] = [];
  return {
    app,
    live,
    bus,
    db: store.db,
    write: store.write,
    dialect: store.dialect,
    clock,
    logger,
    /**
     * Another app instance on the same database, with its own connection and
     * nothing in memory from this one: a restart, or a second instance.
     */
    anotherInstance() {
      const other = openStore(target);
      const built = build(other);
      others.push({
        async close() {
          built.live.close();
          await other.close();
        },
      });
      return built.app;
    },
    async close() {
      for (const other of others) await other.close();
      live.close();
      await store.close();
      await drop();
    },
  };
}

/** Registers before/after hooks and returns a getter for the current test's context. */
export function useTestContext(setup: TestSetup = {}): () => TestContext {
  let ctx: TestContext | undefined;
  beforeEach(async () => {
    ctx = await createTestContext(setup);
  });
  afterEach(async () => {
    await ctx?.close();
    ctx = undefined;
  });
  return () => {
    if (!ctx) throw new Error('useTestContext() is only available inside a test');
    return ctx;
  };
}
