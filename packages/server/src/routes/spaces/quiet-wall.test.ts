import type { InsightsResult, QuietWallSummary, RuptureDetailView, SpaceView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, type Person } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

const DAY = 86_400_000;

/**
 * The quiet wall in the space view (issue 9): the home's one line reads it
 * there instead of asking for the whole insights. It must be the viewer's
 * own count — the insights' `quietWall` in brief — and another member's
 * private or harm rupture must never be in it, read by content.
 */
describe('quiet wall in the space view: my count, from what I may see', () => {
  const ctx = useTestContext();
  const daysAgo = (days: number) => new Date(ctx().clock.now().getTime() - days * DAY).toISOString();

  async function log(who: Person, base: string, body: Record<string, unknown>): Promise<string> {
    const res = await who.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['missed_bid'],
      ...body,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.rupture.id;
  }

  /** The wall in the space view and in the spaces list, which must agree. */
  async function wallOf(who: Person, base: string): Promise<QuietWallSummary> {
    const view = (await who.get<{ space: SpaceView }>(base)).body.space;
    const listed = (await who.get<{ spaces: SpaceView[] }>('/api/spaces')).body.spaces;
    expect(listed.find((s) => s.id === view.id)?.quietWall).toEqual(view.quietWall);
    return view.quietWall;
  }

  /** The insights' own quiet wall, in brief, for the same viewer. */
  async function insightsWallOf(who: Person, base: string): Promise<QuietWallSummary> {
    const res = await who.get<{ insights: InsightsResult }>(`${base}/insights?window=7d`);
    expect(res.status).toBe(200);
    const { count, bySize, oldestDays } = res.body.insights.quietWall;
    return { count, bySize, oldestDays };
  }

  it("counts my own private ones and shared ones, never another member's private or harm, as insights do", async () => {
    const { ana, ben, anaId, benId, base } = await anaAndBen(ctx().app);
    // On both walls: shared between them, 5 days old.
    await log(ana, base, { involved: [benId], visibility: 'shared', occurredAt: daysAgo(5) });
    // Ana's alone: her private one (40 days, the oldest of all) and a harm one (never on any wall).
    await log(ana, base, { size: 'big', involved: [benId], visibility: 'private', occurredAt: daysAgo(40) });
    await log(ana, base, { kinds: ['harm'], involved: [benId], visibility: 'shared', occurredAt: daysAgo(30) });
    // Ben's private one, 8 days old, on his wall only.
    await log(ben, base, { size: 'tiny', involved: [anaId], visibility: 'private', occurredAt: daysAgo(8) });
    // Too recent for anyone's wall; and one let go, which has ended.
    await log(ana, base, { involved: [benId], visibility: 'shared', occurredAt: daysAgo(1) });
    const letGo = await log(ana, base, { size: 'tiny', involved: [], visibility: 'private', occurredAt: daysAgo(20) });
    expect((await ana.post(`${base}/ruptures/${letGo}/let-go`)).status).toBe(200);

    const anaWall = await wallOf(ana, base);
    expect(anaWall).toEqual({ count: 2, bySize: { tiny: 0, small: 1, medium: 0, big: 1 }, oldestDays: 40 });
    expect(anaWall).toEqual(await insightsWallOf(ana, base));

    // Ben's count has nothing of Ana's private (big, 40 days) or harm one: by size and by age.
    const benWall = await wallOf(ben, base);
    expect(benWall).toEqual({ count: 2, bySize: { tiny: 1, small: 1, medium: 0, big: 0 }, oldestDays: 8 });
    expect(benWall).toEqual(await insightsWallOf(ben, base));
  });

  it('follows the clock and the repair: a rupture joins the wall after 3 days and leaves it when repaired', async () => {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    const id = await log(ana, base, { involved: [benId], visibility: 'shared', occurredAt: daysAgo(2) });
    expect((await wallOf(ben, base)).count).toBe(0);
    ctx().clock.advance(1.5 * DAY);
    expect(await wallOf(ben, base)).toEqual({
      count: 1,
      bySize: { tiny: 0, small: 1, medium: 0, big: 0 },
      oldestDays: 3,
    });
    expect((await ben.post(`${base}/ruptures/${id}/attempts`, { kind: 'own_my_part' })).status).toBe(201);
    for (const who of [ana, ben]) {
      expect((await who.post(`${base}/ruptures/${id}/responses`, { feel: 'repaired' })).status).toBe(201);
    }
    expect(await wallOf(ana, base)).toEqual({
      count: 0,
      bySize: { tiny: 0, small: 0, medium: 0, big: 0 },
      oldestDays: null,
    });
  });
});
