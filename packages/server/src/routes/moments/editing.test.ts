import type { CheckinView, MomentView, RegulationView, TimelineItem } from '@repairable/core';
import { afterEach, describe, expect, it } from 'vitest';
import { anaAndBen, type Person } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { listen } from '../../testing/listen';
import { connectLive } from '../../testing/live-socket';
import { snapshotDatabase } from '../../testing/world';

describe('editing and deleting one’s own moments and check-ins (issue 8)', () => {
  const ctx = useTestContext();
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  async function sockets(...people: Person[]) {
    const s = await listen(ctx());
    cleanup.push(() => s.close());
    return Promise.all(people.map((p) => connectLive(s.url, p, cleanup)));
  }

  const timelineOf = async (person: Person, base: string) =>
    (await person.get<{ items: TimelineItem[] }>(`${base}/timeline`)).body.items;
  const momentsIn = (items: TimelineItem[]) => items.flatMap((i) => (i.type === 'moment' ? [i.moment] : []));

  it('the other member sees a shared moment’s new words marked edited, and nothing of it once deleted', async () => {
    const { ana, ben, base, space } = await anaAndBen(ctx().app);
    const [bens] = await sockets(ben);
    const made = await ana.post<{ moment: MomentView }>(`${base}/moments`, {
      kind: 'appreciation',
      visibility: 'shared',
      note: 'Thank you for dinner.',
    });
    expect(await bens?.next()).toEqual({ type: 'moment.shared', spaceId: space.id });
    const path = `${base}/moments/${made.body.moment.id}`;

    ctx().clock.advance(60_000);
    const edited = await ana.patch<{ moment: MomentView }>(path, {
      note: 'Thank you for the soup.',
      kind: 'gratitude',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.moment).toMatchObject({ note: 'Thank you for the soup.', kind: 'gratitude' });
    expect(edited.body.moment.editedAt).toBe(ctx().clock.now().toISOString());
    // Content-free, like every push: Ben refetches what he may see.
    expect(await bens?.next()).toEqual({ type: 'moment.edited', spaceId: space.id });
    const seen = momentsIn(await timelineOf(ben, base));
    expect(seen).toEqual([
      expect.objectContaining({ id: made.body.moment.id, note: 'Thank you for the soup.', kind: 'gratitude' }),
    ]);
    expect(seen[0]?.editedAt).toBe(edited.body.moment.editedAt);
    expect((await ben.get<{ moment: MomentView }>(path)).body.moment.editedAt).toBe(edited.body.moment.editedAt);

    expect((await ana.delete(path)).status).toBe(204);
    expect(await bens?.next()).toEqual({ type: 'moment.deleted', spaceId: space.id });
    const after = JSON.stringify(await timelineOf(ben, base));
    expect(after).not.toContain(made.body.moment.id);
    expect(after).not.toContain('soup');
    expect((await ben.get(path)).status).toBe(404);
    expect((await ana.get(path)).status).toBe(404);
  });

  it('taking a shared moment back to private tells the other member to refresh, and hides it from him', async () => {
    const { ana, ben, base } = await anaAndBen(ctx().app);
    const made = await ana.post<{ moment: MomentView }>(`${base}/moments`, {
      kind: 'joy',
      visibility: 'shared',
      note: 'the walk by the river',
    });
    const [bens] = await sockets(ben);
    const path = `${base}/moments/${made.body.moment.id}`;
    expect((await ana.patch(path, { visibility: 'private' })).status).toBe(200);
    expect((await bens?.next())?.type).toBe('moment.edited');
    expect(JSON.stringify(await timelineOf(ben, base))).not.toContain('river');
    expect((await ben.get(path)).status).toBe(404);
    expect(momentsIn(await timelineOf(ana, base))).toEqual([
      expect.objectContaining({ note: 'the walk by the river', visibility: 'private' }),
    ]);
  });

  it('editing or deleting a private moment or a check-in tells the other member nothing', async () => {
    const { ana, ben, base } = await anaAndBen(ctx().app);
    const secret = await ana.post<{ moment: MomentView }>(`${base}/moments`, {
      kind: 'gratitude',
      visibility: 'private',
      note: 'quietly grateful',
    });
    const checkin = await ana.post<{ checkin: CheckinView }>(`${base}/checkins`, { state: 'activated', intensity: 7 });
    const [anas, bens] = await sockets(ana, ben);
    const momentPath = `${base}/moments/${secret.body.moment.id}`;
    const checkinPath = `${base}/checkins/${checkin.body.checkin.id}`;

    expect((await ana.patch(momentPath, { note: 'grateful he made soup' })).status).toBe(200);
    expect((await ana.patch(checkinPath, { note: 'tight chest after the call' })).status).toBe(200);
    expect(JSON.stringify(await timelineOf(ben, base))).not.toMatch(/soup|chest|grateful/);
    expect((await ana.delete(momentPath)).status).toBe(204);
    expect((await ana.delete(checkinPath)).status).toBe(204);
    // Her own other devices hear of each change.
    const hers = [await anas?.next(), await anas?.next(), await anas?.next(), await anas?.next()];
    expect(hers.map((m) => m?.type)).toEqual(['moment.edited', 'checkin.edited', 'moment.deleted', 'checkin.deleted']);
    // Then something Ben may see: it must be the first thing his socket ever says.
    await ana.post(`${base}/moments`, { kind: 'joy', visibility: 'shared' });
    expect((await bens?.next())?.type).toBe('moment.shared');
    expect(bens?.messages).toEqual([]);
  });

  it('another member’s PATCH or DELETE changes nothing: 404 for what he cannot see, 409 for her shared moment', async () => {
    const { ana, ben, base } = await anaAndBen(ctx().app);
    const shared = await ana.post<{ moment: MomentView }>(`${base}/moments`, {
      kind: 'joy',
      visibility: 'shared',
      note: 'the walk',
    });
    const secret = await ana.post<{ moment: MomentView }>(`${base}/moments`, { kind: 'joy', visibility: 'private' });
    const checkin = await ana.post<{ checkin: CheckinView }>(`${base}/checkins`, { state: 'connected', intensity: 2 });
    const before = await snapshotDatabase(ctx().db);

    for (const path of [`${base}/moments/${secret.body.moment.id}`, `${base}/checkins/${checkin.body.checkin.id}`]) {
      const patched = await ben.patch(path, { note: 'mine now' });
      expect(patched.status).toBe(404);
      expect(patched.body).toMatchObject({ error: { code: 'not_found' } });
      expect((await ben.delete(path)).status).toBe(404);
    }
    // A check-in and a private moment that never existed answer alike.
    const unknown = await ben.patch(`${base}/moments/01900000-0000-7000-8000-000000000000`, { note: 'x' });
    const hidden = await ben.patch(`${base}/moments/${secret.body.moment.id}`, { note: 'x' });
    expect(unknown.body).toEqual(hidden.body);

    const sharedPath = `${base}/moments/${shared.body.moment.id}`;
    const refused = await ben.patch(sharedPath, { note: 'rewritten' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'only_author' } });
    expect((await ben.delete(sharedPath)).body).toMatchObject({ error: { code: 'only_author' } });

    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    expect(momentsIn(await timelineOf(ana, base)).map((m) => [m.note, m.editedAt])).toEqual([
      [null, null],
      ['the walk', null],
    ]);
  });

  it('a bad body is a 400 and changes nothing; an edit that changes nothing is not marked', async () => {
    const { ana, base } = await anaAndBen(ctx().app);
    const made = await ana.post<{ moment: MomentView }>(`${base}/moments`, {
      kind: 'joy',
      visibility: 'shared',
      note: 'the walk',
    });
    const checkin = await ana.post<{ checkin: CheckinView }>(`${base}/checkins`, { state: 'connected', intensity: 2 });
    const momentPath = `${base}/moments/${made.body.moment.id}`;
    const checkinPath = `${base}/checkins/${checkin.body.checkin.id}`;
    const before = await snapshotDatabase(ctx().db);
    for (const [path, body] of [
      [momentPath, {}],
      [momentPath, { note: 'x'.repeat(5001) }],
      [momentPath, { kind: 'nonsense' }],
      [momentPath, { visibility: 'everyone' }],
      [momentPath, { about: ['01900000-0000-7000-8000-000000000000'] }],
      [momentPath, { note: 'fine', authorMemberId: 'someone' }],
      [checkinPath, { state: 'activated', note: 'calmer' }],
      [checkinPath, { intensity: 9 }],
      [checkinPath, {}],
    ] as const) {
      const res = await ana.patch(path, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await snapshotDatabase(ctx().db)).toEqual(before);

    const same = await ana.patch<{ moment: MomentView }>(momentPath, { note: ' the walk ', kind: 'joy' });
    expect(same.body.moment.editedAt).toBeNull();
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('after a check-in is deleted, rule 6 reads the latest one left', async () => {
    const { ana, base } = await anaAndBen(ctx().app);
    const regulation = async () =>
      (await ana.get<{ regulation: RegulationView }>(`${base}/regulation`)).body.regulation;
    const calm = await ana.post<{ checkin: CheckinView }>(`${base}/checkins`, { state: 'connected', intensity: 2 });
    ctx().clock.advance(60_000);
    const flooded = await ana.post<{ checkin: CheckinView }>(`${base}/checkins`, {
      state: 'activated',
      intensity: 9,
    });
    expect((await regulation()).offerBreak).toBe(true);
    ctx().clock.advance(60_000);
    const noted = await ana.patch<{ checkin: CheckinView }>(`${base}/checkins/${flooded.body.checkin.id}`, {
      note: 'after the phone call',
    });
    expect(noted.body.checkin).toMatchObject({ state: 'activated', intensity: 9, note: 'after the phone call' });
    expect(noted.body.checkin.editedAt).toBe(ctx().clock.now().toISOString());
    expect((await regulation()).latest?.note).toBe('after the phone call');

    expect((await ana.delete(`${base}/checkins/${flooded.body.checkin.id}`)).status).toBe(204);
    const after = await regulation();
    expect(after.offerBreak).toBe(false);
    expect(after.latest?.id).toBe(calm.body.checkin.id);
  });
});
