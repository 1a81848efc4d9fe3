import type { Attempt, RepairResponse } from '@repairable/core';
import type { Kysely, Selectable } from 'kysely';
import type { AttemptTable, Database, RepairResponseTable } from './schema';

function toAttempt(row: Selectable<AttemptTable>): Attempt {
  return {
    id: row.id,
    spaceId: row.space_id,
    ruptureId: row.rupture_id,
    memberId: row.member_id,
    kind: row.kind,
    message: row.message,
    returnAt: row.return_at,
    whileFlooded: Number(row.while_flooded) === 1,
    round: Number(row.round),
    createdAt: row.created_at,
  };
}

function toResponse(row: Selectable<RepairResponseTable>): RepairResponse {
  return {
    id: row.id,
    spaceId: row.space_id,
    ruptureId: row.rupture_id,
    memberId: row.member_id,
    recordedByMemberId: row.recorded_by_member_id,
    round: Number(row.round),
    feel: row.feel,
    need: row.need,
    note: row.note,
    createdAt: row.created_at,
  };
}

export async function insertAttempt(db: Kysely<Database>, a: Attempt): Promise<void> {
  await db
    .insertInto('attempt')
    .values({
      id: a.id,
      space_id: a.spaceId,
      rupture_id: a.ruptureId,
      member_id: a.memberId,
      kind: a.kind,
      message: a.message,
      return_at: a.returnAt,
      while_flooded: a.whileFlooded ? 1 : 0,
      round: a.round,
      created_at: a.createdAt,
    })
    .execute();
}

export async function insertResponse(db: Kysely<Database>, r: RepairResponse): Promise<void> {
  await db
    .insertInto('repair_response')
    .values({
      id: r.id,
      space_id: r.spaceId,
      rupture_id: r.ruptureId,
      member_id: r.memberId,
      recorded_by_member_id: r.recordedByMemberId,
      round: r.round,
      feel: r.feel,
      need: r.need,
      note: r.note,
      created_at: r.createdAt,
    })
    .execute();
}

export async function listAttempts(
  db: Kysely<Database>,
  props: { spaceId: string; ruptureId: string },
): Promise<Attempt[]> {
  const rows = await db
    .selectFrom('attempt')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('rupture_id', '=', props.ruptureId)
    .orderBy('id')
    .execute();
  return rows.map(toAttempt);
}

/** Responses in the order given (ids are monotonic), so "latest per member" is the last one. */
export async function listResponses(
  db: Kysely<Database>,
  props: { spaceId: string; ruptureId: string },
): Promise<RepairResponse[]> {
  const rows = await db
    .selectFrom('repair_response')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('rupture_id', '=', props.ruptureId)
    .orderBy('id')
    .execute();
  return rows.map(toResponse);
}

/**
 * A member who leaves and chose to take what they shared takes their words
 * too: the messages of their attempts and the needs and notes of their
 * answers (and of reconnections they recorded) on other people's ruptures.
 * That an attempt or an answer happened stays, so each rupture still reads
 * in order and its rounds still count.
 */
export async function eraseWordsOf(db: Kysely<Database>, props: { spaceId: string; memberId: string }): Promise<void> {
  await db
    .updateTable('attempt')
    .set({ message: null })
    .where('space_id', '=', props.spaceId)
    .where('member_id', '=', props.memberId)
    .execute();
  await db
    .updateTable('repair_response')
    .set({ need: null, note: null })
    .where('space_id', '=', props.spaceId)
    .where((eb) => eb.or([eb('member_id', '=', props.memberId), eb('recorded_by_member_id', '=', props.memberId)]))
    .execute();
}
