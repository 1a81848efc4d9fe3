import {
  type Checkin,
  type Conversation,
  canActOnRupture,
  canSeeCheckin,
  canSeeConversation,
  canSeeMoment,
  canSeeRupture,
  conversationAudience,
  conversationFor,
  isHarm,
  type Member,
  momentChangeAudience,
  type PositiveMoment,
  type Rupture,
  ruptureAudience,
  audienceOf as whoCanSee,
} from '@repairable/core';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { AppError } from '../http/errors';
import { listRuptureIdsWhere } from '../store/ruptures';
import type { Database } from '../store/schema';

/**
 * Object-level access: who may see a rupture, a positive moment or a
 * check-in, what a viewer is told about a link, and who hears of a change.
 * Each rule is core's (packages/core/src/repair/visibility.ts), applied here
 * and only here on the server; where a list needs it in SQL, its SQL form
 * sits beside it and `visibility.test.ts` checks the two agree on every
 * combination of author, involvement, visibility and harm.
 */

// ── ruptures ────────────────────────────────────────────────────────────────

/** SQL form of core's `canSeeRupture`: the author, or (shared, not harm) a member it involves. */
export function ruptureVisibleTo(memberId: string) {
  return (eb: ExpressionBuilder<Database, 'rupture'>) =>
    eb.or([
      eb('rupture.author_member_id', '=', memberId),
      eb.and([
        eb('rupture.visibility', '=', 'shared'),
        eb('rupture.harm', '=', 0),
        eb.exists(
          eb
            .selectFrom('rupture_involvement')
            .select('rupture_involvement.member_id')
            .whereRef('rupture_involvement.rupture_id', '=', 'rupture.id')
            .where('rupture_involvement.member_id', '=', memberId),
        ),
      ]),
    ]);
}

/** Ruptures every one of `memberIds` may see (core's `canSeeRupture` for each): what a weekly check-in may show them all. */
export function ruptureVisibleToAll(memberIds: readonly string[]) {
  return (eb: ExpressionBuilder<Database, 'rupture'>) => eb.and(memberIds.map((id) => ruptureVisibleTo(id)(eb)));
}

/**
 * SQL form of core's `canLinkRuptures` for the ruptures `newer` may be
 * linked to: logged before it, not harm, and visible to everyone who can
 * see `newer`. "Is this like …?" suggests only these.
 */
export function ruptureLinkableFrom(newer: Rupture, members: readonly Member[]) {
  // A harm rupture links to nothing (rule 9).
  if (isHarm(newer)) return (eb: ExpressionBuilder<Database, 'rupture'>) => eb.lit(false);
  const audience = new Set([newer.authorMemberId, ...ruptureAudience(newer, members).map((m) => m.id)]);
  return (eb: ExpressionBuilder<Database, 'rupture'>) =>
    eb.and([
      eb('rupture.harm', '=', 0),
      eb('rupture.id', '<', newer.id),
      ...[...audience].map((memberId) => ruptureVisibleTo(memberId)(eb)),
    ]);
}

/** Single reads and writes: a rupture the viewer may not see does not exist for them (404, never 403). */
export function assertCanSeeRupture(
  viewer: Pick<Member, 'id'>,
  rupture: Rupture | undefined,
): asserts rupture is Rupture {
  if (!rupture || !canSeeRupture(viewer.id, rupture)) throw new AppError('not_found');
}

/** The account ids to push a change of `rupture` to: everyone who may see it now. */
export function ruptureAudienceAccounts(rupture: Rupture, members: readonly Member[]): string[] {
  return ruptureAudience(rupture, members).flatMap((m) => m.accountId ?? []);
}

/**
 * The earlier ruptures, among those `ruptures` link to, that the viewer may
 * be told about (core's `linkShownTo`, in SQL): a link never names a
 * rupture hidden from the one reading it.
 */
export async function linksShownTo(
  db: Kysely<Database>,
  props: { spaceId: string; viewerMemberId: string; ruptures: readonly Pick<Rupture, 'linkedToId'>[] },
): Promise<ReadonlySet<string>> {
  const ids = [...new Set(props.ruptures.flatMap((r) => r.linkedToId ?? []))];
  if (ids.length === 0) return new Set();
  return new Set(
    await listRuptureIdsWhere(db, { spaceId: props.spaceId, ids, where: ruptureVisibleTo(props.viewerMemberId) }),
  );
}

// ── positive moments ────────────────────────────────────────────────────────

/** SQL form of core's `canSeeMoment`: the author, or anyone once shared. */
export function momentVisibleTo(memberId: string) {
  return (eb: ExpressionBuilder<Database, 'moment'>) =>
    eb.or([eb('moment.author_member_id', '=', memberId), eb('moment.visibility', '=', 'shared')]);
}

/** The account ids to tell that a moment was shared: everyone who may see it, but its author. */
export function momentAudienceAccounts(
  moment: Pick<PositiveMoment, 'authorMemberId' | 'visibility'>,
  members: readonly Member[],
): string[] {
  return whoCanSee((id) => id !== moment.authorMemberId && canSeeMoment(id, moment), members).flatMap(
    (m) => m.accountId ?? [],
  );
}

/** Single reads and writes: a moment the viewer may not see does not exist for them (404). */
export function assertCanSeeMoment(
  viewer: Pick<Member, 'id'>,
  moment: PositiveMoment | undefined,
): asserts moment is PositiveMoment {
  if (!moment || !canSeeMoment(viewer.id, moment)) throw new AppError('not_found');
}

/**
 * The account ids to tell that a moment was edited (`after`) or deleted
 * (`after` null): its author, and whoever could see it before or sees it
 * after, so someone who loses sight of it refreshes it away.
 */
export function momentChangeAudienceAccounts(
  before: PositiveMoment,
  after: PositiveMoment | null,
  members: readonly Member[],
): string[] {
  return momentChangeAudience(before, after, members).flatMap((m) => m.accountId ?? []);
}

// ── check-ins ───────────────────────────────────────────────────────────────

/** SQL form of core's `canSeeCheckin`: a member's own check-ins only. */
export function checkinVisibleTo(memberId: string) {
  return (eb: ExpressionBuilder<Database, 'checkin'>) => eb('checkin.member_id', '=', memberId);
}

/** Single reads and writes: anyone else's check-in does not exist for them (404). */
export function assertCanSeeCheckin(
  viewer: Pick<Member, 'id'>,
  checkin: Checkin | undefined,
): asserts checkin is Checkin {
  if (!checkin || !canSeeCheckin(viewer.id, checkin)) throw new AppError('not_found');
}

/** The account ids to tell that a check-in changed: its member's own, for their other devices. */
export function checkinChangeAudienceAccounts(viewer: Pick<Member, 'accountId'>): string[] {
  return viewer.accountId ? [viewer.accountId] : [];
}

// ── guided conversations ────────────────────────────────────────────────────

/** SQL form of core's `canSeeConversation`: a conversation the member takes part in. */
export function conversationVisibleTo(memberId: string) {
  return (eb: ExpressionBuilder<Database, 'conversation'>) =>
    eb.exists(
      eb
        .selectFrom('conversation_participant')
        .select('conversation_participant.member_id')
        .whereRef('conversation_participant.conversation_id', '=', 'conversation.id')
        .where('conversation_participant.member_id', '=', memberId),
    );
}

/**
 * Conversations started from `ruptureId` that the member takes part in,
 * while that rupture is one they may see (core's `canSeeRupture`): asking
 * by a rupture hidden from them (marked as harm since, say) finds nothing,
 * as reading the conversation names no rupture (`rupturesShownIn`).
 */
export function conversationFromRuptureVisibleTo(memberId: string, ruptureId: string) {
  return (eb: ExpressionBuilder<Database, 'conversation'>) =>
    eb.and([
      conversationVisibleTo(memberId)(eb),
      eb('conversation.rupture_id', '=', ruptureId),
      eb.exists(
        eb
          .selectFrom('rupture')
          .select('rupture.id')
          .whereRef('rupture.space_id', '=', 'conversation.space_id')
          .where('rupture.id', '=', ruptureId)
          .where(ruptureVisibleTo(memberId)),
      ),
    ]);
}

/** Single reads and writes: a conversation the viewer does not take part in does not exist for them (404). */
export function assertCanSeeConversation<C extends Pick<Conversation, 'participants'>>(
  viewer: Pick<Member, 'id'>,
  conversation: C | undefined,
): asserts conversation is C {
  if (!conversation || !canSeeConversation(viewer.id, conversation)) throw new AppError('not_found');
}

/**
 * What one participant may read of a conversation (core's `conversationFor`):
 * the others' answers to a step everyone answers privately are left out
 * until all have answered. Nothing else reaches a response.
 */
export function conversationShownTo(conversation: Conversation, viewer: Pick<Member, 'id'>): Conversation {
  return conversationFor(conversation, viewer.id);
}

/**
 * The ruptures some conversations name (where each started, a weekly
 * check-in's list) that the viewer may see now (core's `canSeeRupture`, in
 * SQL): a conversation never points anyone at a rupture hidden from them,
 * such as one its author has since marked as harm.
 */
export async function rupturesShownIn(
  db: Kysely<Database>,
  props: {
    spaceId: string;
    viewerMemberId: string;
    conversations: readonly Pick<Conversation, 'ruptureId' | 'openRuptures'>[];
  },
): Promise<ReadonlySet<string>> {
  const named = props.conversations.flatMap((c) => [
    ...(c.ruptureId ? [c.ruptureId] : []),
    ...c.openRuptures.map((r) => r.id),
  ]);
  const ids = [...new Set(named)];
  if (ids.length === 0) return new Set();
  return new Set(
    await listRuptureIdsWhere(db, { spaceId: props.spaceId, ids, where: ruptureVisibleTo(props.viewerMemberId) }),
  );
}

/** The account ids to tell that a conversation changed: its participants', nobody else's. */
export function conversationAudienceAccounts(
  conversation: Pick<Conversation, 'participants'>,
  members: readonly Member[],
): string[] {
  return conversationAudience(conversation, members).flatMap((m) => m.accountId ?? []);
}

/**
 * A conversation started from a rupture names it to everyone in it, and its
 * answers become the rupture's: so everyone taking part with an account must
 * be able to act on that rupture (see it and be involved), and a member
 * without an account must be one it involves; otherwise none of it is linked.
 */
export function mayHostConversation(
  rupture: Rupture,
  participants: readonly string[],
  members: readonly Pick<Member, 'id' | 'accountId'>[],
): boolean {
  return participants.every((memberId) => {
    const member = members.find((m) => m.id === memberId);
    if (!member) return false;
    return member.accountId === null ? rupture.involved.includes(memberId) : canActOnRupture(memberId, rupture);
  });
}
