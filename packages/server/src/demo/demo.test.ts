import {
  canSeeCheckin,
  canSeeMoment,
  canSeeRupture,
  type RuptureDetailView,
  type RuptureView,
  type SpaceView,
  type TimelineItem,
} from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { argon2Hasher } from '../auth/passwords';
import { readConfig, UsageError } from '../config';
import { Person, signUp } from '../testing/client';
import { useTestContext } from '../testing/harness';
import { walkPages } from '../testing/pages';
import { snapshotDatabase } from '../testing/world';
import { createDemo, DEMO_SPACE_NAME, type DemoResult, demoSignInText } from './demo';

type TimelinePage = { items: TimelineItem[]; nextBefore: string | null };

describe('repairable demo', () => {
  const ctx = useTestContext();
  const demo = (kind: 'couple' | 'parent_child') =>
    createDemo(
      { write: ctx().write, clock: ctx().clock, passwords: argon2Hasher() },
      { kind, years: 0.25, seed: 2026 },
    );

  async function signIn(result: DemoResult, index: number): Promise<{ person: Person; memberId: string }> {
    const who = result.people[index];
    if (!who) throw new Error('no such demo person');
    const person = new Person(ctx().app);
    const login = await person.post('/api/auth/login', { email: who.email, password: who.password });
    expect(login.status).toBe(200);
    const spaces = await person.get<{ spaces: SpaceView[] }>('/api/spaces');
    const space = spaces.body.spaces.find((s) => s.id === result.space.id);
    expect(space).toMatchObject({ name: DEMO_SPACE_NAME, sample: true });
    const memberId = space?.members.find((m) => m.isMe)?.id ?? '';
    return { person, memberId };
  }

  async function timeline(person: Person, spaceId: string): Promise<TimelineItem[]> {
    const items: TimelineItem[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res: { status: number; body: TimelinePage } = await person.get(
        `/api/spaces/${spaceId}/timeline?limit=100${cursor ? `&before=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      cursor = res.body.nextBefore;
      if (cursor === null) return items;
    }
    throw new Error('the timeline did not end');
  }

  const idOf = (i: TimelineItem) =>
    i.type === 'rupture' ? i.rupture.id : i.type === 'moment' ? i.moment.id : i.checkin.id;

  it('writes a couple’s space whose lists, details and timeline read through the API, each person seeing what they may', async () => {
    const result = await demo('couple');
    const { history } = result;
    const base = `/api/spaces/${result.space.id}`;
    for (const index of [0, 1]) {
      const { person, memberId } = await signIn(result, index);
      const { items } = await walkPages<RuptureView>(person, { path: `${base}/ruptures`, key: 'ruptures', limit: 100 });
      const visible = history.ruptures.filter((r) => canSeeRupture(memberId, r));
      expect(visible.length).toBeGreaterThan(20);
      expect(items.map((r) => r.id).sort()).toEqual(visible.map((r) => r.id).sort());
      // Content, not counts: what the API shows is what the simulation made, status and all.
      for (const r of items) expect(r.status).toBe(history.ruptures.find((x) => x.id === r.id)?.status);
      const repaired = visible.find((r) => r.status === 'repaired' && r.round > 1);
      expect(repaired).toBeDefined();
      const detail = await person.get<{ rupture: RuptureDetailView }>(`${base}/ruptures/${repaired?.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body.rupture.status).toBe('repaired');
      const seen = await timeline(person, result.space.id);
      const expected = [
        ...visible.map((r) => r.id),
        ...history.moments.filter((m) => canSeeMoment(memberId, m)).map((m) => m.id),
        ...history.checkins.filter((c) => canSeeCheckin(memberId, c)).map((c) => c.id),
      ];
      expect(seen.map(idOf).sort()).toEqual(expected.sort());
    }
  });

  it('prints each demo sign-in once, with its password', async () => {
    const result = await demo('couple');
    const text = demoSignInText(result);
    for (const p of result.people) {
      expect(text).toContain(p.email);
      expect(text.split(p.password)).toHaveLength(2);
      expect(p.email).toMatch(/^demo-[0-9a-f]{8}(-partner)?@example\.org$/);
    }
  });

  it('writes a parent’s space with a child without an account, whose reconnections the parent sees', async () => {
    const result = await demo('parent_child');
    expect(result.people).toHaveLength(1);
    const { person, memberId } = await signIn(result, 0);
    const child = result.history.members.find((m) => m.accountId === null)?.id;
    const base = `/api/spaces/${result.space.id}`;
    const { items } = await walkPages<RuptureView>(person, { path: `${base}/ruptures`, key: 'ruptures', limit: 100 });
    expect(items).toHaveLength(result.history.ruptures.length);
    const repaired = items.find((r) => r.status === 'repaired');
    const detail = await person.get<{ rupture: RuptureDetailView }>(`${base}/ruptures/${repaired?.id}`);
    expect(detail.status).toBe(200);
    const seen = detail.body.rupture.responses.filter((r) => r.memberId === child);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.recordedByMemberId === memberId && r.feel === 'repaired')).toBe(true);
    expect(detail.body.rupture.completion.every((c) => c.state === 'repaired')).toBe(true);
  });

  it('gives a signed-in person one clearly named sample space at a time, which leaving deletes', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const made = await ana.post<{ space: SpaceView }>('/api/demo-space');
    expect(made.status).toBe(201);
    const { space } = made.body;
    expect(space.name).toBe(DEMO_SPACE_NAME);
    expect(space.members.map((m) => [m.displayName, m.hasAccount, m.isMe])).toEqual([
      ['Ana', true, true],
      ['Sam (sample)', false, false],
    ]);
    const base = `/api/spaces/${space.id}`;
    const { items } = await walkPages<RuptureView>(ana, { path: `${base}/ruptures`, key: 'ruptures', limit: 100 });
    expect(items.length).toBeGreaterThan(0);

    const before = await snapshotDatabase(ctx().db);
    const again = await ana.post('/api/demo-space', { kind: 'parent_child' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'demo_space_exists' } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);

    expect((await ana.post(`${base}/leave`)).status).toBe(204);
    expect((await ana.get(`${base}/ruptures`)).status).toBe(404);
    const fresh = await ana.post<{ space: SpaceView }>('/api/demo-space', { kind: 'parent_child' });
    expect(fresh.status).toBe(201);
    expect(fresh.body.space.kind).toBe('parent_child');
    expect(fresh.body.space.id).not.toBe(space.id);
  });
});

describe('repairable demo, its options', () => {
  it('reads kind, years, seed and moments, and refuses what it cannot do', () => {
    expect(readConfig(['demo'], {}).demo).toEqual({ kind: 'couple', years: 2, seed: undefined, moments: undefined });
    const args = ['demo', '--kind', 'parent_child', '--years', '10', '--seed', '7', '--moments', '100000'];
    expect(readConfig(args, {}).demo).toEqual({ kind: 'parent_child', years: 10, seed: 7, moments: 100_000 });
    for (const bad of [
      ['--kind', 'work'],
      ['--years', '0'],
      ['--years', '11'],
      ['--seed', '-1'],
      ['--seed', '1.5'],
      ['--moments', 'lots'],
    ]) {
      expect(() => readConfig(['demo', ...bad], {}), bad.join(' ')).toThrow(UsageError);
    }
  });
});
