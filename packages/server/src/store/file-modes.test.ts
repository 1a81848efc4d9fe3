import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfiguredStore } from '../server';
import { migrateToLatest } from './migrate';

const mode = (path: string) => statSync(path).mode & 0o777;

/**
 * SECURITY.md R7: the data folder and the SQLite database with its -wal
 * and -shm files are readable by the server's own user only. The embedded
 * database is what every install starts with, so this runs in both test
 * projects alike.
 */
describe('data on disk is kept to its owner (R7)', () => {
  let root = '';
  let umask = 0;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'repairable-modes-'));
    // The usual umask, which leaves what is created without a mode world-readable.
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    rmSync(root, { recursive: true, force: true });
  });

  async function openAndWrite(dataDir: string) {
    const store = openConfiguredStore({ dataDir, databaseUrl: undefined });
    try {
      await migrateToLatest(store.db, store.dialect);
      await store.write((trx) => sql`select 1`.execute(trx));
      const file = join(dataDir, 'repairable.db');
      return { db: mode(file), wal: mode(`${file}-wal`), shm: mode(`${file}-shm`) };
    } finally {
      await store.close();
    }
  }

  it('creates the data folder 0700 and the database, -wal and -shm files 0600', async () => {
    const dataDir = join(root, 'nested', 'data');
    const files = await openAndWrite(dataDir);
    expect(mode(dataDir).toString(8)).toBe('700');
    expect(mode(join(root, 'nested')).toString(8)).toBe('700');
    expect({ db: files.db.toString(8), wal: files.wal.toString(8), shm: files.shm.toString(8) }).toEqual({
      db: '600',
      wal: '600',
      shm: '600',
    });
  });

  it('tightens a database file an older version left world-readable', async () => {
    const dataDir = join(root, 'data');
    await openAndWrite(dataDir);
    const file = join(dataDir, 'repairable.db');
    chmodSync(file, 0o644);
    const files = await openAndWrite(dataDir);
    expect({ db: files.db.toString(8), wal: files.wal.toString(8) }).toEqual({ db: '600', wal: '600' });
  });
});
