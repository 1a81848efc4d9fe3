import type { MemberView, RuptureView, SpaceView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { createSpace, Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

/** Names every member reads must look the same to all (SECURITY.md I1). */
const HIDDEN = {
  escape: 'Ana\u001b[2J',
  override: '\u202Eana',
  isolate: 'Ana \u2067Ben\u2069',
  zeroWidthOnly: '\u200B\u200D',
  fillerOnly: '\u3164',
};

describe('names refuse control, bidi and invisible-only characters (I1)', () => {
  const ctx = useTestContext();

  async function space() {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const home = await createSpace(ana, { name: 'Home' });
    const kid = (await ana.post<{ member: MemberView }>(`/api/spaces/${home.id}/members`, { displayName: 'Mia' })).body
      .member;
    return { ana, home, kid };
  }

  it.each(Object.entries(HIDDEN))(
    'answers 400 to a %s name everywhere a name is given, changing nothing',
    async (_, bad) => {
      const { ana, home, kid } = await space();
      const before = await snapshotDatabase(ctx().db);
      const attempts = [
        {
          res: await new Person(ctx().app).post('/api/auth/register', {
            email: 'new@example.org',
            password: 'a calm and long passphrase',
            displayName: bad,
          }),
          code: 'invalid_display_name',
        },
        { res: await ana.post('/api/spaces', { name: bad, kind: 'couple' }), code: 'invalid_space_name' },
        { res: await ana.patch(`/api/spaces/${home.id}`, { name: bad }), code: 'invalid_space_name' },
        { res: await ana.post(`/api/spaces/${home.id}/members`, { displayName: bad }), code: 'invalid_display_name' },
        {
          res: await ana.patch(`/api/spaces/${home.id}/members/${kid.id}`, { displayName: bad }),
          code: 'invalid_display_name',
        },
      ];
      for (const { res, code } of attempts) {
        expect(res.status).toBe(400);
        expect(res.body).toEqual({ error: { code, message: expect.stringContaining('hidden or control characters') } });
      }
      expect(await snapshotDatabase(ctx().db)).toEqual(before);
    },
  );

  it('stores the one canonical form of a name: NFC, trimmed of invisible ends', async () => {
    const { ana, home } = await space();
    const added = await ana.post<{ member: MemberView }>(`/api/spaces/${home.id}/members`, {
      displayName: 'Jose\u0301\u200B ',
    });
    expect(added.status).toBe(201);
    expect(added.body.member.displayName).toBe('Jos\u00e9');
    const renamed = await ana.patch<{ space: SpaceView }>(`/api/spaces/${home.id}`, { name: '\u2060Our  home\u200B' });
    expect(renamed.body.space.name).toBe('Our home');
  });

  it('refuses a topic with control or bidi characters, and takes an invisible-only topic as none', async () => {
    const { ana, home } = await space();
    const ruptures = `/api/spaces/${home.id}/ruptures`;
    const rupture = { size: 'tiny', kinds: ['eye_roll'], involved: [], visibility: 'private' };
    const before = await snapshotDatabase(ctx().db);
    for (const topic of [HIDDEN.escape, HIDDEN.override, HIDDEN.isolate]) {
      const res = await ana.post(ruptures, { ...rupture, topic });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'invalid_topic' } });
    }
    expect(await snapshotDatabase(ctx().db)).toEqual(before);

    const blank = await ana.post<{ rupture: RuptureView }>(ruptures, { ...rupture, topic: HIDDEN.zeroWidthOnly });
    expect(blank.status).toBe(201);
    expect(blank.body.rupture.topic).toBeNull();
  });
});
