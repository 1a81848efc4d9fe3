import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * Sessions are listed a page at a time, newest sign-in first, so their
 * index holds the whole order (it replaces the one on the account alone,
 * which it begins with). Snooze times are compared with `now` in SQL when
 * reminders are read; those stored before they were normalized to UTC ISO
 * text (an offset like `+02:00` sent by an API client) are normalized here.
 */
export const listsInPageOrder: Migration = {
  name: '0008-lists-in-page-order',
  async up(db: Kysely<unknown>) {
    // Written against the schema of its own time, not today's types.
    const schema = db as Kysely<{
      reminder_state: { rupture_id: string; member_id: string; snoozed_until: string | null };
    }>;
    await db.schema.dropIndex('session_account_idx').ifExists().execute();
    await db.schema
      .createIndex('session_account_time_idx')
      .ifNotExists()
      .on('session')
      .columns(['account_id', 'created_at', 'id'])
      .execute();
    const snoozed = await schema
      .selectFrom('reminder_state')
      .select(['rupture_id', 'member_id', 'snoozed_until'])
      .where('snoozed_until', 'is not', null)
      .where('snoozed_until', 'not like', '%Z')
      .execute();
    for (const row of snoozed) {
      const parsed = row.snoozed_until === null ? Number.NaN : Date.parse(row.snoozed_until);
      await schema
        .updateTable('reminder_state')
        .set({ snoozed_until: Number.isNaN(parsed) ? null : new Date(parsed).toISOString() })
        .where('rupture_id', '=', row.rupture_id)
        .where('member_id', '=', row.member_id)
        .execute();
    }
  },
};
