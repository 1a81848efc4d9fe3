import type { MonthOfBalance, MonthOfRepair } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { NOT_ENOUGH } from './insights-words';
import { monthBalanceSentence, monthName, monthRepairSentence, monthTick } from './month-words';

const balance = (month: string, positives: number, ruptures: number): MonthOfBalance => ({
  month,
  positives,
  ruptures,
  weighted: ruptures * 2,
  ratio: ruptures > 0 ? positives / ruptures : null,
  weightedRatio: ruptures > 0 ? positives / (ruptures * 2) : null,
  restsOn: positives + ruptures,
  enough: positives + ruptures >= 5,
});
const repair = (month: string, known: number, repairedWithin: number): MonthOfRepair => ({
  month,
  known,
  repairedWithin,
  share: known > 0 ? repairedWithin / known : null,
});

describe('month-by-month words', () => {
  it('names months in full for sentences and tables, short on an axis with the year on January', () => {
    expect(monthName('2026-11')).toBe('November 2026');
    expect(monthTick('2026-11')).toBe('Nov');
    expect(monthTick('2027-01')).toBe('Jan 27');
  });

  it('says the latest month with enough moments, "so far" for this one, and not enough otherwise', () => {
    const months = [balance('2026-10', 6, 2), balance('2026-11', 4, 1), balance('2026-12', 1, 0)];
    expect(monthBalanceSentence(months, '2026-12')).toBe('In November 2026: 4 good moments and 1 rupture.');
    expect(monthBalanceSentence(months, '2026-11')).toBe('In November 2026 so far: 4 good moments and 1 rupture.');
    expect(monthBalanceSentence([balance('2026-12', 5, 0)], '2027-01')).toBe(
      'In December 2026: 5 good moments and no ruptures.',
    );
    expect(monthBalanceSentence([balance('2026-12', 1, 1)], '2026-12')).toBe(NOT_ENOUGH);
  });

  it('says how many of a month were repaired within the week, only from enough known outcomes', () => {
    expect(monthRepairSentence([repair('2026-10', 8, 6), repair('2026-11', 2, 2)], 7)).toBe(
      'Of the ruptures of October 2026, 6 of 8 were repaired within a week.',
    );
    expect(monthRepairSentence([repair('2026-10', 5, 1)], 7)).toBe(
      'Of the ruptures of October 2026, 1 of 5 was repaired within a week.',
    );
    expect(monthRepairSentence([repair('2026-11', 4, 4), repair('2026-12', 0, 0)], 7)).toBe(NOT_ENOUGH);
  });
});
