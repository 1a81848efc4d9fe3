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

/** The first instant of `YYYY-MM` and of the month after, UTC. */
function monthBounds(month: string): [number, number] {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
}

/** Every month from `first` to `last` (`YYYY-MM`), in order. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [start] = monthBounds(first);
  const [, end] = monthBounds(last);
  while (start < end) {
    const month = monthOf(start);
    out.push(month);
    start = monthBounds(month)[1];
  }
  return out;
}

/**
 * Good moments and ruptures per UTC month, over what happened from `fromMs`
 * up to `nowMs`: plain counts, the size-weighted rupture sum
 * (`SIZE_WEIGHTS`), and both ratios (null with no ruptures). Every month
 * from the first to the last with anything in it is listed, quiet months
 * as zeros, so a chart's time runs evenly.
 *
 * @param positivesMs when each positive moment happened, in any order
 * @param ruptures each rupture's size and time (harm already left out, as `followUps` does)
 * @example balanceByMonth([t1], [{ size: 'small', occurredMs: t2 }], from, now) // [{ month: '2026-11', positives: 1, ruptures: 1, weighted: 2, ratio: 1, weightedRatio: 0.5, … }]
 */
export function balanceByMonth(
  positivesMs: readonly number[],
  ruptures: readonly { size: RuptureSize; occurredMs: number }[],
  fromMs: number,
  nowMs: number,
): MonthOfBalance[] {
  const months = new Map<string, { positives: number; ruptures: number; weighted: number }>();
  // Times come mostly in order: one month computation per month change, not per moment.
  let current: { positives: number; ruptures: number; weighted: number } | undefined;
  let startsMs = Number.POSITIVE_INFINITY;
  let endsMs = Number.NEGATIVE_INFINITY;
  const monthAt = (ms: number) => {
    if (current === undefined || ms < startsMs || ms >= endsMs) {
      const month = monthOf(ms);
      current = months.get(month) ?? { positives: 0, ruptures: 0, weighted: 0 };
      months.set(month, current);
      [startsMs, endsMs] = monthBounds(month);
    }
    return current;
  };
  for (const ms of positivesMs) {
    if (ms >= fromMs && ms <= nowMs) monthAt(ms).positives++;
  }
  for (const r of ruptures) {
    if (r.occurredMs < fromMs || r.occurredMs > nowMs) continue;
    const m = monthAt(r.occurredMs);
    m.ruptures++;
    m.weighted += SIZE_WEIGHTS[r.size];
  }
  const seen = [...months.keys()].sort();
  const first = seen[0];
  const last = seen[seen.length - 1];
  if (first === undefined || last === undefined) return [];
  return monthsBetween(first, last).map((month) => {
    const { positives, ruptures: count, weighted } = months.get(month) ?? { positives: 0, ruptures: 0, weighted: 0 };
    return {
      month,
      positives,
      ruptures: count,
      weighted,
      ratio: count > 0 ? positives / count : null,
      weightedRatio: weighted > 0 ? positives / weighted : null,
      restsOn: positives + count,
      enough: enough('balance', positives + count),
    };
  });
}
