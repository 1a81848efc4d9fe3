import type { InviteView } from '@repairable/core';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { anaAndBen, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { endInvitesOfMembersWhoLeft } from './0006-end-invites-of-members-who-left';

describe('migration 0006: invites of members who already left', () => {
  const ctx = useTestContext();

  it('ends the unused invites of members who left before leaving ended them, and keeps everything else', async () => {
    const { ana, ben, anaId, base } = await anaAndBen(ctx().app);
    const anas = (await ana.post<InviteView>(`${base}/invites`)).body;
    const bens = (await ben.post<InviteView>(`${base}/invites`)).body;
    // How a departure looked before this fix: the row marked left, the invites untouched.
    await ctx()
      .db.updateTable('member')
      .set({ left_at: ctx().clock.now().toISOString(), account_id: null })
      .where('id', '=', anaId)
      .execute();
    const usedBefore = await ctx().db.selectFrom('invite').select('id').where('used_at', 'is not', null).execute();

    await endInvitesOfMembersWhoLeft.up(ctx().db as unknown as Kysely<unknown>);

    const cleo = await signUp(ctx().app);
    expect((await cleo.post(`/api/invites/${anas.token}/accept`)).status).toBe(404);
    const usedAfter = await ctx().db.selectFrom('invite').select('id').where('used_at', 'is not', null).execute();
    expect(usedAfter).toEqual(usedBefore);
    expect((await cleo.post(`/api/invites/${bens.token}/accept`)).status).toBe(200);
  });
});
