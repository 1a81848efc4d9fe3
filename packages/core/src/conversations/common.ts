import { REGULATION } from '../repair/regulation';
import type { ProtocolStep, StepInput, StepRole } from './types';

/**
 * What every protocol shares: the opening check-in and regulation gate
 * (rule 6), the closing completion question (rule 4), and small builders
 * that keep the protocol files to their words.
 */

export const CHECKIN_STEP = 'check-in';
export const GATE_STEP = 'regulation-gate';
export const COMPLETION_STEP = 'completion';
/** The parent do-over's step where the parent records what the child did, and the option that says "not yet". */
export const RECONNECT_STEP = 'reconnect';
export const NOT_YET_RECONNECTED = 'not-yet';

/** How long one written part may be. */
export const STEP_TEXT_MAX = 2000;

export const OPENING: readonly ProtocolStep[] = [
  {
    id: CHECKIN_STEP,
    role: 'each',
    input: { kind: 'checkin' },
    prompt: 'Before we start: how are you right now?',
    waiting: '{other} is checking in with themselves.',
    hint: 'Only you see this.',
  },
  {
    id: GATE_STEP,
    role: 'each',
    input: { kind: 'gate', minimumBreakMinutes: REGULATION.minimumBreakMinutes },
    prompt:
      'Your body is working hard right now. A break of at least 20 minutes helps it settle. Take one, and pick when you will be back, or go on if you feel ready.',
    waiting: '{other} is taking a moment before we start.',
    hint: 'Slow breaths out, longer than in, help.',
  },
];

export const CLOSING: readonly ProtocolStep[] = [
  {
    id: COMPLETION_STEP,
    role: 'each',
    input: { kind: 'completion' },
    prompt: 'Thank you for doing this. Do you feel repaired?',
    waiting: '{other} is answering the last question.',
    hint: '"Not yet" is a fine answer. You can say what you still need.',
  },
];

/** A free-text step. `toneCheck` marks a box where a person writes to the other. */
export function text(maxLength = STEP_TEXT_MAX, toneCheck = true, optional = false): StepInput {
  return optional ? { kind: 'text', maxLength, toneCheck, optional } : { kind: 'text', maxLength, toneCheck };
}

export function confirm(...options: [string, string][]): StepInput {
  return { kind: 'confirm', options: options.map(([id, label]) => ({ id, label })) };
}

export function choice(min: number, max: number, ...options: [string, string][]): StepInput {
  return { kind: 'choice', min, max, options: options.map(([id, label]) => ({ id, label })) };
}

export function step(
  id: string,
  role: StepRole,
  input: StepInput,
  prompt: string,
  waiting: string,
  more: Pick<ProtocolStep, 'hint' | 'next' | 'alone' | 'alonePrompt' | 'requires'> = {},
): ProtocolStep {
  return { id, role, input, prompt, waiting, ...more };
}

/** A protocol's whole run: the shared opening, its own steps, the shared closing. */
export function framed(steps: readonly ProtocolStep[]): readonly ProtocolStep[] {
  return [...OPENING, ...steps, ...CLOSING];
}
