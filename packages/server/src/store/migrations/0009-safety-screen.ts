import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * The private safety screen (SECURITY.md P5). Per account, only what its
 * result changes: a row means that person's view puts safety first, and
 * since when. The answers themselves are never stored, and no row names a
 * space or another person; switching back removes the row.
 */
export const safetyScreen: Migration = {
  name: '0009-safety-screen',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('safety_screen')
      .addColumn('account_id', 'text', (c) => c.primaryKey().references('account.id').onDelete('cascade'))
      .addColumn('since', 'text', (c) => c.notNull())
      .execute();
  },
};
