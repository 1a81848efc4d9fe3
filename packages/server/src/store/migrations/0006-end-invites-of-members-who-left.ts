import type { Kysely } from 'kysely';
import type { Migration } from './index';

/**
 * Before leaving ended a member's invites, their links kept working after
 * they left (one let its maker rejoin alone). This ends the unused invites
 * of every member who has already left; new leavers' end as they go.
 */
export const endInvitesOfMembersWhoLeft: Migration = {
  name: '0006-end-invites-of-members-who-left',
  async up(db: Kysely<unknown>) {
    // Written against the schema of its own time, not today's types.
    const schema = db as Kysely<{
      invite: { space_id: string; created_by_member_id: string; used_at: string | null };
      member: { id: string; space_id: string; left_at: string | null };
    }>;
    await schema
      .deleteFrom('invite')
      .where('used_at', 'is', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('member')
            .select('member.id')
            .whereRef('member.id', '=', 'invite.created_by_member_id')
            .whereRef('member.space_id', '=', 'invite.space_id')
            .where('member.left_at', 'is not', null),
        ),
      )
      .execute();
  },
};
