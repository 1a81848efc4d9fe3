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
  const entries: Omit<HistoryEntry, 'time'>[] = [];
  for (const a of rupture.attempts) {
    const what =
      a.kind === 'break'
        ? `a break${a.returnAt ? `, back at ${clockTime(a.returnAt, now)}` : ''}`
        : `${ATTEMPT_LABELS[a.kind].toLowerCase()}${a.message ? ` — ${a.message}` : ''}`;
    entries.push({ id: a.id, at: a.createdAt, who: who(a.memberId), what });
  }
  for (const r of rupture.responses) {
    if (r.recordedByMemberId !== r.memberId) {
      // An observed reconnection: what the parent saw the child do.
      const child = personName(r.memberId, people);
      const seen = `saw ${child} come back${r.note ? ` — ${r.note}` : ''}`;
      entries.push({ id: r.id, at: r.createdAt, who: who(r.recordedByMemberId), what: seen });
      continue;
    }
    const what = r.feel === 'repaired' ? 'feels repaired' : r.need ? `not yet — needs: ${r.need}` : 'not yet';
    entries.push({ id: r.id, at: r.createdAt, who: who(r.memberId), what });
  }
  // Ids are made in time order, so they break ties between things said in the same instant.
  entries.sort((x, y) => (x.at === y.at ? (x.id < y.id ? -1 : 1) : x.at < y.at ? -1 : 1));
  return entries.map((e) => ({ ...e, time: clockTime(e.at, now) }));
}
