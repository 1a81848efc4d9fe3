import { enough, type MonthOfBalance, type MonthOfRepair } from '@repairable/core';
import { NOT_ENOUGH } from './insights-words';

/**
 * What the month-by-month figure says: the latest month in plain words,
 * counts before shares, and never a verdict on a month.
 */

const [LONG, SHORT] = (['long', 'short'] as const).map(
  (month) => new Intl.DateTimeFormat('en-GB', { month, year: 'numeric', timeZone: 'UTC' }),
);

function firstDay(month: string): Date {
  return new Date(`${month}-01T00:00:00.000Z`);
}

/** "November 2026" for `2026-11`. */
export function monthName(month: string): string {
  return LONG?.format(firstDay(month)) ?? month;
}

/** "Nov" for an axis; January carries its year ("Jan 27") so a long axis can be read. */
export function monthTick(month: string): string {
  const [short = month, year = ''] = (SHORT?.format(firstDay(month)) ?? month).split(' ');
  return month.endsWith('-01') ? `${short} ${year.slice(-2)}` : short;
}

/** "1 good moment", "3 good moments"; "1 rupture", "no ruptures". */
const goodMoments = (n: number) => (n === 1 ? '1 good moment' : `${n === 0 ? 'no' : n} good moments`);
const ruptures = (n: number) => (n === 1 ? '1 rupture' : `${n === 0 ? 'no' : n} ruptures`);

/** The month-by-month balance in one line: the latest month with enough moments noted. */
export function monthBalanceSentence(months: readonly MonthOfBalance[], currentMonth: string): string {
  const latest = [...months].reverse().find((m) => m.enough);
  if (!latest) return NOT_ENOUGH;
  const when = latest.month === currentMonth ? `In ${monthName(latest.month)} so far` : `In ${monthName(latest.month)}`;
  return `${when}: ${goodMoments(latest.positives)} and ${ruptures(latest.ruptures)}.`;
}

/** Whether a month's share repaired within the week rests on enough ruptures to be said (core's minimum). */
export const monthOfRepairSaid = (m: MonthOfRepair): m is MonthOfRepair & { share: number } =>
  m.share !== null && enough('repair', m.known);

/** "Of the ruptures of November 2026, 6 of 8 were repaired within a week." */
export function monthRepairSentence(months: readonly MonthOfRepair[], withinDays: number): string {
  const latest = [...months].reverse().find(monthOfRepairSaid);
  if (!latest) return NOT_ENOUGH;
  const within = withinDays === 7 ? 'a week' : `${withinDays} days`;
  return `Of the ruptures of ${monthName(latest.month)}, ${latest.repairedWithin} of ${latest.known} ${
    latest.repairedWithin === 1 ? 'was' : 'were'
  } repaired within ${within}.`;
}
