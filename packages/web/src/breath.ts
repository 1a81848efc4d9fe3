/** Paced breathing: in for 4 s, out for 6 s (about six breaths a minute, a slow, settling pace). */
export const BREATH = { inMs: 4_000, outMs: 6_000 } as const;
export const BREATH_CYCLE_MS = BREATH.inMs + BREATH.outMs;

export type BreathPhase = 'in' | 'out';

/**
 * Where in the breath we are, `elapsedMs` after starting, and how long
 * until the phase changes.
 *
 * @example breathPhase(1_000) // { phase: 'in', remainingMs: 3000 }
 */
export function breathPhase(elapsedMs: number): { phase: BreathPhase; remainingMs: number } {
  const t = ((elapsedMs % BREATH_CYCLE_MS) + BREATH_CYCLE_MS) % BREATH_CYCLE_MS;
  return t < BREATH.inMs
    ? { phase: 'in', remainingMs: BREATH.inMs - t }
    : { phase: 'out', remainingMs: BREATH_CYCLE_MS - t };
}

export const BREATH_WORDS: Record<BreathPhase, string> = {
  in: 'Breathe in…',
  out: 'and out…',
};

/** The lengths someone may choose for a breathing exercise, in minutes. */
export const BREATH_MINUTES = [1, 2, 3] as const;
export type BreathMinutes = (typeof BREATH_MINUTES)[number];

/** "1 minute", "3 minutes". */
export function minutesWords(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * Where a timed exercise of `minutes` is, `elapsedMs` after it started: the
 * time so far, softly ("0:45 of 2 minutes", never a countdown), and whether
 * it is over.
 *
 * @example breathTimer(45_000, 2) // { done: false, words: '0:45 of 2 minutes' }
 */
export function breathTimer(elapsedMs: number, minutes: number): { done: boolean; words: string } {
  const totalMs = minutes * 60_000;
  const shownMs = Math.min(Math.max(elapsedMs, 0), totalMs);
  const seconds = Math.floor(shownMs / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return { done: elapsedMs >= totalMs, words: `${clock} of ${minutesWords(minutes)}` };
}
