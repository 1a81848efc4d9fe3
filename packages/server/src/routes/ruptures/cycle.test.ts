import type {
  CheckinView,
  RegulationView,
  RuptureDetailView,
  RuptureView,
  SimilarRuptureView,
  TimelineItem,
} from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { addMemberWithoutAccount, anaAndBen, createSpace, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

type Created = { rupture: RuptureDetailView; similar: SimilarRuptureView[] };
const DAY = 86_400_000;

describe('the repair cycle over HTTP', () => {
  const ctx = useTestContext();

  it('a private rupture is its author’s alone: not in lists, reads, or the timeline of others (A2)', async () => {
    const { ana, ben, base, benId } = await anaAndBen(ctx().app);
    const made = await ana.post<Created>(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['eye_roll'],
      involved: [benId],
      visibility: 'private',
      note: 'He rolled his eyes at dinner',
    });
    expect(made.status).toBe(201);
    expect(made.body.rupture).toMatchObject({ status: 'noted', visibility: 'private', isMine: true });
    const id = made.body.rupture.id;
    expect((await ben.get(`${base}/ruptures/${id}`)).status).toBe(404);
    expect((await ben.get<{ ruptures: RuptureView[] }>(`${base}/ruptures`)).body.ruptures).toEqual([]);
    const timeline = await ben.get<{ items: TimelineItem[] }>(`${base}/timeline`);
    expect(JSON.stringify(timeline.body)).not.toContain(id);
    expect((await ben.post(`${base}/ruptures/${id}/acknowledge`)).status).toBe(404);

    const raised = await ana.post<{ rupture: RuptureDetailView }>(`${base}/ruptures/${id}/raise`);
    expect(raised.body.rupture).toMatchObject({ status: 'raised', visibility: 'shared' });
    const seen = await ben.get<{ rupture: RuptureDetailView }>(`${base}/ruptures/${id}`);
    expect(seen.body.rupture).toMatchObject({ isMine: false, note: 'He rolled his eyes at dinner' });
  });

  it('a rupture marked as harm stays private whatever was asked, and leaves the repair flow (rule 9, P5)', async () => {
    const { ana, ben, base, benId } = await anaAndBen(ctx().app);
    const made = await ana.post<Created>(`${base}/ruptures`, {
      size: 'big',
      kinds: ['harm', 'yelling'],
      involved: [benId],
      visibility: 'shared',
      topic: 'money',
    });
    expect(made.body.rupture).toMatchObject({ visibility: 'private', harm: true, status: 'noted' });
    expect(made.body.similar).toEqual([]);
    const id = made.body.rupture.id;
    expect((await ben.get(`${base}/ruptures/${id}`)).status).toBe(404);
    for (const [action, payload] of [
      ['raise', undefined],
      ['attempts', { kind: 'apology' }],
    ] as const) {
      const res = await ana.post(`${base}/ruptures/${id}/${action}`, payload);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ error: { code: 'harm_not_for_repair' } });
    }
    expect((await ana.get<{ ruptures: RuptureView[] }>(`${base}/reminders`)).body.ruptures).toEqual([]);
  });

  it('check-ins are private; going on while flooded is recorded for the member alone (rule 6)', async () => {
    const { ana, ben, base, benId } = await anaAndBen(ctx().app);
    const made = await ana.post<Created>(`${base}/ruptures`, {
      size: 'medium',
      kinds: ['criticism'],
      involved: [benId],
      visibility: 'shared',
    });
    const checked = await ben.post<{ checkin: CheckinView; regulation: RegulationView }>(`${base}/checkins`, {
      state: 'activated',
      intensity: 8,
      note: 'so angry right now',
    });
    expect(checked.status).toBe(201);
    expect(checked.body.regulation).toMatchObject({ offerBreak: true, minimumBreakMinutes: 20 });
    expect((await ana.get<{ regulation: RegulationView }>(`${base}/regulation`)).body.regulation.offerBreak).toBe(
      false,
    );
    const anasTimeline = await ana.get<{ items: TimelineItem[] }>(`${base}/timeline`);
    expect(JSON.stringify(anasTimeline.body)).not.toContain('so angry');

    const path = `${base}/ruptures/${made.body.rupture.id}`;
    await ben.post(`${path}/attempts`, { kind: 'apology', message: 'Sorry.' });
    const bensView = await ben.get<{ rupture: RuptureDetailView }>(path);
    const anasView = await ana.get<{ rupture: RuptureDetailView }>(path);
    expect(bensView.body.rupture.attempts[0]?.whileFlooded).toBe(true);
    expect(anasView.body.rupture.attempts[0]).not.toHaveProperty('whileFlooded');

    ctx().clock.advance(2 * 60 * 60 * 1000 + 1);
    expect((await ben.get<{ regulation: RegulationView }>(`${base}/regulation`)).body.regulation.offerBreak).toBe(
      false,
    );
  });

  it('a break shows its return time to the others and keeps the rupture where it was', async () => {
    const { ana, ben, base, benId } = await anaAndBen(ctx().app);
    const made = await ana.post<Created>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['yelling'],
      involved: [benId],
      visibility: 'shared',
    });
    const path = `${base}/ruptures/${made.body.rupture.id}`;
    const returnAt = new Date(ctx().clock.now().getTime() + 20 * 60_000).toISOString();
    const paused = await ben.post<{ rupture: RuptureDetailView }>(`${path}/break`, { returnAt });
    expect(paused.status).toBe(200);
    expect(paused.body.rupture).toMatchObject({ pausedUntil: returnAt, status: 'recognized', round: 0 });
    expect((await ana.get<{ rupture: RuptureDetailView }>(path)).body.rupture.pausedUntil).toBe(returnAt);
    const past = await ben.post(`${path}/break`, {
      returnAt: new Date(ctx().clock.now().getTime() - 1000).toISOString(),
    });
    expect(past.status).toBe(400);
    expect((await ben.post(`${path}/attempts`, { kind: 'break' })).status).toBe(400);
  });

  it('suggests earlier ruptures that resemble a new one; linking to a repaired one marks it as not held (rule 8)', async () => {
    const { ana, ben, base, benId } = await anaAndBen(ctx().app);
    const first = await ana.post<Created>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['criticism'],
      involved: [benId],
      visibility: 'shared',
      topic: 'Chores',
      note: 'dishes left in the sink again',
    });
    const path = `${base}/ruptures/${first.body.rupture.id}`;
    await ben.post(`${path}/attempts`, { kind: 'own_my_part' });
    await ana.post(`${path}/responses`, { feel: 'repaired' });
    await ben.post(`${path}/responses`, { feel: 'repaired' });

    const again = await ana.post<Created>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['criticism'],
      involved: [benId],
      visibility: 'shared',
      topic: 'chores',
    });
    expect(again.body.similar).toEqual([
      expect.objectContaining({ id: first.body.rupture.id, reason: { kind: 'same_topic', topic: 'chores' } }),
    ]);
    const linked = await ana.post<{ rupture: RuptureDetailView }>(`${base}/ruptures/${again.body.rupture.id}/link`, {
      earlierId: first.body.rupture.id,
    });
    expect(linked.body.rupture.linkedToId).toBe(first.body.rupture.id);
    expect((await ben.get<{ rupture: RuptureDetailView }>(path)).body.rupture.repairHeld).toBe(false);
  });

  it('lets go of a small private rupture, but not of a shared or big one (rule 5)', async () => {
    const { ana, base, benId } = await anaAndBen(ctx().app);
    const small = await ana.post<Created>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['forgot'],
      involved: [benId],
      visibility: 'private',
    });
    const gone = await ana.post<{ rupture: RuptureDetailView }>(`${base}/ruptures/${small.body.rupture.id}/let-go`);
    expect(gone.body.rupture).toMatchObject({ status: 'let_go' });
    const big = await ana.post<Created>(`${base}/ruptures`, {
      size: 'big',
      kinds: ['contempt'],
      involved: [benId],
      visibility: 'private',
    });
    const refused = await ana.post(`${base}/ruptures/${big.body.rupture.id}/let-go`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'let_go_small_private' } });
    expect((await ana.get<{ ruptures: RuptureView[] }>(`${base}/ruptures?status=open`)).body.ruptures).toHaveLength(1);
  });

  it('brings open ruptures back on a widening schedule, snoozable (rule 7)', async () => {
    const { ana, base, benId } = await anaAndBen(ctx().app);
    await ana.post<Created>(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['missed_bid'],
      involved: [benId],
      visibility: 'private',
    });
    const due = async () => (await ana.get<{ ruptures: RuptureView[] }>(`${base}/reminders`)).body.ruptures;
    expect(await due()).toEqual([]);
    ctx().clock.advance(DAY + 1);
    const [first] = await due();
    expect(first).toBeDefined();
    expect((await ana.post(`${base}/ruptures/${first?.id}/reminder`, { snoozeUntil: null })).status).toBe(204);
    expect(await due()).toEqual([]);
    ctx().clock.advance(2 * DAY);
    expect(await due()).toHaveLength(1);
    const until = new Date(ctx().clock.now().getTime() + 10 * DAY).toISOString();
    await ana.post(`${base}/ruptures/${first?.id}/reminder`, { snoozeUntil: until });
    ctx().clock.advance(9 * DAY);
    expect(await due()).toEqual([]);
    ctx().clock.advance(2 * DAY);
    expect(await due()).toHaveLength(1);
  });

  it('pages the timeline newest first with an opaque cursor', async () => {
    const { ana, base } = await anaAndBen(ctx().app);
    for (let i = 0; i < 5; i++) {
      ctx().clock.advance(60_000);
      await ana.post(`${base}/moments`, { kind: 'gratitude', visibility: 'shared', note: `thanks ${i}` });
      ctx().clock.advance(60_000);
      await ana.post(`${base}/checkins`, { state: 'connected', intensity: 2 });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: TimelineItem[]; nextBefore: string | null } } = await ana.get(
        `${base}/timeline?limit=3${cursor ? `&before=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((i) => i.at));
      cursor = page.body.nextBefore;
    } while (cursor);
    expect(seen).toHaveLength(10);
    expect([...seen].sort().reverse()).toEqual(seen);
    expect((await ana.get(`${base}/timeline?before=not-a-cursor`)).status).toBe(400);
  });

  it('a parent repairs with a child who has no account: do-over, then the observed reconnection', async () => {
    const dad = await signUp(ctx().app, { displayName: 'Dad' });
    const space = await createSpace(dad, { kind: 'parent_child', name: 'Dad & Mia' });
    const base = `/api/spaces/${space.id}`;
    const mia = await addMemberWithoutAccount(dad, space.id, 'Mia');
    const made = await dad.post<Created>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['yelling'],
      involved: [mia.id],
      visibility: 'private',
    });
    const path = `${base}/ruptures/${made.body.rupture.id}`;
    expect((await dad.post(`${path}/reconnected`, { memberId: mia.id, note: 'early' })).status).toBe(409);
    await dad.post(`${path}/attempts`, { kind: 'do_over', message: "I yelled. It's not your fault. Let's try again." });
    const dadMember = made.body.rupture.authorMemberId;
    expect((await dad.post(`${path}/reconnected`, { memberId: dadMember })).status).toBe(409);
    const after = await dad.post<{ rupture: RuptureDetailView }>(`${path}/reconnected`, {
      memberId: mia.id,
      note: 'came back to play',
    });
    expect(after.body.rupture.status).toBe('repairing');
    expect(after.body.rupture.completion).toEqual([
      { memberId: dadMember, state: 'waiting', need: null },
      { memberId: mia.id, state: 'repaired', need: null },
    ]);
    const done = await dad.post<{ rupture: RuptureDetailView }>(`${path}/responses`, { feel: 'repaired' });
    expect(done.body.rupture.status).toBe('repaired');
  });

  it('refuses involved people who are not members, and times in the future', async () => {
    const { ana, base } = await anaAndBen(ctx().app);
    const stranger = await ana.post(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['other'],
      involved: ['01a1fe65-0000-7000-8000-000000000000'],
      visibility: 'private',
    });
    expect(stranger.body).toMatchObject({ error: { code: 'invalid_involved' } });
    const future = await ana.post(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['other'],
      involved: [],
      visibility: 'private',
      occurredAt: new Date(ctx().clock.now().getTime() + DAY).toISOString(),
    });
    expect(future.body).toMatchObject({ error: { code: 'invalid_occurred_at' } });
    expect(await ctx().db.selectFrom('rupture').select('id').execute()).toHaveLength(0);
  });
});
