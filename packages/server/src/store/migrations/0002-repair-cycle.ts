import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * The repair cycle. Every table is space-owned and carries `space_id`.
 * Lists (kinds, about) are JSON text; who a rupture involves is a table of
 * its own because visibility queries filter on it.
 */
export const repairCycle: Migration = {
  name: '0002-repair-cycle',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('rupture')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('author_member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addColumn('visibility', 'text', (c) => c.notNull())
      .addColumn('harm', 'integer', (c) => c.notNull())
      .addColumn('size', 'text', (c) => c.notNull())
      .addColumn('kinds', 'text', (c) => c.notNull())
      .addColumn('topic', 'text')
      .addColumn('note', 'text')
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('recognized_by', 'text', (c) => c.notNull())
      .addColumn('round', 'integer', (c) => c.notNull())
      .addColumn('paused_until', 'text')
      .addColumn('linked_to_id', 'text')
      .addColumn('repair_held', 'integer')
      .addColumn('raised_at', 'text')
      .addColumn('repaired_at', 'text')
      .addColumn('let_go_at', 'text')
      .execute();
    await db.schema
      .createIndex('rupture_space_time_idx')
      .on('rupture')
      .columns(['space_id', 'occurred_at', 'id'])
      .execute();

    await db.schema
      .createTable('rupture_involvement')
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('rupture_id', 'text', (c) => c.notNull().references('rupture.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('rupture_involvement_pk', ['rupture_id', 'member_id'])
      .execute();
    await db.schema
      .createIndex('rupture_involvement_member_idx')
      .on('rupture_involvement')
      .columns(['space_id', 'member_id'])
      .execute();

    await db.schema
      .createTable('attempt')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('rupture_id', 'text', (c) => c.notNull().references('rupture.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('message', 'text')
      .addColumn('return_at', 'text')
      .addColumn('while_flooded', 'integer', (c) => c.notNull())
      .addColumn('round', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('attempt_rupture_idx').on('attempt').columns(['space_id', 'rupture_id']).execute();

    await db.schema
      .createTable('repair_response')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('rupture_id', 'text', (c) => c.notNull().references('rupture.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addColumn('recorded_by_member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addColumn('round', 'integer', (c) => c.notNull())
      .addColumn('feel', 'text', (c) => c.notNull())
      .addColumn('need', 'text')
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('repair_response_rupture_idx')
      .on('repair_response')
      .columns(['space_id', 'rupture_id'])
      .execute();

    await db.schema
      .createTable('checkin')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('intensity', 'integer', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('checkin_member_idx')
      .on('checkin')
      .columns(['space_id', 'member_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('moment')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('author_member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('visibility', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('about', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('moment_space_time_idx')
      .on('moment')
      .columns(['space_id', 'created_at', 'id'])
      .execute();

    await db.schema
      .createTable('rupture_event')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('rupture_id', 'text', (c) => c.notNull().references('rupture.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('actor_member_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('rupture_event_rupture_idx')
      .on('rupture_event')
      .columns(['space_id', 'rupture_id'])
      .execute();

    await db.schema
      .createTable('reminder_state')
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('rupture_id', 'text', (c) => c.notNull().references('rupture.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addColumn('shown', 'integer', (c) => c.notNull())
      .addColumn('snoozed_until', 'text')
      .addPrimaryKeyConstraint('reminder_state_pk', ['rupture_id', 'member_id'])
      .execute();

    await db.schema
      .createTable('idempotency_key')
      .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('body', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_key_pk', ['account_id', 'key'])
      .execute();
  },
};
