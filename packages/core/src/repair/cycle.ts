import { DomainError } from '../errors';
import type { AttemptKind, RuptureKind, RuptureSize, Visibility } from '../identifiers';
import type { MemberRecord } from '../spaces';
import { normalizeTopic } from '../text';
import { checkedReturnTime } from './regulation';
import {
  assertInvolved,
  assertOpenForRepair,
  type Change,
  event,
  isClosed,
  next,
  statusAfterRecognition,
  withRecognition,
} from './transitions';
import type { Attempt, Rupture } from './types';
import { canSeeRupture } from './visibility';

/**
 * The rupture state machine of DESIGN.md §4. Every operation takes one
 * props object, checks the rules, and returns the new rupture (version
 * bumped) with the events it produced; it never mutates its input. The
 * server persists both in one transaction.
 */

/** Room for clocks that disagree a little between a phone and the server. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * When a rupture happened, in its stored form (ISO-8601 UTC): any time up to
 * now, with a few minutes' room for a phone's clock. Used when logging and
 * when editing, so both follow one rule.
 *
 * @throws DomainError `invalid_occurred_at` for a time in the future
 */
export function validOccurredAt(occurredAt: string, at: string): string {
  const time = Date.parse(occurredAt);
  if (!(time <= Date.parse(at) + CLOCK_SKEW_MS)) throw new DomainError('invalid_occurred_at');
  return new Date(time).toISOString();
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
  const occurredAt = validOccurredAt(input.occurredAt ?? at, at);

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
    topic: normalizeTopic(input.topic),
    note: input.note?.trim() || null,
    occurredAt,
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
    editedAt: null,
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
    editedAt: null,
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
  const returnAt = checkedReturnTime(props.returnAt, at, props.whileFlooded);
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
    editedAt: null,
  };
  const events = [event('break.taken', rupture, actorMemberId, at)];
  if (rupture.status === 'recognized' && r.status !== 'recognized') {
    events.push(event('rupture.recognized', rupture, actorMemberId, at));
  }
  return { rupture, events, created: { attempt } };
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
