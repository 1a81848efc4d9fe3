import { DomainError } from '../errors';
import { CHECKIN_STATES } from '../identifiers';
import { LIMITS } from '../limits';
import { FEELINGS } from '../repair/types';
import type { Conversation, ProtocolStep, StepValue } from './types';

/**
 * Checks that a submitted value has the shape the step asks for and returns
 * it normalised (text trimmed, only the known keys kept). Anything else is
 * `invalid_step_input`: bad input changes nothing.
 */

function bad(message: string): never {
  throw new DomainError('invalid_step_input', message);
}

/** Lone UTF-16 surrogates are not text: no database stores them as they came. */
const NOT_TEXT = /\p{Cs}/u;

function words(value: string, max: number, optional: boolean): string {
  const text = value.trim();
  if (text === '' && !optional) bad('Some words are needed.');
  if (NOT_TEXT.test(text)) bad('Some of these characters cannot be kept. Please type them again.');
  if ([...text].length > max) bad(`At most ${max} characters, please.`);
  return text;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The ids a choice or confirm step accepts: its options, or the open ruptures it offers. */
export function optionIds(conv: Conversation, step: ProtocolStep): string[] {
  const input = step.input;
  if (input.kind === 'choice' && input.optionsFrom === 'openRuptures') return conv.openRuptures.map((r) => r.id);
  if (input.kind === 'choice' || input.kind === 'confirm') return input.options.map((o) => o.id);
  return [];
}

/** An ISO time, returned normalised, or a clear refusal. */
function parseTime(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) bad('A return time is needed.');
  return new Date(value).toISOString();
}

export function validateInput(conv: Conversation, step: ProtocolStep, value: unknown): StepValue {
  if (!isRecord(value)) bad('An answer is needed.');
  const input = step.input;
  switch (input.kind) {
    case 'text': {
      if (typeof value.text !== 'string') bad('Some words are needed.');
      return { text: words(value.text, input.maxLength, input.optional ?? false) };
    }
    case 'choice': {
      const { choices } = value;
      if (!Array.isArray(choices) || !choices.every((c) => typeof c === 'string')) bad('Pick from the list.');
      const ids = optionIds(conv, step);
      const unique = [...new Set(choices as string[])];
      if (unique.length !== choices.length || !unique.every((c) => ids.includes(c))) bad('Pick from the list.');
      if (unique.length < input.min || unique.length > input.max) bad(`Pick ${input.min} to ${input.max}.`);
      return { choices: unique };
    }
    case 'confirm': {
      if (typeof value.choice !== 'string' || !optionIds(conv, step).includes(value.choice)) bad('Pick one.');
      const leadsToPause = step.next?.byChoice?.[value.choice] === 'pause';
      return leadsToPause ? { choice: value.choice, until: parseTime(value.until) } : { choice: value.choice };
    }
    case 'checkin': {
      const { state, intensity } = value;
      if (typeof state !== 'string' || !(CHECKIN_STATES as readonly string[]).includes(state)) bad('Pick how you are.');
      if (typeof intensity !== 'number' || !Number.isInteger(intensity) || intensity < 0 || intensity > 10) {
        bad('Pick a number from 0 to 10.');
      }
      return { state: state as (typeof CHECKIN_STATES)[number], intensity };
    }
    case 'gate': {
      if (value.choice === 'go-on') return { choice: 'go-on' };
      if (value.choice === 'break') return { choice: 'break', until: parseTime(value.until) };
      return bad('Take a break or go on.');
    }
    case 'completion': {
      const { feel, need } = value;
      if (typeof feel !== 'string' || !(FEELINGS as readonly string[]).includes(feel)) bad('Pick an answer.');
      if (need !== undefined && need !== null && typeof need !== 'string') bad('What you need is words.');
      const trimmed = typeof need === 'string' ? words(need, LIMITS.shortNote, true) : '';
      return feel === 'not_yet' && trimmed
        ? { feel: 'not_yet', need: trimmed }
        : { feel: feel as 'repaired' | 'not_yet' };
    }
  }
}
