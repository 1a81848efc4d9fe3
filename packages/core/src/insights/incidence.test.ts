import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompetingObservation, cumulativeIncidence, type Ending, incidenceQuartiles } from './incidence';
import { kaplanMeier, Z95 } from './survival';

const o = (hours: number, ending: Ending): CompetingObservation => ({ hours, ending });

/** Var F from a band built on the log(−log(1 − F)) scale: the inverse of what the band does. */
function varianceFromBand(share: number, low: number): number {
  const u = 1 - share;
  const spread = Math.log(Math.log(1 - low) / Math.log(u));
  return ((spread / Z95) * u * Math.log(u)) ** 2;
}

/** The delta-method variance written out term by term, O(n²), to check the one-pass sums. */
function directVariance(obs: CompetingObservation[], cause: 'repaired' | 'let_go'): number {
  const times = [...new Set(obs.filter((x) => x.ending !== 'open').map((x) => x.hours))].sort((a, b) => a - b);
  let s = 1;
  let f = 0;
  const rows = times.map((t) => {
    const n = obs.filter((x) => x.hours >= t).length;
    const d = obs.filter((x) => x.hours === t && x.ending !== 'open').length;
    const dk = obs.filter((x) => x.hours === t && x.ending === cause).length;
    const before = s;
    f += (before * dk) / n;
    s *= 1 - d / n;
    return { n, d, dk, before, f };
  });
  const ft = f;
  return rows.reduce(
    (v, { n, d, dk, before, f: fj }) =>
      v +
      (d < n ? ((ft - fj) ** 2 * d) / (n * (n - d)) : 0) +
      (before ** 2 * dk * (n - dk)) / n ** 3 -
      (2 * (ft - fj) * before * dk) / n ** 2,
    0,
  );
}

describe('cumulativeIncidence (Aalen–Johansen)', () => {
  it('counts letting go as its own ending, by hand', () => {
    // 5 followed: repaired at 1, let go at 2, repaired at 3, open at 4, repaired at 5.
    // Repair: 1/5; then 3/5 of 1/3 more = 2/5; then the last one at risk: + 2/5 = 4/5. Let go: 4/5 · 1/4 = 1/5.
    const steps = cumulativeIncidence([
      o(5, 'repaired'),
      o(2, 'let_go'),
      o(1, 'repaired'),
      o(4, 'open'),
      o(3, 'repaired'),
    ]);
    expect(steps.map((s) => [s.hours, s.atRisk, s.repaired.share, s.letGo.share])).toEqual([
      [0, 5, 0, 0],
      [1, 5, 0.2, 0],
      [2, 4, 0.2, expect.closeTo(0.2, 12)],
      [3, 3, expect.closeTo(0.4, 12), expect.closeTo(0.2, 12)],
      [4, 2, expect.closeTo(0.4, 12), expect.closeTo(0.2, 12)],
      [5, 1, expect.closeTo(0.8, 12), expect.closeTo(0.2, 12)],
    ]);
    // 1 − Kaplan–Meier with let-go censored would claim 1 by 5 hours: it assumes the let-go one would have mended.
    const km = kaplanMeier([1, 2, 3, 4, 5].map((h) => ({ hours: h, repaired: h % 2 === 1 })));
    expect(1 - (km[km.length - 1]?.stillOpen ?? 1)).toBe(1);
    expect(incidenceQuartiles(steps)).toEqual({ q1: 3, median: 5, q3: 5 });
    // Before anything competes the variance is Greenwood's: 1/(5·4) on the log scale at 1 hour.
    expect(varianceFromBand(0.2, steps[1]?.repaired.low ?? 0) / 0.8 ** 2).toBeCloseTo(1 / 20, 12);
  });

  it('leaves the median unreached when less than half were repaired', () => {
    const steps = cumulativeIncidence([o(1, 'repaired'), o(2, 'let_go'), o(3, 'let_go'), o(4, 'open')]);
    // Exactly 1/4 repaired from 1 hour to the end of follow-up (4): R's midpoint of that flat, 2.5.
    expect(incidenceQuartiles(steps)).toEqual({ q1: 2.5, median: null, q3: null });
  });
});

const withLetGo = fc.array(
  fc.record({
    hours: fc.integer({ min: 0, max: 40 }).map((h) => h / 2),
    ending: fc.constantFrom<Ending>('repaired', 'let_go', 'open'),
  }),
  { maxLength: 40 },
);

describe('cumulativeIncidence properties', () => {
  it('gives everyone repaired the band [1, 1], not a rounding error away from it', () => {
    // Found by the property below in a CI run: the shares summed to 0.9999999999999999 and the band became [0, 1].
    const hours = [10, 13, 5, 27, 32, 24, 13, 8, 21, 24];
    const repaired = [true, false, true, false, true, false, false, true, true, true];
    const steps = cumulativeIncidence(hours.map((h, i) => ({ hours: h, ending: repaired[i] ? 'repaired' : 'open' })));
    const last = steps[steps.length - 1];
    expect(last?.hours).toBe(32);
    expect(last?.repaired.share).toBeCloseTo(1, 12);
    expect(last?.repaired.low).toBe(1);
    expect(last?.repaired.high).toBe(1);
  });

  it('equals 1 − Kaplan–Meier, band included, when nothing was let go', () => {
    const noLetGo = fc.array(fc.record({ hours: fc.integer({ min: 0, max: 40 }), repaired: fc.boolean() }), {
      maxLength: 50,
    });
    fc.assert(
      fc.property(noLetGo, (obs) => {
        const km = kaplanMeier(obs);
        const aj = cumulativeIncidence(obs.map((x) => ({ hours: x.hours, ending: x.repaired ? 'repaired' : 'open' })));
        expect(aj).toHaveLength(km.length);
        aj.forEach((step, i) => {
          const k = km[i];
          expect(step.hours).toBe(k?.hours);
          expect(step.repaired.share).toBeCloseTo(1 - (k?.stillOpen ?? 0), 12);
          expect(step.repaired.low).toBeCloseTo(1 - (k?.high ?? 0), 9);
          expect(step.repaired.high).toBeCloseTo(1 - (k?.low ?? 0), 9);
          expect(step.letGo.share).toBe(0);
        });
      }),
    );
  });

  it('rises, never past 1 together, with a band around each share; the one-pass variance is the formula', () => {
    fc.assert(
      fc.property(withLetGo, (obs) => {
        const steps = cumulativeIncidence(obs);
        steps.forEach((s, i) => {
          const before = steps[i - 1];
          for (const cause of [s.repaired, s.letGo]) {
            expect(cause.low).toBeGreaterThanOrEqual(0);
            expect(cause.high).toBeLessThanOrEqual(1);
            expect(cause.low).toBeLessThanOrEqual(cause.share + 1e-12);
            expect(cause.high).toBeGreaterThanOrEqual(cause.share - 1e-12);
          }
          expect(s.repaired.share + s.letGo.share).toBeLessThanOrEqual(1 + 1e-12);
          if (before) expect(s.repaired.share).toBeGreaterThanOrEqual(before.repaired.share);
        });
        const last = steps[steps.length - 1];
        if (last && last.repaired.share > 0 && last.repaired.share < 1 && last.repaired.low > 0) {
          expect(varianceFromBand(last.repaired.share, last.repaired.low)).toBeCloseTo(
            directVariance(obs, 'repaired'),
            9,
          );
        }
      }),
    );
  });
});
