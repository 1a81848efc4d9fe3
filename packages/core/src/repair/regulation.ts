import { DomainError } from '../errors';
import type { Checkin } from './types';

export const REGULATION = {
  /** A check-in older than this says nothing about now. */
  windowMs: 2 * 60 * 60 * 1000,
  /** From this intensity on, activated or shut down counts as flooded. */
  floodedIntensity: 7,
  /** The shortest break offered to someone flooded: roughly how long the body takes to settle. */
  minimumBreakMinutes: 20,
  /** The longest break: a return time more than a week ahead is not a break. */
  maximumBreakMs: 7 * 24 * 60 * 60 * 1000,
} as const;

/** A minute of grace covers a phone's clock and the request's trip, so "20 minutes" chosen on the phone is never refused. */
const BREAK_GRACE_MS = 60 * 1000;

/** A check-in reading that counts as flooded: activated or shut down at the flooded intensity or more. */
export function isFloodedReading(reading: Pick<Checkin, 'state' | 'intensity'>): boolean {
  return reading.state !== 'connected' && reading.intensity >= REGULATION.floodedIntensity;
}

export interface RegulationAdvice {
  /** Offer a break and a short regulation exercise before going on (rule 6). */
  offerBreak: boolean;
  minimumBreakMinutes: number;
  /** The check-in the advice rests on, if a recent one exists. */
  basedOn: Checkin | null;
}

/**
 * Rule 6: if a member's latest check-in in the last two hours is activated
 * or shut down at intensity 7 or more, starting an attempt or a guided
 * conversation first offers a break. The member may go on anyway.
 *
 * @param checkins the member's own check-ins, in any order
 * @example regulationAdvice(myCheckins, new Date()).offerBreak
 */
export function regulationAdvice(checkins: readonly Checkin[], now: Date): RegulationAdvice {
  const since = now.getTime() - REGULATION.windowMs;
  const latest = checkins
    .filter((c) => Date.parse(c.createdAt) >= since && Date.parse(c.createdAt) <= now.getTime())
    .reduce<Checkin | null>((a, c) => (a === null || c.createdAt >= a.createdAt ? c : a), null);
  const flooded = latest !== null && isFloodedReading(latest);
  return { offerBreak: flooded, minimumBreakMinutes: REGULATION.minimumBreakMinutes, basedOn: latest };
}

/** The shortest break rule 6 allows: at least the minimum for someone flooded, any length otherwise. */
export function shortestBreakMs(flooded: boolean): number {
  return flooded ? REGULATION.minimumBreakMinutes * 60_000 : 0;
}

/** The return time of a break that starts now and lasts `minutes` (never less than the minimum when flooded). */
export function breakReturnTime(now: Date, minutes: number, flooded: boolean): Date {
  return new Date(now.getTime() + Math.max(minutes * 60_000, shortestBreakMs(flooded)));
}

/**
 * A break's return time (rule 6), for a rupture's break and a conversation's
 * pause alike: after now, at most a week ahead, and for someone flooded at
 * least the minimum break.
 * @returns the return time as stored (ISO-8601 UTC)
 * @throws DomainError `invalid_return_time` (not a time, not ahead, too far) or `break_too_short`
 */
export function checkedReturnTime(returnAt: unknown, now: string, flooded: boolean): string {
  const at = typeof returnAt === 'string' ? Date.parse(returnAt) : Number.NaN;
  const gap = at - Date.parse(now);
  if (!(gap > 0 && gap <= REGULATION.maximumBreakMs)) throw new DomainError('invalid_return_time');
  if (gap + BREAK_GRACE_MS < shortestBreakMs(flooded)) throw new DomainError('break_too_short');
  return new Date(at).toISOString();
}
