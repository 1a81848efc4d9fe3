/**
 * Repair confidence: the relationship's learned expectation that repair
 * will come — the estimated chance that a rupture is repaired within 7
 * days, as a Beta posterior whose older evidence fades (half-life 90
 * days), so it can recover after a hard season instead of carrying it
 * forever.
 */
import { betaQuantile } from './beta';
import type { FollowUp } from './follow-up';
import { enough } from './minimums';
import { DAY_MS } from './time';
import type { Confidence, ConfidencePoint } from './types';

export const CONFIDENCE = {
  /** "Repaired within" this many days is the outcome. */
  withinDays: 7,
  /** An outcome's weight halves every this many days of its age. */
  halfLifeDays: 90,
  /** Beta(1, 1): no opinion before the first outcome. */
  prior: { a: 1, b: 1 },
  /** The interval: 10th to 90th percentile. */
  interval: 0.8,
} as const;

type Outcome = Pick<FollowUp, 'occurredMs' | 'endedMs' | 'ending'>;

/**
 * The posterior at `atMs`. A rupture counts once it has 7 days of
 * follow-up (so one from yesterday is neither a yes nor a no): yes when
 * repaired within 7 days of happening, no otherwise (still open, or let
 * go). Its weight is 2^(−age / 90 days).
 */
export function pointAt(atMs: number, yes: number, no: number, n: number): ConfidencePoint {
  const a = CONFIDENCE.prior.a + yes;
  const b = CONFIDENCE.prior.b + no;
  const tail = (1 - CONFIDENCE.interval) / 2;
  return {
    at: new Date(atMs).toISOString(),
    mean: a / (a + b),
    low: betaQuantile(tail, a, b),
    high: betaQuantile(1 - tail, a, b),
    n,
    weight: yes + no,
  };
}

/** The first instant of the month after `ms`, UTC. */
function nextMonthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * Repair confidence now, and its trend: a point at the end of every UTC
 * month from `fromMs` (the window's start, or the first rupture), then
 * one at `now`. The outcomes are sorted once by when they become known;
 * walking the points forward, the running weighted sums decay by
 * 2^(−Δt / half-life) and take in what became known — O(n log n + months),
 * plus two Beta quantiles per point.
 * `InsightsState` keeps the outcomes sorted between reads and memoizes
 * each point (`confidenceFrom`).
 *
 * @example repairConfidence(followUps(ruptures, now), now, windowStartMs).mean // e.g. 0.72
 */
export function repairConfidence(items: readonly Outcome[], now: Date, fromMs: number): Confidence {
  const within = CONFIDENCE.withinDays * DAY_MS;
  const nowMs = now.getTime();
  // When each outcome happened, yes and no apart; known 7 days later, so this order is also the order of knowing.
  const yesList: number[] = [];
  const noList: number[] = [];
  for (const f of items) {
    if (!(f.occurredMs + within <= nowMs)) continue;
    (isRepairedInTime(f) ? yesList : noList).push(f.occurredMs);
  }
  return confidenceFrom(Float64Array.from(yesList).sort(), Float64Array.from(noList).sort(), now, fromMs);
}

/** Whether an outcome is a yes: repaired within `CONFIDENCE.withinDays` of happening. */
export function isRepairedInTime(f: Outcome): boolean {
  return f.ending === 'repaired' && f.endedMs !== null && f.endedMs - f.occurredMs <= CONFIDENCE.withinDays * DAY_MS;
}

/**
 * `repairConfidence` from when each known outcome happened, yes and no
 * apart, each sorted ascending; `point` makes each point of the trend
 * (`pointAt`, or a memo of it: the same sums give the same point).
 */
export function confidenceFrom(
  yesAt: Float64Array,
  noAt: Float64Array,
  now: Date,
  fromMs: number,
  point: typeof pointAt = pointAt,
): Confidence {
  const within = CONFIDENCE.withinDays * DAY_MS;
  const nowMs = now.getTime();
  const first = Math.min(yesAt[0] ?? nowMs, noAt[0] ?? nowMs);
  const times: number[] = [];
  for (let t = nextMonthStart(Math.max(fromMs, first)); t < nowMs; t = nextMonthStart(t)) times.push(t);
  times.push(nowMs);

  const decayPerMs = Math.LN2 / (CONFIDENCE.halfLifeDays * DAY_MS);
  const sums = { yes: 0, no: 0 };
  let sumsAt = times[0] ?? nowMs;
  let i = 0;
  let j = 0;
  const trend: ConfidencePoint[] = [];
  for (const t of times) {
    // Every weight fades by the same factor as time passes, so the sums fade as a whole.
    const fade = Math.exp(-decayPerMs * (t - sumsAt));
    sums.yes *= fade;
    sums.no *= fade;
    sumsAt = t;
    for (; i < yesAt.length && (yesAt[i] ?? 0) + within <= t; i++)
      sums.yes += Math.exp(-decayPerMs * (t - (yesAt[i] ?? 0)));
    for (; j < noAt.length && (noAt[j] ?? 0) + within <= t; j++)
      sums.no += Math.exp(-decayPerMs * (t - (noAt[j] ?? 0)));
    trend.push(point(t, sums.yes, sums.no, i + j));
  }
  const current = trend[trend.length - 1] ?? pointAt(nowMs, 0, 0, 0);
  return { ...current, trend, restsOn: current.n, enough: enough('confidence', current.n) };
}
