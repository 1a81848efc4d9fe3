import { describe, expect, it } from 'vitest';
import { aRupture } from './fixtures';
import { findSimilarRuptures, hasComparableText } from './recurrence';
import { breakReturnTime, regulationAdvice } from './regulation';
import { nextReminderAt, remindersDue } from './reminders';
import type { Checkin, Rupture } from './types';

const NOW = new Date('2026-11-21T12:00:00.000Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

function checkin(state: Checkin['state'], intensity: number, createdAt: string): Checkin {
  return { id: createdAt, spaceId: 's', memberId: 'm', state, intensity, note: null, createdAt, editedAt: null };
}

const rupture = (overrides: Partial<Rupture>) =>
  aRupture({ occurredAt: daysAgo(10), createdAt: daysAgo(10), raisedAt: daysAgo(10), ...overrides });

describe('regulationAdvice (rule 6)', () => {
  it('offers a break when the latest check-in of the last two hours is flooded', () => {
    expect(regulationAdvice([checkin('activated', 7, minutesAgo(30))], NOW).offerBreak).toBe(true);
    expect(regulationAdvice([checkin('shut_down', 9, minutesAgo(5))], NOW).offerBreak).toBe(true);
  });
  it('does not when calm, mild, stale, or superseded by a calmer check-in', () => {
    expect(regulationAdvice([], NOW).offerBreak).toBe(false);
    expect(regulationAdvice([checkin('activated', 6, minutesAgo(5))], NOW).offerBreak).toBe(false);
    expect(regulationAdvice([checkin('connected', 10, minutesAgo(5))], NOW).offerBreak).toBe(false);
    expect(regulationAdvice([checkin('activated', 9, minutesAgo(121))], NOW).offerBreak).toBe(false);
    const calmer = [checkin('activated', 9, minutesAgo(40)), checkin('connected', 3, minutesAgo(10))];
    expect(regulationAdvice(calmer, NOW)).toMatchObject({ offerBreak: false, basedOn: { state: 'connected' } });
  });
  it('never offers a break shorter than 20 minutes to someone flooded', () => {
    expect(breakReturnTime(NOW, 5, true).getTime() - NOW.getTime()).toBe(20 * 60_000);
    expect(breakReturnTime(NOW, 5, false).getTime() - NOW.getTime()).toBe(5 * 60_000);
  });
});

describe('findSimilarRuptures (rule 8)', () => {
  const earlier = [
    rupture({ id: 'dishes', topic: 'chores', note: 'left the dishes again', occurredAt: daysAgo(9) }),
    rupture({
      id: 'late',
      topic: null,
      note: 'Came home late without calling, dinner went cold',
      occurredAt: daysAgo(8),
    }),
    rupture({ id: 'money', topic: 'money', note: 'argued about the holiday budget', occurredAt: daysAgo(7) }),
  ];

  it('finds the same topic first', () => {
    const found = findSimilarRuptures({ topic: 'Chores ', note: 'laundry on the floor' }, earlier);
    expect(found[0]).toMatchObject({ rupture: { id: 'dishes' }, reason: { kind: 'same_topic', topic: 'chores' } });
  });

  it('finds similar words and says which', () => {
    const found = findSimilarRuptures({ topic: null, note: 'late home again without calling me' }, earlier);
    expect(found.map((f) => f.rupture.id)).toEqual(['late']);
    expect(found[0]?.reason).toEqual({ kind: 'similar_words', words: ['calling', 'home', 'late', 'without'] });
  });

  it('has nothing to compare without a topic or content words', () => {
    expect(hasComparableText({ topic: null, note: null })).toBe(false);
    expect(hasComparableText({ topic: '  ', note: 'and the it' })).toBe(false);
    expect(hasComparableText({ topic: 'chores', note: null })).toBe(true);
    expect(hasComparableText({ topic: null, note: 'dishes again' })).toBe(true);
    expect(findSimilarRuptures({ topic: null, note: 'and then' }, earlier)).toEqual([]);
  });

  it('stays quiet about unrelated notes and returns at most three', () => {
    expect(findSimilarRuptures({ topic: null, note: 'the cat was sick' }, earlier)).toEqual([]);
    const many = Array.from({ length: 6 }, (_, i) => rupture({ id: `c${i}`, topic: 'chores' }));
    expect(findSimilarRuptures({ topic: 'chores', note: null }, many)).toHaveLength(3);
  });
});

describe('reminders (rule 7)', () => {
  it('widen: 1 day, 3 days, a week, a month, then monthly', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const days = [0, 1, 2, 3, 4, 5].map((n) => (nextReminderAt(at, n).getTime() - Date.parse(at)) / 86_400_000);
    expect(days).toEqual([1, 3, 7, 30, 60, 90]);
  });

  it('bring back open ruptures that are due, oldest first, never closed, harmful or snoozed ones', () => {
    const due = remindersDue(
      [
        rupture({ id: 'new', occurredAt: minutesAgo(60) }),
        rupture({ id: 'old', occurredAt: daysAgo(40) }),
        rupture({ id: 'mid', occurredAt: daysAgo(2) }),
        rupture({ id: 'done', status: 'repaired', occurredAt: daysAgo(5) }),
        rupture({ id: 'harm', kinds: ['harm'], occurredAt: daysAgo(5) }),
        rupture({ id: 'snoozed', occurredAt: daysAgo(5) }),
        rupture({ id: 'shown', occurredAt: daysAgo(2) }),
      ],
      new Map([
        ['snoozed', { shown: 0, snoozedUntil: daysAgo(-1) }],
        ['shown', { shown: 1, snoozedUntil: null }],
      ]),
      NOW,
    );
    expect(due.map((r) => r.id)).toEqual(['old', 'mid']);
  });
});
