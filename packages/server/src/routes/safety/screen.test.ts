import type { LiveMessage, RuptureView, SafetyScreenView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

type Screen = { screen: SafetyScreenView };
const DAY = 86_400_000;
const calm = { afraid: 'no', hurt: 'no', threatened: 'no', controlled: 'no' };

/**
 * The private safety screen (SECURITY.md P5): a concerning answer puts that
 * person's own view on safety first and stops their reminders to repair
 * together; nothing of it reaches anyone else — the other member receives
 * exactly what they received before, byte for byte, and hears no push.
 */
describe('the safety screen: /api/safety/screen', () => {
  const ctx = useTestContext();

  async function withReminders() {
    const { ana, ben, benId, base, space } = await anaAndBen(ctx().app);
    const twoDaysAgo = new Date(ctx().clock.now().getTime() - 2 * DAY).toISOString();
    const made = await ana.post<{ rupture: RuptureView }>(`${base}/ruptures`, {
      size: 'medium',
      kinds: ['harsh_words'],
      involved: [benId],
      visibility: 'shared',
      occurredAt: twoDaysAgo,
    });
    const heard: LiveMessage[] = [];
    ctx().bus.subscribe((event) => heard.push(event.message));
    return { ana, ben, base, space, ruptureId: made.body.rupture.id, heard };
  }

  const remindersOf = async (p: Person, base: string) =>
    (await p.get<{ ruptures: RuptureView[] }>(`${base}/reminders`)).body.ruptures.map((r) => r.id);

  async function whatBenReceives(ben: Person, base: string, ruptureId: string) {
    const answers = await Promise.all(
      [
        base,
        '/api/spaces',
        `${base}/ruptures?status=all`,
        `${base}/ruptures/${ruptureId}`,
        `${base}/timeline`,
        `${base}/reminders`,
        '/api/safety/screen',
      ].map((path) => ben.get(path)),
    );
    return answers.map((a) => ({ status: a.status, body: a.body }));
  }

  it('a concerning answer puts safety first for that person alone; the other receives exactly the same', async () => {
    const { ana, ben, base, ruptureId, heard } = await withReminders();
    expect(await remindersOf(ana, base), 'Ana is reminded before: the test can fail').toEqual([ruptureId]);
    const benBefore = await whatBenReceives(ben, base, ruptureId);
    expect(JSON.stringify(benBefore)).toContain(ruptureId);

    const taken = await ana.request<Screen>('PUT', '/api/safety/screen', { ...calm, controlled: 'yes' });
    expect(taken.status).toBe(200);
    expect(taken.body.screen).toEqual({ safetyFirst: true, since: ctx().clock.now().toISOString() });
    expect((await ana.get<Screen>('/api/safety/screen')).body.screen.safetyFirst).toBe(true);
    expect(await remindersOf(ana, base), 'no reminders to repair together for Ana').toEqual([]);

    expect(await whatBenReceives(ben, base, ruptureId), 'nothing differs for Ben').toEqual(benBefore);
    expect(await remindersOf(ben, base), 'Ben is reminded as before').toEqual([ruptureId]);
    expect(heard, 'nobody is pushed anything').toEqual([]);

    // Only whether, and since when: no answer, no space, no other person.
    const rows = await ctx().db.selectFrom('safety_screen').selectAll().execute();
    expect(rows).toEqual([{ account_id: ana.user?.id, since: taken.body.screen.since }]);

    // Taking it again keeps when it started; switching back removes everything.
    ctx().clock.advance(60_000);
    const again = await ana.request<Screen>('PUT', '/api/safety/screen', { ...calm, afraid: 'not_sure' });
    expect(again.body.screen.since).toBe(taken.body.screen.since);
    expect((await ana.delete('/api/safety/screen')).status).toBe(204);
    expect((await ana.get<Screen>('/api/safety/screen')).body.screen).toEqual({ safetyFirst: false, since: null });
    expect(await remindersOf(ana, base)).toEqual([ruptureId]);
    expect(await ctx().db.selectFrom('safety_screen').selectAll().execute()).toEqual([]);
    expect(await whatBenReceives(ben, base, ruptureId)).toEqual(benBefore);
  });

  it('all plain "no" answers switch back to the usual view', async () => {
    const { ana, base, ruptureId } = await withReminders();
    await ana.request('PUT', '/api/safety/screen', { ...calm, hurt: 'yes' });
    const taken = await ana.request<Screen>('PUT', '/api/safety/screen', calm);
    expect(taken.body.screen).toEqual({ safetyFirst: false, since: null });
    expect(await remindersOf(ana, base)).toEqual([ruptureId]);
  });

  it('is one account’s own: another person reads and changes only theirs', async () => {
    const { ana, ben } = await withReminders();
    const stranger = await signUp(ctx().app);
    await ana.request('PUT', '/api/safety/screen', { ...calm, threatened: 'yes' });
    expect((await ben.get<Screen>('/api/safety/screen')).body.screen.safetyFirst).toBe(false);
    expect((await stranger.delete('/api/safety/screen')).status).toBe(204);
    expect((await ana.get<Screen>('/api/safety/screen')).body.screen.safetyFirst).toBe(true);
  });

  it('refuses incomplete, unknown or signed-out answers, and nothing changes', async () => {
    const { ana } = await withReminders();
    const anonymous = new Person(ctx().app);
    const before = await snapshotDatabase(ctx().db);
    for (const body of [
      { afraid: 'yes' },
      { ...calm, hurt: 'maybe' },
      { ...calm, hurt: true },
      { ...calm, note: 'he reads my phone' },
      [],
      null,
    ]) {
      const res = await ana.request('PUT', '/api/safety/screen', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await anonymous.request('PUT', '/api/safety/screen', { ...calm, hurt: 'yes' })).status).toBe(401);
    expect((await anonymous.get('/api/safety/screen')).status).toBe(401);
    expect((await ana.request('DELETE', '/api/safety/screen', { all: true })).status).toBeLessThan(500);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });
});
