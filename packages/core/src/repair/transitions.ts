import { DomainError } from '../errors';
import type { MemberRecord } from '../spaces';
import { isOpen, type Rupture, type RuptureEvent, type RuptureEventType } from './types';
import { canActOnRupture, isHarm } from './visibility';

/** Pieces every repair-cycle operation shares: the result shape, events, version bumps and the common checks. */

export interface Change<T = Record<string, never>> {
  rupture: Rupture;
  events: RuptureEvent[];
  created: T;
}

export function isClosed(r: Pick<Rupture, 'status'>): boolean {
  return !isOpen(r);
}

export function event(type: RuptureEventType, r: Rupture, actorMemberId: string, at: string): RuptureEvent {
  return { type, spaceId: r.spaceId, ruptureId: r.id, actorMemberId, at };
}

export function next(r: Rupture, changes: Partial<Rupture>): Rupture {
  return { ...r, ...changes, version: r.version + 1 };
}

/** The actor must see the rupture and be one of the people it is between. */
export function assertInvolved(r: Rupture, actorMemberId: string): void {
  if (!canActOnRupture(actorMemberId, r)) throw new DomainError('not_involved');
}

export function assertOpenForRepair(r: Rupture): void {
  if (isHarm(r)) throw new DomainError('harm_not_for_repair');
  if (isClosed(r)) throw new DomainError('rupture_closed');
}

export function withRecognition(r: Rupture, memberId: string): string[] {
  return r.recognizedBy.includes(memberId) ? r.recognizedBy : [...r.recognizedBy, memberId];
}

/** A raised rupture becomes `recognized` once every involved member with an account has recognized it. */
export function statusAfterRecognition(
  r: Rupture,
  recognizedBy: readonly string[],
  members: readonly MemberRecord[],
): Rupture['status'] {
  if (r.status !== 'raised') return r.status;
  const accountMembers = members.filter((m) => m.accountId !== null && r.involved.includes(m.id));
  return accountMembers.every((m) => recognizedBy.includes(m.id)) ? 'recognized' : 'raised';
}
