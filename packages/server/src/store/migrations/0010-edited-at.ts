import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * Editing one's own entries (issue 8): a rupture, an attempt's message, an
 * answer's need or note can be changed by whoever wrote it, and everyone who
 * sees it reads "edited" with the time. Only that time is stored; the earlier
 * wording is not kept. Null for everything written before, and for anything
 * never edited.
 */
export const editedAt: Migration = {
  name: '0010-edited-at',
  async up(db: Kysely<unknown>) {
    for (const table of ['rupture', 'attempt', 'repair_response']) {
      await db.schema.alterTable(table).addColumn('edited_at', 'text').execute();
    }
  },
};
