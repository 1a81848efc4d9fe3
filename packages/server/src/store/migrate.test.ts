import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../testing/harness';
import { migrateToLatest } from './migrate';
import { migrations } from './migrations/index';

async function tableNames(store: Awaited<ReturnType<typeof openTestStore>>['store']): Promise<string[]> {
  const query =
    store.dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema()`;
  const rows = await query.execute(store.db);
  return rows.rows.map((r) => r.name).sort();
}

describe('migrations (R4)', () => {
  it('are already applied to a test database and applying again does nothing', async () => {
    const { store, drop } = await openTestStore();
    try {
      expect(await migrateToLatest(store.db, store.dialect)).toEqual([]);
      const applied = await store.db.selectFrom('schema_migration').select('name').execute();
      expect(applied.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
    } finally {
      await store.close();
      await drop();
    }
  });

  it('leave the database exactly as it was when one fails halfway', async () => {
    const { store, drop } = await openTestStore();
    try {
      const before = await tableNames(store);
      const failing = {
        name: '9999-fails-halfway',
        async up(db: Parameters<(typeof migrations)[number]['up']>[0]) {
          await db.schema
            .createTable('half_done')
            .addColumn('id', 'text', (c) => c.primaryKey())
            .execute();
          await db.schema.alterTable('account').addColumn('nickname', 'text').execute();
          throw new Error('boom');
        },
      };
      await expect(migrateToLatest(store.db, store.dialect, [...migrations, failing])).rejects.toThrow('boom');
      expect(await tableNames(store)).toEqual(before);
      const columns = await sql<{
        c: number;
      }>`select count(*) as c from schema_migration where name = '9999-fails-halfway'`.execute(store.db);
      expect(Number(columns.rows[0]?.c)).toBe(0);
      // The account table kept its shape: the added column was rolled back too.
      await expect(sql`select nickname from account`.execute(store.db)).rejects.toThrow();
    } finally {
      await store.close();
      await drop();
    }
  });
});
