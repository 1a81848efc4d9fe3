import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthOf, parseTime } from './time';

describe('parseTime and monthOf', () => {
  it('agree with Date for any time from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(parseTime(iso)).toBe(ms);
        expect(monthOf(ms)).toBe(iso.slice(0, 7));
      }),
      { numRuns: 2000 },
    );
  });

  it('falls back to Date.parse for other forms', () => {
    expect(parseTime('2026-12-06T13:00:00+01:00')).toBe(Date.parse('2026-12-06T12:00:00.000Z'));
    expect(parseTime('2026-12-06')).toBe(Date.parse('2026-12-06'));
    expect(parseTime('2026-1x-06T12:00:00.000Z')).toBeNaN();
  });
});
