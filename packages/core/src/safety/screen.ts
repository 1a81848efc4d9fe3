/**
 * The private safety screen (SECURITY.md P5): a few questions a person can
 * answer any time, for themselves alone. A concerning answer switches their
 * own view to safety first: resources instead of repair prompts, and no
 * reminders to repair together. The answers are not kept; only whether
 * their view puts safety first, and since when.
 */

export const SCREEN_QUESTIONS = ['afraid', 'hurt', 'threatened', 'controlled'] as const;
export type ScreenQuestion = (typeof SCREEN_QUESTIONS)[number];

export const SCREEN_ANSWERS = ['no', 'not_sure', 'yes'] as const;
export type ScreenAnswer = (typeof SCREEN_ANSWERS)[number];

export type ScreenAnswers = Record<ScreenQuestion, ScreenAnswer>;

/** Any answer but a plain "no" is taken seriously: not being sure is reason enough to put safety first. */
export function isConcerning(answers: ScreenAnswers): boolean {
  return SCREEN_QUESTIONS.some((question) => answers[question] !== 'no');
}

/** What the account itself is told about its own screen; nobody else is told anything. */
export interface SafetyScreenView {
  /** Resources come first and joint prompts stop, for this person only. */
  safetyFirst: boolean;
  /** When the view switched to safety first; null when it does not. */
  since: string | null;
}
