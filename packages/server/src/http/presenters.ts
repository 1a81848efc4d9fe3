import type {
  AttentionView,
  Member,
  MemberView,
  QuietWallSummary,
  SessionView,
  Space,
  SpaceView,
  UserView,
} from '@repairable/core';
import type { Account } from '../store/accounts';
import type { Session } from '../store/sessions';

/** Presenters map domain records to the contract and drop what the viewer may not see. */

export function presentUser(account: Pick<Account, 'id' | 'email' | 'displayName'>): UserView {
  return { id: account.id, email: account.email, displayName: account.displayName };
}

export function presentSession(session: Session, currentSessionId: string): SessionView {
  return {
    id: session.id,
    device: session.device,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    current: session.id === currentSessionId,
  };
}

/** A member as another member sees them: never their account id or email. */
export function presentMember(member: Member, viewerAccountId: string): MemberView {
  return {
    id: member.id,
    displayName: member.displayName,
    hasAccount: member.accountId !== null,
    isMe: member.accountId === viewerAccountId,
  };
}

/** `attention` and `quietWall` come from access/ (attention.ts, quiet-wall.ts): only what this viewer may see. */
export function presentSpace(
  space: Space,
  members: readonly Member[],
  viewerAccountId: string,
  mine: { attention: AttentionView; quietWall: QuietWallSummary },
): SpaceView {
  return {
    id: space.id,
    name: space.name,
    kind: space.kind,
    createdAt: space.createdAt,
    sample: space.sample,
    members: members.map((m) => presentMember(m, viewerAccountId)),
    attention: mine.attention,
    quietWall: mine.quietWall,
  };
}
