import { InsightsState, type MomentView, type RuptureDetailView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, type Person } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { KeptInsights } from './kept';
import type { InsightsView } from './schema';

const DAY = 86_400_000;

describe('kept insights never outlive a change in the space (SECURITY.md A2)', () => {
  const ctx = useTestContext();
  const daysAgo = (days: number) => new Date(ctx().clock.now().getTime() - days * DAY).toISOString();

  async function insights(who: Person, base: string): Promise<InsightsView> {
    const res = await who.get<{ insights: InsightsView }>(`${base}/insights?window=all`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.insights;
  }

  /** What Ben's figures rest on: ruptures counted, good moments counted, ruptures timed. */
  const counted = (i: InsightsView) => ({
    ruptures: i.balance.ruptures,
    positives: i.balance.positives,
    timed: i.repair.total,
    wall: i.quietWall.count,
  });

  it("Ben's figures drop what Ana makes private again, marks as harm, and takes with her when she leaves", async () => {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    const ruptures: string[] = [];
    for (const days of [20, 12, 6]) {
      const res = await ana.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
        size: 'small',
        kinds: ['criticism'],
        involved: [benId],
        visibility: 'shared',
        occurredAt: daysAgo(days),
      });
      expect(res.status).toBe(201);
      ruptures.push(res.body.rupture.id);
    }
    const moments: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await ana.post<{ moment: MomentView }>(`${base}/moments`, { kind: 'joy', visibility: 'shared' });
      expect(res.status).toBe(201);
      moments.push(res.body.moment.id);
    }
    // Twice: the second answer comes from the state kept after the first.
    expect(counted(await insights(ben, base))).toEqual({ ruptures: 3, positives: 2, timed: 3, wall: 3 });
    expect(counted(await insights(ben, base))).toEqual({ ruptures: 3, positives: 2, timed: 3, wall: 3 });

    // A good moment made private again (a rupture's visibility cannot be edited).
    expect((await ana.patch(`${base}/moments/${moments[0]}`, { visibility: 'private' })).status).toBe(200);
    expect(counted(await insights(ben, base))).toEqual({ ruptures: 3, positives: 1, timed: 3, wall: 3 });

    expect((await ana.post(`${base}/ruptures/${ruptures[1]}/harm`)).status).toBe(200);
    const afterHarm = await insights(ben, base);
    expect(counted(afterHarm)).toEqual({ ruptures: 2, positives: 1, timed: 2, wall: 2 });
    expect(JSON.stringify(afterHarm)).not.toContain(ruptures[1]);

    expect((await ana.post(`${base}/leave`, { removeShared: true })).status).toBe(204);
    const afterLeaving = await insights(ben, base);
    expect(counted(afterLeaving)).toEqual({ ruptures: 0, positives: 0, timed: 0, wall: 0 });
    for (const id of ruptures) expect(JSON.stringify(afterLeaving)).not.toContain(id);
  });

  it('my own writes that tell nobody (a private rupture, a private moment) count in my kept figures at once', async () => {
    const { ana, base } = await anaAndBen(ctx().app);
    expect(counted(await insights(ana, base))).toMatchObject({ ruptures: 0, positives: 0 });
    const logged = await ana.post(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['eye_roll'],
      involved: [],
      visibility: 'private',
      occurredAt: daysAgo(1),
    });
    expect(logged.status).toBe(201);
    expect(counted(await insights(ana, base))).toMatchObject({ ruptures: 1, positives: 0 });
    // A private good moment is announced to nobody: the write itself drops the kept state.
    expect((await ana.post(`${base}/moments`, { kind: 'joy', visibility: 'private' })).status).toBe(201);
    expect(counted(await insights(ana, base))).toMatchObject({ ruptures: 1, positives: 1 });
  });
});

describe('KeptInsights', () => {
  const empty = () => InsightsState.from({ viewerId: 'm', ruptures: [], moments: [], attempts: [] });

  it('keeps at most its bound of states, dropping the least recently used', async () => {
    const kept = new KeptInsights({ maxEntries: 2, maxBytes: 1e9 });
    let builds = 0;
    const build = async () => {
      builds++;
      return empty();
    };
    await kept.get('s1', 'a', build);
    await kept.get('s1', 'b', build);
    await kept.get('s1', 'a', build); // used again: b is now the oldest
    await kept.get('s2', 'c', build);
    expect(kept.size().entries).toBe(2);
    expect(builds).toBe(3);
    await kept.get('s1', 'a', build);
    expect(builds, 'a was kept').toBe(3);
    await kept.get('s1', 'b', build);
    expect(builds, 'b was dropped').toBe(4);
  });

  it('keeps no state whose build began before a change, and drops every viewer of the changed space', async () => {
    const kept = new KeptInsights();
    let release = () => {};
    const slow = kept.get('s', 'a', () => new Promise<InsightsState>((resolve) => (release = () => resolve(empty()))));
    kept.spaceChanged('s');
    release();
    await slow;
    expect(kept.size().entries, 'built from before the change: not kept').toBe(0);
    await kept.get('s', 'a', async () => empty());
    await kept.get('s', 'b', async () => empty());
    await kept.get('t', 'c', async () => empty());
    kept.spaceChanged('s');
    expect(kept.size().entries).toBe(1);
  });
});
