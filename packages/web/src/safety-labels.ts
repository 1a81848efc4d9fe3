import type { RuptureKind, RuptureSize, ScreenAnswer, ScreenQuestion } from '@repairable/core';
import { ruptureHeading, ruptureLabel } from './repair-labels';

/**
 * Words for anything marked as harm, wherever it could be glanced at
 * (SECURITY.md P6): lists, the timeline, reminders and the rupture's own
 * heading read neutrally, never "harm", its size or what happened.
 */
export const PRIVATE_NOTE = 'A private note';

type Labelled = { harm: boolean; size: RuptureSize; kinds: readonly RuptureKind[] };

/** A rupture's name in a list: "Tiny · Eye roll", or "A private note" for harm. */
export function listLabel(rupture: Labelled): string {
  return rupture.harm ? PRIVATE_NOTE : ruptureLabel(rupture);
}

/** A rupture page's h1: "A small rupture", or "A private note" for harm. */
export function headingOf(rupture: Labelled): string {
  return rupture.harm ? PRIVATE_NOTE : ruptureHeading(rupture.size);
}

/** The private safety screen's questions (P5), asked gently and about the person's own experience. */
export const SCREEN_QUESTION_WORDS: Record<ScreenQuestion, string> = {
  afraid: 'Are you afraid of someone close to you?',
  hurt: 'Has someone close to you hurt you?',
  threatened: 'Has someone close to you threatened you, or someone or something you love?',
  controlled: 'Does someone close to you control your money, your phone, or who you see?',
};

export const SCREEN_ANSWER_WORDS: Record<ScreenAnswer, string> = {
  no: 'No',
  not_sure: 'Not sure',
  yes: 'Yes',
};

/** A `tel:` link for a number as the server lists it (digits, maybe a leading +). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
