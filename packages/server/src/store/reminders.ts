import { nextReminderAt, type ReminderState } from '@repairable/core';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Database } from './schema';
import { readInSlices } from './slices';

/** The schedule steps told apart in SQL; from this one on, a step is only bounded below. */
const EXACT_STEPS = 4;

/**
 * Rule 7 in SQL, for the member's reminders: open (checked by the caller's
 * status), not harm, past its next step for this member and not snoozed.
 * Exact for the first four steps; later ones (shown four times or more) are
 * only bounded below, so core's `remindersDue` makes the final choice.
 * Lets a reminder read the oldest candidates only, instead of every open
 * rupture of the space.
 */
export function reminderMayBeDue(memberId: string, now: Date) {
  const at = now.toISOString();
  // Where the schedule puts step `shown` for a rupture that happened at the epoch, moved back from now.
  const reachedBy = (shown: number) =>
    new Date(now.getTime() - nextReminderAt(new Date(0).toISOString(), shown).getTime()).toISOString();
  return (eb: ExpressionBuilder<Database, 'rupture'>): Expression<SqlBool> =>
    eb.and([
      eb('rupture.harm', '=', 0),
      eb('rupture.occurred_at', '<=', reachedBy(0)),
      eb.not(
        eb.exists(
          eb
            .selectFrom('reminder_state')
            .select('reminder_state.rupture_id')
            .whereRef('reminder_state.rupture_id', '=', 'rupture.id')
            .where('reminder_state.member_id', '=', memberId)
            .where((s) =>
              s.or([
                s('reminder_state.snoozed_until', '>', at),
                // Seen `shown` times, and the next step is still ahead.
                ...Array.from({ length: EXACT_STEPS }, (_, step) =>
                  s.and([
                    s('reminder_state.shown', step + 1 < EXACT_STEPS ? '=' : '>=', step + 1),
                    s('rupture.occurred_at', '>', reachedBy(step + 1)),
                  ]),
                ),
              ]),
            ),
        ),
      ),
    ]);
}

/** Reminder state of one member for some ruptures of a space. */
export async function listReminderStates(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string; ruptureIds: readonly string[] },
): Promise<Map<string, ReminderState>> {
  if (props.ruptureIds.length === 0) return new Map();
  const rows = await readInSlices(props.ruptureIds, (slice) =>
    db
      .selectFrom('reminder_state')
      .selectAll()
      .where('space_id', '=', props.spaceId)
      .where('member_id', '=', props.memberId)
      .where('rupture_id', 'in', slice)
      .execute(),
  );
  return new Map(rows.map((r) => [r.rupture_id, { shown: Number(r.shown), snoozedUntil: r.snoozed_until }]));
}

/** The member saw the reminder (it moves to the next, wider step), optionally snoozing it until a time. */
export async function upsertReminder(
  db: Kysely<Database>,
  props: { spaceId: string; ruptureId: string; memberId: string; snoozedUntil: string | null },
): Promise<void> {
  // Stored as UTC ISO text, like every time here, so SQL can compare it with `now` (see reminderMayBeDue).
  const snoozedUntil = props.snoozedUntil && new Date(props.snoozedUntil).toISOString();
  await db
    .insertInto('reminder_state')
    .values({
      space_id: props.spaceId,
      rupture_id: props.ruptureId,
      member_id: props.memberId,
      shown: 1,
      snoozed_until: snoozedUntil,
    })
    .onConflict((oc) =>
      oc.columns(['rupture_id', 'member_id']).doUpdateSet((eb) => ({
        shown: eb('reminder_state.shown', '+', 1),
        snoozed_until: snoozedUntil,
      })),
    )
    .execute();
}
