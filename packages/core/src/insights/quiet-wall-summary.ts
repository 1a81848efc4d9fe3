/**
 * The quiet wall in brief, for the space home: how many things and of
 * which sizes, and how long the oldest has waited — the same count as
 * the insights' `quietWall`, without the items. The server counts it in
 * SQL (grouped by size) over the ruptures the viewer may see; the rule of
 * what stands on the wall stays here.
 */
import type { RuptureSize } from '../identifiers';
import { daysWaited, quietWallCutoffMs } from './quiet-wall';
import { parseTime } from './time';
import type { BySize } from './types';

export interface QuietWallSummary {
  count: number;
  bySize: BySize<number>;
  /** Whole days since the oldest one happened; null when the wall is empty. */
  oldestDays: number | null;
}

/** The wall of a space nobody has left anything on. */
export const EMPTY_QUIET_WALL: QuietWallSummary = {
  count: 0,
  bySize: { tiny: 0, small: 0, medium: 0, big: 0 },
  oldestDays: null,
};

/**
 * An open rupture that happened strictly before this instant (ISO-8601
 * UTC, the stored form, so it compares as text) stands on the wall at
 * `now`: more than `QUIET_WALL_MIN_DAYS` old, the cutoff `quietWall` uses.
 * Harm is never on it, and neither is anything the viewer may not see.
 */
export function quietWallBefore(now: Date): string {
  return new Date(quietWallCutoffMs(now.getTime())).toISOString();
}

/**
 * The summary from counts grouped by size, each with its oldest time.
 *
 * @example quietWallSummary([{ size: 'small', count: 2, oldestAt: '2026-11-01T09:00:00.000Z' }], now)
 */
export function quietWallSummary(
  groups: readonly { size: RuptureSize; count: number; oldestAt: string }[],
  now: Date,
): QuietWallSummary {
  const bySize = { ...EMPTY_QUIET_WALL.bySize };
  let count = 0;
  let oldestMs = Number.POSITIVE_INFINITY;
  for (const g of groups) {
    if (g.count <= 0) continue;
    bySize[g.size] += g.count;
    count += g.count;
    oldestMs = Math.min(oldestMs, parseTime(g.oldestAt));
  }
  return {
    count,
    bySize,
    oldestDays: count === 0 ? null : daysWaited(oldestMs, now.getTime()),
  };
}
