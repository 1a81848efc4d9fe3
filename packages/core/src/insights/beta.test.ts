import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaQuantile, logGamma, regularizedBeta } from './beta';

describe('logGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(171)).toBeCloseTo(706.5730622457874, 9); // ln 170!
  });
});

describe('betaQuantile', () => {
  it('matches closed forms', () => {
    for (const p of [0.01, 0.1, 0.5, 0.9, 0.99]) {
      expect(betaQuantile(p, 1, 1)).toBeCloseTo(p, 12); // uniform
      expect(betaQuantile(p, 2, 1)).toBeCloseTo(Math.sqrt(p), 12); // x²
      expect(betaQuantile(p, 1, 2)).toBeCloseTo(1 - Math.sqrt(1 - p), 12);
      expect(betaQuantile(p, 3.5, 1)).toBeCloseTo(p ** (1 / 3.5), 12); // x^a
      expect(betaQuantile(p, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * p) / 2) ** 2, 12); // arcsine law
    }
    expect(betaQuantile(0.5, 7, 7)).toBeCloseTo(0.5, 12);
  });

  it('matches known quantiles', () => {
    // Reference values: R's qbeta(p, a, b), equal to SciPy 1.17's scipy.stats.beta.ppf to the digits shown.
    const known: [number, number, number, number][] = [
      [0.1, 2, 3, 0.14255931671003072],
      [0.9, 2, 3, 0.6795394162781817],
      [0.1, 30.5, 4.2, 0.8051388851201977],
      [0.9, 30.5, 4.2, 0.9430855177053193],
      [0.1, 1.3, 900.7, 0.00023259346750086995],
      [0.9, 1.3, 900.7, 0.0031096003608082445],
      [0.1, 2000, 1500, 0.5607003614893872],
      [0.9, 2000, 1500, 0.5821392946016752],
      [0.025, 10, 10, 0.2886432479169988],
      [0.5, 3, 7, 0.2862366680227827],
    ];
    for (const [p, a, b, x] of known) expect(betaQuantile(p, a, b)).toBeCloseTo(x, 10);
  });

  it('inverts the incomplete beta, which matches known values', () => {
    // Posteriors here start from Beta(1, 1), so a, b ≥ 1; below that, near 0 or 1 the density is so steep
    // that one unit in the last place of x moves p by more than 1e-9.
    expect(regularizedBeta(0.3, 2, 5)).toBeCloseTo(0.579825, 12); // exact: a polynomial for integer a, b
    expect(regularizedBeta(0.7, 0.5, 3)).toBeCloseTo(0.9903963064097122, 12);
    expect(regularizedBeta(0.999, 50, 2)).toBeCloseTo(0.9987659096068829, 12);
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        (p, a, b) => {
          expect(regularizedBeta(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 9);
        },
      ),
    );
  });
});
