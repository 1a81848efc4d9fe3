import type { LiveMessage, RuptureDetailView, RuptureView, TimelineItem, UserView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { addMemberWithoutAccount, anaAndBen, type Person } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

type Detail = { rupture: RuptureDetailView };
const HOUR = 3_600_000;

/**
 * Editing one's own entries (issue 8): the author changes their words and
 * everyone who sees them reads the new words marked "edited"; nobody else
 * can change them; a private rupture's edit reaches nobody but its author.
 * Each test reads what the OTHER member receives.
 */
describe('PATCH …/ruptures/{id}, …/attempts/{id}, …/responses/{id}', () => {
  const ctx = useTestContext();

  /** Ana and Ben; Ana's shared rupture with her apology and Ben's "not yet"; every push recorded per account. */
  async function sharedWithHistory() {
    const people = await anaAndBen(ctx().app);
    const { ana, ben, benId, base } = people;
    const rupture = (
      await ana.post<Detail>(`${base}/ruptures`, {
        size: 'small',
        kinds: ['dismissive_tone'],
        involved: [benId],
        visibility: 'shared',
        topic: 'chores',
        note: 'I brushed you off about the dishes',
      })
    ).body.rupture;
    const path = `${base}/ruptures/${rupture.id}`;
    const attempt = (
      await ana.post<{ attempt: { id: string } }>(`${path}/attempts`, { kind: 'apology', message: 'Sorry' })
    ).body.attempt;
    const answered = await ben.post<Detail>(`${path}/responses`, { feel: 'not_yet', need: 'time' });
    const response = answered.body.rupture.responses[0];
    if (!response) throw new Error('no answer');
    const heard = new Map<string, LiveMessage[]>();
    ctx().bus.subscribe((event) => {
      for (const id of event.accountIds) heard.set(id, [...(heard.get(id) ?? []), event.message]);
    });
    return {
      ...people,
      rupture,
      path,
      attemptId: attempt.id,
      responseId: response.id,
      heard,
      anaAccount: await accountOf(ana),
      benAccount: await accountOf(ben),
    };
  }

  async function accountOf(p: Person): Promise<string> {
    return (await p.get<{ user: UserView }>('/api/me')).body.user.id;
  }

  /** The rupture as Ben's screens receive it: its detail, its row in the list, its place on the timeline. */
  async function asBenSeesIt(ben: Person, base: string, id: string) {
    const detail = (await ben.get<Detail>(`${base}/ruptures/${id}`)).body.rupture;
    const listed = (await ben.get<{ ruptures: RuptureView[] }>(`${base}/ruptures`)).body.ruptures.find(
      (r) => r.id === id,
    );
    const onTimeline = (await ben.get<{ items: TimelineItem[] }>(`${base}/timeline`)).body.items.find(
      (i) => i.type === 'rupture' && i.rupture.id === id,
    );
    return { detail, listed, timeline: onTimeline?.type === 'rupture' ? onTimeline.rupture : undefined };
  }

  /** Everything Ben's screens would ask for, as the text he receives. */
  async function whatBenReceives(ben: Person, base: string): Promise<string> {
    const answers = await Promise.all([
      ben.get(`${base}/ruptures?status=all`),
      ben.get(`${base}/timeline`),
      ben.get(`${base}/reminders`),
      ben.get(base),
      ben.get('/api/spaces'),
    ]);
    for (const a of answers) expect(a.status).toBe(200);
    return JSON.stringify(answers.map((a) => a.body));
  }

  it('lets the author change each field; the other member reads the new words, marked edited, everywhere', async () => {
    const { ana, ben, base, path, rupture, heard, anaAccount, benAccount } = await sharedWithHistory();
    ctx().clock.advance(HOUR);
    const editedAt = ctx().clock.now().toISOString();
    const yesterday = new Date(ctx().clock.now().getTime() - 24 * HOUR).toISOString();
    const current = (await ana.get<Detail>(path)).body.rupture;
    const edited = await ana.request<Detail>(
      'PATCH',
      path,
      {
        size: 'medium',
        kinds: ['criticism', 'eye_roll'],
        topic: 'Housework',
        note: 'I snapped',
        occurredAt: yesterday,
      },
      { 'if-match': `"${current.version}"` },
    );
    expect(edited.status).toBe(200);
    const changed = {
      size: 'medium',
      kinds: ['criticism', 'eye_roll'],
      topic: 'housework',
      note: 'I snapped',
      occurredAt: yesterday,
      editedAt,
      version: current.version + 1,
      status: current.status,
      visibility: 'shared',
    };
    expect(edited.body.rupture).toMatchObject(changed);
    expect(edited.body.rupture.attempts.map((a) => a.editedAt)).toEqual([null]);

    const seen = await asBenSeesIt(ben, base, rupture.id);
    expect(seen.detail).toMatchObject(changed);
    expect(seen.listed).toMatchObject(changed);
    expect(seen.timeline).toMatchObject(changed);
    expect(JSON.stringify(seen), 'the earlier wording is not kept anywhere').not.toContain('brushed you off');
    const push = {
      type: 'rupture.edited',
      spaceId: rupture.spaceId,
      ruptureId: rupture.id,
      version: current.version + 1,
    };
    expect(heard.get(benAccount), 'a push, and never the words').toEqual([push]);
    expect(heard.get(anaAccount)).toEqual([push]);

    // One field at a time works too, and saying the same again changes nothing.
    const noteOnly = await ana.patch<Detail>(path, { note: null });
    expect(noteOnly.body.rupture).toMatchObject({ note: null, size: 'medium', version: current.version + 2 });
    const same = await ana.patch<Detail>(path, { note: '   ', topic: 'housework' });
    expect(same.status).toBe(200);
    expect(same.body.rupture.version).toBe(current.version + 2);
    expect(heard.get(benAccount)).toHaveLength(2);
  });

  it('lets each person change their own words in the history, marked edited for the other', async () => {
    const { ana, ben, base, path, rupture, attemptId, responseId } = await sharedWithHistory();
    ctx().clock.advance(HOUR);
    const at = ctx().clock.now().toISOString();
    const message = await ana.patch<Detail>(`${path}/attempts/${attemptId}`, {
      message: 'I am sorry I snapped at you',
    });
    expect(message.status).toBe(200);
    const need = await ben.patch<Detail>(`${path}/responses/${responseId}`, { need: 'a walk together first' });
    expect(need.status).toBe(200);

    const seenByBen = (await asBenSeesIt(ben, base, rupture.id)).detail;
    expect(seenByBen.attempts).toMatchObject([{ id: attemptId, message: 'I am sorry I snapped at you', editedAt: at }]);
    expect(seenByBen.editedAt, 'the rupture itself was not edited').toBeNull();
    const seenByAna = (await ana.get<Detail>(path)).body.rupture;
    expect(seenByAna.responses).toMatchObject([{ id: responseId, need: 'a walk together first', editedAt: at }]);
    expect(seenByAna.completion).toContainEqual(expect.objectContaining({ need: 'a walk together first' }));
    const cleared = await ana.patch<Detail>(`${path}/attempts/${attemptId}`, { message: null });
    expect(cleared.body.rupture.attempts[0]?.message).toBeNull();
  });

  it('lets a parent change what they saw in an observed reconnection', async () => {
    const { ana, anaId, base, space } = await anaAndBen(ctx().app);
    const kid = await addMemberWithoutAccount(ana, space.id, 'Mia');
    const rupture = (
      await ana.post<Detail>(`${base}/ruptures`, {
        size: 'small',
        kinds: ['yelling'],
        involved: [anaId, kid.id],
        visibility: 'shared',
      })
    ).body.rupture;
    const path = `${base}/ruptures/${rupture.id}`;
    await ana.post(`${path}/attempts`, { kind: 'do_over' });
    const seen = await ana.post<Detail>(`${path}/reconnected`, { memberId: kid.id, note: 'calmed' });
    const id = seen.body.rupture.responses[0]?.id;
    const edited = await ana.patch<Detail>(`${path}/responses/${id}`, { note: 'came back to play' });
    expect(edited.status).toBe(200);
    expect(edited.body.rupture.responses[0]).toMatchObject({ note: 'came back to play', memberId: kid.id });
    expect(edited.body.rupture.responses[0]?.editedAt).not.toBeNull();
    const wrongField = await ana.patch(`${path}/responses/${id}`, { need: 'x' });
    expect(wrongField.status).toBe(409);
    expect(wrongField.body).toMatchObject({ error: { code: 'not_editable' } });
  });

  it("refuses anyone's edit of someone else's words with 409 only_author, and changes nothing", async () => {
    const { ana, ben, path, attemptId, responseId } = await sharedWithHistory();
    const before = await snapshotDatabase(ctx().db);
    const beforeDetail = (await ana.get<Detail>(path)).body.rupture;
    for (const [person, to, body] of [
      [ben, path, { note: 'Ana was rude' }],
      [ben, `${path}/attempts/${attemptId}`, { message: 'I take nothing back' }],
      [ana, `${path}/responses/${responseId}`, { need: 'nothing' }],
    ] as const) {
      const res = await person.patch(to, body);
      expect(res.status, to).toBe(409);
      expect(res.body).toMatchObject({ error: { code: 'only_author' } });
    }
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    const after = (await ben.get<Detail>(path)).body.rupture;
    expect(after).toMatchObject({ note: beforeDetail.note, version: beforeDetail.version, editedAt: null });
    expect(after.attempts[0]?.message).toBe('Sorry');
    expect(after.responses[0]?.need).toBe('time');
  });

  it('tells nobody else anything when a private rupture is edited: no list, timeline, attention or push', async () => {
    const { ana, ben, base, heard, anaAccount, benAccount, benId } = await sharedWithHistory();
    const mine = (
      await ana.post<Detail>(`${base}/ruptures`, {
        size: 'tiny',
        kinds: ['eye_roll'],
        involved: [benId],
        visibility: 'private',
        note: 'kept to myself',
      })
    ).body.rupture;
    const path = `${base}/ruptures/${mine.id}`;
    const before = await whatBenReceives(ben, base);
    heard.clear();

    ctx().clock.advance(HOUR);
    const edited = await ana.patch<Detail>(path, { note: 'he forgot the keys again', size: 'small', topic: 'keys' });
    expect(edited.status).toBe(200);
    expect(edited.body.rupture).toMatchObject({ note: 'he forgot the keys again', visibility: 'private' });

    const after = await whatBenReceives(ben, base);
    expect(after, 'Ben receives exactly what he did before').toEqual(before);
    expect(after).not.toContain(mine.id);
    expect(after).not.toContain('keys');
    expect(heard.get(benAccount), 'no live push reaches Ben').toBeUndefined();
    expect(heard.get(anaAccount)).toEqual([
      { type: 'rupture.edited', spaceId: mine.spaceId, ruptureId: mine.id, version: mine.version + 1 },
    ]);
    expect((await ben.patch(path, { note: 'x' })).status, 'hidden from him: not found').toBe(404);
  });

  it('never takes harm away, and never adds it by an edit', async () => {
    const { ana, base, path, rupture } = await sharedWithHistory();
    const plain = await ana.patch(path, { kinds: ['harm'] });
    expect(plain.status).toBe(400);
    expect(plain.body).toMatchObject({ error: { code: 'use_harm_endpoint' } });
    const marked = (await ana.post<Detail>(`${path}/harm`)).body.rupture;
    const before = await snapshotDatabase(ctx().db);
    const removed = await ana.patch(path, { kinds: ['dismissive_tone'] });
    expect(removed.status).toBe(409);
    expect(removed.body).toMatchObject({ error: { code: 'harm_stays' } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    const kept = await ana.patch<Detail>(path, { kinds: ['harm', 'yelling'], note: 'he shoved me' });
    expect(kept.body.rupture).toMatchObject({ harm: true, visibility: 'private', kinds: ['harm', 'yelling'] });
    expect(kept.body.rupture.version).toBe(marked.version + 1);
    expect(rupture.id).toBe(kept.body.rupture.id);
    expect(base).toContain(rupture.spaceId);
  });

  it('refuses a stale version, bad bodies and unknown entries, and changes nothing', async () => {
    const { ana, base, path, rupture, attemptId, responseId } = await sharedWithHistory();
    const { version } = (await ana.get<Detail>(path)).body.rupture;
    const before = await snapshotDatabase(ctx().db);
    const stale = await ana.request('PATCH', path, { note: 'late' }, { 'if-match': `"${version - 1}"` });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'stale_version' } });
    const soon = new Date(ctx().clock.now().getTime() + 2 * HOUR).toISOString();
    const refused: [string, unknown, number][] = [
      [path, {}, 400],
      [path, { involved: [] }, 400],
      [path, { visibility: 'private' }, 400],
      [path, { kinds: [] }, 400],
      [path, { note: 'x'.repeat(5001) }, 400],
      [path, { topic: 'mo\u202Eney' }, 400],
      [path, { occurredAt: soon }, 400],
      [`${path}/attempts/${attemptId}`, {}, 400],
      [`${path}/attempts/${attemptId}`, { message: 'x', kind: 'humor' }, 400],
      [`${path}/responses/${responseId}`, { need: 'x', note: 'y' }, 400],
      [`${path}/responses/${responseId}`, {}, 400],
      [`${path}/attempts/${responseId}`, { message: 'x' }, 404],
      [`${path}/responses/${attemptId}`, { need: 'x' }, 404],
      [`${base}/ruptures/${attemptId}`, { note: 'x' }, 404],
    ];
    for (const [to, body, status] of refused) {
      const res = await ana.patch(to, body);
      expect(res.status, `${to} ${JSON.stringify(body).slice(0, 40)}`).toBe(status);
    }
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    expect((await ana.get<Detail>(path)).body.rupture).toMatchObject({ version, editedAt: null, id: rupture.id });
  });
});
