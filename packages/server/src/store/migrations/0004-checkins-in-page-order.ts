import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * Check-ins are read newest first by (time, id). The old index stopped at
 * the time, so every read sorted in a temporary tree, even an empty one;
 * this one holds the whole order.
 */
export const checkinsInPageOrder: Migration = {
  name: '0004-checkins-in-page-order',
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('checkin_member_idx').execute();
    await db.schema
      .createIndex('checkin_member_time_idx')
      .on('checkin')
      .columns(['space_id', 'member_id', 'created_at', 'id'])
      .execute();
  },
};
