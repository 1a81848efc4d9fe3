import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * The sign-in and registration back-off moves out of memory so it holds
 * across restarts and instances (SECURITY.md S4, S9), and browsers that have
 * signed in before get a token of their own allowance.
 *
 * `throttle.key` is a SHA-256 of the bucket's name, so the table lists no
 * email or address in the clear; `forget_at` says when a quiet bucket may be
 * pruned. `known_device` keeps only the hash of the device cookie.
 */
export const throttleAndKnownDevices: Migration = {
  name: '0005-throttle-and-known-devices',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failure_at', 'text', (c) => c.notNull())
      .addColumn('forget_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('throttle_forget_idx').on('throttle').column('forget_at').execute();

    await db.schema
      .createTable('known_device')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('known_device_account_idx')
      .on('known_device')
      .columns(['account_id', 'last_used_at'])
      .execute();
  },
};
