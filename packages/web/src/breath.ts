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
