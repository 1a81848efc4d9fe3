import { submitStep } from './engine';
import { currentStep, stepsOf } from './flow';
import { optionIds } from './input';
import { resumeConversation } from './lifecycle';
import type { Conversation, StepTarget } from './types';

/**
 * Test support: valid answers for any step, and a driver that takes any
 * conversation to its end by the way out of every loop. Used by the
 * property tests; not exported from the package.
 */

export function plus(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** A valid answer to the current step; `pick` chooses among the possibilities. */
export function validInput(conv: Conversation, pick: number, words: string, now: string): unknown {
  const step = currentStep(conv);
  const input = step.input;
  const ids = optionIds(conv, step);
  switch (input.kind) {
    case 'text':
      return { text: words.trim() === '' ? 'some words' : words.slice(0, input.maxLength) };
    case 'choice': {
      const n = Math.max(input.min, Math.min(input.max, pick % (input.max + 1)));
      const start = pick % Math.max(1, ids.length);
      return { choices: Array.from({ length: n }, (_, i) => ids[(start + i) % ids.length]) };
    }
    case 'confirm': {
      const choice = ids[pick % ids.length] as string;
      return step.next?.byChoice?.[choice] === 'pause' ? { choice, until: plus(now, 20 + (pick % 40)) } : { choice };
    }
    case 'checkin':
      return { state: (['connected', 'activated', 'shut_down'] as const)[pick % 3], intensity: pick % 11 };
    case 'gate':
      return pick % 2 === 0 ? { choice: 'go-on' } : { choice: 'break', until: plus(now, 20 + (pick % 30)) };
    case 'completion':
      return pick % 2 === 0 ? { feel: 'repaired' } : { feel: 'not_yet', need: words.slice(0, 100) };
  }
}

/** How far forward a choice leads: the end first, never a pause, loops back last. */
function forwardness(conv: Conversation, target: StepTarget | undefined): number {
  if (target === 'end') return 10_000;
  if (target === 'pause') return -10_000;
  if (target === 'swap' || target === undefined) return 5_000;
  return stepsOf(conv).findIndex((s) => s.id === target);
}

/** The answer that leads out of every loop: "that is all", "yes, that is it", "go on", "done". */
export function forwardInput(conv: Conversation, now: string): unknown {
  const step = currentStep(conv);
  const by = step.next?.byChoice;
  if (step.input.kind === 'confirm' && by) {
    const ids = optionIds(conv, step);
    const best = [...ids].sort((a, b) => forwardness(conv, by[b]) - forwardness(conv, by[a]))[0];
    return { choice: best };
  }
  if (step.input.kind === 'gate') return { choice: 'go-on' };
  if (step.input.kind === 'checkin') return { state: 'connected', intensity: 3 };
  if (step.input.kind === 'completion') return { feel: 'repaired' };
  return validInput(conv, 0, 'enough', now);
}

/** Drives a conversation to `done` (or leaves it ended), counting the answers it took. */
export function finish(conv: Conversation, now: string, limit = 300): { conv: Conversation; answers: number } {
  let c = conv;
  let answers = 0;
  let clock = now;
  while (c.status === 'active' || c.status === 'paused') {
    if (answers++ > limit) throw new Error(`no end after ${limit} answers at ${c.protocol}/${c.stepId}`);
    clock = plus(clock, 1);
    if (c.status === 'paused') {
      const by = c.pausedBy as string;
      c = resumeConversation(c, { memberId: by, now: clock }).conversation;
      continue;
    }
    const who = c.waitingOn[0];
    if (who === undefined) throw new Error(`nobody to answer ${c.protocol}/${c.stepId}`);
    c = submitStep(c, {
      memberId: who,
      stepId: c.stepId,
      input: forwardInput(c, clock),
      version: c.version,
      now: clock,
    }).conversation;
  }
  return { conv: c, answers };
}
