import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * A member may edit their own positive moments and check-ins (issue 8); an
 * edited one says so to everyone who sees it, so history stays honest.
 * `null` means never edited, which every existing row is.
 */
export const editedMomentsAndCheckins: Migration = {
  name: '0011-edited-moments-and-checkins',
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('moment').addColumn('edited_at', 'text').execute();
    await db.schema.alterTable('checkin').addColumn('edited_at', 'text').execute();
  },
};
