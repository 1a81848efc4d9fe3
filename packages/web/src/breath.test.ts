import { describe, expect, it } from 'vitest';
import { BREATH_CYCLE_MS, BREATH_MINUTES, BREATH_WORDS, breathPhase, breathTimer, minutesWords } from './breath';

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

describe('breathTimer', () => {
  it('shows the time so far, softly, and ends on time', () => {
    expect(breathTimer(0, 2)).toEqual({ done: false, words: '0:00 of 2 minutes' });
    expect(breathTimer(45_999, 2)).toEqual({ done: false, words: '0:45 of 2 minutes' });
    expect(breathTimer(61_000, 1)).toEqual({ done: true, words: '1:00 of 1 minute' });
    expect(breathTimer(179_999, 3).done).toBe(false);
    expect(breathTimer(180_000, 3)).toEqual({ done: true, words: '3:00 of 3 minutes' });
  });

  it('never shows a negative time (a clock set back)', () => {
    expect(breathTimer(-5_000, 1).words).toBe('0:00 of 1 minute');
  });

  it('offers one, two or three minutes', () => {
    expect(BREATH_MINUTES.map(minutesWords)).toEqual(['1 minute', '2 minutes', '3 minutes']);
  });
});
