import { isFloodedReading } from '../repair/regulation';
import { COMPLETION_STEP, GATE_STEP } from './common';
import { PROTOCOLS, protocolSteps } from './registry';
import type { Conversation, ConversationEntry, ProtocolStep, StepTarget } from './types';

/**
 * How a conversation moves through its protocol's steps: who must answer the
 * current step, which steps one person alone skips, and what comes next.
 * Pure helpers for engine.ts and lifecycle.ts.
 */

export function stepsOf(conv: Pick<Conversation, 'protocol' | 'ageBand'>): readonly ProtocolStep[] {
  return protocolSteps(conv.protocol, conv.ageBand);
}

export function currentStep(conv: Conversation): ProtocolStep {
  const found = stepsOf(conv).find((s) => s.id === conv.stepId);
  if (!found) throw new Error(`unknown step ${conv.stepId} in ${conv.protocol}`);
  return found;
}

/** The members who answer steps: the account participants, or the one going on alone. */
export function actors(conv: Conversation): string[] {
  if (conv.alone && conv.soloMember) return [conv.soloMember];
  return conv.participants.filter((p) => p !== conv.child);
}

/** Check-ins and the break choice are one's own for good: never revealed to the other. */
export function isPrivateStep(step: ProtocolStep): boolean {
  return step.input.kind === 'checkin' || step.input.kind === 'gate';
}

/** Rule 6 within a conversation: this member's check-in here was activated or shut down at ≥ 7. */
export function isFlooded(conv: Conversation, memberId: string): boolean {
  const mine = conv.entries.filter((e) => e.memberId === memberId && 'intensity' in e.input);
  const last = mine[mine.length - 1]?.input;
  return !!last && 'intensity' in last && isFloodedReading(last);
}

/** Who must answer a step at all (before anyone has). */
export function required(conv: Conversation, step: ProtocolStep): string[] {
  const who = actors(conv);
  if (step.input.kind === 'gate') return who.filter((m) => isFlooded(conv, m));
  if (step.role === 'each' || step.role === 'both') return who;
  if (conv.alone) return who;
  const holder = step.role === 'speaker' ? conv.speaker : conv.listener;
  return holder ? [holder] : [];
}

/** Steps one person alone does not do, and the regulation gate when nobody is flooded. */
export function isSkipped(conv: Conversation, step: ProtocolStep): boolean {
  if (step.id === GATE_STEP) return required(conv, step).length === 0;
  // Nothing to pick from: the weekly check-in's open ruptures, when there are none, and what hangs on them.
  if (step.requires === 'openRuptures' && conv.openRuptures.length === 0) return true;
  if (!conv.alone || step.role === 'each' || step.role === 'both') return false;
  if (step.alone) return step.alone === 'skip';
  const holder = step.role === 'speaker' ? conv.speaker : conv.listener;
  return holder !== conv.soloMember;
}

/** The entries given on the current visit of the current step. */
export function visitEntries(conv: Conversation): ConversationEntry[] {
  return conv.entries.filter((e) => e.seq > conv.stepSince && e.stepId === conv.stepId);
}

/** Done or abandoned: nothing more happens in it. */
export function hasEnded(conv: Pick<Conversation, 'status'>): boolean {
  return conv.status === 'done' || conv.status === 'abandoned';
}

/** Sets `waitingOn` and `turn` from the current step and the answers in. */
export function withWaiting(conv: Conversation): Conversation {
  if (hasEnded(conv)) return { ...conv, waitingOn: [], turn: null };
  const step = currentStep(conv);
  const answered = new Set(visitEntries(conv).map((e) => e.memberId));
  const waitingOn = required(conv, step).filter((m) => !answered.has(m));
  const single = step.role === 'speaker' || step.role === 'listener';
  return { ...conv, waitingOn, turn: single && waitingOn.length === 1 ? (waitingOn[0] ?? null) : null };
}

function indexOf(conv: Conversation, id: string): number {
  const i = stepsOf(conv).findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`unknown step ${id} in ${conv.protocol}`);
  return i;
}

/** The step after this one in order; the last protocol step leads to the completion question. */
function nextInOrder(conv: Conversation, id: string): string {
  const steps = stepsOf(conv);
  return steps[indexOf(conv, id) + 1]?.id ?? COMPLETION_STEP;
}

/** Resolves a target to a step id, swapping roles if it says so. */
function resolve(conv: Conversation, from: ProtocolStep, target: StepTarget): { conv: Conversation; id: string } {
  if (target === 'end') return { conv, id: COMPLETION_STEP };
  if (target === 'swap') {
    const afterSwap = from.next?.afterSwap;
    const soloSpeaks = conv.alone && conv.listener === conv.soloMember && conv.swaps === 0;
    if ((conv.alone && !soloSpeaks) || (afterSwap !== undefined && conv.swaps > 0)) {
      return resolve(conv, from, afterSwap === undefined || afterSwap === 'swap' ? 'end' : afterSwap);
    }
    const swapTo = PROTOCOLS[conv.protocol].swapTo;
    if (!swapTo) throw new Error(`${conv.protocol} has no swapTo`);
    return { conv: { ...conv, speaker: conv.listener, listener: conv.speaker, swaps: conv.swaps + 1 }, id: swapTo };
  }
  if (target === 'pause') throw new Error('pause is handled by the engine');
  indexOf(conv, target);
  return { conv, id: target };
}

/** Where a completed step leads, from the answer that completed it. */
export function targetOf(step: ProtocolStep, entries: readonly ConversationEntry[]): StepTarget | undefined {
  const last = entries[entries.length - 1]?.input;
  if (last && 'choices' in last && last.choices.length === 0 && step.next?.ifNone !== undefined)
    return step.next.ifNone;
  const by = step.next?.byChoice;
  if (by) {
    const picked = last && 'choice' in last ? last.choice : last && 'choices' in last ? last.choices[0] : undefined;
    if (picked !== undefined && by[picked] !== undefined) return by[picked];
  }
  return step.next?.to;
}

/**
 * Enters a step (or the one a target names) and walks past skipped steps
 * and steps already complete, until one waits on someone or the
 * conversation is done. A guard stops a data mistake from looping forever.
 */
export function enter(conv: Conversation, from: ProtocolStep | null, target: StepTarget | undefined, now: string) {
  let c = conv;
  let prev = from;
  let t: StepTarget | undefined = target;
  for (let guard = 0; guard < 4 * stepsOf(c).length + 8; guard++) {
    let id: string;
    if (prev === null) id = t as string;
    else if (t === undefined) id = nextInOrder(c, prev.id);
    else ({ conv: c, id } = resolve(c, prev, t));
    const lastSeq = c.entries[c.entries.length - 1]?.seq ?? 0;
    c = withWaiting({ ...c, stepId: id, stepSince: lastSeq, stepVersion: c.version });
    const step = currentStep(c);
    if (isSkipped(c, step)) {
      prev = step;
      t = undefined;
      continue;
    }
    if (c.waitingOn.length > 0) return c;
    return settle(c, now);
  }
  throw new Error(`${conv.protocol} loops without an answer from ${conv.stepId}`);
}

/** Ends a conversation, done or abandoned: nothing waits on anyone and no pause is left. */
export function closed(conv: Conversation, status: 'done' | 'abandoned', now: string): Conversation {
  return { ...conv, status, turn: null, waitingOn: [], endedAt: now, pausedUntil: null, pausedBy: null };
}

/**
 * After an answer (or after someone goes on alone): if nobody is left to
 * answer the current step, reveal its answers and move on.
 */
export function settle(conv: Conversation, now: string): Conversation {
  const c = withWaiting(conv);
  if (c.status !== 'active' || c.waitingOn.length > 0) return c;
  const step = currentStep(c);
  const visit = visitEntries(c);
  const revealed = isPrivateStep(step)
    ? c.entries
    : c.entries.map((e) =>
        e.seq > c.stepSince && e.stepId === c.stepId && !e.revealed ? { ...e, revealed: true } : e,
      );
  const done = { ...c, entries: revealed };
  if (step.id === COMPLETION_STEP) return closed(done, 'done', now);
  return enter(done, step, targetOf(step, visit), now);
}
