/**
 * Insights kept for one viewer and brought up to date one moment at a
 * time, instead of computed from every moment on each read.
 *
 * The state holds what `computeInsights` would derive from the same
 * moments before looking at the clock: every time parsed, the ruptures in
 * time order, the time-to-repair curves (all sizes and each size) as
 * sorted arrays, the open ones apart, topic groups, the viewer's attempts
 * with whether each led to a repair, the "repaired within 7 days" outcomes
 * sorted, the positive moments' times sorted. Adding, editing or removing
 * one moment moves a few entries in those lists (microseconds); `read`
 * then does only what depends on `now` and the window: the incidence walk
 * over the pre-sorted times, the confidence trend (each point memoized),
 * and counts by binary search. `read` gives exactly what `computeInsights`
 * gives for the same moments (a property test proves it, bit for bit).
 *
 * Which moments go in is the caller's choice, as for `computeInsights`:
 * only what the viewer may see (`canSeeRupture`, `canSeeMoment`).
 *
 * @example
 * const state = InsightsState.from({ viewerId, ruptures, moments, attempts });
 * state.putRupture(logged);
 * state.read('30d', new Date()).repair.rate
 */
import { RUPTURE_SIZES, type RuptureSize } from '../identifiers';
import { balanceOf, RATIO_GUIDE, SIZE_WEIGHTS, windowStart } from './balance';
import { balanceByMonth } from './balance-by-month';
import { repairByMonth } from './by-month';
import { CONFIDENCE, confidenceFrom, isRepairedInTime, pointAt } from './confidence';
import { countEndings, repairBySize, repairSummaryOf } from './follow-up';
import { type InsightsResult, MONTHLY_WITHIN_DAYS } from './insights';
import { quietWall } from './quiet-wall';
import { SortedNumbers } from './sorted-numbers';
import { type AttemptRecord, Attempts } from './state-attempts';
import { byTime, Curve, type Entry, entryOf, firstNotBefore, insertSorted, removeSorted, timesOf } from './state-parts';
import { ThemeGroups } from './state-themes';
import { DAY_MS, parseTime } from './time';
import {
  type Balance,
  type BySize,
  INSIGHT_WINDOWS,
  type InsightAttempt,
  type InsightMoment,
  type InsightRupture,
  type InsightsInput,
  type InsightWindow,
  type RepairBySize,
} from './types';

const CONFIDENCE_WITHIN_MS = CONFIDENCE.withinDays * DAY_MS;
/** Confidence points kept for reuse; past month ends repeat from read to read. */
const POINT_MEMO = 2048;

export class InsightsState {
  private readonly entries = new Map<string, Entry>();
  /** Every counted rupture, in time order. */
  private order: Entry[];
  /** The open ones, in time order: the quiet wall's candidates. */
  private open: Entry[];
  private readonly curves: Record<'all' | RuptureSize, Curve>;
  private readonly occurredBySize: BySize<SortedNumbers>;
  private readonly yesAt: SortedNumbers;
  private readonly noAt: SortedNumbers;
  private readonly positivesAt: SortedNumbers;
  private readonly themes: ThemeGroups;
  private readonly attempts: Attempts;
  /** Confidence points by their inputs: a point is a pure function of them, so no change makes one stale. */
  private readonly points = new Map<string, ReturnType<typeof pointAt>>();

  private constructor(
    readonly viewerId: string,
    ruptures: readonly InsightRupture[],
    moments: readonly InsightMoment[],
    attempts: readonly InsightAttempt[],
  ) {
    for (const r of ruptures) {
      const e = entryOf(r);
      if (e) this.entries.set(e.id, e);
    }
    this.order = [...this.entries.values()].sort(byTime);
    this.open = this.order.filter((e) => e.ending === 'open');
    this.curves = {
      all: new Curve(this.order),
      tiny: new Curve(),
      small: new Curve(),
      medium: new Curve(),
      big: new Curve(),
    };
    const bySize: BySize<Entry[]> = { tiny: [], small: [], medium: [], big: [] };
    for (const e of this.order) bySize[e.size].push(e);
    for (const s of RUPTURE_SIZES) this.curves[s] = new Curve(bySize[s]);
    // In time order already: copied, not sorted.
    const times = (entries: readonly Entry[]) => SortedNumbers.fromSorted(entries.map((e) => e.occurredMs));
    this.occurredBySize = {
      tiny: times(bySize.tiny),
      small: times(bySize.small),
      medium: times(bySize.medium),
      big: times(bySize.big),
    };
    const yes: Entry[] = [];
    const no: Entry[] = [];
    for (const e of this.order) (isRepairedInTime(e) ? yes : no).push(e);
    this.yesAt = times(yes);
    this.noAt = times(no);
    const positives = moments.map((m) => parseTime(m.createdAt)).filter((ms) => !Number.isNaN(ms));
    this.positivesAt = SortedNumbers.from(positives);
    this.themes = new ThemeGroups(this.order);
    this.attempts = new Attempts(viewerId, attempts, (id) => this.repairedMs(id));
  }

  /** A state from the moments one viewer may see, in one pass and a few sorts (as costly as one `computeInsights`). */
  static from(input: Omit<InsightsInput, 'now' | 'window'>): InsightsState {
    return new InsightsState(input.viewerId, input.ruptures, input.moments, input.attempts);
  }

  /** Adds a rupture, or replaces the one with its id (an edit, a step of the cycle, a change of who may see it). */
  putRupture(r: InsightRupture): void {
    this.take(r.id);
    const e = entryOf(r);
    if (e) {
      this.entries.set(e.id, e);
      insertSorted(this.order, e, byTime);
      if (e.ending === 'open') insertSorted(this.open, e, byTime);
      this.curves.all.add(e);
      this.curves[e.size].add(e);
      this.occurredBySize[e.size].insert(e.occurredMs);
      (isRepairedInTime(e) ? this.yesAt : this.noAt).insert(e.occurredMs);
      this.themes.add(e);
    }
    this.attempts.ruptureChanged(r.id);
  }

  /** Takes a rupture out (deleted, or no longer the viewer's to see); nothing when it was not in. */
  removeRupture(id: string): void {
    this.take(id);
    this.attempts.ruptureChanged(id);
  }

  addMoment(m: InsightMoment): void {
    const ms = parseTime(m.createdAt);
    if (!Number.isNaN(ms)) this.positivesAt.insert(ms);
  }

  /** Takes out one positive moment of that time (moments are counted by time alone). */
  removeMoment(m: InsightMoment): void {
    this.positivesAt.remove(parseTime(m.createdAt));
  }

  /** Adds an attempt, or replaces the one with its id. */
  putAttempt(a: InsightAttempt): void {
    this.attempts.put(a);
  }

  removeAttempt(id: string): void {
    this.attempts.remove(id);
  }

  /**
   * A rough size in memory, for a cache to bound itself by (bytes): ~600
   * per rupture with its row (measured: ~16 MB on the heap for a viewer of
   * a 100,000-moment space, this says ~15).
   */
  approxBytes(): number {
    return 600 * this.entries.size + 16 * this.positivesAt.length + 160 * this.attempts.size + 4096;
  }

  /** Every insight over `window` at `now`: what `computeInsights` gives for the same moments. */
  read(window: InsightWindow, now: Date): InsightsResult {
    const nowMs = now.getTime();
    const from = windowStart(window, now);
    const lo = firstNotBefore(this.order, (e) => e.occurredMs < from);
    const hi = firstNotBefore(this.order, (e) => e.occurredMs < nowMs + 1);
    const whole = lo === 0 && hi === this.order.length && this.curves.all.exact;
    const recent = whole ? this.order : this.order.slice(lo, hi);
    const { repairedWithin, ...repair } = whole
      ? this.summary('all', nowMs)
      : repairSummaryOf(timesOf(recent, nowMs), countEndings(recent));
    const byWindow = this.balanceByWindow(now);
    return {
      window,
      balance: byWindow[window],
      balanceByWindow: byWindow,
      balanceGuide: RATIO_GUIDE,
      balanceByMonth: balanceByMonth(
        this.positivesAt.view(this.positivesAt.lowerBound(from), this.positivesAt.upperBound(nowMs)),
        recent,
        from,
        nowMs,
      ),
      repair,
      repairedWithin,
      repairBySize: whole ? this.bySize(nowMs) : repairBySize(recent, (group) => timesOf(group, nowMs)),
      repairByMonth: { withinDays: MONTHLY_WITHIN_DAYS, months: repairByMonth(recent, now, MONTHLY_WITHIN_DAYS) },
      quietWall: quietWall(this.open, now),
      ...(whole ? this.themes.read(this.order) : this.themes.readFrom(recent)),
      regulation: this.attempts.read(from, nowMs),
      confidence: this.confidence(now, from),
    };
  }

  private take(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    removeSorted(this.order, e, byTime);
    if (e.ending === 'open') removeSorted(this.open, e, byTime);
    this.curves.all.remove(e);
    this.curves[e.size].remove(e);
    this.occurredBySize[e.size].remove(e.occurredMs);
    (isRepairedInTime(e) ? this.yesAt : this.noAt).remove(e.occurredMs);
    this.themes.remove(e);
  }

  /** When a counted rupture was repaired, as regulation reads it. */
  private repairedMs(ruptureId: string): number | undefined {
    const e = this.entries.get(ruptureId);
    return e && e.ending === 'repaired' && e.endedMs !== null ? e.endedMs : undefined;
  }

  private summary(curve: 'all' | RuptureSize, nowMs: number): RepairBySize {
    const c = this.curves[curve];
    return repairSummaryOf(c.timesAt(nowMs), { total: c.total, repaired: c.repairedCount, letGo: c.letGoCount });
  }

  private bySize(nowMs: number): BySize<RepairBySize> {
    return Object.fromEntries(RUPTURE_SIZES.map((s) => [s, this.summary(s, nowMs)])) as BySize<RepairBySize>;
  }

  private balanceByWindow(now: Date): Record<InsightWindow, Balance> {
    const nowMs = now.getTime();
    const result = {} as Record<InsightWindow, Balance>;
    for (const w of INSIGHT_WINDOWS) {
      const start = windowStart(w, now);
      const inWindow = (times: SortedNumbers) => times.upperBound(nowMs) - times.lowerBound(start);
      let ruptures = 0;
      let weighted = 0;
      for (const s of RUPTURE_SIZES) {
        const n = inWindow(this.occurredBySize[s]);
        ruptures += n;
        weighted += n * SIZE_WEIGHTS[s];
      }
      result[w] = balanceOf(inWindow(this.positivesAt), ruptures, weighted);
    }
    return result;
  }

  private confidence(now: Date, from: number) {
    const nowMs = now.getTime();
    const known = (times: SortedNumbers) =>
      times.view(
        0,
        times.firstWhere((v) => !(v + CONFIDENCE_WITHIN_MS <= nowMs)),
      );
    return confidenceFrom(known(this.yesAt), known(this.noAt), now, from, (t, yes, no, n) => {
      const key = `${t} ${yes} ${no} ${n}`;
      let point = this.points.get(key);
      if (!point) {
        if (this.points.size >= POINT_MEMO) this.points.clear();
        point = pointAt(t, yes, no, n);
        this.points.set(key, point);
      }
      return { ...point };
    });
  }
}

export type { AttemptRecord };
