import type { LiveMessage, RuptureDetailView, UserView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { addMemberWithoutAccount, createSpace, joinSpace, type Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

type Detail = { rupture: RuptureDetailView };

/**
 * Parent mode in one step (issue 8): what the parent saw the child do and
 * the parent's own answer, saved together or not at all. And the names of
 * people who left, shown only to those who shared a rupture with them.
 */
describe('parent mode: the observed reconnection and one’s own answer in one step', () => {
  const ctx = useTestContext();

  async function parentAndChild() {
    const dad = await signUp(ctx().app, { displayName: 'Sam' });
    const space = await createSpace(dad, { name: 'Me and Mia', kind: 'parent_child' });
    const mia = await addMemberWithoutAccount(dad, space.id, 'Mia');
    const base = `/api/spaces/${space.id}`;
    const made = await dad.post<Detail>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['yelling'],
      involved: [mia.id],
      visibility: 'private',
    });
    const path = `${base}/ruptures/${made.body.rupture.id}`;
    const attempted = await dad.post<Detail>(`${path}/attempts`, { kind: 'do_over', message: "Let's try again." });
    return { dad, mia, path, dadId: made.body.rupture.authorMemberId, seen: attempted.body.rupture };
  }

  const responsesIn = async (ruptureId: string) =>
    ctx().db.selectFrom('repair_response').selectAll().where('rupture_id', '=', ruptureId).execute();
  const eventsIn = async (ruptureId: string) =>
    (await ctx().db.selectFrom('rupture_event').select('type').where('rupture_id', '=', ruptureId).execute()).map(
      (e) => e.type,
    );

  it('"came back to play" and "I feel repaired" together: repaired at once, both in the history, one version', async () => {
    const { dad, mia, path, dadId, seen } = await parentAndChild();
    const done = await dad.request<Detail>(
      'POST',
      `${path}/reconnected`,
      { memberId: mia.id, note: 'came back to play', feel: 'repaired' },
      { 'if-match': `"${seen.version}"` },
    );
    expect(done.status).toBe(201);
    expect(done.body.rupture).toMatchObject({ status: 'repaired', version: seen.version + 1 });
    // What the parent saw comes first in the history, then how they feel.
    expect(done.body.rupture.responses.map((r) => [r.memberId, r.recordedByMemberId, r.feel, r.note])).toEqual([
      [mia.id, dadId, 'repaired', 'came back to play'],
      [dadId, dadId, 'repaired', null],
    ]);
    const events = await eventsIn(seen.id);
    expect(events.filter((t) => t === 'rupture.repaired')).toHaveLength(1);
    expect(events.slice(-3)).toEqual(['response.given', 'reconnection.recorded', 'rupture.repaired']);
    // Read again, it is the same.
    expect((await dad.get<Detail>(path)).body.rupture.responses).toEqual(done.body.rupture.responses);
  });

  it('the parent not there yet: the reconnection is kept, the need shown, still open', async () => {
    const { dad, mia, path, dadId } = await parentAndChild();
    const res = await dad.post<Detail>(`${path}/reconnected`, {
      memberId: mia.id,
      note: 'calmed',
      feel: 'not_yet',
      need: 'a quiet evening',
    });
    expect(res.status).toBe(201);
    expect(res.body.rupture.status).toBe('repairing');
    expect(res.body.rupture.completion).toEqual([
      { memberId: dadId, state: 'not_yet', need: 'a quiet evening' },
      { memberId: mia.id, state: 'repaired', need: null },
    ]);
  });

  it('without feel it records the reconnection alone, as before', async () => {
    const { dad, mia, path } = await parentAndChild();
    const res = await dad.post<Detail>(`${path}/reconnected`, { memberId: mia.id, note: 'calmed' });
    expect(res.status).toBe(201);
    expect(res.body.rupture.status).toBe('repairing');
    expect(res.body.rupture.responses).toHaveLength(1);
  });

  it('bad input, a stale version, or someone with an account: a clear refusal and nothing saved, not even half', async () => {
    const { dad, mia, path, dadId, seen } = await parentAndChild();
    const cases: [unknown, Record<string, string>, number, string][] = [
      [{ memberId: mia.id, feel: 'repaired', need: 'a hug' }, {}, 400, 'validation_failed'],
      [{ memberId: mia.id, need: 'a hug' }, {}, 400, 'validation_failed'],
      [{ memberId: mia.id, feel: 'fine' }, {}, 400, 'validation_failed'],
      [{ memberId: mia.id, feel: 'repaired', extra: 1 }, {}, 400, 'validation_failed'],
      [{ memberId: dadId, feel: 'repaired' }, {}, 409, 'reconnection_needs_member_without_account'],
      [{ memberId: mia.id, feel: 'repaired' }, { 'if-match': `"${seen.version - 1}"` }, 409, 'stale_version'],
    ];
    for (const [body, headers, status, code] of cases) {
      const res = await dad.request<{ error: { code: string } }>('POST', `${path}/reconnected`, body, headers);
      expect([res.status, res.body.error?.code], JSON.stringify(body)).toEqual([status, code]);
    }
    expect(await responsesIn(seen.id)).toEqual([]);
    expect((await dad.get<Detail>(path)).body.rupture.version).toBe(seen.version);
  });
});

describe('someone who left, by name, to the people who shared a rupture with them', () => {
  const ctx = useTestContext();

  async function threeOfUs() {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const ben = await signUp(ctx().app, { displayName: 'Ben' });
    const cai = await signUp(ctx().app, { displayName: 'Cai' });
    const space = await createSpace(ana, { name: 'Home', kind: 'family' });
    const benSpace = await joinSpace(ana, ben, space.id);
    const caiSpace = await joinSpace(ana, cai, space.id);
    const idOf = (s: typeof space) => s.members.find((m) => m.isMe)?.id ?? '';
    return { ana, ben, cai, base: `/api/spaces/${space.id}`, benId: idOf(benSpace), caiId: idOf(caiSpace) };
  }

  async function shared(by: Person, base: string, involved: string[]) {
    const made = await by.post<Detail>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['harsh_words'],
      involved,
      visibility: 'shared',
    });
    return `${base}/ruptures/${made.body.rupture.id}`;
  }

  it('Ana reads "Ben" on what Ben said after he left; Cai, who was not part of it, learns nothing of it', async () => {
    const { ana, ben, cai, base, benId, caiId } = await threeOfUs();
    const withBen = await shared(ana, base, [benId]);
    const withCai = await shared(ana, base, [caiId]);
    await ben.post(`${withBen}/attempts`, { kind: 'apology', message: 'I am sorry' });
    await ana.post(`${withBen}/responses`, { feel: 'not_yet', need: 'a hug' });
    expect((await ana.get<Detail>(withBen)).body.rupture.departed).toEqual([]);

    const heard: LiveMessage[] = [];
    const caiAccount = (await cai.get<{ user: UserView }>('/api/me')).body.user.id;
    ctx().bus.subscribe((event) => {
      if (event.accountIds.includes(caiAccount)) heard.push(event.message);
    });
    expect((await ben.post(`${base}/leave`)).status).toBe(204);

    const seen = (await ana.get<Detail>(withBen)).body.rupture;
    // The name and the id, nothing else of someone who is gone.
    expect(seen.departed).toEqual([{ memberId: benId, displayName: 'Ben' }]);
    expect(seen.attempts.map((a) => a.memberId)).toEqual([benId]);
    // A rupture Ben was not part of names nobody who left.
    expect((await ana.get<Detail>(withCai)).body.rupture.departed).toEqual([]);
    const caisOwn = await cai.get<Detail>(withCai);
    expect(caisOwn.body.rupture.departed).toEqual([]);
    expect(JSON.stringify(caisOwn.body)).not.toContain('Ben');
    expect((await cai.get(withBen)).status).toBe(404);
    const caiList = await cai.get<{ ruptures: unknown[] }>(`${base}/ruptures?status=all`);
    expect(JSON.stringify(caiList.body)).not.toContain(benId);
    expect(JSON.stringify(heard)).not.toContain(withBen.split('/').at(-1));
  });

  it('a child who was removed is named too, on the parent’s own rupture', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const space = await createSpace(ana, { name: 'Us', kind: 'parent_child' });
    const kid = await addMemberWithoutAccount(ana, space.id, 'Mia');
    const base = `/api/spaces/${space.id}`;
    const made = await ana.post<Detail>(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['yelling'],
      involved: [kid.id],
      visibility: 'private',
    });
    expect((await ana.delete(`${base}/members/${kid.id}`)).status).toBe(204);
    const seen = (await ana.get<Detail>(`${base}/ruptures/${made.body.rupture.id}`)).body.rupture;
    expect(seen.departed).toEqual([{ memberId: kid.id, displayName: 'Mia' }]);
  });
});
