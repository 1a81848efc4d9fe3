/**
 * Time to repair month by month: is repair getting quicker or slower?
 */
import type { FollowUp } from './follow-up';
import { DAY_MS, monthOf } from './time';
import type { MonthOfRepair } from './types';

/**
 * Month by month (of occurrence, UTC): the share repaired within
 * `withinDays`, among the ruptures whose outcome at that age is known —
 * repaired or let go by then, or followed that long. One still open and
 * younger is not yet a "no", so it is left out rather than counted as
 * one; its month still appears, with `share` null when nothing is known.
 *
 * @param items follow-ups, fastest in time order (as `followUps` gives them)
 * @example repairByMonth(followUps(ruptures, now), now, 7) // [{ month: '2026-11', known: 12, repairedWithin: 9, share: 0.75 }, …]
 */
export function repairByMonth(items: readonly FollowUp[], now: Date, withinDays: number): MonthOfRepair[] {
  const within = withinDays * DAY_MS;
  const nowMs = now.getTime();
  const months = new Map<string, MonthOfRepair>();
  let current: MonthOfRepair | undefined;
  let startsMs = Number.POSITIVE_INFINITY;
  let endsMs = Number.NEGATIVE_INFINITY;
  for (const f of items) {
    // In time order the month changes rarely: one date computation per month, not per rupture.
    if (current === undefined || f.occurredMs < startsMs || f.occurredMs >= endsMs) {
      const month = monthOf(f.occurredMs);
      current = months.get(month) ?? { month, known: 0, repairedWithin: 0, share: null };
      months.set(month, current);
      const [y = 1970, m = 1] = month.split('-').map(Number);
      startsMs = Date.UTC(y, m - 1, 1);
      endsMs = Date.UTC(y, m, 1);
    }
    const endedInTime = f.endedMs !== null && f.endedMs - f.occurredMs <= within;
    if (!endedInTime && nowMs - f.occurredMs < within) continue;
    current.known++;
    if (endedInTime && f.ending === 'repaired') current.repairedWithin++;
  }
  const list = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  for (const m of list) m.share = m.known > 0 ? m.repairedWithin / m.known : null;
  return list;
}
