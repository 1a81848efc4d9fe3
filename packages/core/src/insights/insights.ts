/**
 * All the insights of DESIGN.md §5 for one viewer, composed from the
 * single-purpose pieces beside this file.
 */
import { balanceByWindow, RATIO_GUIDE, windowStart } from './balance';
import { balanceByMonth } from './balance-by-month';
import { repairByMonth } from './by-month';
import { repairConfidence } from './confidence';
import { followUps, repairBySize, repairSummary } from './follow-up';
import { quietWall } from './quiet-wall';
import { regulationOutcomes } from './regulation-outcomes';
import { firstNotBefore } from './state-parts';
import { recurringThemes } from './themes';
import { parseTime } from './time';
import type { Balance, Insights, InsightsInput, InsightWindow, MonthOfBalance } from './types';

/** Month by month, the share repaired within this many days of happening. */
export const MONTHLY_WITHIN_DAYS = 7;

export interface InsightsResult extends Insights {
  /** Balance in every window at once, so the screen can switch without asking again. */
  balanceByWindow: Record<InsightWindow, Balance>;
  /** The 5:1 guide with its evidence status: drawn as a line to look at, never a pass mark. */
  balanceGuide: typeof RATIO_GUIDE;
  /** Good moments and ruptures month by month (UTC) within the window, plain and weighted by size. */
  balanceByMonth: MonthOfBalance[];
}

/**
 * Every insight for one viewer over one window. The caller passes only
 * what the viewer may see (`canSeeRupture`, `canSeeMoment`, the viewer's
 * own attempts' flooded flag); nothing here looks at who else exists.
 *
 * What the window limits: balance, time to repair (by size and by month),
 * themes and regulation count what happened inside it. The quiet wall
 * does not: it is what is still open now, however long ago it happened.
 * Repair confidence reads all history (old outcomes fade by themselves)
 * and draws its trend from the window's start.
 *
 * Cost, aimed at 50 ms for 100,000 moments (the bench measures it):
 * every timestamp is parsed once; the ruptures are sorted once by time
 * (nearly free, as they arrive almost in order), and the window is then
 * one slice of them; each time-to-repair curve sorts its times once as
 * typed arrays (all sizes, then each size: n log n overall); everything
 * else is a single pass with no lookups but one map. This is the plain,
 * full computation; `InsightsState` (state.ts) keeps the same figures per
 * viewer and brings them up to date one moment at a time, and its property
 * test holds it to this function bit for bit.
 *
 * @example computeInsights({ viewerId, ruptures, moments, attempts, now: new Date(), window: '30d' }).repair.rate
 */
export function computeInsights(input: InsightsInput): InsightsResult {
  const { now, window } = input;
  const nowMs = now.getTime();
  const from = windowStart(window, now);
  const all = followUps(input.ruptures, now);
  // In time order, the window is one stretch of the follow-ups.
  const recent = all.slice(
    firstNotBefore(all, (f) => f.occurredMs < from),
    firstNotBefore(all, (f) => f.occurredMs < nowMs + 1),
  );
  const positivesMs = input.moments.map((m) => parseTime(m.createdAt));
  const byWindow = balanceByWindow(positivesMs, all, now);
  const { repairedWithin, ...repair } = repairSummary(recent);
  return {
    window,
    balance: byWindow[window],
    balanceByWindow: byWindow,
    balanceGuide: RATIO_GUIDE,
    balanceByMonth: balanceByMonth(positivesMs, recent, from, nowMs),
    repair,
    repairedWithin,
    repairBySize: repairBySize(recent),
    repairByMonth: { withinDays: MONTHLY_WITHIN_DAYS, months: repairByMonth(recent, now, MONTHLY_WITHIN_DAYS) },
    quietWall: quietWall(all, now),
    ...recurringThemes(recent),
    regulation: regulationOutcomes(input.viewerId, input.attempts, all, from, nowMs),
    confidence: repairConfidence(all, now, from),
  };
}
