import { DomainError } from '../errors';
import type { MomentKind, Visibility } from '../identifiers';
import type { Checkin, PositiveMoment } from './types';
import { canChangeCheckin, canChangeMoment } from './visibility';

/**
 * Editing one's own positive moments and check-ins (issue 8). A record
 * changed by its owner says so for good (`editedAt`), so a shared moment's
 * history stays honest. An edit that changes nothing is no edit: the record
 * comes back as it was, unmarked.
 */

/** What a moment's author may change: its kind, words, whom it is about, and who sees it. */
export interface MomentChanges {
  kind?: MomentKind;
  note?: string | null;
  about?: readonly string[];
  visibility?: Visibility;
}

/** A note as kept: trimmed, and none when nothing is left. */
export function noteOf(note: string | null | undefined): string | null {
  return note?.trim() || null;
}

/**
 * Changes a moment for its author. Sharing a private moment shares it;
 * making a shared one private takes it back: it is the author's own good
 * moment, so they decide who keeps seeing it.
 * @param memberIds the space's members, which `about` may name
 * @throws DomainError `only_author` for anyone else, `invalid_involved` for an unknown member in `about`
 */
export function editMoment(
  moment: PositiveMoment,
  props: { memberId: string; changes: MomentChanges; memberIds: readonly string[]; now: Date },
): { moment: PositiveMoment; changed: boolean } {
  if (!canChangeMoment(props.memberId, moment)) throw new DomainError('only_author');
  const { changes } = props;
  const about = changes.about === undefined ? moment.about : [...new Set(changes.about)];
  if (!about.every((id) => props.memberIds.includes(id))) throw new DomainError('invalid_involved');
  const next = {
    kind: changes.kind ?? moment.kind,
    note: changes.note === undefined ? moment.note : noteOf(changes.note),
    about,
    visibility: changes.visibility ?? moment.visibility,
  };
  const changed =
    next.kind !== moment.kind ||
    next.note !== moment.note ||
    next.visibility !== moment.visibility ||
    !sameMembers(next.about, moment.about);
  if (!changed) return { moment, changed };
  return { moment: { ...moment, ...next, editedAt: props.now.toISOString() }, changed };
}

/**
 * Changes a check-in's note for its member. Its state and intensity stay:
 * they are a reading of one moment in time, and a later reading is a new
 * check-in (to correct a wrong one, delete it and check in again).
 * @throws DomainError `only_author` for anyone else
 */
export function editCheckin(
  checkin: Checkin,
  props: { memberId: string; note: string | null; now: Date },
): { checkin: Checkin; changed: boolean } {
  if (!canChangeCheckin(props.memberId, checkin)) throw new DomainError('only_author');
  const note = noteOf(props.note);
  if (note === checkin.note) return { checkin, changed: false };
  return { checkin: { ...checkin, note, editedAt: props.now.toISOString() }, changed: true };
}

/** Deleting is for the same people as editing. @throws DomainError `only_author` */
export function assertMayDeleteMoment(moment: PositiveMoment, memberId: string): void {
  if (!canChangeMoment(memberId, moment)) throw new DomainError('only_author');
}

/** @throws DomainError `only_author` */
export function assertMayDeleteCheckin(checkin: Checkin, memberId: string): void {
  if (!canChangeCheckin(memberId, checkin)) throw new DomainError('only_author');
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
