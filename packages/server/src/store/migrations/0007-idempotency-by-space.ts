import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * Idempotency answers remember the space they belong to, so leaving a space
 * can remove them and a replay can be refused to someone no longer in it
 * (SECURITY.md A2). Answers stored before this carry no space and may hold
 * private content; they are kept a day at most, so they are dropped now
 * rather than kept unanswerable.
 */
export const idempotencyBySpace: Migration = {
  name: '0007-idempotency-by-space',
  async up(db: Kysely<unknown>) {
    // Written against the schema of its own time, not today's types.
    await (db as Kysely<{ idempotency_key: { key: string } }>).deleteFrom('idempotency_key').execute();
    await db.schema.alterTable('idempotency_key').addColumn('space_id', 'text').execute();
    await db.schema
      .createIndex('idempotency_key_space_idx')
      .on('idempotency_key')
      .columns(['space_id', 'account_id'])
      .execute();
  },
};
