import { describe, expect, it } from 'vitest';
import { breakLength, clockTime, fromDateTimeLocal, isAhead, minutesFrom, relativeTime, toDateTimeLocal } from './time';

const now = new Date('2025-11-21T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('relativeTime', () => {
  it('says how long ago, gently', () => {
    expect(relativeTime(ago(10_000), now)).toBe('just now');
    expect(relativeTime(ago(MIN), now)).toBe('1 minute ago');
    expect(relativeTime(ago(5 * MIN), now)).toBe('5 minutes ago');
    expect(relativeTime(ago(60 * MIN), now)).toBe('1 hour ago');
    expect(relativeTime(ago(23 * 60 * MIN), now)).toBe('23 hours ago');
    expect(relativeTime(ago(DAY), now)).toBe('yesterday');
    expect(relativeTime(ago(2 * DAY), now)).toBe('2 days ago');
    expect(relativeTime(ago(13 * DAY), now)).toBe('13 days ago');
    expect(relativeTime(ago(21 * DAY), now)).toBe('3 weeks ago');
    expect(relativeTime(ago(90 * DAY), now)).toBe('3 months ago');
    expect(relativeTime(ago(400 * DAY), now)).toBe('over a year ago');
  });

  it('reads a time a little ahead (clocks disagree) as just now, and nonsense as nothing', () => {
    expect(relativeTime(ago(-30_000), now)).toBe('just now');
    expect(relativeTime('not a time', now)).toBe('');
  });
});

describe('clock times', () => {
  it('shows the time of day, with the weekday when it is not today', () => {
    const later = new Date(now.getTime() + 20 * MIN);
    expect(clockTime(later.toISOString(), now)).toMatch(/\d/);
    expect(clockTime(later.toISOString(), now)).not.toMatch(/Mon|Tue|Wed|Thu|Fri|Sat|Sun/);
    const nextWeek = new Date(now.getTime() + 3 * DAY);
    expect(clockTime(nextWeek.toISOString(), now).length).toBeGreaterThan(clockTime(later.toISOString(), now).length);
    expect(clockTime('nope', now)).toBe('');
  });

  it('round-trips datetime-local values in local time', () => {
    const local = new Date(2025, 10, 21, 9, 5, 42);
    expect(toDateTimeLocal(local)).toBe('2025-11-21T09:05');
    expect(fromDateTimeLocal('2025-11-21T09:05')).toBe(new Date(2025, 10, 21, 9, 5).toISOString());
    expect(fromDateTimeLocal('')).toBeUndefined();
    expect(fromDateTimeLocal('yesterday')).toBeUndefined();
  });

  it('knows whether a return time is ahead, and adds minutes', () => {
    expect(isAhead(null, now)).toBe(false);
    expect(isAhead(minutesFrom(now, 20), now)).toBe(true);
    expect(isAhead(ago(MIN), now)).toBe(false);
    expect(minutesFrom(now, 30)).toBe('2025-11-21T12:30:00.000Z');
  });
});

describe('breakLength', () => {
  it('names a break the way its choices do', () => {
    expect(breakLength(20)).toBe('20 minutes');
    expect(breakLength(60)).toBe('1 hour');
  });
});
