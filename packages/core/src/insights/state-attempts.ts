/**
 * The viewer's attempts as `InsightsState` keeps them for regulation: in
 * time order, each knowing whether it led to a repair within 48 h (kept
 * up to date when its rupture changes), so a window's figures are one
 * binary search and one pass over its attempts.
 */
import { enough } from './minimums';
import { ATTEMPT_SUCCESS_HOURS } from './regulation-outcomes';
import { firstNotBefore, insertSorted, removeSorted } from './state-parts';
import { HOUR_MS, parseTime } from './time';
import type { InsightAttempt, Regulation } from './types';

export interface AttemptRecord {
  id: string;
  ruptureId: string;
  at: number;
  flooded: boolean;
  success: boolean;
}

const byTime = (a: AttemptRecord, b: AttemptRecord) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class Attempts {
  private readonly order: AttemptRecord[] = [];
  /** By id and by rupture: made at the first change, since a state that is only read never needs them. */
  private indexes: { byId: Map<string, AttemptRecord>; byRupture: Map<string, AttemptRecord[]> } | null = null;

  /** `repairedMs`: when a counted rupture was repaired (undefined when it is not, or not counted). */
  constructor(
    private readonly viewerId: string,
    attempts: readonly InsightAttempt[],
    private readonly repairedMs: (ruptureId: string) => number | undefined,
  ) {
    for (const a of attempts) {
      const record = this.recordOf(a);
      if (record) this.order.push(record);
    }
    this.order.sort(byTime);
  }

  get size(): number {
    return this.order.length;
  }

  put(a: InsightAttempt): void {
    this.remove(a.id);
    const record = this.recordOf(a);
    if (!record) return;
    this.index(this.indexed(), record);
    insertSorted(this.order, record, byTime);
  }

  remove(id: string): void {
    const { byId, byRupture } = this.indexed();
    const record = byId.get(id);
    if (!record) return;
    byId.delete(id);
    removeSorted(this.order, record, byTime);
    const siblings = byRupture.get(record.ruptureId) ?? [];
    const at = siblings.indexOf(record);
    if (at >= 0) siblings.splice(at, 1);
    if (siblings.length === 0) byRupture.delete(record.ruptureId);
  }

  /** A rupture was added, changed or removed: its attempts' outcomes are read again. */
  ruptureChanged(ruptureId: string): void {
    for (const record of this.indexed().byRupture.get(ruptureId) ?? []) {
      record.success = this.succeeded(ruptureId, record.at);
    }
  }

  /** What `regulationOutcomes` gives for the attempts made from `fromMs` to `toMs`. */
  read(fromMs: number, toMs: number): Regulation {
    const lo = firstNotBefore(this.order, (r) => r.at < fromMs);
    const hi = firstNotBefore(this.order, (r) => r.at <= toMs);
    const counts = { floodedAttempts: 0, regulatedAttempts: 0, floodedSuccess: 0, regulatedSuccess: 0 };
    for (let i = lo; i < hi; i++) {
      const r = this.order[i];
      if (!r) continue;
      if (r.flooded) {
        counts.floodedAttempts++;
        if (r.success) counts.floodedSuccess++;
      } else {
        counts.regulatedAttempts++;
        if (r.success) counts.regulatedSuccess++;
      }
    }
    const restsOn = counts.floodedAttempts + counts.regulatedAttempts;
    return { ...counts, restsOn, enough: enough('regulation', restsOn) };
  }

  /** Only the viewer's own attempts count, breaks are pauses, and a time that is no time is no attempt. */
  private recordOf(a: InsightAttempt): AttemptRecord | null {
    if (a.memberId !== this.viewerId || a.kind === 'break') return null;
    const at = parseTime(a.createdAt);
    if (Number.isNaN(at)) return null;
    return { id: a.id, ruptureId: a.ruptureId, at, flooded: a.whileFlooded, success: this.succeeded(a.ruptureId, at) };
  }

  private indexed(): NonNullable<Attempts['indexes']> {
    if (!this.indexes) {
      this.indexes = { byId: new Map(), byRupture: new Map() };
      for (const record of this.order) this.index(this.indexes, record);
    }
    return this.indexes;
  }

  private index(indexes: NonNullable<Attempts['indexes']>, record: AttemptRecord): void {
    indexes.byId.set(record.id, record);
    const siblings = indexes.byRupture.get(record.ruptureId);
    if (siblings) siblings.push(record);
    else indexes.byRupture.set(record.ruptureId, [record]);
  }

  private succeeded(ruptureId: string, at: number): boolean {
    const repaired = this.repairedMs(ruptureId);
    return repaired !== undefined && repaired >= at && repaired - at <= ATTEMPT_SUCCESS_HOURS * HOUR_MS;
  }
}
