/**
 * The quiet wall: small things left open that pile up unseen. Each one is
 * named by id, size and time so the screen can open it and label it neutrally — the point is to make one of
 * them easy to pick up again, not to count against anyone.
 */
import type { FollowUp } from './follow-up';
import { enough } from './minimums';
import { DAY_MS } from './time';
import { AGE_BANDS, type AgeBand, type BySize, type QuietWall, type QuietWallBand } from './types';

/** Younger than this, an open rupture is still just recent, not part of a wall. */
export const QUIET_WALL_MIN_DAYS = 3;

/**
 * An open rupture that happened strictly before this instant (ms) stands
 * on the wall at `nowMs`: the one cutoff for the insights' wall and the
 * space home's count (`quietWallBefore`).
 */
export const quietWallCutoffMs = (nowMs: number): number => nowMs - QUIET_WALL_MIN_DAYS * DAY_MS;

/** Whole days the oldest thing on a wall has waited, as both walls say it. */
export const daysWaited = (sinceMs: number, nowMs: number): number => Math.floor((nowMs - sinceMs) / DAY_MS);

/** Where each age band ends (exclusive), in days: a week, four weeks, about six months. */
const BAND_ENDS: readonly [AgeBand, number][] = [
  ['3-7d', 7],
  ['1-4w', 28],
  ['1-6m', 182],
  ['older', Number.POSITIVE_INFINITY],
];

const zeroBySize = (): BySize<number> => ({ tiny: 0, small: 0, medium: 0, big: 0 });

/**
 * Unrepaired ruptures (neither repaired nor let go) that happened more
 * than 3 days before `now`, by size and age band, oldest first. The wall
 * reads every rupture the viewer may see whatever the window: a thing
 * left open five weeks ago stands in it this week too.
 *
 * @param items follow-ups in time order, as `followUps` gives them
 *
 * @example quietWall(followUps(ruptures, now), now).byAge[0] // { band: '3-7d', count, bySize, items }
 */
export function quietWall(items: readonly FollowUp[], now: Date): QuietWall {
  const nowMs = now.getTime();
  // Follow-ups come in time order (`followUps`), so the wall is oldest first without sorting again.
  const before = quietWallCutoffMs(nowMs);
  const open = items.filter((f) => f.ending === 'open' && f.occurredMs < before);
  const bands = new Map<AgeBand, QuietWallBand>(
    AGE_BANDS.map((band) => [band, { band, count: 0, bySize: zeroBySize(), items: [] }]),
  );
  const bySize = zeroBySize();
  for (const f of open) {
    const days = (nowMs - f.occurredMs) / DAY_MS;
    const name = BAND_ENDS.find(([, end]) => days < end)?.[0] ?? 'older';
    const band = bands.get(name);
    if (band === undefined) continue;
    band.count++;
    band.bySize[f.size]++;
    band.items.push({ id: f.id, size: f.size, occurredAt: f.rupture.occurredAt });
    bySize[f.size]++;
  }
  const oldest = open[0];
  return {
    count: open.length,
    bySize,
    byAge: AGE_BANDS.map((b) => bands.get(b) ?? { band: b, count: 0, bySize: zeroBySize(), items: [] }),
    oldestDays: oldest === undefined ? null : daysWaited(oldest.occurredMs, nowMs),
    restsOn: open.length,
    enough: enough('quietWall', open.length),
  };
}
