import {
  type ChildAgeBand,
  type MemberView,
  mayHoldAChild,
  type ProtocolId,
  type ProtocolSummary,
  type RuptureView,
  type SpaceKind,
} from '@repairable/core';
import type { StartConversationInput } from './conversation-api';

/**
 * Starting a guided conversation: who it can be with, what to offer first,
 * and what is sent. Pure, so the choices are tested without a browser.
 */

export type How = 'together' | 'alone';

export type StartDraft = {
  protocol: ProtocolId | undefined;
  /** The other person (an account member), for protocols between two. */
  withId: string | undefined;
  /** The child (a member without an account), for the parent do-over. */
  childId: string | undefined;
  ageBand: ChildAgeBand | undefined;
  how: How;
};

export const AGE_BANDS: readonly { value: ChildAgeBand; label: string; hint: string }[] = [
  { value: '0-2', label: '0 to 2', hint: 'a baby or a toddler: the repair is in what you do' },
  { value: '3-6', label: '3 to 6', hint: 'short words, said simply' },
  { value: '7-12', label: '7 to 12', hint: 'they can tell you how it was for them' },
  { value: '13+', label: '13 or older', hint: 'they may need time before they talk' },
];

/**
 * The others in the space who have an account, and those who have none and
 * may be children (not in a couple, friends' or work space: there someone
 * not on the app is an adult), as the picker offers them.
 */
export function peopleFor(
  members: readonly MemberView[],
  rupture?: Pick<RuptureView, 'involved'>,
  spaceKind: SpaceKind = 'parent_child',
) {
  const others = members.filter((m) => !m.isMe);
  const involved = (m: MemberView) => !rupture || rupture.involved.includes(m.id);
  return {
    withAccount: others.filter((m) => m.hasAccount && involved(m)),
    children: mayHoldAChild(spaceKind) ? others.filter((m) => !m.hasAccount && involved(m)) : [],
  };
}

/** Whether a protocol can be picked here, and if not, why (said under the choice). */
export function availability(
  protocol: Pick<ProtocolSummary, 'alone' | 'withChild'>,
  people: ReturnType<typeof peopleFor>,
): string | undefined {
  if (protocol.withChild)
    return people.children.length > 0 ? undefined : 'For a parent and a child without an account.';
  if (protocol.alone) return undefined;
  return people.withAccount.length > 0 ? undefined : 'Needs the other person on the app.';
}

/**
 * The choices made for the person when there is only one sensible one: the
 * rupture's people, the only other person, the only child; from a rupture
 * with a child, the parent do-over; with another person, talk it through.
 */
export function initialDraft(
  protocols: readonly Pick<ProtocolSummary, 'id' | 'alone' | 'withChild'>[],
  people: ReturnType<typeof peopleFor>,
  fromRupture: boolean,
): StartDraft {
  const withId = people.withAccount[0]?.id;
  const childId = people.children[0]?.id;
  let protocol: ProtocolId | undefined;
  if (fromRupture) {
    if (withId) protocol = 'talk-it-through';
    else if (childId) protocol = 'parent-do-over';
  }
  if (protocol && !protocols.some((p) => p.id === protocol)) protocol = undefined;
  return { protocol, withId, childId, ageBand: undefined, how: withId ? 'together' : 'alone' };
}

/** What is sent to start it: the starter first, then who it is with. */
export function startInput(
  draft: StartDraft,
  protocol: Pick<ProtocolSummary, 'id' | 'alone' | 'withChild'>,
  ruptureId: string | undefined,
  meId: string,
): StartConversationInput {
  const base = { protocol: protocol.id, ...(ruptureId ? { ruptureId } : {}) };
  if (protocol.withChild) {
    return {
      ...base,
      participants: draft.childId ? [meId, draft.childId] : [meId],
      ...(draft.ageBand ? { ageBand: draft.ageBand } : {}),
    };
  }
  const withId = protocol.alone && draft.how === 'alone' && !draft.withId ? undefined : draft.withId;
  const participants = withId ? [meId, withId] : [meId];
  const alone = protocol.alone && draft.how === 'alone' && participants.length > 1;
  return { ...base, participants, ...(alone ? { alone: true } : {}) };
}
