import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * Deletes one rupture; its involvement, attempts, answers, events and
 * reminders go with it (foreign keys cascade). A rupture that pointed to it
 * as an earlier one like it no longer does.
 */
export async function deleteRupture(
  db: Kysely<Database>,
  props: { spaceId: string; ruptureId: string },
): Promise<void> {
  await db
    .updateTable('rupture')
    .set({ linked_to_id: null })
    .where('space_id', '=', props.spaceId)
    .where('linked_to_id', '=', props.ruptureId)
    .execute();
  await db.deleteFrom('rupture').where('space_id', '=', props.spaceId).where('id', '=', props.ruptureId).execute();
}
