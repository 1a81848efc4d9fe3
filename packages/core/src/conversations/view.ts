import { COMPLETION_STEP, NOT_YET_RECONNECTED, RECONNECT_STEP } from './common';
import { currentStep, hasEnded, stepsOf } from './flow';
import type { CompletionAnswer, Conversation } from './types';

/**
 * What one participant may see: their own entries, and the others' entries
 * once revealed. Unrevealed entries of others (an `each` answer before
 * everyone has answered, a check-in, a break choice) are removed, not
 * blanked: not even their number shows. The server presents only this.
 */
export function conversationFor(conv: Conversation, viewerMemberId: string): Conversation {
  return {
    ...conv,
    participants: [...conv.participants],
    waitingOn: [...conv.waitingOn],
    openRuptures: conv.openRuptures.map((r) => ({ ...r })),
    entries: conv.entries.filter((e) => e.memberId === viewerMemberId || e.revealed).map((e) => ({ ...e })),
  };
}

/**
 * Once done, the closing answers the server records as the linked
 * rupture's responses (rule 4): each account participant's own answer, and
 * for a child the reconnection the parent observed (when they saw one).
 */
export function completionAnswers(conv: Conversation): CompletionAnswer[] {
  if (conv.status !== 'done') return [];
  const answers: CompletionAnswer[] = [];
  const last = new Map<string, CompletionAnswer>();
  for (const e of conv.entries) {
    if (e.stepId !== COMPLETION_STEP || !('feel' in e.input)) continue;
    const need = e.input.feel === 'not_yet' ? (e.input.need ?? null) : null;
    last.set(e.memberId, { memberId: e.memberId, feel: e.input.feel, need, observedBy: null, observed: null });
  }
  answers.push(...last.values());
  if (conv.child) {
    const seen = observedReconnection(conv);
    if (seen) {
      answers.push({ memberId: conv.child, feel: 'repaired', need: null, observedBy: conv.startedBy, observed: seen });
    }
  }
  return answers;
}

/** What the parent saw the child do, in the words of the options they picked, or null if not yet. */
function observedReconnection(conv: Conversation): string | null {
  const entry = [...conv.entries].reverse().find((e) => e.stepId === RECONNECT_STEP);
  if (!entry || !('choices' in entry.input)) return null;
  const chosen = entry.input.choices.filter((c) => c !== NOT_YET_RECONNECTED);
  if (chosen.length === 0) return null;
  const step = stepsOf(conv).find((s) => s.id === RECONNECT_STEP);
  const options = step && step.input.kind === 'choice' ? step.input.options : [];
  return chosen.map((c) => options.find((o) => o.id === c)?.label ?? c).join(', ');
}

/** What the other reads while one goes on alone: nothing waits on them. */
export const ALONE_WAITING = '{other} is going on at their own pace. You can read along as they share.';

/**
 * What this viewer reads on the current step: the prompt (and hint) when
 * they are one the step waits on, otherwise what the others read
 * meanwhile. One going alone on a step of the other's role reads its
 * `alonePrompt`. Placeholders ({speaker}, {listener}, {other}, {child})
 * are left for the app to fill with names.
 */
export function stepTextFor(
  conv: Conversation,
  viewerMemberId: string,
): { acting: boolean; text: string; hint: string | null } | null {
  if (hasEnded(conv)) return null;
  const step = currentStep(conv);
  if (!conv.waitingOn.includes(viewerMemberId)) {
    const text = conv.alone && conv.soloMember !== viewerMemberId ? ALONE_WAITING : step.waiting;
    return { acting: false, text, hint: null };
  }
  const holder = step.role === 'speaker' ? conv.speaker : step.role === 'listener' ? conv.listener : viewerMemberId;
  const ownRole = !conv.alone || holder === viewerMemberId;
  return { acting: true, text: (!ownRole && step.alonePrompt) || step.prompt, hint: step.hint ?? null };
}

/** Weekly check-in: the open rupture picked to talk through afterwards (and agreed to, when both were there), or null. */
export function pickedRupture(conv: Conversation): string | null {
  const last = (stepId: string) => [...conv.entries].reverse().find((e) => e.stepId === stepId)?.input;
  const pick = last('open-ruptures');
  const id = pick && 'choices' in pick ? (pick.choices[0] ?? null) : null;
  const agree = last('agree');
  if (id === null || (agree && 'choice' in agree && agree.choice !== 'yes')) return null;
  return conv.alone || agree ? id : null;
}
