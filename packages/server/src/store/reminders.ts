import type { ReminderState } from '@repairable/core';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Reminder state of one member for the ruptures of a space. */
export async function listReminderStates(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string },
): Promise<Map<string, ReminderState>> {
  const rows = await db
    .selectFrom('reminder_state')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('member_id', '=', props.memberId)
    .execute();
  return new Map(rows.map((r) => [r.rupture_id, { shown: Number(r.shown), snoozedUntil: r.snoozed_until }]));
}

/** The member saw the reminder (it moves to the next, wider step), optionally snoozing it until a time. */
export async function upsertReminder(
  db: Kysely<Database>,
  props: { spaceId: string; ruptureId: string; memberId: string; snoozedUntil: string | null },
): Promise<void> {
  await db
    .insertInto('reminder_state')
    .values({
      space_id: props.spaceId,
      rupture_id: props.ruptureId,
      member_id: props.memberId,
      shown: 1,
      snoozed_until: props.snoozedUntil,
    })
    .onConflict((oc) =>
      oc.columns(['rupture_id', 'member_id']).doUpdateSet((eb) => ({
        shown: eb('reminder_state.shown', '+', 1),
        snoozed_until: props.snoozedUntil,
      })),
    )
    .execute();
}
