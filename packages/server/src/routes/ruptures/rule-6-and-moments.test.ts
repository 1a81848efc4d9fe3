import type { RuptureDetailView, TimelineItem } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

describe('rule 6 on the server, and private moments on the timeline', () => {
  const ctx = useTestContext();

  it('a member whose latest check-in says flooded cannot take a one-minute break; twenty minutes is taken', async () => {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    const made = await ana.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
      size: 'medium',
      kinds: ['yelling'],
      involved: [benId],
      visibility: 'shared',
    });
    const path = `${base}/ruptures/${made.body.rupture.id}`;
    await ben.post(`${base}/checkins`, { state: 'shut_down', intensity: 9 });
    const inMinutes = (m: number) => new Date(ctx().clock.now().getTime() + m * 60_000).toISOString();

    const before = await snapshotDatabase(ctx().db);
    const short = await ben.post(`${path}/break`, { returnAt: inMinutes(1) });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { code: 'break_too_short' } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);

    const enough = await ben.post<{ rupture: RuptureDetailView }>(`${path}/break`, { returnAt: inMinutes(20) });
    expect(enough.status).toBe(200);
    expect(enough.body.rupture.pausedUntil).toBe(inMinutes(20));
    // Ana is not flooded: a short pause is hers to choose.
    expect((await ana.post(`${path}/break`, { returnAt: inMinutes(5) })).status).toBe(200);
  });

  it("never shows one member's private positive moment on another's timeline (A2)", async () => {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    await ana.post(`${base}/moments`, {
      kind: 'gratitude',
      visibility: 'private',
      note: 'quietly grateful he made soup',
      about: [benId],
    });
    await ana.post(`${base}/moments`, { kind: 'joy', visibility: 'shared', note: 'the walk by the river' });
    const bens = await ben.get<{ items: TimelineItem[] }>(`${base}/timeline`);
    expect(JSON.stringify(bens.body)).not.toContain('soup');
    expect(bens.body.items.map((i) => (i.type === 'moment' ? i.moment.note : i.type))).toEqual([
      'the walk by the river',
    ]);
    const anas = await ana.get<{ items: TimelineItem[] }>(`${base}/timeline`);
    expect(JSON.stringify(anas.body)).toContain('soup');
  });
});
