import { describe, expect, it } from 'vitest';
import { ENDPOINTS, type Endpoint } from '../testing/endpoints';
import { useTestContext } from '../testing/harness';
import { buildWorld, ROLES, type Role, snapshotDatabase } from '../testing/world';

/** The contract's answer for each cell (SECURITY.md A1): 401 when signed out, 404 for anything not yours to see. */
function expectedStatus(endpoint: Endpoint, role: Role): number {
  switch (endpoint.access) {
    case 'public':
      return endpoint.okStatus;
    case 'account':
      if (role === 'anonymous') return 401;
      // The target session is the owner's: nobody else may end it, or learn it exists.
      if (endpoint.template.includes('{sessionId}') && role !== 'owner') return 404;
      return endpoint.okStatus;
    case 'member':
      if (role === 'anonymous') return 401;
      return role === 'owner' || role === 'other member' ? endpoint.okStatus : 404;
    case 'invite':
      if (endpoint.method === 'GET') return endpoint.okStatus;
      return role === 'anonymous' ? 401 : endpoint.okStatus;
    case 'shared rupture':
      if (role === 'anonymous') return 401;
      return role === 'owner' || role === 'other member' ? endpoint.okStatus : 404;
    case 'private rupture':
    case 'own check-in':
    case 'own conversation':
      if (role === 'anonymous') return 401;
      return role === 'owner' ? endpoint.okStatus : 404;
    case 'own shared entry':
      if (role === 'anonymous') return 401;
      if (role === 'other member') return 409;
      return role === 'owner' ? endpoint.okStatus : 404;
  }
}

describe('authorization matrix (A1)', () => {
  const ctx = useTestContext();

  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.method} ${endpoint.template}`, async () => {
      let world = await buildWorld(ctx().app);
      const cells: string[] = [];
      for (const role of ROLES) {
        if (endpoint.destructive) world = await buildWorld(ctx().app);
        const expected = expectedStatus(endpoint, role);
        const before = expected >= 400 ? await snapshotDatabase(ctx().db) : undefined;
        const res = await world.people[role].request(
          endpoint.method,
          endpoint.path(world.target),
          endpoint.body?.(world.target),
        );
        cells.push(`${role}: ${res.status}${res.status === expected ? '' : ` (expected ${expected})`}`);
        if (res.status === 404)
          expect(res.body).toMatchObject({ error: { code: expect.stringMatching(/not_found|invite_unusable/) } });
        if (before && res.status === expected) expect(await snapshotDatabase(ctx().db)).toEqual(before);
      }
      expect(cells.filter((c) => c.includes('expected'))).toEqual([]);
    });
  }

  it("refuses a member's own space id combined with another space's member id", async () => {
    const { people, target, elsewhere } = await buildWorld(ctx().app);
    const before = await snapshotDatabase(ctx().db);
    const path = `/api/spaces/${target.spaceId}/members/${elsewhere.guestMemberId}`;
    expect((await people.owner.patch(path, { displayName: 'Hijacked' })).status).toBe(404);
    expect((await people.owner.delete(path)).status).toBe(404);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('answers 404 alike for a space that exists but is not mine and one that never existed', async () => {
    const { people, target } = await buildWorld(ctx().app);
    const real = await people.outsider.get(`/api/spaces/${target.spaceId}`);
    const missing = await people.outsider.get('/api/spaces/01a1fe65-0000-7000-8000-000000000000');
    expect(real.status).toBe(404);
    expect(missing.body).toEqual(real.body);
  });
});
