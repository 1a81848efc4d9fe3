import { DURATIONS, type UserView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { newToken } from '../../auth/tokens';
import { Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { listen } from '../../testing/listen';
import { liveUpgradeStatus } from '../../testing/raw-http';

/**
 * A sibling host (or a page on plain HTTP) can set a second `session`
 * cookie for the whole domain or a longer path, which the browser then
 * sends first. The session that works must win, not the first one.
 */
describe('several session cookies (cookie tossing)', () => {
  const ctx = useTestContext();

  const tokenOf = (person: Person) => (person.cookie ?? '').replace(/^session=/, '');
  const withCookie = (cookie: string) => ({ cookie });

  async function meWith(cookie: string) {
    const res = await ctx().app.request('/api/me', { headers: withCookie(cookie) });
    return { status: res.status, body: (await res.json()) as { user?: UserView } };
  }

  it('takes the live session whichever comes first, and passes over planted, ended and expired ones', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const stale = await signUp(ctx().app, { displayName: 'Stale' });
    const ended = tokenOf(stale);
    await stale.post('/api/auth/logout');
    const planted = newToken();
    const mine = tokenOf(ana);

    for (const cookie of [
      `session=${planted}; session=${mine}`,
      `session=${ended}; session=${planted}; session=${mine}`,
      `session=${mine}; session=${planted}`,
      `session=not-a-token; theme=dark; session=${mine}`,
    ]) {
      const res = await meWith(cookie);
      expect({ cookie, status: res.status }).toEqual({ cookie, status: 200 });
      expect(res.body.user?.displayName).toBe('Ana');
    }
    expect((await meWith(`session=${planted}; session=${ended}`)).status).toBe(401);
  });

  it('deletes an expired session it passes over, and still lets the live one in', async () => {
    const old = await signUp(ctx().app, { displayName: 'Old' });
    const oldToken = tokenOf(old);
    ctx().clock.advance(DURATIONS.sessionIdle + 1000);
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const res = await meWith(`session=${oldToken}; session=${tokenOf(ana)}`);
    expect(res.body.user?.displayName).toBe('Ana');
    const left = await ctx().db.selectFrom('session').select('account_id').execute();
    expect(left.map((s) => s.account_id)).toEqual([ana.user?.id]);
  });

  it('signs out the live session, not the planted one in front of it', async () => {
    const ana = await signUp(ctx().app);
    const mine = tokenOf(ana);
    const res = await ctx().app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: `session=${newToken()}; session=${mine}`, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(204);
    expect((await meWith(`session=${mine}`)).status).toBe(401);
    expect(await ctx().db.selectFrom('session').selectAll().execute()).toEqual([]);
  });

  it('ends the live session at sign-in even behind a planted cookie (no fixation)', async () => {
    const email = 'ana@example.org';
    const ana = await signUp(ctx().app, { email, password: 'a calm and long passphrase' });
    const before = tokenOf(ana);
    const res = await ctx().app.request('/api/auth/login', {
      method: 'POST',
      headers: { cookie: `session=${newToken()}; session=${before}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'a calm and long passphrase' }),
    });
    expect(res.status).toBe(200);
    expect((await meWith(`session=${before}`)).status).toBe(401);
    expect(await ctx().db.selectFrom('session').selectAll().execute()).toHaveLength(1);
  });

  it('over real HTTP and on the live socket too', async () => {
    const ana = await signUp(ctx().app);
    const cookie = `session=${newToken()}; session=${tokenOf(ana)}`;
    const server = await listen(ctx());
    try {
      expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(200);
      expect(await liveUpgradeStatus(server.url, { cookie })).toBe(101);
    } finally {
      await server.close();
    }
  });

  it('is not outnumbered by many planted cookies, up to what a request header can hold', async () => {
    const ana = await signUp(ctx().app);
    const planted = Array.from({ length: 250 }, () => `session=${newToken()}`).join('; ');
    const res = await meWith(`${planted}; session=${tokenOf(ana)}`);
    expect(res.status).toBe(200);
    expect((await new Person(ctx().app).get('/api/me')).status).toBe(401);
  });
});
