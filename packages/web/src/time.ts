/** Time in words, gently and without precision nobody needs. Pure: `now` is always passed in. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

/**
 * How long ago, in words: "just now", "5 minutes ago", "yesterday",
 * "2 days ago", "3 weeks ago", "4 months ago", "over a year ago".
 * A time slightly in the future (clocks disagree) reads "just now".
 *
 * @example relativeTime('2025-11-19T10:00:00Z', new Date('2025-11-21T12:00:00Z')) // '2 days ago'
 */
export function relativeTime(iso: string, now: Date): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const ago = now.getTime() - then;
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return plural(Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return plural(Math.floor(ago / HOUR), 'hour');
  const days = Math.floor(ago / DAY);
  if (days === 1) return 'yesterday';
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.floor(days / 7), 'week');
  if (days < 365) return plural(Math.floor(days / 30), 'month');
  return 'over a year ago';
}

const clockFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayClockFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

/**
 * A time of day in the reader's own format ("14:30", "2:30 PM"), with the weekday
 * when it is not today (a break can last up to a week).
 */
export function clockTime(iso: string, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toDateString() === now.toDateString() ? clockFormat.format(date) : dayClockFormat.format(date);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The value of an `<input type="datetime-local">` for a date, in local time, to the minute.
 *
 * @example toDateTimeLocal(new Date(2025, 10, 21, 9, 5)) // '2025-11-21T09:05'
 */
export function toDateTimeLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}

/** An ISO instant from a datetime-local value, or undefined when it is empty or not a time. */
export function fromDateTimeLocal(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Is a return time still ahead? */
export function isAhead(iso: string | null, now: Date): boolean {
  return iso !== null && Date.parse(iso) > now.getTime();
}

/** `minutes` from now, as an ISO instant (the return time of a break, the end of a snooze). */
export function minutesFrom(now: Date, minutes: number): string {
  return new Date(now.getTime() + minutes * MINUTE).toISOString();
}

/** A break's length in words, as the choices show it: "20 minutes", "1 hour". */
export function breakLength(minutes: number): string {
  return minutes === 60 ? '1 hour' : `${minutes} minutes`;
}
