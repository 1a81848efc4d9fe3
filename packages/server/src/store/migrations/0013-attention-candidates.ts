import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * "Needs you" on a space's home looks only at shared ruptures, not harm,
 * still open (`ruptureMayNeed`, access/attention.ts). Without an index
 * leading with those, it walked every rupture of the space: ~25,000 rows
 * and most of the home's time at 100,000 moments (bench/README). With
 * this one it reads the ~2,000 open shared ones, in id order within each
 * open status, from the index alone (it also holds the round, the pause and
 * the author the filter asks about): ~28 → ~1.5 ms of SQL there.
 */
export const attentionCandidates: Migration = {
  name: '0013-attention-candidates',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('rupture_attention_idx')
      .ifNotExists()
      .on('rupture')
      .columns(['space_id', 'visibility', 'harm', 'status', 'id', 'round', 'paused_until', 'author_member_id'])
      .execute();
  },
};
