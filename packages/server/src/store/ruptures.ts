import { OPEN_STATUSES, type Rupture, type RuptureEvent } from '@repairable/core';
import type { Expression, ExpressionBuilder, Kysely, Selectable, SqlBool } from 'kysely';
import { newId } from '../ports/ids';
import { type Cursor, newerThan, olderThan, type Page, type PageRequest, pageLimit, readPage } from './paging';
import { lockedIf, type RowLock } from './row-lock';
import type { Database, RuptureTable } from './schema';
import { readInSlices } from './slices';

function toRupture(row: Selectable<RuptureTable>, involved: string[]): Rupture {
  return {
    id: row.id,
    spaceId: row.space_id,
    authorMemberId: row.author_member_id,
    visibility: row.visibility,
    size: row.size,
    kinds: JSON.parse(row.kinds),
    involved,
    topic: row.topic,
    note: row.note,
    occurredAt: row.occurred_at,
    createdAt: row.created_at,
    status: row.status,
    version: Number(row.version),
    recognizedBy: JSON.parse(row.recognized_by),
    round: Number(row.round),
    pausedUntil: row.paused_until,
    linkedToId: row.linked_to_id,
    repairHeld: row.repair_held === null ? null : Number(row.repair_held) === 1,
    raisedAt: row.raised_at,
    repairedAt: row.repaired_at,
    letGoAt: row.let_go_at,
    editedAt: row.edited_at,
  };
}

function toRow(r: Rupture) {
  return {
    space_id: r.spaceId,
    author_member_id: r.authorMemberId,
    visibility: r.visibility,
    harm: r.kinds.includes('harm') ? (1 as const) : (0 as const),
    size: r.size,
    kinds: JSON.stringify(r.kinds),
    topic: r.topic,
    note: r.note,
    occurred_at: r.occurredAt,
    created_at: r.createdAt,
    status: r.status,
    version: r.version,
    recognized_by: JSON.stringify(r.recognizedBy),
    round: r.round,
    paused_until: r.pausedUntil,
    linked_to_id: r.linkedToId,
    repair_held: r.repairHeld === null ? null : r.repairHeld ? (1 as const) : (0 as const),
    raised_at: r.raisedAt,
    repaired_at: r.repairedAt,
    let_go_at: r.letGoAt,
    edited_at: r.editedAt,
  };
}

/** A where-clause over `rupture`, such as the access module's `ruptureVisibleTo`. */
export type RuptureFilter = (eb: ExpressionBuilder<Database, 'rupture'>) => Expression<SqlBool>;

/** SQL form of "open" (neither ending of core's `CLOSED_STATUSES`): the one every query here uses. */
export const ruptureIsOpen: RuptureFilter = (eb) => eb('rupture.status', 'in', [...OPEN_STATUSES]);

export async function insertRupture(db: Kysely<Database>, r: Rupture): Promise<void> {
  await db
    .insertInto('rupture')
    .values({ id: r.id, ...toRow(r) })
    .execute();
  await db
    .insertInto('rupture_involvement')
    .values(r.involved.map((memberId) => ({ space_id: r.spaceId, rupture_id: r.id, member_id: memberId })))
    .execute();
}

/**
 * Writes a changed rupture if nobody else changed it first.
 * @returns false when the stored version is no longer `expectedVersion`
 */
export async function updateRupture(db: Kysely<Database>, r: Rupture, expectedVersion: number): Promise<boolean> {
  const result = await db
    .updateTable('rupture')
    .set(toRow(r))
    .where('space_id', '=', r.spaceId)
    .where('id', '=', r.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function involvementOf(db: Kysely<Database>, spaceId: string, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await readInSlices(ids, (slice) =>
    db
      .selectFrom('rupture_involvement')
      .innerJoin('member', 'member.id', 'rupture_involvement.member_id')
      .select(['rupture_involvement.rupture_id', 'rupture_involvement.member_id'])
      .where('rupture_involvement.space_id', '=', spaceId)
      .where('rupture_involvement.rupture_id', 'in', slice)
      .orderBy('member.created_at')
      .orderBy('member.id')
      .execute(),
  );
  for (const row of rows) map.get(row.rupture_id)?.push(row.member_id);
  return map;
}

/**
 * Loads one rupture. With `forUpdate`, PostgreSQL locks its row until the
 * transaction ends, so concurrent changes to one rupture queue up instead of
 * racing (SECURITY.md R2); SQLite transactions are already serialized.
 */
export async function findRupture(
  db: Kysely<Database>,
  props: { spaceId: string; ruptureId: string } & RowLock,
): Promise<Rupture | undefined> {
  const query = db
    .selectFrom('rupture')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('id', '=', props.ruptureId);
  const row = await lockedIf(query, props).executeTakeFirst();
  if (!row) return undefined;
  const involved = await involvementOf(db, props.spaceId, [row.id]);
  return toRupture(row, involved.get(row.id) ?? []);
}

/** Ruptures of a space passing `visible` (from the access module), newest first or oldest first. */
function visibleByTime(db: Kysely<Database>, spaceId: string, visible: RuptureFilter, order: 'desc' | 'asc' = 'desc') {
  return db
    .selectFrom('rupture')
    .where('space_id', '=', spaceId)
    .where(visible)
    .orderBy('occurred_at', order)
    .orderBy('id', order);
}

/**
 * At most `limit` ruptures of a space passing `visible`, newest first
 * (keyset-paginated by `before`) or, for reminders, oldest first. The limit
 * is required: no caller may read a whole space at once (SECURITY.md R6).
 */
export async function listRuptures(
  db: Kysely<Database>,
  props: {
    spaceId: string;
    visible: RuptureFilter;
    status?: 'open' | 'repaired' | 'all';
    before?: Cursor;
    /** Only ruptures newer than this, such as the oldest item a timeline page already holds. */
    after?: Cursor;
    limit: number;
    oldestFirst?: boolean;
  },
): Promise<Rupture[]> {
  let query = visibleByTime(db, props.spaceId, props.visible, props.oldestFirst ? 'asc' : 'desc').selectAll();
  if (props.status === 'open') query = query.where(ruptureIsOpen);
  if (props.status === 'repaired') query = query.where('status', '=', 'repaired');
  if (props.before) query = query.where(olderThan('occurred_at', props.before));
  if (props.after) query = query.where(newerThan('occurred_at', props.after));
  const rows = await query.limit(pageLimit(props.limit)).execute();
  const involved = await involvementOf(
    db,
    props.spaceId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toRupture(row, involved.get(row.id) ?? []));
}

/** One page of the ruptures of a space passing `visible`, newest first. */
export function pageOfRuptures(
  db: Kysely<Database>,
  props: { spaceId: string; visible: RuptureFilter; status: 'open' | 'repaired' | 'all'; page: PageRequest },
): Promise<Page<Rupture>> {
  const { page, ...filter } = props;
  return readPage(
    page,
    (query) => listRuptures(db, { ...filter, ...query }),
    (r) => ({ at: r.occurredAt, id: r.id }),
  );
}

export async function insertEvents(db: Kysely<Database>, events: readonly RuptureEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('rupture_event')
    .values(
      events.map((e) => ({
        id: newId(),
        space_id: e.spaceId,
        rupture_id: e.ruptureId,
        type: e.type,
        actor_member_id: e.actorMemberId,
        at: e.at,
      })),
    )
    .execute();
}

/** A leaving member takes their private ruptures with them; shared ones too if they choose (P3). */
export async function deleteRupturesAuthoredBy(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string; includeShared: boolean },
): Promise<void> {
  let query = db
    .deleteFrom('rupture')
    .where('space_id', '=', props.spaceId)
    .where('author_member_id', '=', props.memberId);
  if (!props.includeShared) query = query.where('visibility', '=', 'private');
  await query.execute();
}

export type SimilarityCandidate = Pick<Rupture, 'id' | 'topic' | 'note' | 'occurredAt' | 'size' | 'status'>;

/** The newest ruptures passing `visible`, with only what resemblance and its presenter need. */
export async function listSimilarityCandidates(
  db: Kysely<Database>,
  props: { spaceId: string; visible: RuptureFilter; limit: number },
): Promise<SimilarityCandidate[]> {
  const rows = await visibleByTime(db, props.spaceId, props.visible)
    .select(['id', 'topic', 'note', 'occurred_at', 'size', 'status'])
    .limit(pageLimit(props.limit))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    note: r.note,
    occurredAt: r.occurred_at,
    size: r.size,
    status: r.status,
  }));
}

/** Which of `ids` (ruptures of the space) pass `where`, such as the access module's `ruptureVisibleTo`. */
export async function listRuptureIdsWhere(
  db: Kysely<Database>,
  props: { spaceId: string; ids: readonly string[]; where: RuptureFilter },
): Promise<string[]> {
  const rows = await readInSlices([...props.ids], (slice) =>
    db
      .selectFrom('rupture')
      .select('rupture.id')
      .where('rupture.space_id', '=', props.spaceId)
      .where('rupture.id', 'in', slice)
      .where(props.where)
      .execute(),
  );
  return rows.map((r) => r.id);
}

/** The ruptures of a space that involve a member, newest first (the order changes lock them in). */
export async function listRuptureIdsInvolving(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string },
): Promise<string[]> {
  const rows = await db
    .selectFrom('rupture_involvement')
    .select('rupture_id')
    .where('space_id', '=', props.spaceId)
    .where('member_id', '=', props.memberId)
    .orderBy('rupture_id', 'desc')
    .execute();
  return rows.map((r) => r.rupture_id);
}
