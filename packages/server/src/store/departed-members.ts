import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The names of members who have left, among the given ones (say, the people
 * a rupture was between), so what they said still reads as theirs. Only the
 * id and the name: nothing else of someone who is gone is read.
 */
export async function listDepartedNames(
  db: Kysely<Database>,
  props: { spaceId: string; memberIds: readonly string[] },
): Promise<{ memberId: string; displayName: string }[]> {
  if (props.memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('member')
    .select(['id', 'display_name'])
    .where('space_id', '=', props.spaceId)
    .where('id', 'in', [...props.memberIds])
    .where('left_at', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ memberId: row.id, displayName: row.display_name }));
}
