/**
 * Time to repair when letting go is a different ending (a competing
 * outcome), not a repair and not "still open": the cumulative incidence of
 * repair by the Aalen–Johansen estimator. Treating let-go as censored
 * instead (1 − Kaplan–Meier) would pretend that what was let go would
 * still have been repaired at the same pace, and overstate repair.
 */
import { logLogBand, type RisingPoint, survivalQuantile } from './survival';

export const ENDINGS = ['repaired', 'let_go', 'open'] as const;
/** How a follow-up ended: repaired, let go, or still open (censored) at the time given. */
export type Ending = (typeof ENDINGS)[number];

export interface CompetingObservation {
  hours: number;
  ending: Ending;
}

/** One cause's cumulative incidence at a distinct time, with its 95% band. */
export interface CauseIncidence {
  share: number;
  low: number;
  high: number;
}

export interface IncidenceStep {
  hours: number;
  repaired: CauseIncidence;
  letGo: CauseIncidence;
  atRisk: number;
  repairedCount: number;
  letGoCount: number;
  censored: number;
}

/** Below this, 1 − F is a rounding error of a sum, not a share (the smallest real one is 1 / n). */
const ROUNDING = 1e-12;

/**
 * Running sums of the delta-method variance of one cause's incidence F
 * (Gaynor et al. 1993; Marubini & Valsecchi 1995, §10.2; Stata's stcompet):
 *
 *   Var F(t) = Σ_{tj≤t} [F(t) − F(tj)]² dj / (nj (nj − dj))
 *            + Σ_{tj≤t} S(tj−)² dkj (nj − dkj) / nj³
 *            − 2 Σ_{tj≤t} [F(t) − F(tj)] S(tj−) dkj / nj²
 *
 * with nj at risk, dj all endings and dkj this cause's at tj, S the
 * chance of no ending yet. Expanding the squares in F(t) leaves six sums
 * that grow one term per time, so the whole curve takes one pass. With
 * one cause it is exactly Greenwood's variance of 1 − Kaplan–Meier (a
 * test checks this), so the two bands agree when nothing is let go.
 */
class CauseVariance {
  private a = 0;
  private fa = 0;
  private ffa = 0;
  private s = 0;
  private b = 0;
  private fb = 0;
  share = 0;

  /** Adds time tj; `before` is S(tj−), `ended` all endings there, `mine` this cause's. */
  add(before: number, atRisk: number, ended: number, mine: number): void {
    this.share += (before * mine) / atRisk;
    const f = this.share;
    // When everyone at risk ended here no later time exists, so the first term's weight is 0 for every t ≥ tj.
    const a = ended < atRisk ? ended / (atRisk * (atRisk - ended)) : 0;
    const b = (before * mine) / atRisk ** 2;
    this.a += a;
    this.fa += f * a;
    this.ffa += f * f * a;
    this.s += (before * before * mine * (atRisk - mine)) / atRisk ** 3;
    this.b += b;
    this.fb += f * b;
  }

  variance(): number {
    const f = this.share;
    return Math.max(0, f * f * this.a - 2 * f * this.fa + this.ffa + this.s - 2 * f * this.b + 2 * this.fb);
  }

  /**
   * The 95% band, built on the log(−log) scale of 1 − F — the scale of the
   * Kaplan–Meier band — so it stays in [0, 1] and equals 1 − that band
   * when nothing competes.
   */
  band(): CauseIncidence {
    // A share summed to 1 can land a rounding error short of it (0.9999999999999999 when the last
    // one at risk is repaired); the band of "everyone" is [1, 1], as Kaplan–Meier's is at 0.
    const u = 1 - this.share < ROUNDING ? 0 : 1 - this.share;
    const logVar = u > 0 && u < 1 ? this.variance() / (u * u) : 0;
    const { low, high } = logLogBand(u, logVar);
    return { share: this.share, low: 1 - high, high: 1 - low };
  }
}

/** Follow-up times by ending, each sorted ascending: what the walk reads. */
export interface SortedTimes {
  repaired: Float64Array;
  letGo: Float64Array;
  open: Float64Array;
}

/**
 * Sorts follow-up times by ending into typed arrays, whose numeric sort
 * is much faster than sorting objects. Times that are negative or not
 * finite are not follow-up and are left out.
 */
export function sortedTimes(observations: Iterable<CompetingObservation>): SortedTimes {
  const lists: Record<Ending, number[]> = { repaired: [], let_go: [], open: [] };
  for (const o of observations) if (Number.isFinite(o.hours) && o.hours >= 0) lists[o.ending].push(o.hours);
  return {
    repaired: Float64Array.from(lists.repaired).sort(),
    letGo: Float64Array.from(lists.let_go).sort(),
    open: Float64Array.from(lists.open).sort(),
  };
}

const at = (times: Float64Array, i: number): number => times[i] ?? Number.POSITIVE_INFINITY;

/**
 * The Aalen–Johansen estimator walked one distinct time at a time, over
 * the three sorted lists at once (a merge: O(n)). Ties as in
 * `kaplanMeier`: endings before censorings, the censored at risk. The
 * bands cost a few logarithms each, so they are computed only where asked
 * (`repairedBand`, `letGoBand`), not at every step.
 *
 * `InsightsState` keeps the times sorted between reads (`Curve`), so a
 * read is this walk alone.
 */
export class IncidenceWalk {
  /** The current distinct time, and what happened there. */
  hours = 0;
  atRisk: number;
  repairedCount = 0;
  letGoCount = 0;
  censored = 0;
  private readonly repair = new CauseVariance();
  private readonly letGo = new CauseVariance();
  private remaining: number;
  private noEnding = 1;
  private i = 0;
  private j = 0;
  private k = 0;

  constructor(private readonly times: SortedTimes) {
    this.remaining = times.repaired.length + times.letGo.length + times.open.length;
    this.atRisk = this.remaining;
  }

  /** The share repaired and let go by the current time. */
  get repairedShare(): number {
    return this.repair.share;
  }
  get letGoShare(): number {
    return this.letGo.share;
  }

  /** The next distinct time, if one is left. */
  peek(): number {
    const { repaired, letGo, open } = this.times;
    return Math.min(at(repaired, this.i), at(letGo, this.j), at(open, this.k));
  }

  /** Moves to the next distinct time; false when none is left. */
  next(): boolean {
    const t = this.peek();
    if (t === Number.POSITIVE_INFINITY) return false;
    const { repaired, letGo, open } = this.times;
    const i0 = this.i;
    const j0 = this.j;
    const k0 = this.k;
    while (at(repaired, this.i) === t) this.i++;
    while (at(letGo, this.j) === t) this.j++;
    while (at(open, this.k) === t) this.k++;
    this.hours = t;
    this.repairedCount = this.i - i0;
    this.letGoCount = this.j - j0;
    this.censored = this.k - k0;
    this.atRisk = this.remaining;
    const ended = this.repairedCount + this.letGoCount;
    if (ended > 0) {
      this.repair.add(this.noEnding, this.atRisk, ended, this.repairedCount);
      this.letGo.add(this.noEnding, this.atRisk, ended, this.letGoCount);
      this.noEnding *= 1 - ended / this.atRisk;
    }
    this.remaining -= ended + this.censored;
    return true;
  }

  /** Still open and followed beyond the current time. */
  get stillFollowed(): number {
    return this.remaining;
  }

  repairedBand(): CauseIncidence {
    return this.repair.band();
  }
  letGoBand(): CauseIncidence {
    return this.letGo.band();
  }
}

/**
 * Aalen–Johansen cumulative incidence of repair and of letting go, from
 * observations in any order; open ones are censored at their hours.
 * Steps at every distinct time, after a first at 0 with nothing ended.
 *
 * @example
 * cumulativeIncidence([{ hours: 1, ending: 'repaired' }, { hours: 2, ending: 'let_go' }])
 * // at 2: repaired.share 0.5, letGo.share 0.5
 */
export function cumulativeIncidence(observations: readonly CompetingObservation[]): IncidenceStep[] {
  const walk = new IncidenceWalk(sortedTimes(observations));
  const none = { share: 0, low: 0, high: 0 };
  const steps: IncidenceStep[] = [
    { hours: 0, repaired: none, letGo: none, atRisk: walk.atRisk, repairedCount: 0, letGoCount: 0, censored: 0 },
  ];
  while (walk.next()) {
    steps.push({
      hours: walk.hours,
      repaired: walk.repairedBand(),
      letGo: walk.letGoBand(),
      atRisk: walk.atRisk,
      repairedCount: walk.repairedCount,
      letGoCount: walk.letGoCount,
      censored: walk.censored,
    });
  }
  return steps;
}

/** When a quarter, half and three quarters were repaired, by R's rule on the incidence curve (`quantile.survfitms`). */
export function incidenceQuartiles(steps: readonly IncidenceStep[]): {
  q1: number | null;
  median: number | null;
  q3: number | null;
} {
  const points: RisingPoint[] = steps.map((s) => ({ hours: s.hours, level: s.repaired.share }));
  const last = steps[steps.length - 1]?.hours ?? 0;
  return {
    q1: survivalQuantile(points, last, 0.25),
    median: survivalQuantile(points, last, 0.5),
    q3: survivalQuantile(points, last, 0.75),
  };
}
