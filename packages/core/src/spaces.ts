import { normalizeDisplayName, normalizeName } from './accounts';
import { DomainError } from './errors';
import type { SpaceKind } from './identifiers';
import { LIMITS } from './limits';
import type { Member, Space } from './model';

export function normalizeSpaceName(raw: string): string {
  return normalizeName(raw, 'invalid_space_name', LIMITS.spaceName);
}

/** The part of a membership the space rules look at. */
export type MemberRecord = Pick<Member, 'id' | 'accountId'>;

/**
 * What happens when an account member leaves (SECURITY.md P3): they go
 * alone, without anyone's approval. A space with no account member left
 * has nobody to care for it, so it is deleted with everything in it.
 */
export function planLeave(props: { members: readonly MemberRecord[]; leavingMemberId: string }): {
  deleteSpace: boolean;
} {
  const remaining = props.members.filter((m) => m.accountId !== null && m.id !== props.leavingMemberId);
  return { deleteSpace: remaining.length === 0 };
}

/**
 * Only members without an account can be renamed or removed by others;
 * a person with an account speaks for themselves and leaves on their own.
 */
export function assertMemberWithoutAccount(member: MemberRecord): void {
  if (member.accountId !== null) throw new DomainError('not_a_member_without_account');
}

/** A space holds at most `LIMITS.membersPerSpace` current members; one more is refused, whoever joins. */
export function assertRoomForMember(currentMembers: number): void {
  if (currentMembers >= LIMITS.membersPerSpace) throw new DomainError('space_full');
}

/**
 * A new space with its creator as the first member.
 *
 * @example createSpace({ ids: [spaceId, memberId], name: 'Us', kind: 'couple', creator, at })
 */
export function createSpace(props: {
  spaceId: string;
  memberId: string;
  name: string;
  kind: SpaceKind;
  creator: { accountId: string; displayName: string };
  at: string;
  /** A sample space with simulated history; an ordinary one when absent. */
  sample?: boolean;
}): { space: Space; member: Member } {
  const space: Space = {
    id: props.spaceId,
    name: normalizeSpaceName(props.name),
    kind: props.kind,
    createdAt: props.at,
    sample: props.sample ?? false,
  };
  const member: Member = {
    id: props.memberId,
    spaceId: props.spaceId,
    accountId: props.creator.accountId,
    displayName: props.creator.displayName,
    createdAt: props.at,
    leftAt: null,
  };
  return { space, member };
}

/** A member without an account, such as a child or a colleague who is not on the app. */
export function createMemberWithoutAccount(props: {
  memberId: string;
  spaceId: string;
  displayName: string;
  at: string;
}): Member {
  return {
    id: props.memberId,
    spaceId: props.spaceId,
    accountId: null,
    displayName: normalizeDisplayName(props.displayName),
    createdAt: props.at,
    leftAt: null,
  };
}
