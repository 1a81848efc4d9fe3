/**
 * Each rupture's follow-up, read once: when it happened, how it ended (or
 * that it is still open at `now`), and how long that took. Everything
 * about time to repair works from these, so timestamps are parsed once.
 */
import { RUPTURE_SIZES, type RuptureSize } from '../identifiers';
import { isHarm } from '../repair/visibility';
import { type CompetingObservation, cumulativeIncidence, type Ending, incidenceQuartiles } from './incidence';
import { enough } from './minimums';
import type { BySize, IncidencePoint, InsightRupture, MonthOfRepair, RepairBySize, RepairSummary } from './types';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export interface FollowUp extends CompetingObservation {
  id: string;
  size: RuptureSize;
  occurredMs: number;
  /** When it was repaired or let go; null while open. */
  endedMs: number | null;
}

/**
 * The follow-ups of the ruptures insights count. A rupture marked as harm
 * is not counted anywhere: it left the repair flow (rule 9), and timing,
 * weighing or walling it would press toward repairing what is not to be
 * repaired together. Repair or let-go times before the rupture's own time
 * (an edited time) count as 0 hours.
 */
export function followUps(ruptures: readonly InsightRupture[], now: Date): FollowUp[] {
  const nowMs = now.getTime();
  const out: FollowUp[] = [];
  for (const r of ruptures) {
    if (isHarm(r)) continue;
    const occurredMs = Date.parse(r.occurredAt);
    const ending: Ending = r.status === 'repaired' ? 'repaired' : r.status === 'let_go' ? 'let_go' : 'open';
    const at = ending === 'repaired' ? r.repairedAt : ending === 'let_go' ? r.letGoAt : null;
    const endedMs = at === null ? null : Date.parse(at);
    const hours = Math.max(0, ((endedMs ?? nowMs) - occurredMs) / HOUR_MS);
    out.push({ id: r.id, size: r.size, occurredMs, endedMs, ending, hours });
  }
  return out;
}

/**
 * Where the "repaired within…" curve is sampled for the API: an hour, a
 * few hours, a day, two, three, five, a week, two, three, a month, two,
 * three, six, a year — the spans people say — rather than every distinct
 * time (100,000 ruptures would give about as many steps).
 */
export const REPAIR_CHECKPOINT_HOURS = [
  1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 336, 504, 720, 1440, 2160, 4320, 8760,
] as const;

/** The curve and summary of time to repair for some follow-ups (one sort inside). */
export function repairSummary(items: readonly FollowUp[]): RepairBySize {
  const counts = { repaired: 0, let_go: 0, open: 0 };
  for (const f of items) counts[f.ending]++;
  const steps = cumulativeIncidence(items);
  const { q1, median, q3 } = incidenceQuartiles(steps);
  const last = steps[steps.length - 1]?.hours ?? 0;
  const repairedWithin: IncidencePoint[] = [];
  let j = 0;
  for (const hours of REPAIR_CHECKPOINT_HOURS) {
    if (hours > last) break;
    while (j + 1 < steps.length && (steps[j + 1]?.hours ?? 0) <= hours) j++;
    const s = steps[j];
    if (s === undefined) break;
    // Still open and followed beyond the step, so beyond `hours` too.
    const atRisk = s.atRisk - s.repairedCount - s.letGoCount - s.censored;
    repairedWithin.push({ hours, ...s.repaired, letGo: s.letGo.share, atRisk });
  }
  const total = items.length;
  const rest = total - counts.let_go;
  const summary: RepairSummary = {
    total,
    repaired: counts.repaired,
    letGo: counts.let_go,
    open: counts.open,
    rate: rest > 0 ? counts.repaired / rest : null,
    medianHoursToRepair: median,
    quartileHours: [q1, q3],
    restsOn: total,
    enough: enough('repair', total),
  };
  return { ...summary, repairedWithin };
}

/** Time to repair per size: tiny things and big ones mend at different paces. */
export function repairBySize(items: readonly FollowUp[]): BySize<RepairBySize> {
  const groups = Object.fromEntries(RUPTURE_SIZES.map((s) => [s, [] as FollowUp[]])) as BySize<FollowUp[]>;
  for (const f of items) groups[f.size].push(f);
  return Object.fromEntries(RUPTURE_SIZES.map((s) => [s, repairSummary(groups[s])])) as BySize<RepairBySize>;
}

/** `YYYY-MM` of a time, UTC. */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/**
 * Month by month (of occurrence): the share repaired within `withinDays`,
 * among the ruptures whose outcome at that age is known — repaired or let
 * go by then, or followed that long. One still open and younger is not yet
 * a "no", so it is left out rather than counted as one. Months in order.
 */
export function repairByMonth(items: readonly FollowUp[], now: Date, withinDays: number): MonthOfRepair[] {
  const within = withinDays * DAY_MS;
  const months = new Map<string, { known: number; repaired: number }>();
  for (const f of items) {
    const key = monthOf(f.occurredMs);
    const m = months.get(key) ?? { known: 0, repaired: 0 };
    months.set(key, m);
    const endedInTime = f.endedMs !== null && f.endedMs - f.occurredMs <= within;
    if (!endedInTime && now.getTime() - f.occurredMs < within) continue;
    m.known++;
    if (endedInTime && f.ending === 'repaired') m.repaired++;
  }
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({
      month,
      known: m.known,
      repairedWithin: m.repaired,
      share: m.known > 0 ? m.repaired / m.known : null,
    }));
}
