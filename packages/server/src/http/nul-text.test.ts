import type { RuptureView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { createSpace, Person, signUp } from '../testing/client';
import { useTestContext } from '../testing/harness';
import { listen } from '../testing/listen';
import { snapshotDatabase } from '../testing/world';

/**
 * A NUL in any text of a write is refused with a 400 that changes nothing
 * (I1, I4). PostgreSQL cannot store one: notes, moments, check-ins and a
 * login with one answered 500 there before.
 */
describe('text holding a NUL character', () => {
  const ctx = useTestContext();

  it('is refused in every kind of write, on both databases, and nothing changes', async () => {
    const ana = await signUp(ctx().app);
    const home = await createSpace(ana);
    const rupture = (
      await ana.post<{ rupture: RuptureView }>(`/api/spaces/${home.id}/ruptures`, {
        size: 'tiny',
        kinds: ['eye_roll'],
        involved: [],
        visibility: 'private',
      })
    ).body.rupture;
    const nul = 'a\u0000b';
    const before = await snapshotDatabase(ctx().db);
    const stranger = new Person(ctx().app);
    const answers = [
      await ana.post(`/api/spaces/${home.id}/ruptures`, {
        size: 'tiny',
        kinds: ['eye_roll'],
        involved: [],
        visibility: 'private',
        note: nul,
      }),
      await ana.post(`/api/spaces/${home.id}/moments`, { kind: 'appreciation', visibility: 'shared', note: nul }),
      await ana.post(`/api/spaces/${home.id}/checkins`, { state: 'activated', intensity: 4, note: nul }),
      await ana.post(`/api/spaces/${home.id}/ruptures/${rupture.id}/attempts`, { kind: 'apology', message: nul }),
      await stranger.post('/api/auth/login', { email: `a${nul}@example.org`, password: 'a calm and long passphrase' }),
      await stranger.post('/api/auth/register', {
        email: 'new@example.org',
        password: `a calm and long${nul}passphrase`,
        displayName: 'New',
      }),
      await ana.request('POST', `/api/spaces/${home.id}/members`, '{"displayName":"Mia\\u0000"}'),
    ];
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'validation_failed' } });
    }
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('is refused over real HTTP too, while an escaped backslash before "u0000" is plain text', async () => {
    const ana = await signUp(ctx().app);
    const home = await createSpace(ana);
    const server = await listen(ctx());
    try {
      const post = (body: string) =>
        fetch(`${server.url}/api/spaces/${home.id}/members`, {
          method: 'POST',
          headers: { cookie: ana.cookie ?? '', 'content-type': 'application/json' },
          body,
        });
      expect((await post('{"displayName":"Mia\\u0000"}')).status).toBe(400);
      expect((await post('{"displayName":"Mia\\\\\\u0000"}')).status).toBe(400);
      const literal = await post('{"displayName":"Mia \\\\u0000"}');
      expect(literal.status).toBe(201);
      expect(((await literal.json()) as { member: { displayName: string } }).member.displayName).toBe('Mia \\u0000');
    } finally {
      await server.close();
    }
  });
});
