import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../testing/endpoints';
import { useTestContext } from '../testing/harness';
import { buildWorld, snapshotDatabase } from '../testing/world';

/**
 * Bodies of every kind: arbitrary JSON, and objects that reuse the
 * endpoint's real field names with wrong-typed, oversized or extra values,
 * which reach deeper than random keys ever would.
 */
function bodies(valid: unknown) {
  const keys = valid && typeof valid === 'object' ? Object.keys(valid) : [];
  const nasty = fc.oneof(
    fc.jsonValue(),
    fc.string({ maxLength: 200 }),
    fc.constantFrom('', ' ', '\u0000', '<script>alert(1)</script>', "'; drop table account; --", 'x'.repeat(70_000)),
    fc.integer(),
    fc.double(),
    fc.constant(null),
  );
  const shaped = fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor', 'id', 'extra'), nasty, {
    maxKeys: 5,
  });
  return fc.oneof(fc.jsonValue(), shaped, fc.constant(valid));
}

/** Query strings: random names, and the endpoint's real ones (limit, before, status) with bad or edge values. */
function queries(valid: Record<string, string> | undefined) {
  const random = fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 3 });
  const keys = Object.keys(valid ?? {});
  if (!valid || keys.length === 0) return random;
  const value = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer().map(String),
    fc.constantFrom('', '0', '-1', '100', '101', '1e9', '2.5', 'NaN', '%00', 'all', 'x'.repeat(300)),
    fc.constantFrom(...Object.values(valid)),
  );
  return fc.oneof(random, fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length }), fc.constant(valid));
}

describe('arbitrary JSON at every endpoint (I4)', () => {
  const ctx = useTestContext();

  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.method} ${endpoint.template}: never a 5xx, never a change on a 4xx`, async () => {
      const { people, target } = await buildWorld(ctx().app);
      const input = fc.record({
        body: bodies(endpoint.body?.(target)),
        query: fc.option(queries(endpoint.query)),
        // Sometimes aim at a malformed or unknown id instead of the real one.
        spaceId: fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.uuid()), { freq: 3 }),
        who: fc.constantFrom('owner', 'outsider', 'anonymous' as const),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ body, query, spaceId, who }) => {
          const aimed = spaceId === null ? target : { ...target, spaceId: encodeURIComponent(spaceId) || '%20' };
          const search = query ? `?${new URLSearchParams(query)}` : '';
          const payload = endpoint.method === 'GET' ? undefined : (JSON.stringify(body) ?? 'null');
          const before = await snapshotDatabase(ctx().db);
          const res = await people[who].request(endpoint.method, `${endpoint.path(aimed)}${search}`, payload);
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
            expect(await snapshotDatabase(ctx().db)).toEqual(before);
          }
        }),
        { numRuns: endpoint.destructive ? 15 : 30 },
      );
    });
  }

  it('answers malformed JSON, wrong content types and oversized bodies with clear 4xx errors', async () => {
    const { people } = await buildWorld(ctx().app);
    const owner = people.owner;
    const before = await snapshotDatabase(ctx().db);
    const malformed = await owner.request('POST', '/api/spaces', '{"name": "Us", ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { code: 'malformed_json' } });
    const form = await owner.request('POST', '/api/spaces', 'name=Us&kind=couple', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const huge = await owner.request(
      'POST',
      '/api/spaces',
      JSON.stringify({ name: 'x'.repeat(70_000), kind: 'couple' }),
    );
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });
});
