import { DomainError } from '../errors';
import { currentStep, isPrivateStep, settle, visitEntries, withWaiting } from './flow';
import { validateInput } from './input';
import { assertActor, assertNotEnded, changed, returnTime } from './lifecycle';
import type { Conversation, ConversationChange, ConversationEntry } from './types';

/**
 * The one engine every protocol runs on: one member's answer to the current
 * step, checked (ended, paused, stale, wrong step, already answered, not
 * their turn, bad input — in that order), recorded, and the conversation
 * moved on. Pure: the caller stores the result and sends the events.
 */
export function submitStep(
  conv: Conversation,
  props: { memberId: string; stepId: string; input: unknown; version: number; now: string },
): ConversationChange {
  assertNotEnded(conv);
  assertActor(conv, props.memberId);
  if (conv.status === 'paused') throw new DomainError('conversation_paused');
  if (props.version < conv.stepVersion || props.version > conv.version) throw new DomainError('stale_version');
  if (props.stepId !== conv.stepId) throw new DomainError('wrong_step');
  const step = currentStep(conv);
  if (visitEntries(conv).some((e) => e.memberId === props.memberId)) throw new DomainError('step_already_answered');
  if (!conv.waitingOn.includes(props.memberId)) throw new DomainError('not_your_turn');
  const input = validateInput(conv, step, props.input);

  const seq = (conv.entries[conv.entries.length - 1]?.seq ?? 0) + 1;
  const open = !isPrivateStep(step) && step.role !== 'each';
  const entry: ConversationEntry = {
    seq,
    stepId: step.id,
    memberId: props.memberId,
    input,
    createdAt: props.now,
    revealed: open,
  };
  const c: Conversation = {
    ...conv,
    entries: [...conv.entries, entry],
    version: conv.version + 1,
    updatedAt: props.now,
  };

  // Rule 6: a break chosen at the gate pauses until its return time; the choice stays recorded.
  if ('choice' in input && input.choice === 'break' && step.input.kind === 'gate') {
    const until = returnTime(conv, props.memberId, input.until, props.now);
    return changed(withWaiting({ ...c, status: 'paused', pausedUntil: until, pausedBy: props.memberId }));
  }
  // "Not now. Can we pick a time?": pause, and ask the same step again on return.
  if ('until' in input && input.until !== undefined) {
    const until = returnTime(conv, props.memberId, input.until, props.now);
    const paused = { ...c, status: 'paused' as const, pausedUntil: until, pausedBy: props.memberId };
    return changed(withWaiting({ ...paused, stepSince: seq, stepVersion: c.version }));
  }
  return changed(settle(c, props.now));
}
