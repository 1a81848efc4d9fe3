import type { LiveMessage, RuptureDetailView, RuptureView, UserView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, type Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

type Detail = { rupture: RuptureDetailView };
type Created = Detail & { similar: { id: string }[] };
const DAY = 86_400_000;

/**
 * "This was harm" on one's own rupture (DESIGN.md rule 9, SECURITY.md P5):
 * afterwards the rupture leaves the repair flow and everyone else's view.
 * The test reads everything the other member receives — lists, the detail,
 * the timeline, reminders, "is this like …?" suggestions, links and live
 * pushes — before and after, and fails if anything of it is still there.
 */
describe('POST …/ruptures/{id}/harm', () => {
  const ctx = useTestContext();

  async function sharedThenLinked() {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    const twoDaysAgo = new Date(ctx().clock.now().getTime() - 2 * DAY).toISOString();
    const shared = await ana.post<Detail>(`${base}/ruptures`, {
      size: 'big',
      kinds: ['yelling'],
      involved: [benId],
      visibility: 'shared',
      topic: 'money',
      note: 'he took my card',
      occurredAt: twoDaysAgo,
    });
    const rupture = shared.body.rupture;
    const path = `${base}/ruptures/${rupture.id}`;
    expect((await ben.post(`${path}/attempts`, { kind: 'apology', message: 'I am sorry' })).status).toBe(201);
    // Ben logs one of his own about money and links it to Ana's.
    const his = await ben.post<Created>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['criticism'],
      involved: [],
      visibility: 'shared',
      topic: 'money',
    });
    expect(his.body.similar.map((s) => s.id)).toEqual([rupture.id]);
    const hisPath = `${base}/ruptures/${his.body.rupture.id}`;
    const linked = await ben.post<Detail>(`${hisPath}/link`, { earlierId: rupture.id });
    expect(linked.body.rupture.linkedToId).toBe(rupture.id);
    const heard = new Map<string, LiveMessage[]>();
    ctx().bus.subscribe((event) => {
      for (const id of event.accountIds) heard.set(id, [...(heard.get(id) ?? []), event.message]);
    });
    const accountOf = async (p: Person) => (await p.get<{ user: UserView }>('/api/me')).body.user.id;
    return {
      ana,
      ben,
      base,
      path,
      rupture,
      hisPath,
      heard,
      anaAccount: await accountOf(ana),
      benAccount: await accountOf(ben),
    };
  }

  /** Everything Ben's screens would ask for, as the text he receives. */
  async function whatBenReceives(ben: Person, base: string, hisPath: string): Promise<string> {
    const answers = await Promise.all([
      ben.get(`${base}/ruptures?status=all`),
      ben.get(`${base}/ruptures?status=open`),
      ben.get(`${base}/timeline`),
      ben.get(`${base}/reminders`),
      ben.get(base),
      ben.get('/api/spaces'),
      ben.get(hisPath),
    ]);
    for (const a of answers) expect(a.status).toBe(200);
    return JSON.stringify(answers.map((a) => a.body));
  }

  it('takes it out of everything the other member receives, and tells them nothing', async () => {
    const { ana, ben, base, path, rupture, hisPath, heard, anaAccount, benAccount } = await sharedThenLinked();
    const before = await whatBenReceives(ben, base, hisPath);
    expect(before, 'Ben did see it before: the test can fail').toContain(rupture.id);
    expect(before).toContain('he took my card');
    expect((await ben.get<{ ruptures: RuptureView[] }>(`${base}/reminders`)).body.ruptures.map((r) => r.id)).toContain(
      rupture.id,
    );

    const current = (await ana.get<Detail>(path)).body.rupture;
    const marked = await ana.request<Detail>('POST', `${path}/harm`, undefined, { 'if-match': `"${current.version}"` });
    expect(marked.status).toBe(200);
    expect(marked.body.rupture).toMatchObject({ harm: true, visibility: 'private', version: current.version + 1 });
    expect(marked.body.rupture.attempts, 'its history stays, for its author').toHaveLength(1);

    const after = await whatBenReceives(ben, base, hisPath);
    expect(after).not.toContain(rupture.id);
    expect(after).not.toContain('he took my card');
    expect(after).not.toContain('"harm":true');
    const his = (await ben.get<Detail>(hisPath)).body.rupture;
    expect(his.linkedToId, "Ben's own rupture no longer names it").toBeNull();
    expect((await ben.get(path)).status).toBe(404);
    expect((await ben.post(`${path}/attempts`, { kind: 'apology' })).status).toBe(404);
    expect((await ben.post(`${path}/reminder`, { snoozeUntil: null })).status).toBe(404);
    const again = await ben.post<Created>(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['criticism'],
      involved: [],
      visibility: 'private',
      topic: 'money',
    });
    expect(
      again.body.similar.map((s) => s.id),
      'never suggested as "is this like …?"',
    ).not.toContain(rupture.id);

    expect(JSON.stringify(heard.get(benAccount) ?? []), 'no live push reaches Ben').not.toContain(rupture.id);
    expect(heard.get(anaAccount)).toEqual([
      { type: 'rupture.marked_harm', spaceId: rupture.spaceId, ruptureId: rupture.id, version: current.version + 1 },
    ]);
    // For Ana it has left the repair flow, and is not brought back as a reminder.
    expect((await ana.post(`${path}/attempts`, { kind: 'apology' })).status).toBe(409);
    const anaReminders = await ana.get<{ ruptures: RuptureView[] }>(`${base}/reminders`);
    expect(anaReminders.body.ruptures.map((r) => r.id)).not.toContain(rupture.id);
  });

  it('works on a private one and on a repaired one, and changes nothing when said twice', async () => {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    const mine = (
      await ana.post<Detail>(`${base}/ruptures`, {
        size: 'tiny',
        kinds: ['eye_roll'],
        involved: [],
        visibility: 'private',
      })
    ).body.rupture;
    const once = await ana.post<Detail>(`${base}/ruptures/${mine.id}/harm`);
    expect(once.body.rupture).toMatchObject({ harm: true, status: 'noted' });
    const twice = await ana.post<Detail>(`${base}/ruptures/${mine.id}/harm`);
    expect(twice.status).toBe(200);
    expect(twice.body.rupture.version).toBe(once.body.rupture.version);

    const done = (
      await ana.post<Detail>(`${base}/ruptures`, {
        size: 'small',
        kinds: ['forgot'],
        involved: [benId],
        visibility: 'shared',
      })
    ).body.rupture;
    const donePath = `${base}/ruptures/${done.id}`;
    await ana.post(`${donePath}/attempts`, { kind: 'apology' });
    await ana.post(`${donePath}/responses`, { feel: 'repaired' });
    expect((await ben.post<Detail>(`${donePath}/responses`, { feel: 'repaired' })).body.rupture.status).toBe(
      'repaired',
    );
    expect((await ana.post<Detail>(`${donePath}/harm`)).body.rupture).toMatchObject({ harm: true, status: 'repaired' });
    expect((await ben.get(donePath)).status).toBe(404);
  });

  it('refuses anyone but the author, a stale version and a body, and then nothing changes', async () => {
    const { ana, ben, base, path, rupture } = await sharedThenLinked();
    const stranger = await signUp(ctx().app);
    const before = await snapshotDatabase(ctx().db);
    const byBen = await ben.post(`${path}/harm`);
    expect(byBen.status).toBe(409);
    expect(byBen.body).toMatchObject({ error: { code: 'only_author' } });
    expect((await stranger.post(`${path}/harm`)).status).toBe(404);
    const stale = await ana.request('POST', `${path}/harm`, undefined, { 'if-match': `"${rupture.version}"` });
    expect(stale.body).toMatchObject({ error: { code: 'stale_version' } });
    expect((await ana.post(`${path}/harm`, { undo: true })).status).toBe(400);
    expect((await ana.post(`${base}/ruptures/not-an-id/harm`)).status).toBe(400);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });
});
