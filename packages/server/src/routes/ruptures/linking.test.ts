import type { RuptureDetailView, RuptureView, SimilarRuptureView, TimelineItem } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, type Person } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

type Created = { rupture: RuptureDetailView; similar: SimilarRuptureView[] };

/**
 * Rule 8 with rule 9 and SECURITY.md A4: "is this like …?" and links never
 * point anyone at a rupture hidden from them, and "did not hold" is only
 * marked where everyone who sees it can see why. Each test reads what the
 * other person receives — list, detail, timeline, reminders — and fails if
 * a hidden rupture's id is anywhere in it.
 */
describe('linking recurring ruptures without revealing hidden ones', () => {
  const ctx = useTestContext();

  async function couple() {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    const log = (who: Person, body: Record<string, unknown>) =>
      who.post<Created>(`${base}/ruptures`, { size: 'small', kinds: ['criticism'], involved: [benId], ...body });
    return { ana, ben, benId, base, log };
  }

  /** Everything Ben can read about the space, as one string to search. */
  async function everythingSeenBy(person: Person, base: string, ids: string[]) {
    const reads = [
      await person.get(`${base}/ruptures?status=all`),
      await person.get(`${base}/timeline`),
      await person.get(`${base}/reminders`),
      ...(await Promise.all(ids.map((id) => person.get(`${base}/ruptures/${id}`)))),
    ];
    return JSON.stringify(reads.map((r) => r.body));
  }

  async function repairTogether(ana: Person, ben: Person, path: string) {
    await ana.post(`${path}/attempts`, { kind: 'apology' });
    await ana.post(`${path}/responses`, { feel: 'repaired' });
    await ben.post(`${path}/responses`, { feel: 'repaired' });
  }

  it('never suggests or links a rupture marked as harm (rule 9)', async () => {
    const { ana, ben, base, log } = await couple();
    const harm = await log(ana, { kinds: ['harm'], visibility: 'private', topic: 'money', note: 'he grabbed my arm' });
    const shared = await log(ana, { visibility: 'shared', topic: 'money', note: 'the bills again' });
    expect(shared.body.similar).toEqual([]);
    const path = `${base}/ruptures/${shared.body.rupture.id}`;
    const linked = await ana.post(`${path}/link`, { earlierId: harm.body.rupture.id });
    expect(linked.status).toBe(409);
    expect(linked.body).toMatchObject({ error: { code: 'not_linkable' } });
    expect((await ana.get<{ rupture: RuptureView }>(path)).body.rupture).toMatchObject({
      linkedToId: null,
      version: 1,
    });
    expect(await everythingSeenBy(ben, base, [shared.body.rupture.id])).not.toContain(harm.body.rupture.id);
    // Nor the other way round: a harm rupture is never linked to anything.
    const later = await log(ana, { kinds: ['harm'], visibility: 'private', topic: 'money' });
    const back = await ana.post(`${base}/ruptures/${later.body.rupture.id}/link`, {
      earlierId: shared.body.rupture.id,
    });
    expect(back.status).toBe(409);
  });

  it('never suggests or links a private rupture to one someone else can see', async () => {
    const { ana, ben, base, log } = await couple();
    const mine = await log(ana, { visibility: 'private', topic: 'money', note: 'I felt small about money' });
    const shared = await log(ana, { visibility: 'shared', topic: 'money' });
    expect(shared.body.similar).toEqual([]);
    const path = `${base}/ruptures/${shared.body.rupture.id}`;
    expect((await ana.post(`${path}/link`, { earlierId: mine.body.rupture.id })).status).toBe(409);
    expect(await everythingSeenBy(ben, base, [shared.body.rupture.id])).not.toContain(mine.body.rupture.id);
  });

  it('suggests for a private rupture what its author can see, and tells others of the link only if they see both', async () => {
    const { ana, ben, base, log } = await couple();
    const older = await log(ana, { visibility: 'private', topic: 'money', note: 'first time' });
    const newer = await log(ana, { visibility: 'private', topic: 'money', note: 'again' });
    expect(newer.body.similar.map((s) => s.id)).toEqual([older.body.rupture.id]);
    const path = `${base}/ruptures/${newer.body.rupture.id}`;
    const linked = await ana.post<{ rupture: RuptureDetailView }>(`${path}/link`, { earlierId: older.body.rupture.id });
    expect(linked.body.rupture.linkedToId).toBe(older.body.rupture.id);
    // Raised to Ben, the newer one is his to see — but not the private one it points at.
    expect((await ana.post(`${path}/raise`)).status).toBe(200);
    const seen = await ben.get<{ rupture: RuptureDetailView }>(path);
    expect(seen.body.rupture).toMatchObject({ visibility: 'shared', linkedToId: null });
    expect(await everythingSeenBy(ben, base, [newer.body.rupture.id])).not.toContain(older.body.rupture.id);
    expect((await ana.get<{ rupture: RuptureDetailView }>(path)).body.rupture.linkedToId).toBe(older.body.rupture.id);
  });

  it('marks "did not hold" only once everyone who sees the repair can see why (A4)', async () => {
    const { ana, ben, base, log } = await couple();
    const together = await log(ana, { visibility: 'shared', topic: 'chores' });
    const togetherPath = `${base}/ruptures/${together.body.rupture.id}`;
    await repairTogether(ana, ben, togetherPath);
    const before = (await ben.get<{ rupture: RuptureDetailView }>(togetherPath)).body.rupture;
    expect(before).toMatchObject({ status: 'repaired', repairHeld: null });

    const again = await log(ana, { visibility: 'private', topic: 'chores' });
    const againPath = `${base}/ruptures/${again.body.rupture.id}`;
    expect(again.body.similar.map((s) => s.id)).toEqual([together.body.rupture.id]);
    expect((await ana.post(`${againPath}/link`, { earlierId: together.body.rupture.id })).status).toBe(200);
    // Ben cannot see Ana's private rupture, so his copy of the repair is exactly as it was.
    expect((await ben.get<{ rupture: RuptureDetailView }>(togetherPath)).body.rupture).toEqual(before);

    expect((await ana.post(`${againPath}/raise`)).status).toBe(200);
    const after = (await ben.get<{ rupture: RuptureDetailView }>(togetherPath)).body.rupture;
    expect(after).toMatchObject({ repairHeld: false, version: before.version + 1 });
    const raised = (await ben.get<{ rupture: RuptureDetailView }>(againPath)).body.rupture;
    expect(raised.linkedToId).toBe(together.body.rupture.id);
  });

  it('links only to a rupture logged before, answers a stale If-Match with 409, and changes nothing then', async () => {
    const { ana, ben, base, log } = await couple();
    const first = await log(ana, { visibility: 'shared', topic: 'chores' });
    const second = await log(ana, { visibility: 'shared', topic: 'chores' });
    const firstPath = `${base}/ruptures/${first.body.rupture.id}`;
    const secondPath = `${base}/ruptures/${second.body.rupture.id}`;
    expect((await ana.post(`${firstPath}/link`, { earlierId: second.body.rupture.id })).status).toBe(409);

    await ben.post(`${secondPath}/acknowledge`);
    const stale = await ana.request(
      'POST',
      `${secondPath}/link`,
      { earlierId: first.body.rupture.id },
      {
        'if-match': '1',
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'stale_version' } });
    expect((await ana.get<{ rupture: RuptureDetailView }>(secondPath)).body.rupture).toMatchObject({
      linkedToId: null,
      version: 2,
    });
    const fresh = await ana.request(
      'POST',
      `${secondPath}/link`,
      { earlierId: first.body.rupture.id },
      {
        'if-match': '2',
      },
    );
    expect(fresh.status).toBe(200);
    expect((fresh.body as { rupture: RuptureView }).rupture).toMatchObject({
      linkedToId: first.body.rupture.id,
      version: 3,
    });
  });

  it('keeps both changes when the earlier rupture is linked onward at the same moment (no lost write)', async () => {
    const { ana, ben, base, log } = await couple();
    for (let round = 0; round < 4; round++) {
      const oldest = await log(ana, { visibility: 'shared', topic: `t${round}` });
      const middle = await log(ana, { visibility: 'shared', topic: `t${round}` });
      const middlePath = `${base}/ruptures/${middle.body.rupture.id}`;
      await repairTogether(ana, ben, middlePath);
      const newest = await log(ana, { visibility: 'shared', topic: `t${round}` });
      const [onward, recurring] = await Promise.all([
        ben.post(`${middlePath}/link`, { earlierId: oldest.body.rupture.id }),
        ana.post(`${base}/ruptures/${newest.body.rupture.id}/link`, { earlierId: middle.body.rupture.id }),
      ]);
      expect([onward.status, recurring.status]).toEqual([200, 200]);
      const stored = (await ben.get<{ rupture: RuptureDetailView }>(middlePath)).body.rupture;
      expect(stored).toMatchObject({ linkedToId: oldest.body.rupture.id, repairHeld: false });
    }
  });

  it('shows no link in timeline items for a rupture hidden from the reader', async () => {
    const { ana, ben, base, log } = await couple();
    const older = await log(ana, { visibility: 'private', topic: 'sleep' });
    const newer = await log(ana, { visibility: 'private', topic: 'sleep' });
    await ana.post(`${base}/ruptures/${newer.body.rupture.id}/link`, { earlierId: older.body.rupture.id });
    await ana.post(`${base}/ruptures/${newer.body.rupture.id}/raise`);
    const items = (await ben.get<{ items: TimelineItem[] }>(`${base}/timeline`)).body.items;
    const ruptures = items.flatMap((i) => (i.type === 'rupture' ? [i.rupture] : []));
    expect(ruptures.map((r) => [r.id, r.linkedToId])).toEqual([[newer.body.rupture.id, null]]);
    const anasItems = (await ana.get<{ items: TimelineItem[] }>(`${base}/timeline`)).body.items;
    const anasNewer = anasItems.find((i) => i.type === 'rupture' && i.rupture.id === newer.body.rupture.id);
    expect(anasNewer).toMatchObject({ rupture: { linkedToId: older.body.rupture.id } });
  });
});
