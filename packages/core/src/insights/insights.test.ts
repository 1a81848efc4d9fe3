import { describe, expect, it } from 'vitest';
import { aRupture } from '../repair/fixtures';
import type { Attempt, Rupture } from '../repair/types';
import { betaQuantile } from './beta';
import { computeInsights } from './insights';
import type { InsightAttempt, InsightsInput } from './types';

const NOW = new Date('2026-12-06T12:00:00.000Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

function rupture(id: string, daysAgo: number, overrides: Partial<Rupture> = {}): Rupture {
  const occurredAt = ago(daysAgo * DAY);
  return aRupture({ id, occurredAt, createdAt: occurredAt, raisedAt: occurredAt, ...overrides });
}
const repaired = (id: string, daysAgo: number, afterHours: number, overrides: Partial<Rupture> = {}) =>
  rupture(id, daysAgo, { status: 'repaired', repairedAt: later(ago(daysAgo * DAY), afterHours * HOUR), ...overrides });
const letGo = (id: string, daysAgo: number, afterHours: number) =>
  rupture(id, daysAgo, { status: 'let_go', letGoAt: later(ago(daysAgo * DAY), afterHours * HOUR) });

function attempt(id: string, ruptureId: string, at: string, overrides: Partial<Attempt> = {}): InsightAttempt {
  return { id, ruptureId, memberId: 'a', kind: 'apology', whileFlooded: false, createdAt: at, ...overrides };
}

const input = (overrides: Partial<InsightsInput>): InsightsInput => ({
  viewerId: 'a',
  ruptures: [],
  moments: [],
  attempts: [],
  now: NOW,
  window: 'all',
  ...overrides,
});

describe('computeInsights', () => {
  it('says "not enough yet" for everything but the wall in an empty space', () => {
    const insights = computeInsights(input({}));
    expect(insights.balance).toEqual({
      positives: 0,
      ruptures: 0,
      ratio: null,
      weightedRatio: null,
      restsOn: 0,
      enough: false,
    });
    expect(insights.repair).toMatchObject({ total: 0, rate: null, medianHoursToRepair: null, enough: false });
    expect(insights.repairedWithin).toEqual([]);
    expect(insights.quietWall).toMatchObject({ count: 0, oldestDays: null, enough: true });
    expect(insights.confidence).toMatchObject({
      mean: 0.5,
      low: expect.closeTo(0.1, 12),
      high: expect.closeTo(0.9, 12),
      n: 0,
    });
    expect(insights.confidence.enough).toBe(false);
  });

  it('weighs balance plainly and by size, per window, with the guide as data', () => {
    const ruptures = [rupture('r1', 2, { size: 'tiny' }), rupture('r2', 20, { size: 'big' }), rupture('r3', 60)];
    const moments = [1, 3, 5, 10, 25, 40, 80, 200].map((d, i) => ({ id: `m${i}`, createdAt: ago(d * DAY) }));
    const insights = computeInsights(input({ ruptures, moments, window: '30d' }));
    expect(insights.balance).toMatchObject({ positives: 5, ruptures: 2, ratio: 2.5, weightedRatio: 5 / 9 });
    expect(insights.balanceByWindow['7d']).toMatchObject({ positives: 3, ruptures: 1, ratio: 3, weightedRatio: 3 });
    expect(insights.balanceByWindow.all).toMatchObject({ positives: 8, ruptures: 3, weightedRatio: 8 / 11 });
    expect(insights.balanceGuide).toMatchObject({ ratio: 5, status: 'guide' });
    expect(insights.balanceGuide.measured).toContain('73 couples');
  });

  it('counts repair with let-go apart, and reads the median from the incidence curve', () => {
    const ruptures = [
      repaired('r1', 30, 2),
      repaired('r2', 30, 10),
      repaired('r3', 30, 30),
      letGo('r4', 30, 5),
      rupture('r5', 1), // open 24 h: censored at now
      rupture('harm', 30, { kinds: ['harm'], visibility: 'private' }), // never counted
    ];
    const { repair, repairedWithin } = computeInsights(input({ ruptures }));
    expect(repair).toMatchObject({ total: 5, repaired: 3, letGo: 1, open: 1, rate: 3 / 4, enough: true });
    // Incidence of repair: 1/5 at 2 h; let go at 5 h; 4/5 · 1/4 · … : 0.2, 0.2 + 0.6·(1/3) = 0.4 at 10 h;
    // the open one leaves at 24 h; 0.4 + 0.4 = 0.8 at 30 h. Half reached at 30 h.
    expect(repair.medianHoursToRepair).toBe(30);
    expect(repair.quartileHours).toEqual([10, 30]);
    expect(repairedWithin.map((p) => [p.hours, Number(p.share.toFixed(6)), p.letGo, p.atRisk])).toEqual([
      [1, 0, 0, 5],
      [2, 0.2, 0, 4],
      [4, 0.2, 0, 4],
      [8, 0.2, 0.2, 3],
      [12, 0.4, 0.2, 2],
      [24, 0.4, 0.2, 1],
    ]);
  });

  it('shows time to repair by size and month by month (known outcomes only)', () => {
    const ruptures = [
      repaired('a1', 40, 24, { size: 'tiny' }),
      repaired('a2', 38, 24 * 9, { size: 'big' }), // repaired, but after 7 days
      rupture('a3', 35, { size: 'big' }), // open for 35 days: a known "no"
      repaired('b1', 3, 1, { size: 'tiny' }), // repaired within 7 days already: known
      rupture('b2', 2, { size: 'tiny' }), // open 2 days: not yet known
    ];
    const insights = computeInsights(input({ ruptures }));
    expect(insights.repairBySize.tiny).toMatchObject({ total: 3, repaired: 2, open: 1 });
    // Half the big ones repaired at 216 h, then flat to the end of follow-up (840 h): R's midpoint, 528 h.
    expect(insights.repairBySize.big).toMatchObject({ total: 2, repaired: 1, open: 1, medianHoursToRepair: 528 });
    expect(insights.repairByMonth).toEqual({
      withinDays: 7,
      months: [
        { month: '2026-10', known: 2, repairedWithin: 1, share: 0.5 },
        { month: '2026-11', known: 1, repairedWithin: 0, share: 0 },
        { month: '2026-12', known: 1, repairedWithin: 1, share: 1 },
      ],
    });
  });

  it('builds the quiet wall from what is still open after 3 days, whatever the window', () => {
    const ruptures = [
      rupture('young', 2),
      rupture('w4', 4, { size: 'tiny' }),
      rupture('w10', 10, { size: 'small', status: 'recognized' }),
      rupture('w40', 40, { size: 'medium', status: 'noted', visibility: 'private' }),
      rupture('w400', 400, { size: 'tiny' }),
      repaired('done', 50, 3),
      letGo('gone', 50, 3),
      rupture('harm', 50, { kinds: ['harm'], visibility: 'private' }),
    ];
    const wall = computeInsights(input({ ruptures, window: '7d' })).quietWall;
    expect(wall).toMatchObject({ count: 4, oldestDays: 400, bySize: { tiny: 2, small: 1, medium: 1, big: 0 } });
    expect(wall.byAge.map((b) => [b.band, b.count, b.items.map((item) => item.id)])).toEqual([
      ['3-7d', 1, ['w4']],
      ['1-4w', 1, ['w10']],
      ['1-6m', 1, ['w40']],
      ['older', 1, ['w400']],
    ]);
  });

  it('finds topics and linked chains that come back, with the repairs that did not hold', () => {
    const ruptures = [
      repaired('t1', 30, 5, { topic: 'money', repairHeld: false }),
      repaired('t2', 20, 5, { topic: 'Money ', linkedToId: 't1', repairHeld: false }),
      rupture('t3', 10, { topic: 'money', linkedToId: 't2' }),
      rupture('t4', 9, { topic: 'dishes' }),
      rupture('t5', 8, { linkedToId: 'hidden-from-me' }), // a link out of view is cut
      rupture('t6', 7, { topic: 'money', kinds: ['harm'], visibility: 'private' }),
    ];
    const { themes, chains } = computeInsights(input({ ruptures }));
    expect(themes).toEqual([{ topic: 'money', count: 3, didNotHold: 2, ruptureIds: ['t1', 't2', 't3'] }]);
    expect(chains).toEqual([{ ruptureIds: ['t1', 't2', 't3'], count: 3, didNotHold: 2, topic: 'money' }]);
  });

  it('orders themes by count, then recency, and links only the latest of each', () => {
    const ruptures = [
      ...Array.from({ length: 25 }, (_, i) => rupture(`m${String(i).padStart(2, '0')}`, 60 - i, { topic: 'money' })),
      rupture('d1', 30, { topic: 'dishes' }),
      rupture('d2', 2, { topic: 'dishes' }),
      rupture('s1', 20, { topic: 'sleep' }),
      rupture('s2', 5, { topic: 'sleep' }),
      rupture('once', 1, { topic: 'once' }),
    ];
    const { themes, repairByMonth } = computeInsights(input({ ruptures }));
    expect(themes.map((t) => [t.topic, t.count])).toEqual([
      ['money', 25],
      ['dishes', 2],
      ['sleep', 2],
    ]);
    expect(themes[0]?.ruptureIds).toEqual(Array.from({ length: 20 }, (_, i) => `m${String(i + 5).padStart(2, '0')}`));
    // December so far: d2 and once are open and younger than 7 days, so nothing is known yet.
    expect(repairByMonth.months.at(-1)).toEqual({ month: '2026-12', known: 0, repairedWithin: 0, share: null });
  });

  it('compares the viewer’s own flooded and regulated attempts by repair within 48 h', () => {
    const ruptures = [repaired('r1', 10, 30), repaired('r2', 10, 100), rupture('r3', 10)];
    const start = (id: string) => ruptures.find((r) => r.id === id)?.occurredAt ?? '';
    const attempts = [
      attempt('x1', 'r1', start('r1'), { whileFlooded: true }), // repaired 30 h later: success
      attempt('x2', 'r2', start('r2'), { whileFlooded: true }), // 100 h later: not within 48 h
      attempt('x3', 'r2', later(start('r2'), 60 * HOUR)), // 40 h later: success
      attempt('x4', 'r3', start('r3')), // never repaired
      attempt('x5', 'r1', start('r1'), { kind: 'break', whileFlooded: true }), // a pause, not an attempt
      attempt('x6', 'r1', start('r1'), { memberId: 'b', whileFlooded: true }), // theirs: the flag is not mine to see
    ];
    const { regulation } = computeInsights(input({ ruptures, attempts }));
    expect(regulation).toEqual({
      floodedAttempts: 2,
      floodedSuccess: 1,
      regulatedAttempts: 2,
      regulatedSuccess: 1,
      restsOn: 4,
      enough: true,
    });
  });

  it('updates a Beta(1, 1) prior with fading "repaired within 7 days" outcomes', () => {
    const ruptures = [
      repaired('yes', 30, 24), // a yes, weight 2^(−30/90)
      letGo('no', 10, 24), // a no, weight 2^(−10/90)
      rupture('young', 3), // fewer than 7 days of follow-up: neither
      repaired('late', 20, 24 * 8), // repaired after 8 days: a no, weight 2^(−20/90)
    ];
    const { confidence } = computeInsights(input({ ruptures }));
    const a = 1 + 2 ** (-30 / 90);
    const b = 1 + 2 ** (-10 / 90) + 2 ** (-20 / 90);
    expect(confidence.n).toBe(3);
    expect(confidence.mean).toBeCloseTo(a / (a + b), 12);
    expect(confidence.low).toBeCloseTo(betaQuantile(0.1, a, b), 12);
    expect(confidence.high).toBeCloseTo(betaQuantile(0.9, a, b), 12);
    // The trend: the start of December ("yes" 24.5 days old then, "late" 14.5; "no" not yet known), then now.
    expect(confidence.trend.map((p) => [p.at, p.n])).toEqual([
      ['2026-12-01T00:00:00.000Z', 2],
      [NOW.toISOString(), 3],
    ]);
    const [yes, late] = [2 ** (-24.5 / 90), 2 ** (-14.5 / 90)];
    expect(confidence.trend[0]?.mean).toBeCloseTo((1 + yes) / (2 + yes + late), 12);
  });
});
