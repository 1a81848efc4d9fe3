import type { InvitePreview, InviteView, SpaceView } from '@repairable/core';
import { DURATIONS } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { findInvite, markInviteUsed } from '../../store/invites';
import { createSpace, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';
import { parseInviteToken } from './token';

describe('invites', () => {
  const ctx = useTestContext();

  async function world() {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const ben = await signUp(ctx().app, { displayName: 'Ben' });
    const space = await createSpace(ana, { name: 'Us' });
    const invite = (await ana.post<InviteView>(`/api/spaces/${space.id}/invites`)).body;
    return { ana, ben, space, invite };
  }

  it('creates a single-use link that expires in 7 days, storing only a hash', async () => {
    const { invite } = await world();
    expect(invite.path).toBe(`/join/${invite.token}`);
    expect(Date.parse(invite.expiresAt) - ctx().clock.now().getTime()).toBe(DURATIONS.invite);
    const row = await ctx().db.selectFrom('invite').selectAll().executeTakeFirstOrThrow();
    const secret = invite.token.split('.')[1] ?? '';
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('shows what the link invites to, without signing in', async () => {
    const { invite } = await world();
    const res = await ctx().app.request(`/api/invites/${invite.token}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { invite: InvitePreview }).invite).toMatchObject({
      spaceName: 'Us',
      spaceKind: 'couple',
      invitedBy: 'Ana',
    });
  });

  it('joins once; a second person with the same link is turned away', async () => {
    const { ben, invite, space } = await world();
    const joined = await ben.post<{ space: SpaceView }>(`/api/invites/${invite.token}/accept`);
    expect(joined.status).toBe(200);
    expect(joined.body.space.id).toBe(space.id);
    expect(joined.body.space.members.map((m) => [m.displayName, m.isMe])).toEqual([
      ['Ana', false],
      ['Ben', true],
    ]);
    // Accepting again is harmless for someone already in.
    expect((await ben.post(`/api/invites/${invite.token}/accept`)).status).toBe(200);

    const cleo = await signUp(ctx().app);
    const res = await cleo.post(`/api/invites/${invite.token}/accept`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'invite_unusable' } });
    expect((await ctx().app.request(`/api/invites/${invite.token}`)).status).toBe(404);
  });

  it('is used once: a second account is refused and nothing changes (deterministic, both dialects)', async () => {
    const { ben, invite } = await world();
    expect((await ben.post(`/api/invites/${invite.token}/accept`)).status).toBe(200);
    const cleo = await signUp(ctx().app);
    const before = await snapshotDatabase(ctx().db);
    const again = await cleo.post(`/api/invites/${invite.token}/accept`);
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ error: { code: 'invite_unusable' } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('cannot be used through a stale read: the update itself checks it is unused and unexpired', async () => {
    const { invite, space } = await world();
    const read = await findInvite(ctx().db, parseInviteToken(invite.token));
    if (!read) throw new Error('invite not found');
    const at = ctx().clock.now().toISOString();
    const use = () => markInviteUsed(ctx().db, { spaceId: space.id, inviteId: read.id, at });
    expect(await use()).toBe(true);
    expect(await use()).toBe(false);
    const later = new Date(Date.parse(read.expiresAt) + 1).toISOString();
    await ctx().db.updateTable('invite').set({ used_at: null }).execute();
    expect(await markInviteUsed(ctx().db, { spaceId: space.id, inviteId: read.id, at: later })).toBe(false);
  });

  it('expires after 7 days', async () => {
    const { ben, invite } = await world();
    ctx().clock.advance(DURATIONS.invite + 1);
    expect((await ben.post(`/api/invites/${invite.token}/accept`)).status).toBe(404);
  });

  it('answers the same for a forged token as for a used one', async () => {
    const { ben, invite } = await world();
    const forged = `${invite.token.slice(0, 33)}${'A'.repeat(43)}`;
    const res = await ben.post(`/api/invites/${forged}/accept`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'invite_unusable' } });
  });

  it('requires signing in to accept', async () => {
    const { invite } = await world();
    const res = await ctx().app.request(`/api/invites/${invite.token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
  });

  it('lets exactly one of two people racing for the same link in', async () => {
    const { invite, space, ana } = await world();
    const racers = await Promise.all([signUp(ctx().app), signUp(ctx().app), signUp(ctx().app)]);
    const results = await Promise.all(racers.map((p) => p.post(`/api/invites/${invite.token}/accept`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 404, 404]);
    const read = await ana.get<{ space: SpaceView }>(`/api/spaces/${space.id}`);
    expect(read.body.space.members).toHaveLength(2);
  });
});
