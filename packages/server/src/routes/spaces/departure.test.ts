import type { LiveMessage, MemberView, RuptureDetailView, UserView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { addMemberWithoutAccount, anaAndBen, type Person } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

type Detail = { rupture: RuptureDetailView };

/**
 * When someone leaves or a member without an account is removed, the
 * ruptures others logged keep their history, stop waiting on them, get a
 * new version, and only those who can see each rupture hear of it. Words
 * of someone who left taking what they shared go with them.
 */
describe('leaving and removing members, as the ruptures see it', () => {
  const ctx = useTestContext();

  async function family() {
    const { ana, ben, benId, space, base } = await anaAndBen(ctx().app);
    const kid = await addMemberWithoutAccount(ana, space.id);
    const heard = new Map<string, LiveMessage[]>();
    ctx().bus.subscribe((event) => {
      for (const id of event.accountIds) heard.set(id, [...(heard.get(id) ?? []), event.message]);
    });
    const accountOf = async (p: Person) => (await p.get<{ user: UserView }>('/api/me')).body.user.id;
    return { ana, ben, benId, kid, base, heard, anaAccount: await accountOf(ana), benAccount: await accountOf(ben) };
  }

  it("removing a member without an account keeps another member's private rupture whole, and tells only her", async () => {
    const { ana, ben, kid, base, heard, anaAccount, benAccount } = await family();
    const mine = await ana.post<Detail>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['yelling'],
      involved: [kid.id],
      visibility: 'private',
      note: 'I yelled at bedtime',
    });
    const path = `${base}/ruptures/${mine.body.rupture.id}`;
    await ana.post(`${path}/attempts`, { kind: 'do_over' });
    await ana.post(`${path}/reconnected`, { memberId: kid.id, note: 'came back for a cuddle' });
    const before = (await ana.get<Detail>(path)).body.rupture;
    heard.clear();

    expect((await ben.delete(`${base}/members/${kid.id}`)).status).toBe(204);
    const after = (await ana.get<Detail>(path)).body.rupture;
    expect(after.involved).toEqual(before.involved);
    expect(after.responses).toEqual(before.responses);
    expect(after.responses.map((r) => r.note)).toContain('came back for a cuddle');
    expect(after.version).toBe(before.version + 1);
    // Her rupture's change, then the space's own news that someone left (for every member's people list).
    expect(heard.get(anaAccount)).toEqual([
      { type: 'member.left', spaceId: before.spaceId, ruptureId: before.id, version: after.version },
      { type: 'member.left', spaceId: before.spaceId },
    ]);
    expect(JSON.stringify(heard.get(benAccount) ?? [])).not.toContain(before.id);
    // The member list no longer shows the child; removing again finds nothing.
    const space = await ben.get<{ space: { members: MemberView[] } }>(base);
    expect(space.body.space.members.map((m) => m.displayName)).not.toContain('Kid');
    expect((await ben.delete(`${base}/members/${kid.id}`)).status).toBe(404);
  });

  it('a shared rupture waiting only on the removed member is repaired then, for everyone who sees it', async () => {
    const { ana, ben, benId, kid, base, heard, benAccount } = await family();
    const made = await ana.post<Detail>(`${base}/ruptures`, {
      size: 'medium',
      kinds: ['harsh_words'],
      involved: [benId, kid.id],
      visibility: 'shared',
    });
    const path = `${base}/ruptures/${made.body.rupture.id}`;
    await ana.post(`${path}/attempts`, { kind: 'apology' });
    await ana.post(`${path}/responses`, { feel: 'repaired' });
    await ben.post(`${path}/responses`, { feel: 'repaired' });
    expect((await ben.get<Detail>(path)).body.rupture.status).toBe('repairing');
    heard.clear();

    expect((await ana.delete(`${base}/members/${kid.id}`)).status).toBe(204);
    const seen = (await ben.get<Detail>(path)).body.rupture;
    expect(seen).toMatchObject({ status: 'repaired', involved: [expect.any(String), benId, kid.id] });
    expect(seen.completion.map((c) => c.memberId)).not.toContain(kid.id);
    expect(heard.get(benAccount)?.map((m) => m.type)).toEqual(['member.left', 'rupture.repaired', 'member.left']);
  });

  it('leaving with "remove what I shared" takes my words from the ruptures of others; without it they stay', async () => {
    for (const removeShared of [true, false]) {
      const { ana, ben, benId, base } = await family();
      const made = await ana.post<Detail>(`${base}/ruptures`, {
        size: 'small',
        kinds: ['criticism'],
        involved: [benId],
        visibility: 'shared',
      });
      const path = `${base}/ruptures/${made.body.rupture.id}`;
      await ben.post(`${path}/attempts`, { kind: 'apology', message: 'sorry about the mess' });
      await ana.post(`${path}/responses`, { feel: 'not_yet', need: 'a little more time' });
      await ana.post(`${path}/attempts`, { kind: 'clarification', message: 'what I meant was' });
      await ben.post(`${path}/responses`, { feel: 'not_yet', need: 'to hear it calmly' });
      const before = (await ana.get<Detail>(path)).body.rupture;

      expect((await ben.post(`${base}/leave`, { removeShared })).status).toBe(204);
      const after = (await ana.get<Detail>(path)).body.rupture;
      const text = JSON.stringify(after);
      expect(text.includes('sorry about the mess')).toBe(!removeShared);
      expect(text.includes('to hear it calmly')).toBe(!removeShared);
      // Ana's own words and the order of what happened stay.
      expect(text).toContain('what I meant was');
      expect(text).toContain('a little more time');
      expect(after.attempts.map((a) => a.kind)).toEqual(before.attempts.map((a) => a.kind));
      expect(after.version).toBe(before.version + 1);
    }
  });

  it('a kept idempotent answer leaves with its author and is never replayed to someone no longer in the space', async () => {
    const { ana, ben, benId, base } = await family();
    const url = `${base}/ruptures`;
    const body = { size: 'small', kinds: ['forgot'], involved: [benId], visibility: 'private', note: 'only mine' };
    const first = await ben.request('POST', url, body, { 'idempotency-key': 'k-1' });
    expect(first.status).toBe(201);
    const stored = () =>
      ctx().db.selectFrom('idempotency_key').select(['key', 'body', 'space_id']).where('key', '=', 'k-1').execute();
    expect(await stored()).toHaveLength(1);

    expect((await ben.post(`${base}/leave`)).status).toBe(204);
    expect(await stored()).toEqual([]);
    const replay = await ben.request('POST', url, body, { 'idempotency-key': 'k-1' });
    expect(replay.status).toBe(404);
    expect(JSON.stringify(replay.body)).not.toContain('only mine');
    expect(replay.headers.get('idempotent-replayed')).toBeNull();
    // Ana, still a member, is unaffected.
    expect((await ana.request('POST', url, { ...body, involved: [] }, { 'idempotency-key': 'k-2' })).status).toBe(201);
  });

  it('refuses to replay a kept answer to someone no longer in the space, even if it was never removed', async () => {
    const { ben, benId, base } = await family();
    const url = `${base}/ruptures`;
    const body = { size: 'small', kinds: ['forgot'], involved: [benId], visibility: 'private', note: 'only mine' };
    await ben.request('POST', url, body, { 'idempotency-key': 'k-3' });
    // As if leaving had not removed it: the member row is marked gone, the kept answer stays.
    const row = await ctx()
      .db.selectFrom('member')
      .select(['id', 'space_id'])
      .where('id', '=', benId)
      .executeTakeFirstOrThrow();
    await ctx()
      .db.updateTable('member')
      .set({ left_at: new Date().toISOString(), account_id: null })
      .where('id', '=', row.id)
      .execute();
    const replay = await ben.request('POST', url, body, { 'idempotency-key': 'k-3' });
    expect(replay.status).toBe(404);
    expect(JSON.stringify(replay.body)).not.toContain('only mine');
  });
});
