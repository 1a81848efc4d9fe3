import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUPTURE_SIZES } from '../identifiers';
import { aRupture } from '../repair/fixtures';
import { balanceByWindow } from './balance';
import { balanceByMonth } from './balance-by-month';
import { computeInsights } from './insights';
import { quietWallSummary } from './quiet-wall-summary';
import { INSIGHT_WINDOWS } from './types';

const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-12-06T12:00:00.000Z');

describe('balanceByMonth', () => {
  it('counts each month by hand, weighs ruptures by size, and lists a quiet month between as zeros', () => {
    const positives = [at('2026-09-03T10:00:00.000Z'), at('2026-09-30T23:59:59.999Z'), at('2026-11-01T00:00:00.000Z')];
    const ruptures = [
      { size: 'small' as const, occurredMs: at('2026-09-10T08:00:00.000Z') },
      { size: 'big' as const, occurredMs: at('2026-11-20T08:00:00.000Z') },
      { size: 'tiny' as const, occurredMs: at('2026-11-21T08:00:00.000Z') },
    ];
    expect(balanceByMonth(positives, ruptures, Number.NEGATIVE_INFINITY, NOW)).toEqual([
      {
        month: '2026-09',
        positives: 2,
        ruptures: 1,
        weighted: 2,
        ratio: 2,
        weightedRatio: 1,
        restsOn: 3,
        enough: false,
      },
      {
        month: '2026-10',
        positives: 0,
        ruptures: 0,
        weighted: 0,
        ratio: null,
        weightedRatio: null,
        restsOn: 0,
        enough: false,
      },
      {
        month: '2026-11',
        positives: 1,
        ruptures: 2,
        weighted: 9,
        ratio: 0.5,
        weightedRatio: 1 / 9,
        restsOn: 3,
        enough: false,
      },
    ]);
  });

  it('keeps to the window and to what has happened by now; says enough from five moments', () => {
    const inside = at('2026-12-01T00:00:00.000Z');
    const positives = [at('2026-11-30T23:59:59.999Z'), inside, inside, inside, NOW + 1];
    const ruptures = [
      { size: 'medium' as const, occurredMs: inside },
      { size: 'tiny' as const, occurredMs: NOW },
    ];
    const months = balanceByMonth(positives, ruptures, inside, NOW);
    expect(months).toEqual([
      {
        month: '2026-12',
        positives: 3,
        ruptures: 2,
        weighted: 5,
        ratio: 1.5,
        weightedRatio: 0.6,
        restsOn: 5,
        enough: true,
      },
    ]);
    expect(balanceByMonth([], [], Number.NEGATIVE_INFINITY, NOW)).toEqual([]);
  });

  it('adds up, over its months, to the balance of the same window (any times, sizes and window)', () => {
    const time = fc.integer({ min: NOW - 400 * 86_400_000, max: NOW + 86_400_000 });
    fc.assert(
      fc.property(
        fc.array(time, { maxLength: 40 }),
        fc.array(fc.record({ size: fc.constantFrom(...RUPTURE_SIZES), occurredMs: time }), { maxLength: 40 }),
        fc.constantFrom(...INSIGHT_WINDOWS),
        (positives, ruptures, window) => {
          const now = new Date(NOW);
          const whole = balanceByWindow(positives, ruptures, now)[window];
          const from = window === 'all' ? Number.NEGATIVE_INFINITY : NOW - Number.parseInt(window, 10) * 86_400_000;
          const months = balanceByMonth(positives, ruptures, from, NOW);
          expect(months.reduce((n, m) => n + m.positives, 0)).toBe(whole.positives);
          expect(months.reduce((n, m) => n + m.ruptures, 0)).toBe(whole.ruptures);
          // In order, one row a month, none skipped.
          for (let i = 1; i < months.length; i++)
            expect((months[i]?.month ?? '') > (months[i - 1]?.month ?? '')).toBe(true);
        },
      ),
    );
  });

  it('is in the insights answer, within the window, with harm left out', () => {
    const r = (id: string, occurredAt: string, kinds: ('missed_bid' | 'harm')[] = ['missed_bid']) =>
      aRupture({ id, occurredAt, createdAt: occurredAt, raisedAt: occurredAt, kinds });
    const insights = computeInsights({
      viewerId: 'a',
      ruptures: [
        r('r1', '2026-10-02T10:00:00.000Z'),
        r('r2', '2026-11-28T10:00:00.000Z'),
        r('r3', '2026-11-29T10:00:00.000Z', ['harm']),
      ],
      moments: [{ createdAt: '2026-11-30T10:00:00.000Z' }],
      attempts: [],
      now: new Date(NOW),
      window: '30d',
    });
    expect(insights.balanceByMonth.map((m) => [m.month, m.positives, m.ruptures])).toEqual([['2026-11', 1, 1]]);
  });
});

describe('quietWallSummary', () => {
  it('adds the groups by size and tells the oldest in whole days; an empty wall has no oldest', () => {
    const now = new Date(NOW);
    expect(
      quietWallSummary(
        [
          { size: 'small', count: 2, oldestAt: '2026-11-01T13:00:00.000Z' },
          { size: 'big', count: 1, oldestAt: '2026-12-01T12:00:00.000Z' },
        ],
        now,
      ),
    ).toEqual({ count: 3, bySize: { tiny: 0, small: 2, medium: 0, big: 1 }, oldestDays: 34 });
    expect(quietWallSummary([], now)).toEqual({
      count: 0,
      bySize: { tiny: 0, small: 0, medium: 0, big: 0 },
      oldestDays: null,
    });
  });
});
