import { type AttentionView, attentionOf, type Member, NO_ATTENTION } from '@repairable/core';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { listAttentionConversations, listAttentionRuptures } from '../store/attention';
import { ruptureIsOpen } from '../store/ruptures';
import type { Database } from '../store/schema';
import { conversationVisibleTo, ruptureVisibleTo } from './visibility';

/**
 * "Needs you" per space (core's `attentionOf`, SECURITY.md P2), read only
 * from what the viewer may see: the SQL below narrows each space to ruptures
 * visible to the viewer (core's `canSeeRupture`, in its SQL form) that could
 * be at anyone's step at all, and the conversations under way they take
 * part in, and core decides. `attention.test.ts` checks on
 * both databases that the narrowing never leaves out one core would count.
 */

/** How many of the newest candidates per space are looked at: far more than are ever open together. */
export const ATTENTION_PER_SPACE = 50;

/**
 * SQL prefilter of `attentionOf` for one member: visible to them, shared, not
 * harm, still open, and raised, under way (a round begun) or paused. A
 * superset of what core can count; never anything the member may not see.
 */
export function ruptureMayNeed(memberId: string) {
  return (eb: ExpressionBuilder<Database, 'rupture'>) =>
    eb.and([
      ruptureVisibleTo(memberId)(eb),
      eb('rupture.visibility', '=', 'shared'),
      eb('rupture.harm', '=', 0),
      ruptureIsOpen(eb),
      eb.or([
        eb('rupture.status', '=', 'raised'),
        eb('rupture.round', '>', 0),
        eb('rupture.paused_until', 'is not', null),
      ]),
    ]);
}

/**
 * The attention of each space for the viewer, whose membership of each is
 * given (with the space's current members). One read for all of them.
 */
export async function attentionInSpaces(
  db: Kysely<Database>,
  props: { viewers: readonly Member[]; members: readonly Member[]; now: Date },
): Promise<Map<string, AttentionView>> {
  const [ruptures, conversations] = await Promise.all([
    listAttentionRuptures(db, {
      scopes: props.viewers.map((v) => ({ spaceId: v.spaceId, filter: ruptureMayNeed(v.id) })),
      perSpace: ATTENTION_PER_SPACE,
    }),
    // Participants only: the conversations each viewer takes part in (core's `canSeeConversation`, in SQL).
    listAttentionConversations(db, {
      scopes: props.viewers.map((v) => ({ spaceId: v.spaceId, memberId: v.id, filter: conversationVisibleTo(v.id) })),
    }),
  ]);
  const result = new Map<string, AttentionView>();
  for (const viewer of props.viewers) {
    const here = ruptures.filter((r) => r.spaceId === viewer.spaceId);
    const talks = conversations.filter((c) => c.spaceId === viewer.spaceId);
    const members = props.members
      .filter((m) => m.spaceId === viewer.spaceId)
      .map((m) => ({ id: m.id, hasAccount: m.accountId !== null }));
    result.set(
      viewer.spaceId,
      here.length === 0 && talks.length === 0
        ? NO_ATTENTION
        : attentionOf(here, { viewerId: viewer.id, members, now: props.now, conversations: talks }),
    );
  }
  return result;
}
