import { isClosed } from './transitions';
import type { Rupture } from './types';

const DAY = 24 * 60 * 60 * 1000;

/** Rule 7: bring an open rupture back after 1 day, 3 days, a week, a month, then monthly. */
export const REMINDER_DAYS = [1, 3, 7, 30] as const;

/** When the reminder after `alreadyShown` earlier ones falls due, counted from when it happened. */
export function nextReminderAt(occurredAt: string, alreadyShown: number): Date {
  const last = REMINDER_DAYS[REMINDER_DAYS.length - 1] ?? 30;
  const days = REMINDER_DAYS[alreadyShown] ?? last + last * (alreadyShown - REMINDER_DAYS.length + 1);
  return new Date(Date.parse(occurredAt) + days * DAY);
}

export interface ReminderState {
  /** How many times this member has been reminded of it. */
  shown: number;
  /** Not before this, whatever the schedule says. */
  snoozedUntil: string | null;
}

/**
 * The open ruptures to bring back gently today, oldest first. Open
 * ruptures never expire (it is never too late); snoozing moves one out of
 * the way without guilt, and nothing here counts or scores anyone.
 *
 * @param states reminder state per rupture id, for the viewing member
 */
export function remindersDue(
  ruptures: readonly Rupture[],
  states: ReadonlyMap<string, ReminderState>,
  now: Date,
): Rupture[] {
  return ruptures
    .filter((r) => {
      if (isClosed(r) || r.kinds.includes('harm')) return false;
      const state = states.get(r.id) ?? { shown: 0, snoozedUntil: null };
      if (state.snoozedUntil && Date.parse(state.snoozedUntil) > now.getTime()) return false;
      return nextReminderAt(r.occurredAt, state.shown).getTime() <= now.getTime();
    })
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}
