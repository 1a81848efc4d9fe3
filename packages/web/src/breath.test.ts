import { describe, expect, it } from 'vitest';
import { BREATH_CYCLE_MS, BREATH_WORDS, breathPhase } from './breath';

describe('breathPhase', () => {
  it('breathes in for 4 s, out for 6 s, and again', () => {
    expect(breathPhase(0)).toEqual({ phase: 'in', remainingMs: 4_000 });
    expect(breathPhase(3_999).phase).toBe('in');
    expect(breathPhase(4_000)).toEqual({ phase: 'out', remainingMs: 6_000 });
    expect(breathPhase(9_000)).toEqual({ phase: 'out', remainingMs: 1_000 });
    expect(breathPhase(BREATH_CYCLE_MS)).toEqual({ phase: 'in', remainingMs: 4_000 });
    expect(breathPhase(3 * BREATH_CYCLE_MS + 5_000).phase).toBe('out');
  });

  it('has the words of the contract', () => {
    expect(`${BREATH_WORDS.in} ${BREATH_WORDS.out}`).toBe('Breathe in… and out…');
  });
});
