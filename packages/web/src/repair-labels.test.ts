import { ATTEMPT_KINDS, MOMENT_KINDS, RUPTURE_KINDS, RUPTURE_SIZES } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import {
  ATTEMPT_CHOICES,
  ATTEMPT_LABELS,
  checkinLabel,
  KIND_LABELS,
  MOMENT_LABELS,
  ruptureHeading,
  ruptureLabel,
  SIZE_LABELS,
  similarReason,
} from './repair-labels';

describe('labels', () => {
  it('names every size, kind, attempt kind and moment kind of the API', () => {
    for (const size of RUPTURE_SIZES) expect(SIZE_LABELS[size]).toBeTruthy();
    for (const kind of RUPTURE_KINDS) expect(KIND_LABELS[kind]).toBeTruthy();
    for (const kind of ATTEMPT_KINDS) expect(ATTEMPT_LABELS[kind]).toBeTruthy();
    for (const kind of MOMENT_KINDS) expect(MOMENT_LABELS[kind]).toBeTruthy();
  });

  it('uses the contract words', () => {
    expect(KIND_LABELS.withdrawal).toBe('Withdrawal or silence');
    expect(KIND_LABELS.harm).toBe('Harm (violence, threats, control)');
    expect(KIND_LABELS.other).toBe('Something else');
    expect(ATTEMPT_LABELS.humor).toBe('Humour');
    expect(MOMENT_LABELS.repair_pride).toBe('Proud of a repair');
  });

  it('offers every attempt kind but a break in the form', () => {
    expect(ATTEMPT_CHOICES).not.toContain('break');
    expect(ATTEMPT_CHOICES).toHaveLength(ATTEMPT_KINDS.length - 1);
  });

  it('names a rupture by size and kinds only', () => {
    expect(ruptureLabel({ size: 'tiny', kinds: ['eye_roll'] })).toBe('Tiny · Eye roll');
    expect(ruptureLabel({ size: 'small', kinds: ['yelling', 'harsh_words'] })).toBe('Small · Yelling, Harsh words');
    expect(ruptureHeading('big')).toBe('A big rupture');
  });

  it('says why an earlier rupture looks alike, and what a check-in said', () => {
    expect(similarReason({ kind: 'same_topic', topic: 'chores' })).toBe('Same topic: chores');
    expect(similarReason({ kind: 'similar_words', words: ['late', 'calling'] })).toBe('Similar words: late, calling');
    expect(checkinLabel({ state: 'activated', intensity: 8 })).toBe('Check-in: Activated, 8');
    expect(checkinLabel({ state: 'shut_down', intensity: 3 })).toBe('Check-in: Shut down, 3');
  });
});
