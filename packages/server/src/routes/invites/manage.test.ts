import type { InviteView, OpenInviteView, SpaceView } from '@repairable/core';
import { DURATIONS, LIMITS } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { createSpace, joinSpace, type Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

type InviteList = { invites: OpenInviteView[]; next: null };

describe('managing invites (A4)', () => {
  const ctx = useTestContext();

  async function couple() {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const ben = await signUp(ctx().app, { displayName: 'Ben' });
    const space = await createSpace(ana, { name: 'Us' });
    await joinSpace(ana, ben, space.id);
    return { ana, ben, space };
  }

  const invitesOf = (spaceId: string) => `/api/spaces/${spaceId}/invites`;
  const makeInvite = async (person: Person, spaceId: string) =>
    (await person.post<InviteView>(invitesOf(spaceId))).body;

  it("lists the space's open invites to every member, never with a token", async () => {
    const { ana, ben, space } = await couple();
    const first = await makeInvite(ana, space.id);
    ctx().clock.advance(1000);
    const second = await makeInvite(ben, space.id);

    const seenByBen = await ben.get<InviteList>(invitesOf(space.id));
    expect(seenByBen.status).toBe(200);
    expect(seenByBen.body.next).toBeNull();
    expect(seenByBen.body.invites.map((i) => [i.madeByMe, i.expiresAt])).toEqual([
      [true, second.expiresAt],
      [false, first.expiresAt],
    ]);
    for (const invite of seenByBen.body.invites) {
      expect(Object.keys(invite).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'madeByMe']);
    }
    const seenByAna = await ana.get<InviteList>(invitesOf(space.id));
    expect(seenByAna.body.invites.map((i) => i.madeByMe)).toEqual([false, true]);

    // Neither the links nor their secrets, nor their hashes, are in what anyone reads back.
    const stored = await ctx().db.selectFrom('invite').select('token_hash').execute();
    const read = JSON.stringify([seenByAna.body, seenByBen.body]);
    for (const token of [first.token, second.token]) {
      expect(read).not.toContain(token.split('.')[1]);
    }
    for (const row of stored) expect(read).not.toContain(row.token_hash);
  });

  it('lists only invites that can still be used', async () => {
    const { ana, space } = await couple();
    const used = await makeInvite(ana, space.id);
    await (await signUp(ctx().app)).post(`/api/invites/${used.token}/accept`);
    await makeInvite(ana, space.id);
    ctx().clock.advance(DURATIONS.invite + 1);
    const open = await makeInvite(ana, space.id);

    const list = await ana.get<InviteList>(invitesOf(space.id));
    expect(list.body.invites.map((i) => i.expiresAt)).toEqual([open.expiresAt]);
  });

  it('lets any member cancel an open invite, and its link stops working at once', async () => {
    const { ana, ben, space } = await couple();
    const invite = await makeInvite(ana, space.id);
    const [listed] = (await ana.get<InviteList>(invitesOf(space.id))).body.invites;
    if (!listed) throw new Error('invite not listed');

    const cancelled = await ben.delete(`${invitesOf(space.id)}/${listed.id}`);
    expect(cancelled.status).toBe(204);
    expect((await ana.get<InviteList>(invitesOf(space.id))).body.invites).toEqual([]);

    const cleo = await signUp(ctx().app);
    expect((await ctx().app.request(`/api/invites/${invite.token}`)).status).toBe(404);
    const refused = await cleo.post(`/api/invites/${invite.token}/accept`);
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ error: { code: 'invite_unusable' } });
    const members = (await ana.get<{ space: SpaceView }>(`/api/spaces/${space.id}`)).body.space.members;
    expect(members.map((m) => m.displayName)).toEqual(['Ana', 'Ben']);
  });

  it('answers 404 and changes nothing for an invite that is used, cancelled, or of another space', async () => {
    const { ana, space } = await couple();
    const used = await makeInvite(ana, space.id);
    const [usedListed] = (await ana.get<InviteList>(invitesOf(space.id))).body.invites;
    await (await signUp(ctx().app)).post(`/api/invites/${used.token}/accept`);
    const theirs = await createSpace(ana, { name: 'Elsewhere' });
    await makeInvite(ana, theirs.id);
    const [theirListed] = (await ana.get<InviteList>(invitesOf(theirs.id))).body.invites;
    if (!usedListed || !theirListed) throw new Error('invites not listed');

    const before = await snapshotDatabase(ctx().db);
    for (const id of [usedListed.id, theirListed.id, '01a1fe65-0000-7000-8000-000000000000']) {
      const res = await ana.delete(`${invitesOf(space.id)}/${id}`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error: { code: 'not_found' } });
    }
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it(`holds at most ${LIMITS.openInvitesPerMember} open invites per member, with a kind 409 beyond`, async () => {
    const { ana, ben, space } = await couple();
    for (let i = 0; i < LIMITS.openInvitesPerMember; i++) await makeInvite(ana, space.id);
    const before = await snapshotDatabase(ctx().db);
    const refused = await ana.post(invitesOf(space.id));
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      error: { code: 'too_many_open_invites', message: expect.stringMatching(/Cancel one/) },
    });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);

    // Ana's full hand does not keep Ben from inviting someone.
    expect((await ben.post(invitesOf(space.id))).status).toBe(201);
    // Cancelling one, or waiting for them to expire, makes room again.
    const [one] = (await ana.get<InviteList>(invitesOf(space.id))).body.invites.filter((i) => i.madeByMe);
    await ana.delete(`${invitesOf(space.id)}/${one?.id}`);
    expect((await ana.post(invitesOf(space.id))).status).toBe(201);
    ctx().clock.advance(DURATIONS.invite + 1);
    for (let i = 0; i < LIMITS.openInvitesPerMember; i++)
      expect((await ana.post(invitesOf(space.id))).status).toBe(201);
  });

  it(`holds at most ${LIMITS.openInvitesPerSpace} open invites per space`, async () => {
    const { ana, ben, space } = await couple();
    const makers = [ana, ben];
    while (makers.length * LIMITS.openInvitesPerMember < LIMITS.openInvitesPerSpace) {
      const next = await signUp(ctx().app);
      await joinSpace(ana, next, space.id);
      makers.push(next);
    }
    const latecomer = await signUp(ctx().app);
    await joinSpace(ana, latecomer, space.id);
    for (const person of makers) {
      for (let i = 0; i < LIMITS.openInvitesPerMember; i++) await makeInvite(person, space.id);
    }
    const list = await latecomer.get<InviteList>(invitesOf(space.id));
    expect(list.body.invites).toHaveLength(LIMITS.openInvitesPerSpace);

    // The latecomer has made none, yet the space holds as many open links as it may.
    const before = await snapshotDatabase(ctx().db);
    const refused = await latecomer.post(invitesOf(space.id));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'too_many_open_invites' } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('keeps the bound when one member asks for many invites at once', async () => {
    const { ana, space } = await couple();
    const answers = await Promise.all(
      Array.from({ length: LIMITS.openInvitesPerMember * 3 }, () => ana.post(invitesOf(space.id))),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMITS.openInvitesPerMember);
    expect(statuses.filter((s) => s === 409)).toHaveLength(LIMITS.openInvitesPerMember * 2);
    const open = await ctx().db.selectFrom('invite').select('id').where('used_at', 'is', null).execute();
    expect(open).toHaveLength(LIMITS.openInvitesPerMember);
  });

  it("ends a member's invites when they leave, so they cannot rejoin with one", async () => {
    const { ana, ben, space } = await couple();
    const anas = await makeInvite(ana, space.id);
    const bens = await makeInvite(ben, space.id);
    expect((await ana.post(`/api/spaces/${space.id}/leave`)).status).toBe(204);

    const rejoin = await ana.post(`/api/invites/${anas.token}/accept`);
    expect(rejoin.status).toBe(404);
    expect(rejoin.body).toMatchObject({ error: { code: 'invite_unusable' } });
    expect((await (await signUp(ctx().app)).post(`/api/invites/${anas.token}/accept`)).status).toBe(404);
    expect((await ana.get(`/api/spaces/${space.id}`)).status).toBe(404);

    // Ben's invite is his, not Ana's: it stays, and is the only one he sees.
    const list = await ben.get<InviteList>(invitesOf(space.id));
    expect(list.body.invites.map((i) => [i.madeByMe, i.expiresAt])).toEqual([[true, bens.expiresAt]]);
    const cleo = await signUp(ctx().app, { displayName: 'Cleo' });
    expect((await cleo.post(`/api/invites/${bens.token}/accept`)).status).toBe(200);
  });
});
