/**
 * The Beta distribution's quantiles, for the interval of repair
 * confidence. Written here because it is small and no dependency is
 * worth it: log-gamma by Stirling's series, the regularized incomplete
 * beta by its continued fraction, and the inverse by Newton's method kept
 * inside a bisection bracket (so it always converges).
 */

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0: Stirling's series (to 1/x⁹, truncation below 2e-15 from
 * x = 10), after raising x past 10 with Γ(x) = Γ(x + 1) / x.
 */
export function logGamma(x: number): number {
  let shift = 0;
  let z = x;
  while (z < 10) {
    shift += Math.log(z);
    z += 1;
  }
  const r = 1 / z;
  const r2 = r * r;
  const series = r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 / 1188))));
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_2PI + series - shift;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

const TINY = 1e-300;
const EPS = 1e-15;

/**
 * The continued fraction of I_x(a, b) (DLMF 8.17.22), evaluated by the
 * modified Lentz method; it converges quickly for x < (a + 1)/(a + b + 2).
 */
function betaFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < TINY ? TINY : d);
  let f = d;
  // One Lentz step: folds the next coefficient into the running value; true once it no longer changes it.
  const step = (coefficient: number): boolean => {
    d = 1 + coefficient * d;
    d = 1 / (Math.abs(d) < TINY ? TINY : d);
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    f *= c * d;
    return Math.abs(c * d - 1) < EPS;
  };
  for (let m = 1; m <= 10_000; m++) {
    // The even term d_2m, then the odd term d_2m+1.
    if (step((m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)))) return f;
    if (step(-((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)))) return f;
  }
  return f;
}

/**
 * The regularized incomplete beta I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b),
 * a, b > 0. Above the mean it uses I_x(a, b) = 1 − I_{1−x}(b, a), where
 * the fraction converges fast.
 *
 * @example regularizedBeta(0.5, 2, 2) // 0.5
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/**
 * The p-quantile of Beta(a, b): the x with I_x(a, b) = p. Newton's step
 * from the mean, with the density as derivative; whenever a step would
 * leave the bracket known to hold the root it bisects instead.
 *
 * @example betaQuantile(0.1, 1, 1) // 0.1
 * @example betaQuantile(0.9, 2, 1) // √0.9 ≈ 0.9487
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lb = logBeta(a, b);
  let lo = 0;
  let hi = 1;
  let x = a / (a + b);
  for (let i = 0; i < 200; i++) {
    const f = regularizedBeta(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lb);
    let next = x - f / density;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300) || hi - lo < 1e-300) return next;
    x = next;
  }
  return x;
}
