import { LIMITS, type MemberView, type SpaceView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { createSpace, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

describe('a space holds a bounded number of members (SECURITY.md R6)', () => {
  const ctx = useTestContext();

  it(`refuses the member after ${LIMITS.membersPerSpace}, by adding or by invite, and changes nothing`, async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const ben = await signUp(ctx().app, { displayName: 'Ben' });
    const space = await createSpace(ana);
    const base = `/api/spaces/${space.id}`;
    const invite = await ana.post<{ token: string }>(`${base}/invites`);
    expect(invite.status).toBe(201);
    let last: MemberView | undefined;
    for (let i = 1; i < LIMITS.membersPerSpace; i++) {
      const res = await ana.post<{ member: MemberView }>(`${base}/members`, { displayName: `Kid ${i}` });
      expect(res.status).toBe(201);
      last = res.body.member;
    }
    const full = await ana.get<{ space: SpaceView }>(base);
    expect(full.body.space.members).toHaveLength(LIMITS.membersPerSpace);

    const before = await snapshotDatabase(ctx().db);
    const added = await ana.post(`${base}/members`, { displayName: 'One more' });
    expect(added.status).toBe(409);
    expect(added.body).toMatchObject({ error: { code: 'space_full' } });
    const joined = await ben.post(`/api/invites/${invite.body.token}/accept`);
    expect(joined.status).toBe(409);
    expect(joined.body).toMatchObject({ error: { code: 'space_full' } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);

    // Room again once someone goes; the same link, still unused, now works.
    expect((await ana.delete(`${base}/members/${last?.id}`)).status).toBe(204);
    expect((await ben.post(`/api/invites/${invite.body.token}/accept`)).status).toBe(200);
  });

  it('lets only one of several people join at once into the last place, by adding or by invite', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const space = await createSpace(ana);
    const base = `/api/spaces/${space.id}`;
    const joiners = await Promise.all([1, 2, 3, 4].map((i) => signUp(ctx().app, { displayName: `Joiner ${i}` })));
    const tokens: string[] = [];
    for (const _ of joiners) tokens.push((await ana.post<{ token: string }>(`${base}/invites`)).body.token);
    for (let i = 1; i < LIMITS.membersPerSpace - 1; i++) {
      expect((await ana.post(`${base}/members`, { displayName: `Kid ${i}` })).status).toBe(201);
    }
    // One place left; four adds and four invites race for it.
    const answers = await Promise.all([
      ...[1, 2, 3, 4].map((i) => ana.post(`${base}/members`, { displayName: `Racer ${i}` })),
      ...joiners.map((joiner, i) => joiner.post(`/api/invites/${tokens[i]}/accept`)),
    ]);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 409)).toHaveLength(answers.length - 1);
    expect(statuses.filter((s) => s === 200 || s === 201)).toHaveLength(1);
    const full = await ana.get<{ space: SpaceView }>(base);
    expect(full.body.space.members).toHaveLength(LIMITS.membersPerSpace);
  });
});
