import { DomainError } from '../errors';
import type { RuptureKind, RuptureSize } from '../identifiers';
import { normalizeTopic } from '../text';
import { validOccurredAt } from './cycle';
import { noteOf } from './editing';
import { type Change, event, next } from './transitions';
import type { Attempt, RepairResponse, Rupture } from './types';
import { canSeeRupture, isHarm } from './visibility';

/**
 * Changing one's own words after the fact (issue 8): the rupture one
 * logged, the message of one's own attempt, the need or the observed
 * reconnection one recorded. A shared history stays honest: every edit is
 * marked with its time (`editedAt`) for everyone who sees the record, and
 * announced as `rupture.edited`. The earlier wording is not kept anywhere:
 * someone may need to take back words that hurt, and a kept copy would keep
 * them.
 *
 * Only the words and the facts of the moment can change. Who it involves
 * and who sees it cannot (raising is how a rupture is shared), and harm is
 * said only through `markHarm` and never taken back (rule 9).
 *
 * An edit that changes nothing returns the rupture as it was, with no event.
 */

/** What the author of a rupture may change; any subset. */
export interface RuptureEdit {
  size?: RuptureSize | undefined;
  kinds?: readonly RuptureKind[] | undefined;
  topic?: string | null | undefined;
  note?: string | null | undefined;
  occurredAt?: string | undefined;
}

/** The actor must see the rupture (else it is not found) and be the one who wrote what is edited. */
function assertWrittenBy(r: Rupture, writerMemberId: string, actorMemberId: string): void {
  if (!canSeeRupture(actorMemberId, r)) throw new DomainError('not_involved');
  if (writerMemberId !== actorMemberId) throw new DomainError('only_author');
}

function sameKinds(a: readonly RuptureKind[], b: readonly RuptureKind[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

/** The kinds an edit asks for, checked: at least one, harm neither added here nor ever removed. */
function editedKinds(r: Rupture, asked: readonly RuptureKind[]): RuptureKind[] {
  const kinds = [...new Set(asked)];
  if (kinds.length === 0) throw new DomainError('invalid_kinds');
  const harm = isHarm(r);
  if (harm && !kinds.includes('harm')) throw new DomainError('harm_stays');
  if (!harm && kinds.includes('harm')) throw new DomainError('use_harm_endpoint');
  return sameKinds(kinds, r.kinds) ? r.kinds : kinds;
}

/**
 * The author changes what their rupture says: its size, kinds, topic, note
 * or when it happened, in any status. Text follows the rules of logging
 * (a topic is a label, a note is trimmed), and so does the time (not in
 * the future).
 *
 * @throws DomainError `not_involved` (cannot see it), `only_author`,
 *   `invalid_kinds`, `harm_stays`, `use_harm_endpoint`, `invalid_topic`,
 *   `invalid_occurred_at`
 * @example editRupture({ rupture, actorMemberId: rupture.authorMemberId, edit: { note: 'I was tired' }, at })
 */
export function editRupture(props: { rupture: Rupture; actorMemberId: string; edit: RuptureEdit; at: string }): Change {
  const { rupture: r, actorMemberId, edit, at } = props;
  assertWrittenBy(r, r.authorMemberId, actorMemberId);
  const changes: Partial<Rupture> = {};
  if (edit.size !== undefined && edit.size !== r.size) changes.size = edit.size;
  if (edit.kinds !== undefined) {
    const kinds = editedKinds(r, edit.kinds);
    if (kinds !== r.kinds) changes.kinds = kinds;
  }
  if (edit.topic !== undefined) {
    const topic = normalizeTopic(edit.topic);
    if (topic !== r.topic) changes.topic = topic;
  }
  if (edit.note !== undefined) {
    const note = noteOf(edit.note);
    if (note !== r.note) changes.note = note;
  }
  if (edit.occurredAt !== undefined) {
    const occurredAt = validOccurredAt(edit.occurredAt, at);
    if (occurredAt !== r.occurredAt) changes.occurredAt = occurredAt;
  }
  if (Object.keys(changes).length === 0) return { rupture: r, events: [], created: {} };
  const rupture = next(r, { ...changes, editedAt: at });
  return { rupture, events: [event('rupture.edited', rupture, actorMemberId, at)], created: {} };
}

/**
 * The one who made an attempt changes or clears its message. A break has
 * no message (its return time is what it says), so it has nothing to edit.
 *
 * @returns `created.attempt`: the attempt as edited, or null when nothing changed
 * @throws DomainError `not_involved`, `only_author`, `not_editable` (a break)
 */
export function editAttemptMessage(props: {
  rupture: Rupture;
  attempt: Attempt;
  actorMemberId: string;
  message: string | null;
  at: string;
}): Change<{ attempt: Attempt | null }> {
  const { rupture: r, attempt: a, actorMemberId, at } = props;
  if (a.ruptureId !== r.id) throw new DomainError('not_involved');
  assertWrittenBy(r, a.memberId, actorMemberId);
  if (a.kind === 'break') throw new DomainError('not_editable');
  const message = noteOf(props.message);
  if (message === a.message) return { rupture: r, events: [], created: { attempt: null } };
  const rupture = next(r, {});
  return {
    rupture,
    events: [event('rupture.edited', rupture, actorMemberId, at)],
    created: { attempt: { ...a, message, editedAt: at } },
  };
}

/** What may change in an answer: the need of a "not yet", or the note of an observed reconnection. */
export type ResponseEdit = { need: string | null; note?: undefined } | { note: string | null; need?: undefined };

/**
 * Whoever recorded an answer changes its words: the need of their own
 * "not yet", or what they saw in an observed reconnection ("came back to
 * play"). How someone feels is not edited: a new answer says that.
 *
 * @returns `created.response`: the answer as edited, or null when nothing changed
 * @throws DomainError `not_involved`, `only_author`, `not_editable` (a need on a
 *   "repaired" or a reconnection, a note on one's own answer)
 */
export function editResponse(props: {
  rupture: Rupture;
  response: RepairResponse;
  actorMemberId: string;
  edit: ResponseEdit;
  at: string;
}): Change<{ response: RepairResponse | null }> {
  const { rupture: r, response: p, actorMemberId, edit, at } = props;
  if (p.ruptureId !== r.id) throw new DomainError('not_involved');
  assertWrittenBy(r, p.recordedByMemberId, actorMemberId);
  const observed = p.memberId !== p.recordedByMemberId;
  const changes: Partial<RepairResponse> = {};
  if (edit.need !== undefined) {
    if (observed || p.feel !== 'not_yet') throw new DomainError('not_editable');
    changes.need = noteOf(edit.need);
  } else {
    if (!observed) throw new DomainError('not_editable');
    changes.note = noteOf(edit.note);
  }
  const edited = { ...p, ...changes };
  if (edited.need === p.need && edited.note === p.note) return { rupture: r, events: [], created: { response: null } };
  const rupture = next(r, {});
  return {
    rupture,
    events: [event('rupture.edited', rupture, actorMemberId, at)],
    created: { response: { ...edited, editedAt: at } },
  };
}
