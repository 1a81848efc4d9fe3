import type { Kysely, Selectable } from 'kysely';
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

export async function findInvite(
  db: Kysely<Database>,
  props: { spaceId: string; tokenHash: string },
): Promise<Invite | undefined> {
  const row = await db
    .selectFrom('invite')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('token_hash', '=', props.tokenHash)
    .executeTakeFirst();
  return row && toInvite(row);
}

/**
 * Uses an invite once. The condition on `used_at` makes two people racing
 * for the same link end with exactly one winner.
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
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
