import type { MemberRecord } from '../spaces';
import type { Checkin, PositiveMoment, Rupture } from './types';

/**
 * Who may see what, and who may learn of a change (rules 1 and 9,
 * SECURITY.md A2 and A4). Each rule is stated once, here; the server's
 * `access/` module places its SQL form beside it and a property test checks
 * that both agree on every combination. Nothing else decides visibility.
 */

/** A rupture marked as harm is never a thing to repair together (rule 9). */
export function isHarm(rupture: Pick<Rupture, 'kinds'>): boolean {
  return rupture.kinds.includes('harm');
}

type Visible = Pick<Rupture, 'authorMemberId' | 'visibility' | 'kinds' | 'involved'>;

/**
 * Who may see a rupture: its author always; once raised, the members it
 * involves; nobody else, ever. Harm stays with its author alone.
 */
export function canSeeRupture(viewerMemberId: string, rupture: Visible): boolean {
  if (rupture.authorMemberId === viewerMemberId) return true;
  if (rupture.visibility === 'private' || isHarm(rupture)) return false;
  return rupture.involved.includes(viewerMemberId);
}

/** Acting on a rupture (acknowledging, attempting, answering, a break) is for the people it is between. */
export function canActOnRupture(memberId: string, rupture: Visible): boolean {
  return canSeeRupture(memberId, rupture) && rupture.involved.includes(memberId);
}

/** A positive moment: its author, or every member once shared. */
export function canSeeMoment(
  viewerMemberId: string,
  moment: Pick<PositiveMoment, 'authorMemberId' | 'visibility'>,
): boolean {
  return moment.authorMemberId === viewerMemberId || moment.visibility === 'shared';
}

/** Editing or deleting a positive moment is for its author alone: it is their good moment. */
export function canChangeMoment(memberId: string, moment: Pick<PositiveMoment, 'authorMemberId'>): boolean {
  return moment.authorMemberId === memberId;
}

/** A check-in says where one nervous system is: its member's alone, ever. */
export function canSeeCheckin(viewerMemberId: string, checkin: Pick<Checkin, 'memberId'>): boolean {
  return checkin.memberId === viewerMemberId;
}

/** Editing or deleting a check-in is for its member alone, as seeing it is. */
export function canChangeCheckin(memberId: string, checkin: Pick<Checkin, 'memberId'>): boolean {
  return canSeeCheckin(memberId, checkin);
}

/**
 * The members with an account who can see something now: whom a change to it
 * is pushed to, and whose view a link must respect. Members without an
 * account see nothing themselves.
 */
export function audienceOf<M extends MemberRecord>(canSee: (memberId: string) => boolean, members: readonly M[]): M[] {
  return members.filter((m) => m.accountId !== null && canSee(m.id));
}

export function ruptureAudience<M extends MemberRecord>(rupture: Visible, members: readonly M[]): M[] {
  return audienceOf((id) => canSeeRupture(id, rupture), members);
}

type Linkable = Visible & Pick<Rupture, 'id' | 'spaceId'>;

/**
 * Whether `newer` may be linked to `earlier` (rule 8): both in one space,
 * `earlier` logged before it, neither marked as harm, and everyone who can
 * see the newer one can see the earlier one too — so a link never points
 * anyone at a rupture hidden from them.
 */
export function canLinkRuptures(newer: Linkable, earlier: Linkable, members: readonly MemberRecord[]): boolean {
  if (newer.spaceId !== earlier.spaceId || !isBefore(earlier, newer)) return false;
  if (isHarm(newer) || isHarm(earlier)) return false;
  if (!canSeeRupture(newer.authorMemberId, earlier)) return false;
  return ruptureAudience(newer, members).every((m) => canSeeRupture(m.id, earlier));
}

/**
 * Whether a link from `newer` may mark the repair of `earlier` as one that
 * did not hold: only when everyone who sees the earlier rupture can see the
 * newer one that explains the mark. Otherwise the mark waits (it is set when
 * the newer rupture is raised to them).
 */
export function linkMayMarkRepair(newer: Visible, earlier: Visible, members: readonly MemberRecord[]): boolean {
  return ruptureAudience(earlier, members).every((m) => canSeeRupture(m.id, newer));
}

/**
 * Logged before: ids are time-ordered and strictly increasing where they are
 * made, so id order is creation order. It is also the order in which a
 * change locks several ruptures, so linking can never wait in a circle.
 */
export function isBefore(a: Pick<Rupture, 'id'>, b: Pick<Rupture, 'id'>): boolean {
  return a.id < b.id;
}

/**
 * Who hears that a moment was edited or deleted: its author (their other
 * devices), and everyone who could see it before or can see it after, so
 * someone who loses sight of it refreshes it away. Nobody else.
 */
export function momentChangeAudience<M extends MemberRecord>(
  before: Pick<PositiveMoment, 'authorMemberId' | 'visibility'>,
  after: Pick<PositiveMoment, 'authorMemberId' | 'visibility'> | null,
  members: readonly M[],
): M[] {
  return audienceOf((id) => canSeeMoment(id, before) || (after !== null && canSeeMoment(id, after)), members);
}

/**
 * A guided conversation (issue 10) is its participants' alone: nobody else
 * in the space, whatever they may see of a rupture it started from, ever.
 * What each participant sees inside it (an answer given privately stays
 * hidden until everyone has answered) is the engine's `conversationFor`.
 */
export function canSeeConversation(
  viewerMemberId: string,
  conversation: { readonly participants: readonly string[] },
): boolean {
  return conversation.participants.includes(viewerMemberId);
}

/** Whom a change to a conversation is pushed to: its participants with an account. */
export function conversationAudience<M extends MemberRecord>(
  conversation: { readonly participants: readonly string[] },
  members: readonly M[],
): M[] {
  return audienceOf((id) => canSeeConversation(id, conversation), members);
}
