import { DomainError } from '../errors';
import type { AttemptKind, RuptureKind, RuptureSize, Visibility } from '../identifiers';
import type { MemberRecord } from '../spaces';
import { isRepairComplete } from './completion';
import type { Attempt, Feeling, RepairResponse, Rupture, RuptureEvent, RuptureEventType } from './types';
import { canSeeRupture, isHarm } from './visibility';

/**
 * The rupture state machine of DESIGN.md §4. Every operation takes one
 * props object, checks the rules, and returns the new rupture (version
 * bumped) with the events it produced; it never mutates its input. The
 * server persists both in one transaction.
 */

export interface Change<T = Record<string, never>> {
  rupture: Rupture;
  events: RuptureEvent[];
  created: T;
}

/** Room for clocks that disagree a little between a phone and the server. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const MAX_BREAK_MS = 7 * 24 * 60 * 60 * 1000;

function isClosed(r: Rupture): boolean {
  return r.status === 'repaired' || r.status === 'let_go';
}

function event(type: RuptureEventType, r: Rupture, actorMemberId: string, at: string): RuptureEvent {
  return { type, spaceId: r.spaceId, ruptureId: r.id, actorMemberId, at };
}

function next(r: Rupture, changes: Partial<Rupture>): Rupture {
  return { ...r, ...changes, version: r.version + 1 };
}

/** The actor must see the rupture and be one of the people it is between. */
function assertInvolved(r: Rupture, actorMemberId: string): void {
  if (!canSeeRupture(actorMemberId, r) || !r.involved.includes(actorMemberId)) throw new DomainError('not_involved');
}

function assertOpenForRepair(r: Rupture): void {
  if (isHarm(r)) throw new DomainError('harm_not_for_repair');
  if (isClosed(r)) throw new DomainError('rupture_closed');
}

function withRecognition(r: Rupture, memberId: string): string[] {
  return r.recognizedBy.includes(memberId) ? r.recognizedBy : [...r.recognizedBy, memberId];
}

/** A raised rupture becomes `recognized` once every involved member with an account has recognized it. */
function statusAfterRecognition(
  r: Rupture,
  recognizedBy: readonly string[],
  members: readonly MemberRecord[],
): Rupture['status'] {
  if (r.status !== 'raised') return r.status;
  const accountMembers = members.filter((m) => m.accountId !== null && r.involved.includes(m.id));
  return accountMembers.every((m) => recognizedBy.includes(m.id)) ? 'recognized' : 'raised';
}

export interface NewRupture {
  size: RuptureSize;
  kinds: RuptureKind[];
  involved: string[];
  visibility: Visibility;
  topic?: string | null | undefined;
  note?: string | null | undefined;
  occurredAt?: string | undefined;
}

/**
 * Logs a rupture. Private by default it is `noted`; logged as shared it is
 * raised at once. One marked as harm is kept private whatever was asked.
 */
export function noteRupture(props: {
  id: string;
  spaceId: string;
  authorMemberId: string;
  members: readonly MemberRecord[];
  input: NewRupture;
  at: string;
}): Change {
  const { input, at } = props;
  const kinds = [...new Set(input.kinds)];
  if (kinds.length === 0) throw new DomainError('invalid_kinds');
  const involved = [...new Set([props.authorMemberId, ...input.involved])];
  const memberIds = new Set(props.members.map((m) => m.id));
  if (!involved.every((id) => memberIds.has(id))) throw new DomainError('invalid_involved');
  const occurredAt = input.occurredAt ?? at;
  if (Date.parse(occurredAt) > Date.parse(at) + CLOCK_SKEW_MS) throw new DomainError('invalid_occurred_at');

  const harm = kinds.includes('harm');
  const shared = input.visibility === 'shared' && !harm;
  const rupture: Rupture = {
    id: props.id,
    spaceId: props.spaceId,
    authorMemberId: props.authorMemberId,
    visibility: shared ? 'shared' : 'private',
    size: input.size,
    kinds,
    involved,
    topic: input.topic?.trim().toLowerCase() || null,
    note: input.note?.trim() || null,
    occurredAt: new Date(occurredAt).toISOString(),
    createdAt: at,
    status: shared ? 'raised' : 'noted',
    version: 1,
    recognizedBy: shared ? [props.authorMemberId] : [],
    round: 0,
    pausedUntil: null,
    linkedToId: null,
    repairHeld: null,
    raisedAt: shared ? at : null,
    repairedAt: null,
    letGoAt: null,
  };
  rupture.status = statusAfterRecognition(rupture, rupture.recognizedBy, props.members);
  const events = [event('rupture.noted', rupture, props.authorMemberId, at)];
  if (shared) events.push(event('rupture.raised', rupture, props.authorMemberId, at));
  if (rupture.status === 'recognized') events.push(event('rupture.recognized', rupture, props.authorMemberId, at));
  return { rupture, events, created: {} };
}

/** Shares a private rupture with the members it involves (rule 1). Raising it is recognizing it (rule 2). */
export function raiseRupture(props: {
  rupture: Rupture;
  actorMemberId: string;
  members: readonly MemberRecord[];
  at: string;
}): Change {
  const { rupture: r, actorMemberId, at } = props;
  if (!canSeeRupture(actorMemberId, r)) throw new DomainError('not_involved');
  assertOpenForRepair(r);
  if (r.visibility === 'shared') throw new DomainError('rupture_already_raised');
  const recognizedBy = withRecognition(r, actorMemberId);
  const raised: Rupture = { ...r, status: r.status === 'noted' ? 'raised' : r.status };
  const rupture = next(raised, {
    visibility: 'shared',
    status: statusAfterRecognition(raised, recognizedBy, props.members),
    raisedAt: at,
    recognizedBy,
  });
  const events = [event('rupture.raised', rupture, actorMemberId, at)];
  if (rupture.status === 'recognized') events.push(event('rupture.recognized', rupture, actorMemberId, at));
  return { rupture, events, created: {} };
}

/**
 * "Something happened between us." No agreement on the facts is needed.
 * Once every involved member with an account has recognized it, a raised
 * rupture is `recognized`. Acknowledging twice changes nothing.
 */
export function acknowledgeRupture(props: {
  rupture: Rupture;
  actorMemberId: string;
  members: readonly MemberRecord[];
  at: string;
}): Change {
  const { rupture: r, actorMemberId, at } = props;
  assertInvolved(r, actorMemberId);
  assertOpenForRepair(r);
  if (r.recognizedBy.includes(actorMemberId)) return { rupture: r, events: [], created: {} };
  const recognizedBy = withRecognition(r, actorMemberId);
  const rupture = next(r, { recognizedBy, status: statusAfterRecognition(r, recognizedBy, props.members) });
  const events = [event('rupture.acknowledged', rupture, actorMemberId, at)];
  if (rupture.status === 'recognized' && r.status !== 'recognized') {
    events.push(event('rupture.recognized', rupture, actorMemberId, at));
  }
  return { rupture, events, created: {} };
}

/**
 * A move toward the other (anyone may initiate, rule 3). Starts a new
 * round: answers given to earlier attempts no longer count toward
 * completion. Making an attempt ends a break and recognizes the rupture.
 */
export function attemptRepair(props: {
  rupture: Rupture;
  actorMemberId: string;
  id: string;
  kind: AttemptKind;
  message: string | null;
  whileFlooded: boolean;
  at: string;
}): Change<{ attempt: Attempt }> {
  const { rupture: r, actorMemberId, at } = props;
  assertInvolved(r, actorMemberId);
  assertOpenForRepair(r);
  if (props.kind === 'break') throw new DomainError('use_break_endpoint');
  const rupture = next(r, {
    status: 'repairing',
    round: r.round + 1,
    pausedUntil: null,
    recognizedBy: withRecognition(r, actorMemberId),
  });
  const attempt: Attempt = {
    id: props.id,
    spaceId: r.spaceId,
    ruptureId: r.id,
    memberId: actorMemberId,
    kind: props.kind,
    message: props.message?.trim() || null,
    returnAt: null,
    whileFlooded: props.whileFlooded,
    round: rupture.round,
    createdAt: at,
  };
  return { rupture, events: [event('attempt.made', rupture, actorMemberId, at)], created: { attempt } };
}

/**
 * A pause with a return time the others see (rule 6). It keeps the rupture
 * where it is and does not start a round: nothing is asked of anyone.
 */
export function takeBreak(props: {
  rupture: Rupture;
  actorMemberId: string;
  members: readonly MemberRecord[];
  id: string;
  returnAt: string;
  whileFlooded: boolean;
  at: string;
}): Change<{ attempt: Attempt }> {
  const { rupture: r, actorMemberId, at } = props;
  assertInvolved(r, actorMemberId);
  assertOpenForRepair(r);
  const gap = Date.parse(props.returnAt) - Date.parse(at);
  if (!(gap > 0 && gap <= MAX_BREAK_MS)) throw new DomainError('invalid_return_time');
  const returnAt = new Date(props.returnAt).toISOString();
  const recognizedBy = withRecognition(r, actorMemberId);
  const rupture = next(r, {
    pausedUntil: returnAt,
    recognizedBy,
    status: statusAfterRecognition(r, recognizedBy, props.members),
  });
  const attempt: Attempt = {
    id: props.id,
    spaceId: r.spaceId,
    ruptureId: r.id,
    memberId: actorMemberId,
    kind: 'break',
    message: null,
    returnAt,
    whileFlooded: props.whileFlooded,
    round: r.round,
    createdAt: at,
  };
  const events = [event('break.taken', rupture, actorMemberId, at)];
  if (rupture.status === 'recognized' && r.status !== 'recognized') {
    events.push(event('rupture.recognized', rupture, actorMemberId, at));
  }
  return { rupture, events, created: { attempt } };
}

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
  };
  return afterAnswer({ ...props, response, type: 'reconnection.recorded' });
}

/**
 * Honest self-regulation of a small private rupture (rule 5): it closes for
 * its author and is counted apart from repair together.
 */
export function letGo(props: { rupture: Rupture; actorMemberId: string; at: string }): Change {
  const { rupture: r, actorMemberId, at } = props;
  if (!canSeeRupture(actorMemberId, r)) throw new DomainError('not_involved');
  if (isClosed(r)) throw new DomainError('rupture_closed');
  if (r.authorMemberId !== actorMemberId) throw new DomainError('only_author');
  if (r.visibility !== 'private' || (r.size !== 'tiny' && r.size !== 'small')) {
    throw new DomainError('let_go_small_private');
  }
  const rupture = next(r, { status: 'let_go', letGoAt: at, pausedUntil: null });
  return { rupture, events: [event('rupture.let_go', rupture, actorMemberId, at)], created: {} };
}

/**
 * Links a new rupture to an earlier one it resembles (rule 8). Linking to
 * one that was repaired marks that repair as one that did not hold.
 */
export function linkRecurrence(props: { rupture: Rupture; earlier: Rupture; actorMemberId: string; at: string }): {
  rupture: Rupture;
  earlier: Rupture;
  events: RuptureEvent[];
} {
  const { rupture: r, earlier: e, actorMemberId, at } = props;
  if (r.id === e.id || r.spaceId !== e.spaceId) throw new DomainError('invalid_involved');
  if (!canSeeRupture(actorMemberId, r) || !canSeeRupture(actorMemberId, e)) throw new DomainError('not_involved');
  const rupture = next(r, { linkedToId: e.id });
  const events = [event('rupture.linked', rupture, actorMemberId, at)];
  if (e.status !== 'repaired' || e.repairHeld === false) return { rupture, earlier: e, events };
  const earlier = next(e, { repairHeld: false });
  events.push(event('repair.did_not_hold', earlier, actorMemberId, at));
  return { rupture, earlier, events };
}
