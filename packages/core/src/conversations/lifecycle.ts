import { DomainError } from '../errors';
import type { SpaceKind } from '../identifiers';
import { checkedReturnTime } from '../repair/regulation';
import type { Rupture } from '../repair/types';
import { isHarm } from '../repair/visibility';
import type { MemberRecord } from '../spaces';
import { CHECKIN_STEP } from './common';
import { closed, currentStep, enter, hasEnded, isFlooded, isSkipped, settle, stepsOf, withWaiting } from './flow';
import { PROTOCOLS } from './registry';
import {
  CHILD_AGE_BANDS,
  type ChildAgeBand,
  type Conversation,
  type ConversationChange,
  type OpenRuptureRef,
  type ProtocolId,
} from './types';

export function changed(conversation: Conversation): ConversationChange {
  const { id: conversationId, spaceId, version } = conversation;
  return { conversation, events: [{ type: 'conversation.changed', conversationId, spaceId, version }] };
}

export function assertNotEnded(conv: Conversation): void {
  if (hasEnded(conv)) throw new DomainError('conversation_ended');
}

/** A participant with an account: the child of a parent do-over never acts. */
export function assertActor(conv: Conversation, memberId: string): void {
  if (!conv.participants.includes(memberId) || memberId === conv.child) throw new DomainError('not_a_participant');
}

/**
 * What every lifecycle operation checks first, in this order: not ended, by
 * a participant who may act, on the current version when one was sent.
 * (A step's answer checks its version against the visit instead: see the engine.)
 */
function assertMayChange(conv: Conversation, props: { memberId: string; version?: number }): void {
  assertNotEnded(conv);
  assertActor(conv, props.memberId);
  if (props.version !== undefined && props.version !== conv.version) throw new DomainError('stale_version');
}

/** A return time for a pause: a break's rule, at least 20 minutes for someone flooded at this conversation's check-in (rule 6). */
export function returnTime(conv: Conversation, memberId: string, until: unknown, now: string): string {
  return checkedReturnTime(until, now, isFlooded(conv, memberId));
}

function bump(conv: Conversation, now: string): Conversation {
  return { ...conv, version: conv.version + 1, updatedAt: now };
}

/**
 * Where a member without an account may be a child: not in a couple, a
 * friendship or at work, where someone not on the app is an adult who
 * simply has not joined (a parent do-over would treat them as a child).
 */
export function mayHoldAChild(kind: SpaceKind): boolean {
  return kind !== 'couple' && kind !== 'friends' && kind !== 'work';
}

/**
 * Starts a run of a protocol. Two account members talk together; the
 * apology and the feedback wheel may be run by one person alone (one
 * participant, or two with `alone`); the parent do-over is one account
 * member and one member without an account, with the child's age band.
 */
export function startConversation(props: {
  id: string;
  spaceId: string;
  protocol: ProtocolId;
  participants: readonly string[];
  startedBy: string;
  ruptureId: string | null;
  ageBand: ChildAgeBand | null;
  members: readonly MemberRecord[];
  now: string;
  alone?: boolean;
  openRuptures?: readonly OpenRuptureRef[];
  /** The space's kind: a parent do-over only where a member without an account can be a child. */
  spaceKind?: SpaceKind;
}): ConversationChange {
  const protocol = PROTOCOLS[props.protocol];
  if (!protocol) throw new DomainError('invalid_participants', 'Unknown protocol.');
  const ps = [...props.participants];
  const found = ps.map((p) => props.members.find((m) => m.id === p));
  const invalid = (message: string) => new DomainError('invalid_participants', message);
  if (new Set(ps).size !== ps.length || found.some((m) => !m)) throw invalid('Pick members of this space.');
  if (ps[0] !== props.startedBy || found[0]?.accountId === null) throw invalid('The one who starts comes first.');
  let child: string | null = null;
  let alone = props.alone ?? false;
  if (protocol.withChild) {
    if (props.spaceKind && !mayHoldAChild(props.spaceKind)) throw invalid('A do-over is for a parent and a child.');
    if (ps.length !== 2 || found[1]?.accountId !== null) throw invalid('A parent and a child without an account.');
    if (!props.ageBand || !CHILD_AGE_BANDS.includes(props.ageBand)) throw new DomainError('invalid_age_band');
    child = ps[1] ?? null;
    alone = true;
  } else {
    if (props.ageBand !== null) throw new DomainError('invalid_age_band');
    if (found.some((m) => m?.accountId === null)) throw invalid('Everyone here needs an account.');
    if (ps.length < 1 || ps.length > 2) throw invalid('One or two people.');
    if (ps.length === 1) alone = true;
    if (alone && !protocol.alone) throw invalid('This one needs both of you.');
  }
  const conv: Conversation = {
    id: props.id,
    spaceId: props.spaceId,
    protocol: props.protocol,
    ruptureId: props.ruptureId,
    participants: ps,
    speaker: props.startedBy,
    listener: child === null ? (ps[1] ?? null) : null,
    child,
    ageBand: protocol.withChild ? props.ageBand : null,
    status: 'active',
    stepId: CHECKIN_STEP,
    stepSince: 0,
    stepVersion: 1,
    turn: null,
    waitingOn: [],
    alone,
    soloMember: alone ? props.startedBy : null,
    swaps: 0,
    pausedUntil: null,
    pausedBy: null,
    openRuptures: (props.openRuptures ?? []).map((r) => ({ id: r.id, summary: r.summary })),
    entries: [],
    version: 1,
    startedBy: props.startedBy,
    createdAt: props.now,
    updatedAt: props.now,
    endedAt: null,
  };
  return changed(enter(conv, null, CHECKIN_STEP, props.now));
}

/** Pauses with a return time the other sees. Either participant may pause. */
export function pauseConversation(
  conv: Conversation,
  props: { memberId: string; until: string; now: string; version?: number },
): ConversationChange {
  assertMayChange(conv, props);
  if (conv.status === 'paused') throw new DomainError('conversation_paused');
  const until = returnTime(conv, props.memberId, props.until, props.now);
  return changed({ ...bump(conv, props.now), status: 'paused', pausedUntil: until, pausedBy: props.memberId });
}

/** Paused until someone is back: the one who paused may come back early, the other once the time has come. */
function assertMayUnpause(conv: Conversation, memberId: string, now: string): void {
  const early = conv.pausedUntil !== null && Date.parse(now) < Date.parse(conv.pausedUntil);
  if (early && memberId !== conv.pausedBy) throw new DomainError('conversation_paused');
}

function unpaused(conv: Conversation): Conversation {
  return { ...conv, status: 'active', pausedUntil: null, pausedBy: null };
}

/** Picks up where it was left: same step, same answers. Resuming what is not paused changes nothing. */
export function resumeConversation(
  conv: Conversation,
  props: { memberId: string; now: string; version?: number },
): ConversationChange {
  assertMayChange(conv, props);
  if (conv.status !== 'paused') return { conversation: conv, events: [] };
  assertMayUnpause(conv, props.memberId, props.now);
  return changed(settle(unpaused(bump(conv, props.now)), props.now));
}

/**
 * The other is not there: this member does the rest at their own pace.
 * From now on only they answer:
 * - `each` and `both` steps wait on them alone (what is in is revealed as usual);
 * - steps of their own role stay theirs; steps of the other's role are
 *   skipped unless the protocol makes them their own (`alone: 'own'`, read
 *   with `alonePrompt`); steps marked `alone: 'skip'` (checks of the other's
 *   words, the offer to swap) are skipped; a skipped step leads to the next
 *   in order, never round a loop;
 * - in a protocol where both take a turn to speak (`swapTo`), a listener who
 *   has had nothing to listen to yet in this round (the conversation is not
 *   past `swapTo`) becomes the speaker now, and a swap reached later makes
 *   them the speaker if they have not been yet; otherwise a swap leads on to
 *   `afterSwap` or the end;
 * - the completion question is theirs alone.
 */
export function continueAlone(
  conv: Conversation,
  props: { memberId: string; now: string; version?: number },
): ConversationChange {
  assertMayChange(conv, props);
  if (conv.alone) throw new DomainError('already_alone');
  if (conv.status === 'paused') assertMayUnpause(conv, props.memberId, props.now);
  let c: Conversation = { ...unpaused(bump(conv, props.now)), alone: true, soloMember: props.memberId };
  const swapTo = PROTOCOLS[conv.protocol].swapTo;
  const order = stepsOf(c).map((s) => s.id);
  if (swapTo && c.listener === props.memberId && order.indexOf(c.stepId) <= order.indexOf(swapTo)) {
    c = { ...c, speaker: c.listener, listener: c.speaker, swaps: c.swaps + 1 };
  }
  c = withWaiting(c);
  const step = currentStep(c);
  return changed(isSkipped(c, step) ? enter(c, step, undefined, props.now) : settle(c, props.now));
}

/** Anyone may stop, at any time, without blame: nothing records who stopped. */
export function abandonConversation(
  conv: Conversation,
  props: { memberId: string; now: string; version?: number },
): ConversationChange {
  assertMayChange(conv, props);
  return changed(ended(conv, props.now));
}

function ended(conv: Conversation, now: string): Conversation {
  return closed(bump(conv, now), 'abandoned', now);
}

/**
 * A rupture marked as harm hosts no conversation (rule 9): every open one
 * started from it ends there, `abandoned` exactly as if someone had left it
 * (nobody recorded, no reason kept), so the others read only that it ended,
 * which says nothing of harm. Called in the same write as the harm mark.
 * @returns the conversation ended, or undefined when it has nothing to end
 *   (not this rupture's, already ended, or the rupture is not harm)
 */
export function endedByHarm(
  conv: Conversation,
  rupture: Pick<Rupture, 'id' | 'kinds'>,
  now: string,
): ConversationChange | undefined {
  if (!isHarm(rupture) || conv.ruptureId !== rupture.id) return undefined;
  if (hasEnded(conv)) return undefined;
  return changed(ended(conv, now));
}
