import type { RuptureDetailView, RuptureView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, createSpace, type Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { expectBadPagesRefused, walkPages } from '../../testing/pages';

type Made = { id: string; occurredAt: string; status: string };

/** Newest first by (occurredAt, id), the order every page of the list keeps. */
const newestFirst = (a: Made, b: Made) => b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id);

/** Three instants shared by many ruptures each, so page boundaries fall inside ties of the sort key. */
const INSTANTS = ['2026-01-01T08:00:00.000Z', '2026-01-02T08:00:00.000Z', '2026-01-03T08:00:00.000Z'];

describe('the rupture list, one bounded page at a time (SECURITY.md R6)', () => {
  const ctx = useTestContext();

  async function log(person: Person, base: string, i: number, body: Record<string, unknown>): Promise<Made> {
    const res = await person.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['missed_bid'],
      occurredAt: INSTANTS[i % INSTANTS.length],
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body.rupture;
  }

  /** Ana and Ben, with ruptures Ben may see and ruptures of Ana's he must never see. */
  async function crowdedSpace() {
    const { ana, ben, anaId, benId, base } = await anaAndBen(ctx().app);
    const visible: Made[] = [];
    const hidden: Made[] = [];
    for (let i = 0; i < 12; i++) {
      visible.push(await log(ana, base, i, { involved: [benId], visibility: 'shared', note: `shared ${i}` }));
      hidden.push(await log(ana, base, i, { involved: [benId], visibility: 'private', note: `ANA-PRIVATE-${i}` }));
    }
    for (let i = 0; i < 5; i++) {
      const harm = { kinds: ['harm'], involved: [benId], visibility: 'shared', note: `ANA-HARM-${i}`, topic: 'money' };
      hidden.push(await log(ana, base, i, harm));
      hidden.push(await log(ana, base, i, { involved: [], visibility: 'shared', note: `ANA-UNINVOLVED-${i}` }));
    }
    for (let i = 0; i < 6; i++) {
      visible.push(await log(ben, base, i, { involved: [anaId], visibility: 'shared', note: `ben shared ${i}` }));
    }
    for (let i = 0; i < 4; i++) {
      visible.push(await log(ben, base, i, { involved: [anaId], visibility: 'private', note: `ben private ${i}` }));
    }
    return { ana, ben, base, visible, hidden };
  }

  it('concatenated pages are exactly what Ben may see, newest first, with no duplicates or gaps at ties', async () => {
    const { ben, base, visible, hidden } = await crowdedSpace();
    // Two of Ben's private ones let go, three shared ones repaired: each status has its own walk.
    const benPrivate = visible.slice(-4);
    for (const r of benPrivate.slice(0, 2)) {
      expect((await ben.post(`${base}/ruptures/${r.id}/let-go`)).status).toBe(200);
      r.status = 'let_go';
    }
    const repaired = visible.slice(0, 3);
    await ctx()
      .db.updateTable('rupture')
      .set({ status: 'repaired' })
      .where(
        'id',
        'in',
        repaired.map((r) => r.id),
      )
      .execute();
    for (const r of repaired) r.status = 'repaired';

    const expected = {
      all: visible,
      open: visible.filter((r) => r.status !== 'repaired' && r.status !== 'let_go'),
      repaired,
    };
    for (const [status, want] of Object.entries(expected)) {
      const walk = await walkPages<RuptureView>(ben, {
        path: `${base}/ruptures?status=${status}`,
        key: 'ruptures',
        limit: 5,
      });
      const ids = walk.items.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...want].sort(newestFirst).map((r) => r.id));
      // Every page is full but the last.
      expect(walk.sizes.slice(0, -1).every((n) => n === 5)).toBe(true);
    }

    // Nothing of Ana's hidden ruptures on any page: not an id, not a word.
    const pages = await walkPages<RuptureView>(ben, { path: `${base}/ruptures`, key: 'ruptures', limit: 3 });
    const text = JSON.stringify(pages.items);
    for (const r of hidden) expect(text).not.toContain(r.id);
    for (const secret of ['ANA-PRIVATE', 'ANA-HARM', 'ANA-UNINVOLVED', 'money']) expect(text).not.toContain(secret);
    expect(pages.items).toHaveLength(visible.length);
  });

  it('a last page that is exactly full says there is no next one', async () => {
    const { ben, base, visible } = await crowdedSpace();
    expect(visible.length % 11).toBe(0);
    const walk = await walkPages<RuptureView>(ben, { path: `${base}/ruptures`, key: 'ruptures', limit: 11 });
    expect(walk.sizes).toEqual([11, 11]);
  });

  it('answers 50 by default and at most 100; a limit beyond, or a forged cursor, is a 400 that changes nothing', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const space = await createSpace(ana);
    const base = `/api/spaces/${space.id}`;
    for (let i = 0; i < 101; i++) await log(ana, base, i, { involved: [], visibility: 'private' });

    const first = await ana.get<{ ruptures: RuptureView[]; next: string | null }>(`${base}/ruptures`);
    expect(first.body.ruptures).toHaveLength(50);
    expect(first.body.next).toEqual(expect.any(String));
    const most = await ana.get<{ ruptures: RuptureView[]; next: string | null }>(`${base}/ruptures?limit=100`);
    expect(most.body.ruptures).toHaveLength(100);

    await expectBadPagesRefused(ctx().db, ana, `${base}/ruptures`);
    await expectBadPagesRefused(ctx().db, ana, `${base}/ruptures?status=open`);
  });
});
