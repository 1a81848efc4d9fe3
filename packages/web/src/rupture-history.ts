import type { RuptureDetailView } from '@repairable/core';
import { type People, personName } from './next-step-words';
import { ATTEMPT_LABELS } from './repair-labels';
import { clockTime } from './time';

/**
 * Everything said on a rupture, in the order it was said, with its time:
 * the moves toward each other, how each landed ("not yet — needs: a hug"),
 * breaks, and the reconnections a parent saw. Nothing drops out when a new
 * round begins: an earlier "not yet" and its need stay where they were.
 */
export interface HistoryEntry {
  id: string;
  at: string;
  /** "14:02", or "Mon 14:02" on another day. */
  time: string;
  /** Who, as the viewer reads it: "You", "Alex", "Ben (left)". */
  who: string;
  /** What they did or said, after the name. */
  what: string;
  /** When its words were last changed ("edited 14:05" for everyone who sees it); undefined if never. */
  edited?: { at: string; time: string };
  /** The viewer's own words here, which they may change; undefined on anyone else's. */
  editable?: EditableWords;
}

/** One's own words in the history: which field they are, what they say now, and how the edit box is labelled. */
export interface EditableWords {
  kind: 'attempt' | 'response';
  field: 'message' | 'need' | 'note';
  text: string;
  label: string;
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function historyOf(
  rupture: Pick<RuptureDetailView, 'attempts' | 'responses'>,
  people: People,
  now: Date,
): HistoryEntry[] {
  const who = (memberId: string) => capitalised(personName(memberId, people));
  const mine = (memberId: string) => people.members.some((m) => m.id === memberId && m.isMe);
  const entries: (Omit<HistoryEntry, 'time' | 'edited'> & { editedAt: string | null })[] = [];
  for (const a of rupture.attempts) {
    const what =
      a.kind === 'break'
        ? `a break${a.returnAt ? `, back at ${clockTime(a.returnAt, now)}` : ''}`
        : `${ATTEMPT_LABELS[a.kind].toLowerCase()}${a.message ? ` — ${a.message}` : ''}`;
    // A break says its return time, not words: there is nothing in it to edit.
    const editable: EditableWords | undefined =
      mine(a.memberId) && a.kind !== 'break'
        ? { kind: 'attempt', field: 'message', text: a.message ?? '', label: 'Your message' }
        : undefined;
    entries.push({ id: a.id, at: a.createdAt, who: who(a.memberId), what, editedAt: a.editedAt, editable });
  }
  for (const r of rupture.responses) {
    const base = { id: r.id, at: r.createdAt, editedAt: r.editedAt };
    if (r.recordedByMemberId !== r.memberId) {
      // An observed reconnection: what the parent saw the child do.
      const child = personName(r.memberId, people);
      const seen = `saw ${child} come back${r.note ? ` — ${r.note}` : ''}`;
      const editable: EditableWords | undefined = mine(r.recordedByMemberId)
        ? { kind: 'response', field: 'note', text: r.note ?? '', label: `What you saw ${child} do` }
        : undefined;
      entries.push({ ...base, who: who(r.recordedByMemberId), what: seen, editable });
      continue;
    }
    const what = r.feel === 'repaired' ? 'feels repaired' : r.need ? `not yet — needs: ${r.need}` : 'not yet';
    // How someone feels is not edited (a new answer says that); the need of a "not yet" is their words.
    const editable: EditableWords | undefined =
      mine(r.memberId) && r.feel === 'not_yet'
        ? { kind: 'response', field: 'need', text: r.need ?? '', label: 'What you need' }
        : undefined;
    entries.push({ ...base, who: who(r.memberId), what, editable });
  }
  // Ids are made in time order, so they break ties between things said in the same instant.
  entries.sort((x, y) => (x.at === y.at ? (x.id < y.id ? -1 : 1) : x.at < y.at ? -1 : 1));
  return entries.map(({ editedAt, editable, ...e }) => ({
    ...e,
    time: clockTime(e.at, now),
    ...(editedAt ? { edited: { at: editedAt, time: clockTime(editedAt, now) } } : {}),
    ...(editable ? { editable } : {}),
  }));
}
