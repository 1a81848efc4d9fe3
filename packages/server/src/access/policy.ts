import type { Member } from '@repairable/core';

/**
 * Who may do what to a space, in one place (ARCHITECTURE.md convention 6).
 * Every space route names one of these actions; `authorizeSpace` looks up
 * the caller's membership and applies the rule. Members are equals: there
 * is no owner who can remove a person with an account, so nobody can be
 * pushed out of a shared space by another member.
 */
export type SpaceAction =
  | 'space.read'
  | 'space.rename'
  | 'space.leave'
  | 'invite.create'
  | 'invite.list'
  | 'invite.cancel'
  | 'member.add'
  | 'member.rename'
  | 'member.remove'
  | 'rupture.create'
  | 'rupture.read'
  | 'rupture.act'
  | 'reminder.update'
  | 'moment.create'
  | 'moment.change'
  | 'checkin.create'
  | 'checkin.change'
  | 'timeline.read'
  | 'insights.read'
  | 'conversation.start'
  | 'conversation.read'
  | 'conversation.act'
  | 'idempotency.replay';

type Rule = (ctx: { membership: Member | undefined }) => boolean;

const isCurrentMember: Rule = ({ membership }) => membership !== undefined && membership.leftAt === null;

export const SPACE_POLICY: Record<SpaceAction, Rule> = {
  'space.read': isCurrentMember,
  'space.rename': isCurrentMember,
  'space.leave': isCurrentMember,
  'invite.create': isCurrentMember,
  // Every member sees and may cancel every open invite, not only their own: whoever joins will
  // see what the space shares, so nobody can let a person in that the others cannot see coming
  // or stop. The token is shown only once, to its maker; the list never carries it.
  'invite.list': isCurrentMember,
  'invite.cancel': isCurrentMember,
  'member.add': isCurrentMember,
  // Whether the target member may be changed is a domain rule (members without an account only).
  'member.rename': isCurrentMember,
  'member.remove': isCurrentMember,
  // Which ruptures and moments within the space a member may see or act on is decided per
  // object by access/visibility.ts; these rules only admit current members to the space.
  'rupture.create': isCurrentMember,
  'rupture.read': isCurrentMember,
  'rupture.act': isCurrentMember,
  'reminder.update': isCurrentMember,
  'moment.create': isCurrentMember,
  // Whose moment or check-in it is decides the rest: core's canChangeMoment, canChangeCheckin.
  'moment.change': isCurrentMember,
  'checkin.create': isCurrentMember,
  'checkin.change': isCurrentMember,
  'timeline.read': isCurrentMember,
  // Which moments the figures count is decided per object by access/visibility.ts, as for lists.
  'insights.read': isCurrentMember,
  // Which conversations a member may see or act in is decided per object (participants only) by
  // access/visibility.ts; these rules only admit current members to the space.
  'conversation.start': isCurrentMember,
  'conversation.read': isCurrentMember,
  'conversation.act': isCurrentMember,
  // A kept answer may hold what only members may see.
  'idempotency.replay': isCurrentMember,
};
