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
    editedAt: row.edited_at,
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
    editedAt: row.edited_at,
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
      edited_at: a.editedAt,
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
      edited_at: r.editedAt,
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

/** One attempt of one rupture, or undefined when that rupture has no such attempt. */
export async function findAttempt(
  db: Kysely<Database>,
  props: { spaceId: string; ruptureId: string; attemptId: string },
): Promise<Attempt | undefined> {
  const row = await db
    .selectFrom('attempt')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('rupture_id', '=', props.ruptureId)
    .where('id', '=', props.attemptId)
    .executeTakeFirst();
  return row ? toAttempt(row) : undefined;
}

/** One answer of one rupture, or undefined when that rupture has no such answer. */
export async function findResponse(
  db: Kysely<Database>,
  props: { spaceId: string; ruptureId: string; responseId: string },
): Promise<RepairResponse | undefined> {
  const row = await db
    .selectFrom('repair_response')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('rupture_id', '=', props.ruptureId)
    .where('id', '=', props.responseId)
    .executeTakeFirst();
  return row ? toResponse(row) : undefined;
}

/** Writes an edited attempt's message and when it was edited (core's `editAttemptMessage`). */
export async function updateAttemptMessage(db: Kysely<Database>, a: Attempt): Promise<void> {
  await db
    .updateTable('attempt')
    .set({ message: a.message, edited_at: a.editedAt })
    .where('space_id', '=', a.spaceId)
    .where('id', '=', a.id)
    .execute();
}

/** Writes an edited answer's need and note and when they were edited (core's `editResponse`). */
export async function updateResponseWords(db: Kysely<Database>, r: RepairResponse): Promise<void> {
  await db
    .updateTable('repair_response')
    .set({ need: r.need, note: r.note, edited_at: r.editedAt })
    .where('space_id', '=', r.spaceId)
    .where('id', '=', r.id)
    .execute();
}
