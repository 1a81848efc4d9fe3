import type { Member, Space } from '@repairable/core';
import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from './connect';
import { olderThan, type Page, type PageRequest, pageLimit, readPage } from './paging';
import type { Database, MemberTable, SpaceTable } from './schema';
import { readInSlices } from './slices';

function toSpace(row: Selectable<SpaceTable>): Space {
  return { id: row.id, name: row.name, kind: row.kind, createdAt: row.created_at, sample: Number(row.sample) === 1 };
}

function toMember(row: Selectable<MemberTable>): Member {
  return {
    id: row.id,
    spaceId: row.space_id,
    accountId: row.account_id,
    displayName: row.display_name,
    createdAt: row.created_at,
    leftAt: row.left_at,
  };
}

export async function insertSpace(db: Kysely<Database>, space: Space): Promise<void> {
  await db
    .insertInto('space')
    .values({
      id: space.id,
      name: space.name,
      kind: space.kind,
      created_at: space.createdAt,
      sample: space.sample ? 1 : 0,
    })
    .execute();
}

export async function insertMember(db: Kysely<Database>, m: Member): Promise<void> {
  await db
    .insertInto('member')
    .values({
      id: m.id,
      space_id: m.spaceId,
      account_id: m.accountId,
      display_name: m.displayName,
      created_at: m.createdAt,
      left_at: m.leftAt,
    })
    .execute();
}

export async function findSpace(db: Kysely<Database>, spaceId: string): Promise<Space | undefined> {
  const row = await db.selectFrom('space').selectAll().where('id', '=', spaceId).executeTakeFirst();
  return row && toSpace(row);
}

/** Current members of a space (those who left are not listed), oldest first. */
/** Members who have not left, in the order they joined. */
function currentMembers(db: Kysely<Database>) {
  return db.selectFrom('member').selectAll().where('left_at', 'is', null).orderBy('created_at').orderBy('id');
}

/**
 * Serialises the writes of one space that check a bound before they add
 * (members, open invites) until the transaction ends, so the count is still
 * true at the insert. SQLite write transactions are serialised already;
 * PostgreSQL locks the space row, in the mode that leaves other rows free to
 * reference it (a rupture, a moment).
 */
export async function lockSpace(db: Kysely<Database>, props: { spaceId: string; dialect: Dialect }): Promise<void> {
  if (props.dialect !== 'postgres') return;
  await db.selectFrom('space').select('id').where('id', '=', props.spaceId).forNoKeyUpdate().execute();
}

/** Current members of the space; take `lockSpace` first when the count decides a write. */
export async function countMembers(db: Kysely<Database>, spaceId: string): Promise<number> {
  const row = await db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('space_id', '=', spaceId)
    .where('left_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listMembers(db: Kysely<Database>, spaceId: string): Promise<Member[]> {
  const rows = await currentMembers(db).where('space_id', '=', spaceId).execute();
  return rows.map(toMember);
}

/** The caller's current membership of a space, if any: the root of every access decision. */
export async function findMembership(
  db: Kysely<Database>,
  props: { spaceId: string; accountId: string },
): Promise<Member | undefined> {
  const row = await db
    .selectFrom('member')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('account_id', '=', props.accountId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return row && toMember(row);
}

export async function findMember(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string },
): Promise<Member | undefined> {
  const row = await db
    .selectFrom('member')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('id', '=', props.memberId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return row && toMember(row);
}

/**
 * One page of the spaces an account belongs to, newest first (an account
 * may make spaces without end). This is the one query that crosses spaces;
 * when sharded it becomes a fan-out over the account's memberships.
 */
export function listSpacesOfAccount(
  db: Kysely<Database>,
  props: { accountId: string; page: PageRequest },
): Promise<Page<Space>> {
  return readPage(
    props.page,
    async ({ before, limit }) => {
      let query = db
        .selectFrom('space')
        .innerJoin('member', 'member.space_id', 'space.id')
        .selectAll('space')
        .where('member.account_id', '=', props.accountId)
        .where('member.left_at', 'is', null);
      if (before) query = query.where(olderThan<'space' | 'member'>('space.created_at', before, 'space.id'));
      const rows = await query
        .orderBy('space.created_at', 'desc')
        .orderBy('space.id', 'desc')
        .limit(pageLimit(limit))
        .execute();
      return rows.map(toSpace);
    },
    (s) => ({ at: s.createdAt, id: s.id }),
  );
}

/**
 * A sample space the account is a current member of, if any: at most one at
 * a time. Ask inside the write that makes one, after `lockAccount`.
 */
export async function findSampleSpaceOf(db: Kysely<Database>, accountId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('space')
    .innerJoin('member', 'member.space_id', 'space.id')
    .select('space.id')
    .where('member.account_id', '=', accountId)
    .where('member.left_at', 'is', null)
    .where('space.sample', '=', 1)
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

export async function listMembersOfSpaces(db: Kysely<Database>, spaceIds: string[]): Promise<Member[]> {
  if (spaceIds.length === 0) return [];
  // Slices hold whole spaces, so each space's members keep their order.
  const rows = await readInSlices(spaceIds, (slice) => currentMembers(db).where('space_id', 'in', slice).execute());
  return rows.map(toMember);
}

export async function renameSpace(db: Kysely<Database>, props: { spaceId: string; name: string }): Promise<void> {
  await db.updateTable('space').set({ name: props.name }).where('id', '=', props.spaceId).execute();
}

export async function renameMember(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string; displayName: string },
): Promise<void> {
  await db
    .updateTable('member')
    .set({ display_name: props.displayName })
    .where('space_id', '=', props.spaceId)
    .where('id', '=', props.memberId)
    .execute();
}

/**
 * Marks a member as gone: an account member who left, or a member without
 * an account who was removed. The row stays so that ruptures and moments
 * which name them still read well, but it no longer points at an account.
 */
export async function markMemberLeft(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string; at: string },
): Promise<void> {
  await db
    .updateTable('member')
    .set({ left_at: props.at, account_id: null })
    .where('space_id', '=', props.spaceId)
    .where('id', '=', props.memberId)
    .execute();
}

/** Deletes a space; its members, invites and moments go with it (foreign keys cascade). */
export async function deleteSpace(db: Kysely<Database>, spaceId: string): Promise<void> {
  await db.deleteFrom('space').where('id', '=', spaceId).execute();
}
