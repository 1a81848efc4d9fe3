import type { MemberView, RuptureDetailView } from '../views';
import { completionStates } from './completion';
import { canActOnRupture } from './visibility';

/**
 * Whose step it is on a rupture, for each person looking at it (issue 8,
 * "each person sees the step that is theirs"). Derived only from the
 * rupture's own record; who still has to answer comes from completion.ts,
 * so this can never disagree with the rule that completes a repair (rule 4).
 * Rule 3 holds throughout: nobody is told to "go first", and anyone
 * involved may always make a move.
 */

/** What the viewer is waiting on one other person for. */
export type WaitingOn =
  /** To see that something happened (rule 2). */
  | { memberId: string; what: 'recognize' }
  /** To say how the latest attempt landed. */
  | { memberId: string; what: 'answer' }
  /** The one who reached: to say it feels repaired for them too (rule 4 asks everyone). */
  | { memberId: string; what: 'confirm' }
  /** The one who reached, after a "not yet": to try again. */
  | { memberId: string; what: 'try_again' }
  /** Back from a break. */
  | { memberId: string; what: 'return'; until: string };

export type NextStep =
  /** Nothing here is the viewer's to act on: marked as harm (rule 9), or not between them. */
  | { kind: 'none' }
  | { kind: 'done'; how: 'repaired' | 'let_go' }
  /** Still private, and people it involves with an account do not know yet. */
  | { kind: 'raise' }
  /** Someone raised it with the viewer: "Something happened between us". */
  | { kind: 'acknowledge'; raisedBy: string }
  /** Nobody has made a move yet (or the one who did can no longer): anyone may. */
  | { kind: 'reach' }
  /**
   * "How did that land?": someone reached toward the viewer since their last
   * answer. `own` when the viewer made the attempt themselves and everyone
   * else already feels repaired: it is only their own answer left.
   */
  | { kind: 'answer'; to: string; from: string; own: boolean }
  /** The viewer reached; someone answered "not yet": their need, and "Try again". */
  | { kind: 'retry'; needs: { memberId: string; need: string | null }[] }
  /**
   * A member without an account (a child) has not been seen to come back yet:
   * the viewer records what they saw, together with their own answer when
   * they still owe one (`withOwnAnswer`), in one step.
   */
  | { kind: 'record_reconnection'; child: string; withOwnAnswer: boolean }
  /** The viewer is on a break they took. */
  | { kind: 'on_break'; until: string }
  | { kind: 'wait'; for: WaitingOn[] };

export type NextStepRupture = Pick<
  RuptureDetailView,
  | 'status'
  | 'visibility'
  | 'harm'
  | 'kinds'
  | 'authorMemberId'
  | 'involved'
  | 'recognizedBy'
  | 'round'
  | 'pausedUntil'
  | 'attempts'
  | 'responses'
>;

type Person = Pick<MemberView, 'id' | 'hasAccount'>;

/**
 * The viewer's next step on a rupture.
 *
 * @param members the space's current members (someone who left answers nothing and holds nothing open)
 * @example nextStep(rupture, { viewerId: me.id, members: space.members, now: new Date() })
 */
export function nextStep(
  rupture: NextStepRupture,
  context: { viewerId: string; members: readonly Person[]; now: Date },
): NextStep {
  const { viewerId: me, members, now } = context;
  if (rupture.harm || !canActOnRupture(me, rupture) || !members.some((m) => m.id === me)) return { kind: 'none' };
  if (rupture.status === 'repaired' || rupture.status === 'let_go') return { kind: 'done', how: rupture.status };

  const hasAccount = (id: string) => members.find((m) => m.id === id)?.hasAccount === true;
  const current = (id: string) => members.some((m) => m.id === id);
  const othersWithAccount = rupture.involved.filter((id) => id !== me && hasAccount(id));

  const breakStep = onBreak(rupture, me, now);
  if (breakStep) return breakStep;

  if (rupture.visibility === 'private') {
    // Only the author sees a private one; the people it is between with an account have not been told.
    if (othersWithAccount.length > 0) return { kind: 'raise' };
  } else if (rupture.status === 'raised') {
    if (!rupture.recognizedBy.includes(me)) return { kind: 'acknowledge', raisedBy: rupture.authorMemberId };
    const unseen = othersWithAccount.filter((id) => !rupture.recognizedBy.includes(id));
    if (unseen.length > 0) return { kind: 'wait', for: unseen.map((memberId) => ({ memberId, what: 'recognize' })) };
  }

  const latest = latestAttempt(rupture);
  if (rupture.round === 0 || !latest) return { kind: 'reach' };

  const states = completionStates(rupture, rupture.responses, members);
  const stateOf = (id: string) => states.find((s) => s.memberId === id)?.state ?? 'waiting';
  const others = states.filter((s) => s.memberId !== me);
  const mine = stateOf(me);
  const reached = latest.memberId === me;

  if (mine === 'not_yet') {
    // I said what I still need: the one who reached may try again, or I may make a move myself.
    return reached || !current(latest.memberId)
      ? { kind: 'reach' }
      : { kind: 'wait', for: [{ memberId: latest.memberId, what: 'try_again' }] };
  }
  if (mine === 'waiting' && !reached) return { kind: 'answer', to: latest.id, from: latest.memberId, own: false };

  const notYet = others.filter((s) => s.state === 'not_yet');
  if (notYet.length > 0) {
    if (reached) return { kind: 'retry', needs: notYet.map((s) => ({ memberId: s.memberId, need: s.need })) };
    if (!current(latest.memberId)) return { kind: 'reach' };
    return { kind: 'wait', for: [{ memberId: latest.memberId, what: 'try_again' }] };
  }
  const child = others.find((s) => s.state === 'waiting' && !hasAccount(s.memberId));
  if (child) return { kind: 'record_reconnection', child: child.memberId, withOwnAnswer: mine === 'waiting' };
  const waiting = others.filter((s) => s.state === 'waiting');
  if (waiting.length > 0) {
    return {
      kind: 'wait',
      for: waiting.map((s) => ({ memberId: s.memberId, what: s.memberId === latest.memberId ? 'confirm' : 'answer' })),
    };
  }
  // Everyone else feels repaired: what is left is my own answer.
  if (mine === 'waiting') return { kind: 'answer', to: latest.id, from: latest.memberId, own: true };
  return { kind: 'reach' };
}

/** The move that opened the current round: the latest attempt that is not a break. */
export function latestAttempt(
  rupture: Pick<RuptureDetailView, 'attempts' | 'round'>,
): RuptureDetailView['attempts'][number] | undefined {
  const moves = rupture.attempts.filter((a) => a.kind !== 'break' && a.round === rupture.round);
  return moves.at(-1);
}

/** During a break nothing is asked of anyone: the one who took it rests, the others know until when. */
function onBreak(rupture: NextStepRupture, me: string, now: Date): NextStep | undefined {
  const until = rupture.pausedUntil;
  if (!until || !(Date.parse(until) > now.getTime())) return undefined;
  const taken = rupture.attempts.filter((a) => a.kind === 'break').at(-1);
  if (!taken || taken.memberId === me) return { kind: 'on_break', until };
  return { kind: 'wait', for: [{ memberId: taken.memberId, what: 'return', until }] };
}
