import type { SessionView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { expectBadPagesRefused, walkPages } from '../../testing/pages';

const PASSWORD = 'a calm and long passphrase';
const DAY = 86_400_000;

describe('my sessions, one bounded page at a time (SECURITY.md R6)', () => {
  const ctx = useTestContext();

  it('pages through every live session of mine, newest sign-in first, never another account’s', async () => {
    const ana = await signUp(ctx().app, { email: 'ana@example.org' });
    const ben = await signUp(ctx().app, { email: 'ben@example.org' });
    const devices = [ana];
    for (let i = 0; i < 8; i++) {
      const device = new Person(ctx().app);
      const res = await device.post('/api/auth/login', { email: 'ana@example.org', password: PASSWORD });
      expect(res.status).toBe(200);
      devices.push(device);
    }
    const bensOwn = (await ben.get<{ sessions: SessionView[] }>('/api/auth/sessions')).body.sessions;
    expect(bensOwn).toHaveLength(1);

    const walk = await walkPages<SessionView>(ana, { path: '/api/auth/sessions', key: 'sessions', limit: 2 });
    const ids = walk.items.map((s) => s.id);
    expect(new Set(ids).size).toBe(9);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(ids).not.toContain(bensOwn[0]?.id);
    expect(walk.items.filter((s) => s.current)).toHaveLength(1);
    expect(walk.sizes).toEqual([2, 2, 2, 2, 1]);
    await expectBadPagesRefused(ctx().db, ana, '/api/auth/sessions');
  });

  it('leaves out sessions past their idle end, which are deleted only when next presented (S5)', async () => {
    const old = await signUp(ctx().app, { email: 'ana@example.org' });
    ctx().clock.advance(10 * DAY);
    const fresh = new Person(ctx().app);
    expect((await fresh.post('/api/auth/login', { email: 'ana@example.org', password: PASSWORD })).status).toBe(200);
    ctx().clock.advance(5 * DAY);
    const list = await fresh.get<{ sessions: SessionView[] }>('/api/auth/sessions');
    expect(list.body.sessions.map((s) => s.current)).toEqual([true]);
    expect((await old.get('/api/me')).status).toBe(401);
  });
});
