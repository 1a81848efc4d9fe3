import { INSIGHT_WINDOWS, type InsightWindow, type RuptureDetailView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { newId } from '../../ports/ids';
import { anaAndBen, type Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { QUIET_WALL_IDS_SHOWN } from './presenter';
import type { InsightsView } from './schema';

const DAY = 86_400_000;
type Answer = { insights: InsightsView };

describe('insights count what the viewer may see, and nothing else (SECURITY.md A2, A4)', () => {
  const ctx = useTestContext();

  const daysAgo = (days: number) => new Date(ctx().clock.now().getTime() - days * DAY).toISOString();

  async function log(who: Person, base: string, body: Record<string, unknown>): Promise<string> {
    const res = await who.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, { size: 'small', ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.rupture.id;
  }

  async function insights(who: Person, base: string, window: InsightWindow = '30d') {
    const res = await who.get<Answer>(`${base}/insights?window=${window}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.insights;
  }

  /** Every window's whole answer, as the bytes the person receives. */
  async function everyWindow(who: Person, base: string): Promise<string[]> {
    const texts: string[] = [];
    for (const window of INSIGHT_WINDOWS) texts.push(JSON.stringify(await insights(who, base, window)));
    return texts;
  }

  /** A shared history both see: one repaired rupture, one left open (on the quiet wall), moments both ways. */
  async function sharedHistory(people: Awaited<ReturnType<typeof anaAndBen>>) {
    const { ana, ben, anaId, benId, base } = people;
    const repaired = await log(ana, base, {
      kinds: ['criticism'],
      involved: [benId],
      visibility: 'shared',
      topic: 'Chores',
      occurredAt: daysAgo(10),
    });
    const path = `${base}/ruptures/${repaired}`;
    expect((await ben.post(`${path}/attempts`, { kind: 'own_my_part' })).status).toBe(201);
    expect((await ana.post(`${path}/responses`, { feel: 'repaired' })).status).toBe(201);
    expect((await ben.post(`${path}/responses`, { feel: 'repaired' })).status).toBe(201);
    const open = await log(ben, base, {
      kinds: ['missed_bid'],
      involved: [anaId],
      visibility: 'shared',
      topic: 'Chores',
      occurredAt: daysAgo(5),
    });
    for (const who of [ana, ben]) {
      expect((await who.post(`${base}/moments`, { kind: 'joy', visibility: 'shared' })).status).toBe(201);
    }
    return { repaired, open };
  }

  it("Ben's insights are byte for byte the same after Ana logs private and harm ruptures and a private moment", async () => {
    const people = await anaAndBen(ctx().app);
    const { ana, ben, benId, base } = people;
    const { open } = await sharedHistory(people);
    const bensBefore = await everyWindow(ben, base);
    const anasBefore = await insights(ana, base, 'all');

    // Old enough for the quiet wall, on the shared topic, involving Ben: each would show if it leaked.
    const hidden = [
      await log(ana, base, {
        kinds: ['criticism'],
        involved: [benId],
        visibility: 'private',
        topic: 'Chores',
        occurredAt: daysAgo(20),
      }),
      await log(ana, base, {
        size: 'big',
        kinds: ['withdrawal'],
        involved: [benId],
        visibility: 'private',
        topic: 'Chores',
        occurredAt: daysAgo(4),
      }),
      await log(ana, base, {
        kinds: ['harm'],
        involved: [benId],
        visibility: 'shared',
        topic: 'Chores',
        occurredAt: daysAgo(6),
      }),
    ];
    const moment = await ana.post<{ moment: { id: string } }>(`${base}/moments`, {
      kind: 'gratitude',
      visibility: 'private',
      note: 'ANA-PRIVATE-NOTE',
    });
    expect(moment.status).toBe(201);
    hidden.push(moment.body.moment.id);

    const bensAfter = await everyWindow(ben, base);
    expect(bensAfter).toEqual(bensBefore);
    for (const text of bensAfter) {
      for (const id of hidden) expect(text).not.toContain(id);
      expect(text).not.toContain('ANA-PRIVATE-NOTE');
    }
    // Ben's answer is not empty: the shared open rupture is on his wall.
    expect(bensAfter.join('')).toContain(open);

    // Ana's own private ruptures and moment count in her view; the harm rupture counts nowhere.
    const anasAfter = await insights(ana, base, 'all');
    expect(anasAfter.balance.ruptures).toBe(anasBefore.balance.ruptures + 2);
    expect(anasAfter.balance.positives).toBe(anasBefore.balance.positives + 1);
    expect(anasAfter.quietWall.count).toBe(anasBefore.quietWall.count + 2);
    // Month by month too (Ben's bytes above already hold every month): her two private ones, one big.
    const sum = (a: Answer['insights'], key: 'ruptures' | 'weighted' | 'positives') =>
      a.balanceByMonth.reduce((n, m) => n + m[key], 0);
    expect(sum(anasAfter, 'ruptures')).toBe(sum(anasBefore, 'ruptures') + 2);
    expect(sum(anasAfter, 'weighted')).toBe(sum(anasBefore, 'weighted') + 2 + 8);
    expect(sum(anasAfter, 'positives')).toBe(sum(anasBefore, 'positives') + 1);
    const anasWall = anasAfter.quietWall.byAge.flatMap((band) => band.items.map((item) => item.id));
    expect(anasWall).toEqual(expect.arrayContaining([hidden[0], hidden[1], open]));
    expect(JSON.stringify(anasAfter)).not.toContain(hidden[2]);
  });

  it('a shared rupture, its repair and shared moments count for both members alike', async () => {
    const people = await anaAndBen(ctx().app);
    const { ana, ben, base } = people;
    const { open } = await sharedHistory(people);
    for (const who of [ana, ben]) {
      const seen = await insights(who, base);
      expect(seen.window).toBe('30d');
      expect(seen.balance).toMatchObject({ positives: 2, ruptures: 2, ratio: 1 });
      expect(seen.repair).toMatchObject({ total: 2, repaired: 1, letGo: 0, open: 1, rate: 0.5 });
      expect(seen.quietWall.count).toBe(1);
      expect(seen.quietWall.bySize).toEqual({ tiny: 0, small: 1, medium: 0, big: 0 });
      expect(seen.quietWall.oldestDays).toBe(5);
      expect(seen.quietWall.byAge.flatMap((band) => band.items.map((item) => item.id))).toEqual([open]);
      // Month by month, from the month of the first rupture to this one, adding up to the window's balance.
      const months = seen.balanceByMonth;
      expect(months[0]?.month).toBe(daysAgo(10).slice(0, 7));
      expect(months.at(-1)?.month).toBe(ctx().clock.now().toISOString().slice(0, 7));
      expect(months.reduce((n, m) => n + m.positives, 0)).toBe(2);
      expect(months.reduce((n, m) => n + m.ruptures, 0)).toBe(2);
      expect(months.reduce((n, m) => n + m.weighted, 0)).toBe(4);
    }
    // Only Ben made an attempt, and regulation counts only the viewer's own.
    expect((await insights(ben, base)).regulation).toMatchObject({ regulatedAttempts: 1, regulatedSuccess: 1 });
    expect((await insights(ana, base)).regulation).toMatchObject({ floodedAttempts: 0, regulatedAttempts: 0 });
  });

  it('my attempt on a rupture its author then marks as harm no longer counts in my view, nor names it', async () => {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    const id = await log(ana, base, { kinds: ['yelling'], involved: [benId], visibility: 'shared' });
    expect((await ben.post(`${base}/ruptures/${id}/attempts`, { kind: 'apology' })).status).toBe(201);
    expect((await insights(ben, base)).regulation).toMatchObject({ regulatedAttempts: 1, restsOn: 1 });
    expect((await ana.post(`${base}/ruptures/${id}/harm`)).status).toBe(200);
    const after = await insights(ben, base);
    expect(after.regulation).toMatchObject({ floodedAttempts: 0, regulatedAttempts: 0, restsOn: 0 });
    expect(JSON.stringify(after)).not.toContain(id);
  });

  it(`sends at most ${QUIET_WALL_IDS_SHOWN} ids per quiet-wall band, the oldest, and counts them all`, async () => {
    const { ana, base } = await anaAndBen(ctx().app);
    const first = await log(ana, base, { kinds: ['missed_bid'], involved: [], visibility: 'private' });
    const db = ctx().db;
    const template = await db.selectFrom('rupture').selectAll().where('id', '=', first).executeTakeFirstOrThrow();
    await db.deleteFrom('rupture').where('id', '=', first).execute();
    const ids = Array.from({ length: QUIET_WALL_IDS_SHOWN + 11 }, () => newId());
    const rows = ids.map((id, i) => ({ ...template, id, occurred_at: daysAgo(20 - i / 100) }));
    await db.insertInto('rupture').values(rows).execute();
    const wall = (await insights(ana, base)).quietWall;
    expect(wall.count).toBe(ids.length);
    expect(wall.byAge.find((band) => band.band === '1-4w')?.items.map((item) => item.id)).toEqual(
      ids.slice(0, QUIET_WALL_IDS_SHOWN),
    );
  });

  it('a former member and an outsider get 404; a window outside the list or an unknown field gets 400', async () => {
    const { ana, ben, base } = await anaAndBen(ctx().app);
    const outsider = await signUp(ctx().app);
    expect((await outsider.get(`${base}/insights`)).status).toBe(404);
    expect((await ben.post(`${base}/leave`, {})).status).toBe(204);
    expect((await ben.get(`${base}/insights`)).status).toBe(404);
    for (const query of ['window=1y', 'window=', 'window=30D', 'window=30d&limit=5', 'days=30']) {
      const res = await ana.get<{ error: { code: string } }>(`${base}/insights?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await ana.get(`${base}/insights`)).status).toBe(200);
  });
});
