/**
 * The pieces `InsightsState` keeps: a rupture read once into an entry (its
 * times parsed, its ending and, when it has ended, its time to repair),
 * a time-to-repair curve kept as sorted arrays, and ordered lists of
 * entries. Each mirrors what `computeInsights` derives per read, so a read
 * from them gives the same figures to the last bit (the property test
 * proves it).
 */
import { byTime, type FollowUp, readRupture } from './follow-up';
import { type SortedTimes, sortedTimes } from './incidence';
import { SortedNumbers } from './sorted-numbers';
import { HOUR_MS } from './time';
import type { InsightRupture } from './types';

/** A follow-up whose time to repair is known once it ended (`fixedHours`); while open it depends on `now`. */
export interface Entry extends FollowUp {
  /** Hours from happening to ending (as `followUps` counts them); null while open, or ended with no time. */
  fixedHours: number | null;
}

/** The entry of a rupture insights count, as `followUps` reads it; null for harm or a time that is no time. */
export function entryOf(r: InsightRupture): Entry | null {
  const read = readRupture(r);
  if (read === null) return null;
  const fixedHours = read.endedMs === null ? null : Math.max(0, (read.endedMs - read.occurredMs) / HOUR_MS);
  return { ...read, hours: fixedHours ?? Number.NaN, fixedHours };
}

/** Hours followed at `nowMs`, exactly as `followUps` computes them. */
export const hoursAt = (e: Entry, nowMs: number): number =>
  e.fixedHours ?? Math.max(0, (nowMs - e.occurredMs) / HOUR_MS);

export { byTime };

/** The first index of a sorted list where `before(item)` is false (binary search). */
export function firstNotBefore<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = list[mid];
    if (item !== undefined && before(item)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Puts an item into a list kept in `order` (after its equals). */
export function insertSorted<T>(list: T[], item: T, order: (a: T, b: T) => number): void {
  list.splice(
    firstNotBefore(list, (x) => order(x, item) <= 0),
    0,
    item,
  );
}

/** Takes an item out of a list kept in `order`; false when it was not there. */
export function removeSorted<T>(list: T[], item: T, order: (a: T, b: T) => number): boolean {
  const at = list.indexOf(
    item,
    firstNotBefore(list, (x) => order(x, item) < 0),
  );
  if (at < 0) return false;
  list.splice(at, 1);
  return true;
}

/**
 * Times to repair sorted by ending (`sortedTimes` at any `now`), kept
 * incrementally: the ended ones' hours never change, and the open ones'
 * are `now` minus when they happened, so keeping when they happened sorted
 * gives their hours sorted at any `now`, in one pass. An ended rupture with
 * no ending time (which the store never writes) has hours that move with
 * `now`: then `exact` is false and the reader sorts afresh.
 */
export class Curve {
  readonly repaired: SortedNumbers;
  readonly letGo: SortedNumbers;
  readonly openAt: SortedNumbers;
  total = 0;
  repairedCount = 0;
  letGoCount = 0;
  private irregular = 0;

  constructor(entries: readonly Entry[] = []) {
    const lists = { repaired: [] as number[], letGo: [] as number[], openAt: [] as number[] };
    for (const e of entries) {
      this.count(e, 1);
      if (e.ending === 'open') lists.openAt.push(e.occurredMs);
      else if (e.fixedHours !== null && Number.isFinite(e.fixedHours))
        (e.ending === 'repaired' ? lists.repaired : lists.letGo).push(e.fixedHours);
    }
    this.repaired = SortedNumbers.from(lists.repaired);
    this.letGo = SortedNumbers.from(lists.letGo);
    this.openAt = SortedNumbers.from(lists.openAt);
  }

  get exact(): boolean {
    return this.irregular === 0;
  }

  add(e: Entry): void {
    this.count(e, 1);
    const list = this.listOf(e);
    if (list) list.insert(e.ending === 'open' ? e.occurredMs : (e.fixedHours ?? 0));
  }

  remove(e: Entry): void {
    this.count(e, -1);
    const list = this.listOf(e);
    if (list) list.remove(e.ending === 'open' ? e.occurredMs : (e.fixedHours ?? 0));
  }

  /** The times at `nowMs`, sorted by ending: the kept arrays as they are, the open ones' hours in one pass. */
  timesAt(nowMs: number): SortedTimes {
    const open = this.openAt.view();
    const hours = new Float64Array(open.length);
    // Latest first is shortest first: hours fall as the time it happened rises.
    for (let i = 0; i < open.length; i++) hours[i] = Math.max(0, (nowMs - (open[open.length - 1 - i] ?? 0)) / HOUR_MS);
    return { repaired: this.repaired.view(), letGo: this.letGo.view(), open: hours };
  }

  private count(e: Entry, by: 1 | -1): void {
    this.total += by;
    if (e.ending === 'repaired') this.repairedCount += by;
    else if (e.ending === 'let_go') this.letGoCount += by;
    if (e.ending !== 'open' && e.fixedHours === null) this.irregular += by;
  }

  private listOf(e: Entry): SortedNumbers | null {
    if (e.ending === 'open') return this.openAt;
    if (e.fixedHours === null || !Number.isFinite(e.fixedHours)) return null;
    return e.ending === 'repaired' ? this.repaired : this.letGo;
  }
}

/** `sortedTimes` of entries at `nowMs` (for a window that is not the whole history). */
export function timesOf(entries: readonly Entry[], nowMs: number): SortedTimes {
  return sortedTimes(entries.map((e) => ({ ending: e.ending, hours: hoursAt(e, nowMs) })));
}
