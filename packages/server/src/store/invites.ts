import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Database, InviteTable } from './schema';

export interface Invite {
  id: string;
  spaceId: string;
  tokenHash: string;
  createdByMemberId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

function toInvite(row: Selectable<InviteTable>): Invite {
  return {
    id: row.id,
    spaceId: row.space_id,
    tokenHash: row.token_hash,
    createdByMemberId: row.created_by_member_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  };
}

export async function insertInvite(db: Kysely<Database>, invite: Invite): Promise<void> {
  await db
    .insertInto('invite')
    .values({
      id: invite.id,
      space_id: invite.spaceId,
      token_hash: invite.tokenHash,
      created_by_member_id: invite.createdByMemberId,
      created_at: invite.createdAt,
      expires_at: invite.expiresAt,
      used_at: invite.usedAt,
    })
    .execute();
}

/** An invite is open while it is neither used nor expired. */
function openAt(at: string) {
  return (eb: ExpressionBuilder<Database, 'invite'>) =>
    eb.and([eb('invite.used_at', 'is', null), eb('invite.expires_at', '>', at)]);
}

/** The invite behind a token; with `openAt`, only if it is still open then. */
export async function findInvite(
  db: Kysely<Database>,
  props: { spaceId: string; tokenHash: string; openAt?: string },
): Promise<Invite | undefined> {
  let query = db
    .selectFrom('invite')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('token_hash', '=', props.tokenHash);
  if (props.openAt) query = query.where(openAt(props.openAt));
  const row = await query.executeTakeFirst();
  return row && toInvite(row);
}

/**
 * Uses an invite once: the one write that decides who gets in. The
 * conditions (unused, unexpired) live in the update itself, so two people
 * racing for the same link, or anyone holding a link that was used or ended
 * since it was read, find nothing to update.
 * @returns whether this call was the one that used it
 */
export async function markInviteUsed(
  db: Kysely<Database>,
  props: { spaceId: string; inviteId: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('invite')
    .set({ used_at: props.at })
    .where('space_id', '=', props.spaceId)
    .where('id', '=', props.inviteId)
    .where(openAt(props.at))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The space's open invites, newest first, at most `limit`. */
export async function listOpenInvites(
  db: Kysely<Database>,
  props: { spaceId: string; at: string; limit: number },
): Promise<Invite[]> {
  const rows = await db
    .selectFrom('invite')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where(openAt(props.at))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(props.limit)
    .execute();
  return rows.map(toInvite);
}

/** How many invites are open in the space, and how many of them `memberId` made. */
export async function countOpenInvites(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string; at: string },
): Promise<{ inSpace: number; byMember: number }> {
  const row = await db
    .selectFrom('invite')
    .select((eb) => [
      eb.fn.countAll().as('in_space'),
      eb.fn.sum(eb.case().when('created_by_member_id', '=', props.memberId).then(1).else(0).end()).as('by_member'),
    ])
    .where('space_id', '=', props.spaceId)
    .where(openAt(props.at))
    .executeTakeFirstOrThrow();
  // pg returns counts and sums as strings, SQLite as numbers; an empty sum is null.
  return { inSpace: Number(row.in_space), byMember: Number(row.by_member ?? 0) };
}

/**
 * Ends one open invite; its link stops working at once.
 * @returns whether there was such an open invite
 */
export async function deleteOpenInvite(
  db: Kysely<Database>,
  props: { spaceId: string; inviteId: string; at: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('invite')
    .where('space_id', '=', props.spaceId)
    .where('id', '=', props.inviteId)
    .where(openAt(props.at))
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * Ends every unused invite a member made: when they leave, no link of theirs
 * may let anyone in (SECURITY.md A4), themselves included.
 */
export async function deleteUnusedInvitesBy(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string },
): Promise<void> {
  await db
    .deleteFrom('invite')
    .where('space_id', '=', props.spaceId)
    .where('created_by_member_id', '=', props.memberId)
    .where('used_at', 'is', null)
    .execute();
}

/** Drops the space's invites that expired unused: nothing can use them, and they would pile up. */
export async function deleteExpiredInvites(
  db: Kysely<Database>,
  props: { spaceId: string; at: string },
): Promise<void> {
  await db
    .deleteFrom('invite')
    .where('space_id', '=', props.spaceId)
    .where('used_at', 'is', null)
    .where('expires_at', '<=', props.at)
    .execute();
}
