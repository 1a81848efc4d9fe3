/**
 * Regulation: do attempts made while flooded land as well as the ones
 * made once settled? Only the viewer's own attempts count, because the
 * flooded flag is theirs alone (rule 6: only its maker sees it) — a
 * partner's insights must not reveal when someone went on while flooded.
 */
import type { FollowUp } from './follow-up';
import { enough } from './minimums';
import { HOUR_MS, parseTime } from './time';
import type { InsightAttempt, Regulation } from './types';

/** An attempt "led to repaired" when the rupture was repaired within this long after it. */
export const ATTEMPT_SUCCESS_HOURS = 48;

/**
 * The viewer's repair attempts made from `fromMs` to `toMs` (breaks are
 * pauses, not attempts), by whether they were made while flooded, and how
 * many were followed by the rupture being repaired within 48 h. One pass
 * over the attempts with a map of repair times.
 *
 * @example regulationOutcomes(me, attempts, followUps(ruptures, now), -Infinity, now.getTime()) // { floodedAttempts: 3, floodedSuccess: 1, … }
 */
export function regulationOutcomes(
  viewerId: string,
  attempts: readonly InsightAttempt[],
  ruptures: readonly Pick<FollowUp, 'id' | 'ending' | 'endedMs'>[],
  fromMs: number,
  toMs: number,
): Regulation {
  const repairedMs = new Map<string, number>();
  for (const r of ruptures) if (r.ending === 'repaired' && r.endedMs !== null) repairedMs.set(r.id, r.endedMs);
  const counts = { floodedAttempts: 0, regulatedAttempts: 0, floodedSuccess: 0, regulatedSuccess: 0 };
  for (const a of attempts) {
    if (a.memberId !== viewerId || a.kind === 'break') continue;
    const at = parseTime(a.createdAt);
    if (!(at >= fromMs && at <= toMs)) continue;
    const repaired = repairedMs.get(a.ruptureId);
    const success = repaired !== undefined && repaired >= at && repaired - at <= ATTEMPT_SUCCESS_HOURS * HOUR_MS;
    if (a.whileFlooded) {
      counts.floodedAttempts++;
      if (success) counts.floodedSuccess++;
    } else {
      counts.regulatedAttempts++;
      if (success) counts.regulatedSuccess++;
    }
  }
  const restsOn = counts.floodedAttempts + counts.regulatedAttempts;
  return { ...counts, restsOn, enough: enough('regulation', restsOn) };
}
