import type { MemberView, RuptureView, SpaceView, TimelineItem } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, createSpace, joinSpace, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

describe('spaces', () => {
  const ctx = useTestContext();

  it('creates a space with me as its only member and lists it', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const res = await ana.post<{ space: SpaceView }>('/api/spaces', { name: '  Ana & Ben ', kind: 'couple' });
    expect(res.status).toBe(201);
    expect(res.body.space).toMatchObject({ name: 'Ana & Ben', kind: 'couple' });
    expect(res.body.space.members).toEqual([
      { id: expect.any(String), displayName: 'Ana', hasAccount: true, isMe: true },
    ]);
    const list = await ana.get<{ spaces: SpaceView[] }>('/api/spaces');
    expect(list.body.spaces.map((s) => s.id)).toEqual([res.body.space.id]);
    expect((await ana.get(`/api/spaces/${res.body.space.id}`)).body).toEqual({ space: res.body.space });
  });

  it.each([
    [{ name: '', kind: 'couple' }, 'invalid_space_name'],
    [{ name: '   ', kind: 'couple' }, 'invalid_space_name'],
    [{ name: 'x'.repeat(81), kind: 'couple' }, 'invalid_space_name'],
    [{ name: 'Us', kind: 'enemies' }, 'validation_failed'],
    [{ name: 'Us', kind: 'couple', ownerId: 'x' }, 'validation_failed'],
  ])('refuses %j with %s', async (body, code) => {
    const ana = await signUp(ctx().app);
    const res = await ana.post('/api/spaces', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code } });
    expect(await ctx().db.selectFrom('space').selectAll().execute()).toHaveLength(0);
  });

  it('renames a space', async () => {
    const ana = await signUp(ctx().app);
    const space = await createSpace(ana);
    const res = await ana.patch<{ space: SpaceView }>(`/api/spaces/${space.id}`, { name: 'Home' });
    expect(res.body.space.name).toBe('Home');
  });

  it('adds, renames and removes a member without an account', async () => {
    const dad = await signUp(ctx().app, { displayName: 'Dad' });
    const space = await createSpace(dad, { name: 'Dad & Mia', kind: 'parent_child' });
    const added = await dad.post<{ member: MemberView }>(`/api/spaces/${space.id}/members`, { displayName: ' Mia ' });
    expect(added.status).toBe(201);
    expect(added.body.member).toMatchObject({ displayName: 'Mia', hasAccount: false, isMe: false });
    const id = added.body.member.id;

    const renamed = await dad.patch<{ member: MemberView }>(`/api/spaces/${space.id}/members/${id}`, {
      displayName: 'Mia Rose',
    });
    expect(renamed.body.member.displayName).toBe('Mia Rose');
    const read = await dad.get<{ space: SpaceView }>(`/api/spaces/${space.id}`);
    expect(read.body.space.members.map((m) => m.displayName)).toEqual(['Dad', 'Mia Rose']);

    expect((await dad.delete(`/api/spaces/${space.id}/members/${id}`)).status).toBe(204);
    const after = await dad.get<{ space: SpaceView }>(`/api/spaces/${space.id}`);
    expect(after.body.space.members.map((m) => m.displayName)).toEqual(['Dad']);
  });

  it('never lets one member rename or remove another member who has an account', async () => {
    const { ana, ben, anaId, base } = await anaAndBen(ctx().app);
    const remove = await ben.delete(`${base}/members/${anaId}`);
    expect(remove.status).toBe(409);
    expect(remove.body).toMatchObject({ error: { code: 'not_a_member_without_account' } });
    const rename = await ben.patch(`${base}/members/${anaId}`, { displayName: 'X' });
    expect(rename.status).toBe(409);
    const read = await ana.get<{ space: SpaceView }>(base);
    expect(read.body.space.members.map((m) => m.displayName)).toEqual(['Ana', 'Ben']);
  });
});

describe('leaving a space (P3)', () => {
  const ctx = useTestContext();

  it('lets a member leave alone; the others stay and no longer see them', async () => {
    const { ana, ben, base } = await anaAndBen(ctx().app);

    expect((await ben.post(`${base}/leave`)).status).toBe(204);
    expect((await ben.get(base)).status).toBe(404);
    expect((await ben.get<{ spaces: SpaceView[] }>('/api/spaces')).body.spaces).toEqual([]);
    const read = await ana.get<{ space: SpaceView }>(base);
    expect(read.body.space.members.map((m) => m.displayName)).toEqual(['Ana']);

    const row = await ctx()
      .db.selectFrom('member')
      .selectAll()
      .where('display_name', '=', 'Ben')
      .executeTakeFirstOrThrow();
    expect(row.account_id).toBeNull();
    expect(row.left_at).not.toBeNull();
  });

  it('deletes the space with everything in it when the last account member leaves', async () => {
    const dad = await signUp(ctx().app);
    const space = await createSpace(dad, { kind: 'parent_child' });
    await dad.post(`/api/spaces/${space.id}/members`, { displayName: 'Mia' });
    await dad.post(`/api/spaces/${space.id}/invites`);

    expect((await dad.post(`/api/spaces/${space.id}/leave`)).status).toBe(204);
    const db = ctx().db;
    expect(await db.selectFrom('space').selectAll().execute()).toHaveLength(0);
    expect(await db.selectFrom('member').selectAll().execute()).toHaveLength(0);
    expect(await db.selectFrom('invite').selectAll().execute()).toHaveLength(0);
  });

  it('can rejoin later with a new invite', async () => {
    const ana = await signUp(ctx().app);
    const ben = await signUp(ctx().app);
    const space = await createSpace(ana);
    await joinSpace(ana, ben, space.id);
    await ben.post(`/api/spaces/${space.id}/leave`);
    const again = await joinSpace(ana, ben, space.id);
    expect(again.members.filter((m) => m.isMe)).toHaveLength(1);
  });
});

describe('leaving takes private things along (P3)', () => {
  const ctx = useTestContext();

  async function world() {
    const { ana, ben, anaId, base } = await anaAndBen(ctx().app);
    const log = (visibility: string, note: string) =>
      ben.post(`${base}/ruptures`, { size: 'small', kinds: ['withdrawal'], involved: [anaId], visibility, note });
    await log('private', 'bens private rupture');
    await log('shared', 'bens shared rupture');
    await ben.post(`${base}/moments`, { kind: 'joy', visibility: 'private', note: 'bens private joy' });
    await ben.post(`${base}/moments`, { kind: 'joy', visibility: 'shared', note: 'bens shared joy' });
    await ben.post(`${base}/checkins`, { state: 'activated', intensity: 5, note: 'bens checkin' });
    return { ana, ben, base };
  }

  async function stored(): Promise<string> {
    const db = ctx().db;
    const rows = [
      ...(await db.selectFrom('rupture').select('note').execute()),
      ...(await db.selectFrom('moment').select('note').execute()),
      ...(await db.selectFrom('checkin').select('note').execute()),
    ];
    return JSON.stringify(rows);
  }

  it('removes private ruptures, moments and check-ins; shared ones stay for the others', async () => {
    const { ana, ben, base } = await world();
    expect((await ben.post(`${base}/leave`)).status).toBe(204);
    const left = await stored();
    expect(left).not.toContain('bens private');
    expect(left).not.toContain('bens checkin');
    expect(left).toContain('bens shared rupture');
    expect(left).toContain('bens shared joy');
    const seen = await ana.get<{ items: TimelineItem[] }>(`${base}/timeline`);
    expect(JSON.stringify(seen.body)).toContain('bens shared joy');
  });

  it('removes shared ones too when the leaver chooses', async () => {
    const { ana, ben, base } = await world();
    expect((await ben.post(`${base}/leave`, { removeShared: true })).status).toBe(204);
    expect(await stored()).not.toContain('bens');
    expect((await ana.get<{ ruptures: RuptureView[] }>(`${base}/ruptures`)).body.ruptures).toEqual([]);
  });

  it('refuses unknown options and changes nothing', async () => {
    const { ben, base } = await world();
    expect((await ben.post(`${base}/leave`, { removeEverything: true })).status).toBe(400);
    expect((await ben.get(base)).status).toBe(200);
  });
});
