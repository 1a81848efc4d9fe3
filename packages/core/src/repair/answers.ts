import { DomainError } from '../errors';
import type { MemberRecord } from '../spaces';
import { isRepairComplete } from './completion';
import { assertInvolved, assertOpenForRepair, type Change, event, next } from './transitions';
import type { Feeling, RepairResponse, Rupture, RuptureEventType } from './types';

/**
 * How people feel after an attempt (rule 4): their own answers, and the
 * observed reconnection of a member without an account. The last needed
 * `repaired` completes the rupture, exactly once.
 */

function afterAnswer(props: {
  rupture: Rupture;
  responses: readonly RepairResponse[];
  response: RepairResponse;
  members: readonly MemberRecord[];
  type: RuptureEventType;
  at: string;
}): Change<{ response: RepairResponse }> {
  const { rupture: r, response, at } = props;
  const complete = isRepairComplete(r, [...props.responses, response], props.members);
  const rupture = next(r, complete ? { status: 'repaired', repairedAt: at, pausedUntil: null } : {});
  const events = [event(props.type, rupture, response.recordedByMemberId, at)];
  if (complete) events.push(event('rupture.repaired', rupture, response.recordedByMemberId, at));
  return { rupture, events, created: { response } };
}

function assertAwaitingAnswers(r: Rupture): void {
  assertOpenForRepair(r);
  if (r.round === 0) throw new DomainError('no_attempt_yet');
}

/**
 * How a member feels after the latest attempt. `not_yet` keeps it open and
 * says what they still need; the last involved `repaired` completes it
 * (rule 4). Only the member themselves can answer for an account.
 */
export function respondToRepair(props: {
  rupture: Rupture;
  responses: readonly RepairResponse[];
  members: readonly MemberRecord[];
  actorMemberId: string;
  id: string;
  feel: Feeling;
  need: string | null;
  at: string;
}): Change<{ response: RepairResponse }> {
  const { rupture: r, actorMemberId, at } = props;
  assertInvolved(r, actorMemberId);
  assertAwaitingAnswers(r);
  const response: RepairResponse = {
    id: props.id,
    spaceId: r.spaceId,
    ruptureId: r.id,
    memberId: actorMemberId,
    recordedByMemberId: actorMemberId,
    round: r.round,
    feel: props.feel,
    need: props.feel === 'not_yet' ? props.need?.trim() || null : null,
    note: null,
    createdAt: at,
    editedAt: null,
  };
  return afterAnswer({ ...props, response, type: 'response.given' });
}

/**
 * For a member without an account (a baby, a child): an account member
 * records the reconnection they observed ("calmed", "came back to play"),
 * which counts as that member's `repaired`.
 */
export function recordReconnection(props: {
  rupture: Rupture;
  responses: readonly RepairResponse[];
  members: readonly MemberRecord[];
  actorMemberId: string;
  memberId: string;
  id: string;
  note: string | null;
  at: string;
}): Change<{ response: RepairResponse }> {
  const { rupture: r, actorMemberId, at } = props;
  assertInvolved(r, actorMemberId);
  const target = props.members.find((m) => m.id === props.memberId);
  if (!target || !r.involved.includes(target.id) || target.accountId !== null) {
    throw new DomainError('reconnection_needs_member_without_account');
  }
  assertAwaitingAnswers(r);
  const response: RepairResponse = {
    id: props.id,
    spaceId: r.spaceId,
    ruptureId: r.id,
    memberId: target.id,
    recordedByMemberId: actorMemberId,
    round: r.round,
    feel: 'repaired',
    need: null,
    note: props.note?.trim() || null,
    createdAt: at,
    editedAt: null,
  };
  return afterAnswer({ ...props, response, type: 'reconnection.recorded' });
}
