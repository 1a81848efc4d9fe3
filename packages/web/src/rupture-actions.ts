import { isOpen, type MemberView, type RuptureDetailView, type SpaceView } from '@repairable/core';

/** What the viewer can do with a rupture right now; the rupture page shows exactly these buttons. */
export interface RuptureActions {
  /** "Raise it": the author shares a private one with the others it involves who have an account. */
  raise: boolean;
  /** "Something happened between us": involved, shared, not yet recognized by me. */
  acknowledge: boolean;
  /** "Make a repair attempt". */
  attempt: boolean;
  /** "I feel repaired" / "Not yet": an attempt exists and my answer this round is not yet "repaired". */
  respond: boolean;
  /** "Record reconnection with <name>": members without an account not yet reconnected this round. */
  reconnectWith: MemberView[];
  /** "Take a break": open; during a break, taking another moves the return time. */
  takeBreak: boolean;
  /** "Let it go": the author's own small private one. */
  letGo: boolean;
}

export const NO_ACTIONS: RuptureActions = {
  raise: false,
  acknowledge: false,
  attempt: false,
  respond: false,
  reconnectWith: [],
  takeBreak: false,
  letGo: false,
};

/**
 * Which actions apply, by the rules of DESIGN.md §4 as the core enforces
 * them. A rupture marked as harm offers none: it is not something to repair
 * alone (rule 9), and its page shows safety resources instead.
 */
export function availableActions(
  rupture: Pick<
    RuptureDetailView,
    'status' | 'visibility' | 'size' | 'harm' | 'isMine' | 'involved' | 'recognizedBy' | 'round'
  > & { completion: readonly { memberId: string; state: string }[] },
  members: readonly MemberView[],
): RuptureActions {
  if (rupture.harm || !isOpen(rupture)) return NO_ACTIONS;
  const me = members.find((m) => m.isMe);
  const involved = me !== undefined && rupture.involved.includes(me.id);
  const shared = rupture.visibility === 'shared';
  const stateOf = (memberId: string) => rupture.completion.find((c) => c.memberId === memberId)?.state;
  const answering = rupture.round > 0;
  const hasAccount = (id: string) => members.some((m) => m.id === id && m.hasAccount);
  return {
    // Raising tells the others it involves; with only a child without an account there is nobody to tell.
    raise: rupture.isMine && !shared && rupture.involved.some((id) => id !== me?.id && hasAccount(id)),
    acknowledge: involved && shared && me !== undefined && !rupture.recognizedBy.includes(me.id),
    attempt: involved,
    respond: involved && answering && me !== undefined && stateOf(me.id) !== 'repaired',
    reconnectWith:
      involved && answering
        ? members.filter((m) => !m.hasAccount && rupture.involved.includes(m.id) && stateOf(m.id) !== 'repaired')
        : [],
    takeBreak: involved,
    letGo: rupture.isMine && !shared && (rupture.size === 'tiny' || rupture.size === 'small'),
  };
}

/**
 * Who a quick-logged rupture is between, besides me: everyone else in the
 * space; in a parent-and-child space the child or children (the members
 * without an account) when there are any.
 */
export function quickLogInvolved(space: Pick<SpaceView, 'kind' | 'members'>): string[] {
  const others = space.members.filter((m) => !m.isMe);
  if (space.kind === 'parent_child') {
    const children = others.filter((m) => !m.hasAccount);
    if (children.length > 0) return children.map((m) => m.id);
  }
  return others.map((m) => m.id);
}
