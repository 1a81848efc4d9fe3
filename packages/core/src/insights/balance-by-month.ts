/**
 * Balance month by month: good moments beside ruptures in each month, so a
 * person can see whether the good is growing or thinning over time. Counts
 * first; the ratios come with each month's "enough", as the window's do.
 */
import type { RuptureSize } from '../identifiers';
import { SIZE_WEIGHTS } from './balance';
import { enough } from './minimums';
import { monthOf } from './time';
import type { MonthOfBalance } from './types';

/**
 * The first instant of every UTC month from the one holding `firstMs` to
 * the one after the one holding `lastMs`, so month `i` is
 * [starts[i], starts[i + 1]).
 */
function monthStarts(firstMs: number, lastMs: number): Float64Array {
  const first = new Date(firstMs);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  const starts: number[] = [];
  for (;;) {
    const ms = Date.UTC(year, month, 1);
    starts.push(ms);
    if (ms > lastMs) return Float64Array.from(starts);
    month++;
    if (month === 12) [year, month] = [year + 1, 0];
  }
}

/** The index of the month holding `ms` (binary search: a decade is ~120 months, 7 steps). */
function monthIndex(starts: Float64Array, ms: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Good moments and ruptures per UTC month, over what happened from `fromMs`
 * up to `nowMs`: plain counts, the size-weighted rupture sum
 * (`SIZE_WEIGHTS`), and both ratios (null with no ruptures). Every month
 * from the first to the last with anything in it is listed, quiet months
 * as zeros, so a chart's time runs evenly.
 *
 * Cost: two passes over the times and a 7-step search each, no date made
 * per moment (about 3 ms for 56,000 times over ten years).
 *
 * @param positivesMs when each positive moment happened, in any order
 * @param ruptures each rupture's size and time (harm already left out, as `followUps` does)
 * @example balanceByMonth([t1], [{ size: 'small', occurredMs: t2 }], from, now) // [{ month: '2026-11', positives: 1, ruptures: 1, weighted: 2, ratio: 1, weightedRatio: 0.5, … }]
 */
export function balanceByMonth(
  positivesMs: Iterable<number>,
  ruptures: readonly { size: RuptureSize; occurredMs: number }[],
  fromMs: number,
  nowMs: number,
): MonthOfBalance[] {
  const inside = (ms: number) => ms >= fromMs && ms <= nowMs;
  // Where the months start and end: one pass for the first and last time.
  let firstMs = Number.POSITIVE_INFINITY;
  let lastMs = Number.NEGATIVE_INFINITY;
  for (const ms of positivesMs) {
    if (!inside(ms)) continue;
    if (ms < firstMs) firstMs = ms;
    if (ms > lastMs) lastMs = ms;
  }
  for (const r of ruptures) {
    if (!inside(r.occurredMs)) continue;
    if (r.occurredMs < firstMs) firstMs = r.occurredMs;
    if (r.occurredMs > lastMs) lastMs = r.occurredMs;
  }
  if (firstMs > lastMs) return [];
  const starts = monthStarts(firstMs, lastMs);
  const count = starts.length - 1;
  const positives = new Int32Array(count);
  const rupturesIn = new Int32Array(count);
  const weighted = new Int32Array(count);
  for (const ms of positivesMs) {
    if (!inside(ms)) continue;
    const i = monthIndex(starts, ms);
    positives[i] = (positives[i] as number) + 1;
  }
  for (const r of ruptures) {
    if (!inside(r.occurredMs)) continue;
    const i = monthIndex(starts, r.occurredMs);
    rupturesIn[i] = (rupturesIn[i] as number) + 1;
    weighted[i] = (weighted[i] as number) + SIZE_WEIGHTS[r.size];
  }
  return Array.from(positives, (good, i) => {
    const n = rupturesIn[i] as number;
    const w = weighted[i] as number;
    return {
      month: monthOf(starts[i] as number),
      positives: good,
      ruptures: n,
      weighted: w,
      ratio: n > 0 ? good / n : null,
      weightedRatio: w > 0 ? good / w : null,
      restsOn: good + n,
      enough: enough('balance', good + n),
    };
  });
}
