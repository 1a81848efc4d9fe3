import type { SpaceView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { createSpace, joinSpace, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { expectBadPagesRefused, walkPages } from '../../testing/pages';

describe('my spaces, one bounded page at a time (SECURITY.md R6)', () => {
  const ctx = useTestContext();

  it('pages through every space I am in, newest first, and never one I left or was never in', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const ben = await signUp(ctx().app, { displayName: 'Ben' });
    const mine: SpaceView[] = [];
    // The clock stands still: every space has the same creation time, so only the id orders them.
    for (let i = 0; i < 23; i++) mine.push(await createSpace(ana, { name: `Ana ${i}` }));
    const bens = await createSpace(ben, { name: 'BEN-ONLY' });
    const left = await createSpace(ana, { name: 'LEFT-BEHIND' });
    await joinSpace(ana, ben, left.id);
    expect((await ana.post(`/api/spaces/${left.id}/leave`)).status).toBe(204);
    ctx().clock.advance(60_000);
    const shared = await createSpace(ben, { name: 'Shared' });
    await joinSpace(ben, ana, shared.id);

    const walk = await walkPages<SpaceView>(ana, { path: '/api/spaces', key: 'spaces', limit: 4 });
    const ids = walk.items.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([shared.id, ...mine.map((s) => s.id).reverse()]);
    expect(walk.sizes).toEqual([4, 4, 4, 4, 4, 4]);
    const text = JSON.stringify(walk.items);
    for (const hidden of [bens.id, left.id, 'BEN-ONLY', 'LEFT-BEHIND']) expect(text).not.toContain(hidden);

    const first = await ana.get<{ spaces: SpaceView[]; next: string | null }>('/api/spaces');
    expect(first.body.spaces).toHaveLength(24);
    expect(first.body.next).toBeNull();
    await expectBadPagesRefused(ctx().db, ana, '/api/spaces');
  });
});
