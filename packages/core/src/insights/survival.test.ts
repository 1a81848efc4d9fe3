import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, type SurvivalObservation, survivalQuantile, survivalQuartiles } from './survival';

const r = (hours: number): SurvivalObservation => ({ hours, repaired: true });
const c = (hours: number): SurvivalObservation => ({ hours, repaired: false });
const curve = (obs: SurvivalObservation[]) => kaplanMeier(obs).map((s) => [s.hours, s.stillOpen]);

describe('kaplanMeier against hand-computed examples', () => {
  it('handles ties: repairs before censorings, the censored still at risk at their time', () => {
    // n = 6. t=1: 6 at risk, 1 repaired → 5/6. t=2: 5 at risk, 2 repaired, 1 censored → 5/6 · 3/5 = 1/2.
    // t=3: 2 at risk, 1 censored → 1/2. t=4: 1 at risk, 1 repaired → 0.
    const steps = kaplanMeier([r(4), c(2), r(2), r(1), c(3), r(2)]);
    expect(steps.map((s) => [s.hours, s.atRisk, s.repaired, s.censored])).toEqual([
      [0, 6, 0, 0],
      [1, 6, 1, 0],
      [2, 5, 2, 1],
      [3, 2, 0, 1],
      [4, 1, 1, 0],
    ]);
    expect(steps.map((s) => s.stillOpen)).toEqual([1, 5 / 6, 0.5, 0.5, 0]);
    // Greenwood at t=1: Σ d/(n(n−d)) = 1/30; log(−log) band S^exp(∓1.96·√(1/30)/|ln S|).
    const spread = (1.959963984540054 * Math.sqrt(1 / 30)) / Math.log(6 / 5);
    expect(steps[1]?.low).toBeCloseTo((5 / 6) ** Math.exp(spread), 12);
    expect(steps[1]?.high).toBeCloseTo((5 / 6) ** Math.exp(-spread), 12);
    expect([steps[1]?.low, steps[1]?.high].map((x) => x?.toFixed(4))).toEqual(['0.2731', '0.9747']);
    // At 0 nobody is left: the band is the point.
    expect([steps[4]?.low, steps[4]?.high]).toEqual([0, 0]);
    // Exactly 1/2 over the flat from 2 to 4: R takes its midpoint.
    expect(survivalQuartiles(steps)).toEqual({ q1: 2, median: 3, q3: 4 });
  });

  it('keeps a censoring at the last time as a flat end, and a median of 2', () => {
    // 3 at risk: 2/3 after 1, 1/3 after 2, still 1/3 at 3 (censored).
    const steps = kaplanMeier([r(1), r(2), c(3)]);
    expect(curve([r(1), r(2), c(3)])).toEqual([
      [0, 1],
      [1, expect.closeTo(2 / 3, 12)],
      [2, expect.closeTo(1 / 3, 12)],
      [3, expect.closeTo(1 / 3, 12)],
    ]);
    expect(survivalQuartiles(steps)).toEqual({ q1: 1, median: 2, q3: null });
  });

  it('stays at 1 with a band of 1 when everything is censored: nothing is reached yet', () => {
    const steps = kaplanMeier([c(5), c(1), c(5)]);
    expect(steps.every((s) => s.stillOpen === 1 && s.low === 1 && s.high === 1)).toBe(true);
    expect(survivalQuartiles(steps)).toEqual({ q1: null, median: null, q3: null });
  });

  it('drops to 0 at once when everything is repaired at one time', () => {
    const steps = kaplanMeier([r(5), r(5), r(5), r(5)]);
    expect(steps.map((s) => [s.hours, s.stillOpen, s.low, s.high, s.atRisk])).toEqual([
      [0, 1, 1, 1, 4],
      [5, 0, 0, 0, 4],
    ]);
    expect(survivalQuartiles(steps)).toEqual({ q1: 5, median: 5, q3: 5 });
  });

  it('takes one observation, repaired or not, and no observation at all', () => {
    expect(curve([r(3)])).toEqual([
      [0, 1],
      [3, 0],
    ]);
    expect(curve([c(3)])).toEqual([
      [0, 1],
      [3, 1],
    ]);
    expect(kaplanMeier([])).toEqual([{ hours: 0, stillOpen: 1, low: 1, high: 1, atRisk: 0, repaired: 0, censored: 0 }]);
    expect(survivalQuartiles(kaplanMeier([r(3)]))).toEqual({ q1: 3, median: 3, q3: 3 });
  });

  it('skips times that are not follow-up', () => {
    expect(curve([r(Number.NaN), r(-1), c(Number.POSITIVE_INFINITY), r(2)])).toEqual([
      [0, 1],
      [2, 0],
    ]);
  });
});

describe('kaplanMeier against published values', () => {
  it('matches the 6-MP arm of the Freireich leukaemia remission data', () => {
    // Freireich et al. (1963), Blood 21:699–716: weeks in remission, 6-MP arm (21 patients, + = censored).
    // Expected values as published in Klein & Moeschberger, "Survival Analysis" (2nd ed., 2003), Table 4.1A
    // (estimate and Greenwood standard error), and R's survfit(conf.type = "log-log") on the same data.
    const weeks = '6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+'.split(' ');
    const steps = kaplanMeier(weeks.map((w) => ({ hours: Number.parseFloat(w), repaired: !w.endsWith('+') })));
    const published = [
      // weeks, at risk, events, S(t), Greenwood SE, lower 95%, upper 95%
      [6, 21, 3, 0.8571, 0.0764, 0.62, 0.952],
      [7, 17, 1, 0.8067, 0.0869, 0.563, 0.923],
      [10, 15, 1, 0.7529, 0.0963, 0.503, 0.889],
      [13, 12, 1, 0.6902, 0.1068, 0.432, 0.849],
      [16, 11, 1, 0.6275, 0.1141, 0.368, 0.805],
      [22, 7, 1, 0.5378, 0.1282, 0.268, 0.747],
      [23, 6, 1, 0.4482, 0.1346, 0.188, 0.68],
    ];
    const events = steps.filter((s) => s.repaired > 0);
    expect(events).toHaveLength(published.length);
    published.forEach(([weeksIn, atRisk, d, s, se, low, high], i) => {
      const step = events[i];
      expect([step?.hours, step?.atRisk, step?.repaired]).toEqual([weeksIn, atRisk, d]);
      expect(step?.stillOpen).toBeCloseTo(s ?? 0, 4);
      // Greenwood's SE = S · √Σ, recovered from the band: log(−log S) ± 1.96 · SE / (S |ln S|).
      const spread = Math.log(Math.log(step?.low ?? 0) / Math.log(step?.stillOpen ?? 0));
      const sigma = spread / 1.959963984540054;
      expect(sigma * (step?.stillOpen ?? 0) * Math.abs(Math.log(step?.stillOpen ?? 0))).toBeCloseTo(se ?? 0, 4);
      expect(step?.low).toBeCloseTo(low ?? 0, 3);
      expect(step?.high).toBeCloseTo(high ?? 0, 3);
    });
    // Published median remission: 23 weeks; the first quartile 13; the third never reached.
    expect(survivalQuartiles(steps)).toEqual({ q1: 13, median: 23, q3: null });
  });
});

describe('survivalQuantile follows R quantile.survfit', () => {
  it('matches the expectations of the survival package test suite (tests/quantile.R)', () => {
    // therneau/survival tests/quantile.R: times 1, 1+, 6, 6, 8+, 9, 10+ (one NA dropped);
    // S = 6/7, then 18/35 at 6, 9/35 at 9. For S-levels 13/14, 6/7, 2/3, 1/2, 9/35, 1/10
    // R expects 1, 3.5, 6, 9, 9.5, NA: the flats at 6/7 (1 to 6) and 9/35 (9 to the end, 10) give midpoints.
    const steps = kaplanMeier([r(1), c(1), r(6), r(6), c(8), r(9), c(10)]);
    const points = steps.map((s) => ({ hours: s.hours, level: 1 - s.stillOpen }));
    const levels = [13 / 14, 6 / 7, 2 / 3, 0.5, 9 / 35, 0.1];
    expect(levels.map((s) => survivalQuantile(points, 10, 1 - s))).toEqual([1, 3.5, 6, 9, 9.5, null]);
  });
});

const observations = fc.array(
  fc.record({ hours: fc.integer({ min: 0, max: 200 }).map((h) => h / 4), repaired: fc.boolean() }),
  { maxLength: 60 },
);

describe('kaplanMeier properties', () => {
  it('never rises, stays in [0, 1], and its band holds the estimate', () => {
    fc.assert(
      fc.property(observations, (obs) => {
        const steps = kaplanMeier(obs);
        steps.forEach((s, i) => {
          expect(s.stillOpen).toBeGreaterThanOrEqual(0);
          expect(s.stillOpen).toBeLessThanOrEqual(1);
          expect(s.low).toBeGreaterThanOrEqual(0);
          expect(s.high).toBeLessThanOrEqual(1);
          expect(s.low).toBeLessThanOrEqual(s.stillOpen + 1e-12);
          expect(s.high).toBeGreaterThanOrEqual(s.stillOpen - 1e-12);
          if (i > 0) expect(s.stillOpen).toBeLessThanOrEqual(steps[i - 1]?.stillOpen ?? 1);
        });
      }),
    );
  });

  it('does not depend on the order of its input', () => {
    fc.assert(
      fc.property(observations, (obs) => {
        expect(kaplanMeier([...obs].reverse())).toEqual(kaplanMeier(obs));
      }),
    );
  });
});
