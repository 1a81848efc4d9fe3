/**
 * Balance: positive moments beside ruptures. A figure to look at, never a
 * grade: the app shows it against the 5:1 guide with where that number
 * comes from, and never says "good" or "bad".
 */
import type { RuptureSize } from '../identifiers';
import type { FollowUp } from './follow-up';
import { enough } from './minimums';
import { DAY_MS } from './time';
import { type Balance, INSIGHT_WINDOWS, type InsightWindow } from './types';

/**
 * How much a rupture weighs in the weighted balance: each size counts
 * twice the one below (tiny 1, small 2, medium 4, big 8). The sizes are a
 * person's rough sense of "how much it hurt", an ordinal scale; doubling
 * says only that each step is clearly more than the last, without
 * pretending to measure it. Shown on screen with the figure.
 */
export const SIZE_WEIGHTS: Readonly<Record<RuptureSize, number>> = { tiny: 1, small: 2, medium: 4, big: 8 };

/**
 * The 5:1 guide as data, with its evidence status, so the screen can say
 * where it comes from and how far it reaches.
 */
export const RATIO_GUIDE = {
  ratio: 5,
  source: 'Gottman & Levenson (1992); Gottman (1994), What Predicts Divorce?',
  measured:
    'Positive to negative behaviours coded from speaking turns during one laboratory conflict discussion, 73 couples.',
  status: 'guide',
  caveat: 'Not measured from daily tallies of moments like these, and never a pass mark: a way to notice, not a score.',
} as const;

/** How many days each window reaches back; `all` has no start. */
export const WINDOW_DAYS: Readonly<Record<InsightWindow, number | null>> = { '7d': 7, '30d': 30, '90d': 90, all: null };

/** The first instant inside a window ending at `now`. */
export function windowStart(window: InsightWindow, now: Date): number {
  const days = WINDOW_DAYS[window];
  return days === null ? Number.NEGATIVE_INFINITY : now.getTime() - days * DAY_MS;
}

/**
 * Positive moments to ruptures in every window, in one pass over each.
 * Moments and ruptures after `now` (a clock ahead) are not yet.
 *
 * @param positivesMs when each positive moment happened
 * @example balanceByWindow([t1, t2, t3], ruptures, now)['30d'].ratio // 1.5 with two ruptures
 */
export function balanceByWindow(
  positivesMs: readonly number[],
  ruptures: readonly Pick<FollowUp, 'size' | 'occurredMs'>[],
  now: Date,
): Record<InsightWindow, Balance> {
  const nowMs = now.getTime();
  const starts = INSIGHT_WINDOWS.map((w) => windowStart(w, now));
  const positives = starts.map(() => 0);
  const count = starts.map(() => 0);
  const weight = starts.map(() => 0);
  for (const ms of positivesMs) {
    if (ms > nowMs) continue;
    for (let i = 0; i < starts.length; i++) if (ms >= (starts[i] ?? 0)) positives[i] = (positives[i] ?? 0) + 1;
  }
  for (const r of ruptures) {
    if (r.occurredMs > nowMs) continue;
    for (let i = 0; i < starts.length; i++) {
      if (r.occurredMs < (starts[i] ?? 0)) continue;
      count[i] = (count[i] ?? 0) + 1;
      weight[i] = (weight[i] ?? 0) + SIZE_WEIGHTS[r.size];
    }
  }
  const result = {} as Record<InsightWindow, Balance>;
  INSIGHT_WINDOWS.forEach((w, i) => {
    result[w] = balanceOf(positives[i] ?? 0, count[i] ?? 0, weight[i] ?? 0);
  });
  return result;
}

/** Balance from its counts: positives, ruptures, and the ruptures' summed `SIZE_WEIGHTS`. */
export function balanceOf(positives: number, ruptures: number, weighted: number): Balance {
  return {
    positives,
    ruptures,
    ratio: ruptures > 0 ? positives / ruptures : null,
    weightedRatio: weighted > 0 ? positives / weighted : null,
    restsOn: positives + ruptures,
    enough: enough('balance', positives + ruptures),
  };
}
