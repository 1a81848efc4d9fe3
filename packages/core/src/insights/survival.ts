/**
 * Kaplan–Meier: how long ruptures stay open, counting the ones still open
 * as "open at least this long" (censored) instead of dropping them — which
 * would make repair look faster than it is.
 */

/** One rupture's follow-up: hours until it was repaired, or until it was last seen open. */
export interface SurvivalObservation {
  hours: number;
  repaired: boolean;
}

/** The curve at one distinct time (and just after it). */
export interface SurvivalStep {
  hours: number;
  /** Estimated share still open after `hours`. */
  stillOpen: number;
  /** 95% band: Greenwood's variance on the log(−log) scale, clipped to [0, 1]. */
  low: number;
  high: number;
  /** Open and followed up to `hours` (those censored at `hours` included). */
  atRisk: number;
  repaired: number;
  censored: number;
}

/** The two-sided 95% normal quantile, Φ⁻¹(0.975). */
export const Z95 = 1.959963984540054;

/**
 * The band of a survival-like value `s` whose delta-method variance of
 * log(s) is `logVar` (Greenwood's sum for Kaplan–Meier): computed on the
 * log(−log) scale, where it cannot leave (0, 1) and is fairly symmetric
 * even with few at risk (lifelines' default, R's `conf.type = "log-log"`).
 * Where s is 1 or 0 nothing is uncertain yet (or any more): the band is
 * the point.
 */
export function logLogBand(s: number, logVar: number): { low: number; high: number } {
  if (s >= 1 || !(s > 0) || !Number.isFinite(logVar)) return { low: clip(s), high: clip(s) };
  const spread = (Z95 * Math.sqrt(logVar)) / Math.abs(Math.log(s));
  return { low: clip(s ** Math.exp(spread)), high: clip(s ** Math.exp(-spread)) };
}

const clip = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * The product-limit estimate of "still open after t hours", from
 * observations in any order. At a tied time repairs come before censorings
 * and the censored still count as at risk there (the textbook convention:
 * a rupture seen open at t was open through t). Steps come at every
 * distinct time, censorings included, after a first `{hours: 0,
 * stillOpen: 1}`; observations with a negative or non-finite time are not
 * follow-up and are skipped.
 *
 * One sort, then one pass: O(n log n). An incremental update could keep
 * the distinct times in a sorted tree with their counts and re-run only
 * the product from the changed time on, since every later step depends on
 * the earlier ones only through the running product and Greenwood's sum.
 *
 * @example
 * kaplanMeier([{ hours: 2, repaired: true }, { hours: 5, repaired: false }, { hours: 9, repaired: true }])
 * // steps at 0 (1), 2 (2/3), 5 (2/3, one censored), 9 (0)
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalStep[] {
  const sorted = observations
    .filter((o) => Number.isFinite(o.hours) && o.hours >= 0)
    .sort((a, b) => a.hours - b.hours || Number(b.repaired) - Number(a.repaired));
  const steps: SurvivalStep[] = [
    { hours: 0, stillOpen: 1, low: 1, high: 1, atRisk: sorted.length, repaired: 0, censored: 0 },
  ];
  let atRisk = sorted.length;
  let stillOpen = 1;
  let greenwood = 0;
  for (let i = 0; i < sorted.length; ) {
    const hours = sorted[i]?.hours ?? 0;
    let repaired = 0;
    let censored = 0;
    for (; i < sorted.length && sorted[i]?.hours === hours; i++) {
      if (sorted[i]?.repaired) repaired++;
      else censored++;
    }
    if (repaired > 0) {
      stillOpen *= 1 - repaired / atRisk;
      greenwood += repaired < atRisk ? repaired / (atRisk * (atRisk - repaired)) : Number.POSITIVE_INFINITY;
    }
    steps.push({ hours, stillOpen, ...logLogBand(stillOpen, greenwood), atRisk, repaired, censored });
    atRisk -= repaired + censored;
  }
  return steps;
}

/** A rising step curve (a share that has ended by `hours`) as `survivalQuantile` reads it. */
export interface RisingPoint {
  hours: number;
  level: number;
}

/** R's default tolerance for "exactly on a flat": √(double epsilon). */
const FLAT_TOLERANCE = Math.sqrt(Number.EPSILON);

/**
 * The time by which a share `p` has ended, read from a rising step curve
 * as R's `quantile.survfit` does (survival package, also its median): the
 * first time the curve reaches p; but where the curve sits exactly at p
 * (within √ε) over a flat stretch, the midpoint of that stretch — the
 * usual rule for the median of an even sample — where a flat that runs to
 * the end of the follow-up ends at the last time observed. `null` when
 * the curve never reaches p: not reached yet, which is not the same as
 * "never".
 *
 * Fed point by point in time order, so a curve can be read while it is
 * built, without keeping it.
 *
 * @example
 * const q = new RisingQuantile(0.5);
 * q.add(0, 0); q.add(1, 0.5); q.add(3, 1);
 * q.result(3) // 2: exactly half from 1 to 3
 */
export class RisingQuantile {
  private lastLevel = Number.NaN;
  private flatFrom: number | null = null;
  private value: number | null = null;

  constructor(private readonly p: number) {}

  /** The curve at its next distinct time; a repeated level (a censoring) is no jump and changes nothing. */
  add(hours: number, level: number): void {
    if (this.value !== null || level === this.lastLevel) return;
    this.lastLevel = level;
    if (this.p <= 0 || this.flatFrom !== null) {
      this.value = this.p <= 0 ? hours : ((this.flatFrom ?? hours) + hours) / 2;
    } else if (level >= this.p - FLAT_TOLERANCE) {
      if (Math.abs(level - this.p) < FLAT_TOLERANCE) this.flatFrom = hours;
      else this.value = hours;
    }
  }

  /** The quantile once the curve is complete; `lastHours` is the last time observed (a censoring may follow the last jump). */
  result(lastHours: number): number | null {
    if (this.value !== null) return this.value;
    return this.flatFrom === null ? null : (this.flatFrom + lastHours) / 2;
  }
}

/** `RisingQuantile` over a whole curve. @example survivalQuantile([{hours: 0, level: 0}, {hours: 1, level: 0.5}, {hours: 3, level: 1}], 3, 0.5) // 2 */
export function survivalQuantile(points: readonly RisingPoint[], lastHours: number, p: number): number | null {
  const q = new RisingQuantile(p);
  for (const point of points) q.add(point.hours, point.level);
  return q.result(lastHours);
}

/** R's median and quartiles of a Kaplan–Meier curve: when a quarter, half, three quarters were repaired. */
export function survivalQuartiles(steps: readonly SurvivalStep[]): {
  q1: number | null;
  median: number | null;
  q3: number | null;
} {
  const points = steps.map((s) => ({ hours: s.hours, level: 1 - s.stillOpen }));
  const last = steps[steps.length - 1]?.hours ?? 0;
  return {
    q1: survivalQuantile(points, last, 0.25),
    median: survivalQuantile(points, last, 0.5),
    q3: survivalQuantile(points, last, 0.75),
  };
}
