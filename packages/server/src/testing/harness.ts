import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import { createApp } from '../app';
import { argon2Hasher } from '../auth/passwords';
import { LoginThrottle } from '../auth/throttle';
import { memoryLogger } from '../logger';
import { manualClock } from '../ports/clock';
import { inProcessBus } from '../ports/event-bus';
import { newId } from '../ports/ids';
import { openStore, type Store } from '../store/connect';
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
export async function openTestStore(): Promise<{ store: Store; drop(): Promise<void> }> {
  if (testDialect() === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'repairable-test-'));
    const store = openStore({ dialect: 'sqlite', file: join(dir, 'test.db') });
    await migrateToLatest(store.db, 'sqlite');
    return { store, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const baseUrl = inject('postgresUrl');
  const name = `t_${newId().replaceAll('-', '')}`;
  await adminQuery(baseUrl, `create database ${name} template ${inject('postgresTemplate')}`);
  const store = openStore({ dialect: 'postgres', url: withDatabase(baseUrl, name) });
  return { store, drop: () => adminQuery(baseUrl, `drop database if exists ${name} with (force)`) };
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

export async function createTestContext() {
  const { store, drop } = await openTestStore();
  const clock = manualClock(new Date());
  const logger = memoryLogger();
  const throttle = new LoginThrottle(clock);
  const bus = inProcessBus();
  const { app, live } = createApp({
    db: store.db,
    dialect: store.dialect,
    write: store.write,
    clock,
    passwords: argon2Hasher(),
    throttle,
    logger,
    bus,
    options: { trustProxy: false, quickExitUrl: 'about:blank' },
  });
  return {
    app,
    live,
    bus,
    db: store.db,
    dialect: store.dialect,
    clock,
    logger,
    async close() {
      live.close();
      await store.close();
      await drop();
    },
  };
}

/** Registers before/after hooks and returns a getter for the current test's context. */
export function useTestContext(): () => TestContext {
  let ctx: TestContext | undefined;
  beforeEach(async () => {
    ctx = await createTestContext();
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
