import { RUPTURE_KINDS, RUPTURE_SIZES } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { KIND_TERMS, SIZE_TERMS, TERMS } from './terms';

describe('terms: a plain explanation for every word people meet', () => {
  it('explains every rupture kind and every size, and nothing that is not one', () => {
    expect(Object.keys(KIND_TERMS).sort()).toEqual([...RUPTURE_KINDS].sort());
    expect(Object.keys(SIZE_TERMS).sort()).toEqual([...RUPTURE_SIZES].sort());
    for (const words of [...Object.values(KIND_TERMS), ...Object.values(SIZE_TERMS), ...Object.values(TERMS)]) {
      expect(words.trim().length).toBeGreaterThan(5);
      // A line or two under a control, not a paragraph.
      expect(words.length).toBeLessThanOrEqual(170);
    }
  });

  it('explains the words of the home screen and the repair', () => {
    for (const term of ['rupture', 'repair', 'raise', 'letGo', 'checkIn', 'private'] as const) {
      expect(TERMS[term]).toBeTruthy();
    }
    expect(TERMS.repair).toMatch(/both/);
  });

  it('never blames or keeps score', () => {
    const all = [...Object.values(KIND_TERMS), ...Object.values(SIZE_TERMS), ...Object.values(TERMS)].join(' ');
    expect(all).not.toMatch(/\b(fault|score|points|wrong with you|should have|always|never)\b/i);
  });
});
