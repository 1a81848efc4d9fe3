import type { Checkin, PositiveMoment } from '@repairable/core';
import type { Expression, ExpressionBuilder, Kysely, Selectable, SqlBool } from 'kysely';
import { type Cursor, newerThan, olderThan, pageLimit } from './paging';
import { lockedIf, type RowLock } from './row-lock';
import type { CheckinTable, Database, MomentTable } from './schema';

function toCheckin(row: Selectable<CheckinTable>): Checkin {
  return {
    id: row.id,
    spaceId: row.space_id,
    memberId: row.member_id,
    state: row.state,
    intensity: Number(row.intensity),
    note: row.note,
    createdAt: row.created_at,
    editedAt: row.edited_at,
  };
}

function toMoment(row: Selectable<MomentTable>): PositiveMoment {
  return {
    id: row.id,
    spaceId: row.space_id,
    authorMemberId: row.author_member_id,
    kind: row.kind,
    visibility: row.visibility,
    note: row.note,
    about: JSON.parse(row.about),
    createdAt: row.created_at,
    editedAt: row.edited_at,
  };
}

export async function insertCheckin(db: Kysely<Database>, c: Checkin): Promise<void> {
  await db
    .insertInto('checkin')
    .values({
      id: c.id,
      space_id: c.spaceId,
      member_id: c.memberId,
      state: c.state,
      intensity: c.intensity,
      note: c.note,
      created_at: c.createdAt,
      edited_at: c.editedAt,
    })
    .execute();
}

/** A where-clause over `checkin`, such as the access module's `checkinVisibleTo`. */
export type CheckinFilter = (eb: ExpressionBuilder<Database, 'checkin'>) => Expression<SqlBool>;

/** Check-ins passing `visible` (from the access module) since `since`, newest first. */
export async function listCheckins(
  db: Kysely<Database>,
  props: { spaceId: string; visible: CheckinFilter; since?: string; before?: Cursor; after?: Cursor; limit?: number },
): Promise<Checkin[]> {
  let query = db
    .selectFrom('checkin')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where(props.visible)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
  if (props.since) query = query.where('created_at', '>=', props.since);
  if (props.before) query = query.where(olderThan('created_at', props.before));
  if (props.after) query = query.where(newerThan('created_at', props.after));
  if (props.limit) query = query.limit(pageLimit(props.limit));
  return (await query.execute()).map(toCheckin);
}

export async function insertMoment(db: Kysely<Database>, m: PositiveMoment): Promise<void> {
  await db
    .insertInto('moment')
    .values({
      id: m.id,
      space_id: m.spaceId,
      author_member_id: m.authorMemberId,
      kind: m.kind,
      visibility: m.visibility,
      note: m.note,
      about: JSON.stringify(m.about),
      created_at: m.createdAt,
      edited_at: m.editedAt,
    })
    .execute();
}

/**
 * Loads one check-in of a space. With `forUpdate`, PostgreSQL locks its row
 * until the transaction ends (SQLite transactions are already serialized).
 */
export async function findCheckin(
  db: Kysely<Database>,
  props: { spaceId: string; checkinId: string } & RowLock,
): Promise<Checkin | undefined> {
  const query = db
    .selectFrom('checkin')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('id', '=', props.checkinId);
  const row = await lockedIf(query, props).executeTakeFirst();
  return row && toCheckin(row);
}

/** Writes a check-in's note and when it was edited: nothing else of it ever changes. */
export async function updateCheckinNote(db: Kysely<Database>, c: Checkin): Promise<void> {
  await db
    .updateTable('checkin')
    .set({ note: c.note, edited_at: c.editedAt })
    .where('space_id', '=', c.spaceId)
    .where('id', '=', c.id)
    .execute();
}

export async function deleteCheckin(
  db: Kysely<Database>,
  props: { spaceId: string; checkinId: string },
): Promise<void> {
  await db.deleteFrom('checkin').where('space_id', '=', props.spaceId).where('id', '=', props.checkinId).execute();
}

/** Loads one positive moment of a space, locked like `findCheckin`. */
export async function findMoment(
  db: Kysely<Database>,
  props: { spaceId: string; momentId: string } & RowLock,
): Promise<PositiveMoment | undefined> {
  const query = db
    .selectFrom('moment')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('id', '=', props.momentId);
  const row = await lockedIf(query, props).executeTakeFirst();
  return row && toMoment(row);
}

/** Writes what an author may change of a moment, and when they did. */
export async function updateMoment(db: Kysely<Database>, m: PositiveMoment): Promise<void> {
  await db
    .updateTable('moment')
    .set({
      kind: m.kind,
      visibility: m.visibility,
      note: m.note,
      about: JSON.stringify(m.about),
      edited_at: m.editedAt,
    })
    .where('space_id', '=', m.spaceId)
    .where('id', '=', m.id)
    .execute();
}

export async function deleteMoment(db: Kysely<Database>, props: { spaceId: string; momentId: string }): Promise<void> {
  await db.deleteFrom('moment').where('space_id', '=', props.spaceId).where('id', '=', props.momentId).execute();
}

/** A where-clause over `moment`, such as the access module's `momentVisibleTo`. */
export type MomentFilter = (eb: ExpressionBuilder<Database, 'moment'>) => Expression<SqlBool>;

/** Positive moments passing `visible`, newest first. */
export async function listVisibleMoments(
  db: Kysely<Database>,
  props: { spaceId: string; visible: MomentFilter; before?: Cursor; limit?: number },
): Promise<PositiveMoment[]> {
  let query = db
    .selectFrom('moment')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where(props.visible)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
  if (props.before) query = query.where(olderThan('created_at', props.before));
  if (props.limit) query = query.limit(pageLimit(props.limit));
  return (await query.execute()).map(toMoment);
}

/** A leaving member takes their check-ins (always private) and private moments; shared moments too if they choose (P3). */
export async function deleteMomentsOf(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string; includeShared: boolean },
): Promise<void> {
  await db
    .deleteFrom('checkin')
    .where('space_id', '=', props.spaceId)
    .where('member_id', '=', props.memberId)
    .execute();
  let query = db
    .deleteFrom('moment')
    .where('space_id', '=', props.spaceId)
    .where('author_member_id', '=', props.memberId);
  if (!props.includeShared) query = query.where('visibility', '=', 'private');
  await query.execute();
  await db
    .deleteFrom('reminder_state')
    .where('space_id', '=', props.spaceId)
    .where('member_id', '=', props.memberId)
    .execute();
}
