import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * Guided conversations (issue 10). Numbered 0014: 0013 is taken on the
 * `ins-live` branch (attention candidates); names only need to be unique.
 * A conversation's engine state (whose turn, which step, who is still to
 * answer, the return time of a pause …) is the core engine's, kept as one
 * JSON value in `state`; the columns are what SQL needs: the space and
 * rupture it belongs to, its status and version for the version-checked
 * write, and its time order for the list. Who takes part is a table, so
 * "conversations I take part in" is one SQL predicate (in
 * `access/visibility.ts`). Each entry is a row holding what the person gave,
 * whole, as JSON; `based_on` is the conversation version it was sent
 * against, which makes a resent step recognisable as the same request.
 */
export const conversations: Migration = {
  name: '0014-conversations',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('conversation')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('protocol', 'text', (c) => c.notNull())
      .addColumn('rupture_id', 'text', (c) => c.references('rupture.id').onDelete('set null'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('started_by', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'text')
      .execute();
    await db.schema
      .createIndex('conversation_space_time_idx')
      .on('conversation')
      .columns(['space_id', 'created_at', 'id'])
      .execute();
    await db.schema.createIndex('conversation_rupture_idx').on('conversation').columns(['rupture_id']).execute();

    await db.schema
      .createTable('conversation_participant')
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversation.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('conversation_participant_pk', ['conversation_id', 'member_id'])
      .execute();
    await db.schema
      .createIndex('conversation_participant_member_idx')
      .on('conversation_participant')
      .columns(['space_id', 'member_id', 'conversation_id'])
      .execute();

    await db.schema
      .createTable('conversation_entry')
      .addColumn('space_id', 'text', (c) => c.notNull().references('space.id').onDelete('cascade'))
      .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversation.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('step_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
      .addColumn('input', 'text', (c) => c.notNull())
      .addColumn('revealed', 'integer', (c) => c.notNull())
      .addColumn('based_on', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('conversation_entry_pk', ['conversation_id', 'seq'])
      .execute();
  },
};
