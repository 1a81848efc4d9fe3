import type { UserView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { createSpace, Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

const PASSWORD = 'a calm and long passphrase';

/** A second holder of the same cookie: what a browser that kept it (history, another tab) would send. */
function holderOf(person: Person): Person {
  const copy = new Person(person.app);
  copy.cookie = person.cookie;
  copy.device = person.device;
  return copy;
}

/** Every way of asking for something private with this cookie, so none of them answers after the lock. */
async function expectLockedOut(person: Person, spaceId: string) {
  expect((await person.get('/api/me')).status).toBe(401);
  const spaces = await person.get('/api/spaces');
  expect(spaces.status).toBe(401);
  expect(JSON.stringify(spaces.body)).not.toContain(spaceId);
  const space = await person.get(`/api/spaces/${spaceId}`);
  expect(space.status).toBe(401);
  expect(JSON.stringify(space.body)).not.toContain('Our place');
  expect((await person.get('/api/auth/session')).body).toEqual({ user: null });
}

describe('who is signed in, asked without a failed request (GET /api/auth/session)', () => {
  const ctx = useTestContext();

  it('answers 200 with the person when signed in, never cached', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const res = await ana.get<{ user: UserView }>('/api/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: ana.user });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 200 with null when nobody is signed in, or the cookie is unknown or malformed', async () => {
    const nobody = new Person(ctx().app);
    const res = await nobody.get('/api/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: null });
    expect(res.headers.get('cache-control')).toBe('no-store');

    const ana = await signUp(ctx().app);
    for (const cookie of [ana.cookie?.replace(/=.*/, `=${'A'.repeat(43)}`), ana.cookie?.replace(/=.*/, '=x')]) {
      const stranger = new Person(ctx().app);
      stranger.cookie = cookie;
      const answer = await stranger.get('/api/auth/session');
      expect(answer.status, cookie).toBe(200);
      expect(answer.body, cookie).toEqual({ user: null });
    }
  });

  it('refuses a query it does not take with a 400, and says nothing of the person', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana Quiet' });
    const res = await ana.get('/api/auth/session?user=1');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'validation_failed' } });
    expect(JSON.stringify(res.body)).not.toContain('Ana Quiet');
  });
});

describe('quick exit ends the session on the server (SECURITY.md P4)', () => {
  const ctx = useTestContext();

  it('the logout quick exit sends (same-origin JSON, no body) ends the session: the old cookie opens nothing', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const space = await createSpace(ana, { name: 'Our place' });
    const kept = holderOf(ana);
    expect((await kept.get('/api/spaces')).status).toBe(200);

    // What the browser sends for fetch('/api/auth/logout', { method: 'POST', keepalive: true, … }).
    const res = await ana.request('POST', '/api/auth/logout', undefined, {
      origin: 'http://localhost',
      host: 'localhost',
      'sec-fetch-site': 'same-origin',
    });
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().join('; ')).toMatch(/Max-Age=0/i);

    await expectLockedOut(kept, space.id);
    await expectLockedOut(ana, space.id);
  });

  it('a logout that is not JSON or comes from another site is refused and the session stays', async () => {
    const ana = await signUp(ctx().app);
    const space = await createSpace(ana, { name: 'Our place' });
    const asForm = await ana.request('POST', '/api/auth/logout', 'x=1', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(asForm.status).toBeGreaterThanOrEqual(400);
    expect(asForm.status).toBeLessThan(500);
    const crossSite = await ana.request('POST', '/api/auth/logout', undefined, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const spaces = await ana.get<{ spaces: { id: string }[] }>('/api/spaces');
    expect(spaces.status).toBe(200);
    expect(spaces.body.spaces.map((s) => s.id)).toEqual([space.id]);
  });

  it('when quick exit could not reach the server, signing in again ends the session the browser still held', async () => {
    const ana = await signUp(ctx().app, { email: 'ana@example.org' });
    const space = await createSpace(ana, { name: 'Our place' });
    const kept = holderOf(ana);
    // Offline at the quick exit: nothing reached the server, the old session is still good.
    expect((await kept.get('/api/me')).status).toBe(200);

    const login = await ana.post<{ user: UserView }>('/api/auth/login', {
      email: 'ana@example.org',
      password: PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(ana.cookie).not.toBe(kept.cookie);
    await expectLockedOut(kept, space.id);
    expect((await ana.get('/api/spaces')).status).toBe(200);
  });
});
