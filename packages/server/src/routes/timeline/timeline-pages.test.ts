import type { TimelineItem } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, type Person } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

type Page = { items: TimelineItem[]; nextBefore: string | null };

const idOf = (item: TimelineItem) =>
  item.type === 'rupture' ? item.rupture.id : item.type === 'moment' ? item.moment.id : item.checkin.id;

describe('timeline pages hold everything in order, whichever kind fills them', () => {
  const ctx = useTestContext();

  it('concatenated pages are every item Ana may see, newest first, with ties across kinds, nothing of Ben’s hidden', async () => {
    const { ana, ben, anaId, benId, base } = await anaAndBen(ctx().app);
    const visible: string[] = [];
    const hidden: string[] = [];
    const made = async (who: Person, path: string, body: unknown, key: 'rupture' | 'moment' | 'checkin') => {
      const res = await who.post<Record<string, { id: string }>>(`${base}/${path}`, body);
      expect(res.status).toBe(201);
      return res.body[key]?.id ?? '';
    };
    // Runs of moments with ruptures and check-ins among them; the clock moves only now and then,
    // so many items of different kinds share a millisecond.
    for (let i = 0; i < 40; i++) {
      if (i % 3 === 0) ctx().clock.advance(1_000);
      visible.push(await made(i % 2 ? ben : ana, 'moments', { kind: 'joy', visibility: 'shared' }, 'moment'));
      if (i % 7 === 0) {
        const body = { size: 'tiny', kinds: ['missed_bid'], involved: [benId], visibility: 'shared' };
        visible.push(await made(ana, 'ruptures', body, 'rupture'));
      }
      if (i % 9 === 0) visible.push(await made(ana, 'checkins', { state: 'connected', intensity: 2 }, 'checkin'));
      if (i % 5 === 0) {
        hidden.push(await made(ben, 'moments', { kind: 'joy', visibility: 'private', note: 'BEN-ONLY' }, 'moment'));
        hidden.push(await made(ben, 'checkins', { state: 'activated', intensity: 9 }, 'checkin'));
        const mine = { size: 'tiny', kinds: ['missed_bid'], involved: [anaId], visibility: 'private' };
        hidden.push(await made(ben, 'ruptures', mine, 'rupture'));
      }
    }
    for (const limit of [1, 4, 7, 30]) {
      const seen: TimelineItem[] = [];
      let cursor: string | null = null;
      for (let n = 0; n < 200; n++) {
        const res: { status: number; body: Page } = await ana.get(
          `${base}/timeline?limit=${limit}${cursor ? `&before=${cursor}` : ''}`,
        );
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(limit);
        seen.push(...res.body.items);
        cursor = res.body.nextBefore;
        if (!cursor) break;
      }
      // Ids are UUIDv7 from one clock, so creation order is id order: newest first is descending ids.
      expect(seen.map(idOf), `limit ${limit}`).toEqual([...visible].reverse());
      const text = JSON.stringify(seen);
      for (const id of hidden) expect(text).not.toContain(id);
      expect(text).not.toContain('BEN-ONLY');
    }
  });
});
