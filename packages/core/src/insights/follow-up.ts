/**
 * Each rupture's follow-up, read once: when it happened, how it ended (or
 * that it is still open at `now`), and how long that took. Everything
 * about time to repair works from these, so timestamps are parsed once
 * and the ruptures sorted once, by when they happened.
 */
import { RUPTURE_SIZES, type RuptureSize } from '../identifiers';
import { isHarm } from '../repair/visibility';
import { type CompetingObservation, type Ending, IncidenceWalk, type SortedTimes, sortedTimes } from './incidence';
import { enough } from './minimums';
import { RisingQuantile } from './survival';
import { HOUR_MS, parseTime } from './time';
import type { BySize, IncidencePoint, InsightRupture, RepairBySize } from './types';

export interface FollowUp extends CompetingObservation {
  rupture: InsightRupture;
  id: string;
  size: RuptureSize;
  occurredMs: number;
  /** When it was repaired or let go; null while open. */
  endedMs: number | null;
}

/**
 * The follow-ups of the ruptures insights count, in the order they
 * happened (then by id). A rupture marked as harm is not counted
 * anywhere: it left the repair flow (rule 9), and timing, weighing or
 * walling it would press toward repairing what is not to be repaired
 * together. Repair or let-go times before the rupture's own time (an
 * edited time) count as 0 hours.
 *
 * Ruptures usually arrive close to time order (ids are time-ordered), and
 * the sort is fastest then: it merges the runs it finds.
 */
export function followUps(ruptures: readonly InsightRupture[], now: Date): FollowUp[] {
  const nowMs = now.getTime();
  const out: FollowUp[] = [];
  for (const r of ruptures) {
    const read = readRupture(r);
    if (read === null) continue;
    const hours = Math.max(0, ((read.endedMs ?? nowMs) - read.occurredMs) / HOUR_MS);
    out.push({ ...read, hours });
  }
  return out.sort(byTime);
}

/**
 * One rupture as insights count it, all but its hours (which move with
 * `now` while it is open): null for harm (rule 9) or a time that is no
 * time, which cannot be placed and would break the order. `followUps`
 * and `InsightsState` both read a rupture through this.
 */
export function readRupture(r: InsightRupture): Omit<FollowUp, 'hours'> | null {
  if (isHarm(r)) return null;
  const occurredMs = parseTime(r.occurredAt);
  if (Number.isNaN(occurredMs)) return null;
  const ending: Ending = r.status === 'repaired' ? 'repaired' : r.status === 'let_go' ? 'let_go' : 'open';
  const ended = ending === 'repaired' ? r.repairedAt : ending === 'let_go' ? r.letGoAt : null;
  const endedMs = ended === null ? null : parseTime(ended);
  return { rupture: r, id: r.id, size: r.size, occurredMs, endedMs, ending };
}

/** Time order, then id: the order of `followUps`, and of `InsightsState`'s lists. */
export const byTime = (a: Pick<FollowUp, 'occurredMs' | 'id'>, b: Pick<FollowUp, 'occurredMs' | 'id'>): number =>
  a.occurredMs - b.occurredMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Where the "repaired within…" curve is sampled for the API: an hour, a
 * few hours, a day, two, three, five, a week, two, three, a month, two,
 * three, six, a year — the spans people say — rather than every distinct
 * time (100,000 ruptures would give about as many steps).
 */
export const REPAIR_CHECKPOINT_HOURS = [
  1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 336, 504, 720, 1440, 2160, 4320, 8760,
] as const;

/** How follow-ups ended, counted (those with no usable time included). */
export interface EndingCounts {
  total: number;
  repaired: number;
  letGo: number;
}

export function countEndings(items: Iterable<Pick<FollowUp, 'ending'>>): EndingCounts {
  const counts = { total: 0, repaired: 0, letGo: 0 };
  for (const f of items) {
    counts.total++;
    if (f.ending === 'repaired') counts.repaired++;
    else if (f.ending === 'let_go') counts.letGo++;
  }
  return counts;
}

/**
 * Time to repair for some follow-ups: counts, rate, the incidence curve
 * at the checkpoints (up to the longest follow-up; beyond it the curve is
 * unknown), and median and quartiles by R's rule — in one walk over the
 * times sorted by ending.
 */
export function repairSummary(items: readonly FollowUp[]): RepairBySize {
  return repairSummaryOf(sortedTimes(items), countEndings(items));
}

/**
 * `repairSummary` from times already sorted by ending (`sortedTimes`, or
 * kept sorted by `InsightsState`) and the endings counted: the one walk
 * both take, so they give the same figures to the last bit.
 */
export function repairSummaryOf(times: SortedTimes, counts: EndingCounts): RepairBySize {
  const walk = new IncidenceWalk(times);
  const quantiles = [new RisingQuantile(0.25), new RisingQuantile(0.5), new RisingQuantile(0.75)] as const;
  const repairedWithin: IncidencePoint[] = [];
  let lastHours = 0;
  for (const hours of REPAIR_CHECKPOINT_HOURS) {
    while (walk.peek() <= hours && walk.next()) {
      for (const q of quantiles) q.add(walk.hours, walk.repairedShare);
      lastHours = walk.hours;
    }
    if (walk.peek() === Number.POSITIVE_INFINITY && hours > lastHours) break;
    const band = walk.repairedBand();
    repairedWithin.push({ hours, ...band, letGo: walk.letGoShare, atRisk: walk.stillFollowed });
  }
  while (walk.next()) {
    for (const q of quantiles) q.add(walk.hours, walk.repairedShare);
    lastHours = walk.hours;
  }
  const [q1, median, q3] = quantiles.map((q) => q.result(lastHours));
  const { total, repaired, letGo } = counts;
  return {
    total,
    repaired,
    letGo,
    open: total - repaired - letGo,
    rate: total - letGo > 0 ? repaired / (total - letGo) : null,
    medianHoursToRepair: median ?? null,
    quartileHours: [q1 ?? null, q3 ?? null],
    restsOn: total,
    enough: enough('repair', total),
    repairedWithin,
  };
}

/**
 * Time to repair per size: tiny things and big ones mend at different
 * paces. `times` sorts a group's times (`InsightsState` gives its entries'
 * at the read's `now`).
 */
export function repairBySize<T extends FollowUp>(
  items: readonly T[],
  times: (group: readonly T[]) => SortedTimes = sortedTimes,
): BySize<RepairBySize> {
  const groups: BySize<T[]> = { tiny: [], small: [], medium: [], big: [] };
  for (const f of items) groups[f.size].push(f);
  return Object.fromEntries(
    RUPTURE_SIZES.map((s) => [s, repairSummaryOf(times(groups[s]), countEndings(groups[s]))]),
  ) as BySize<RepairBySize>;
}
