import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * Who a rupture involves is read by (space, rupture ids). The index on
 * (space, member) served no query, yet SQLite chose it for those reads and
 * scanned every involvement row of the space; this one fits.
 */
export const involvementByRupture: Migration = {
  name: '0003-involvement-by-rupture',
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('rupture_involvement_member_idx').execute();
    await db.schema
      .createIndex('rupture_involvement_space_rupture_idx')
      .on('rupture_involvement')
      .columns(['space_id', 'rupture_id'])
      .execute();
  },
};
