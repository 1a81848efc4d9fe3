import { describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { POLICIES } from '../../auth/throttle';
import { Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

const PASSWORD = 'a calm and long passphrase';

/** Behind one trusted proxy, the address is the last X-Forwarded-For entry (as in back-off.test.ts). */
function register(app: App, props: { email: string; address: string }) {
  return new Person(app).request(
    'POST',
    '/api/auth/register',
    { email: props.email, password: PASSWORD, displayName: 'Sam' },
    { 'x-forwarded-for': props.address },
  );
}

describe('registration back-off per address (S9)', () => {
  const ctx = useTestContext({ options: { trustProxy: true, proxyHops: 1 }, policies: POLICIES });

  it('lets a household make a handful of accounts, then slows one address with a growing wait', async () => {
    const home = '192.0.2.10';
    const free = POLICIES.registration.freeFailures;
    for (let i = 0; i < free; i++)
      expect((await register(ctx().app, { email: `h${i}@example.org`, address: home })).status).toBe(201);
    const refused = await register(ctx().app, { email: 'script1@example.org', address: home });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: 'too_many_attempts' } });
    expect(refused.headers.getSetCookie()).toEqual([]);
    expect(Number(refused.headers.get('retry-after'))).toBe(60);
    // Someone elsewhere is not held up.
    expect((await register(ctx().app, { email: 'elsewhere@example.org', address: '198.51.100.7' })).status).toBe(201);
    ctx().clock.advance(60_000);
    expect((await register(ctx().app, { email: 'script2@example.org', address: home })).status).toBe(201);
    expect(
      Number((await register(ctx().app, { email: 'script3@example.org', address: home })).headers.get('retry-after')),
    ).toBe(120);
    const accounts = await ctx().db.selectFrom('account').select('email').execute();
    expect(accounts.map((a) => a.email)).not.toContain('script1@example.org');
  });

  it('counts a taken email like a new one, and answers alike while it waits (S3)', async () => {
    await signUp(ctx().app, { email: 'taken@example.org' });
    const attempts = (email: string, address: string) => async () => {
      const out: { status: number; body: unknown; retryAfter: string | null }[] = [];
      for (let i = 0; i < POLICIES.registration.freeFailures + 1; i++) {
        const res = await register(ctx().app, { email: i === 0 ? email : `${address}-${i}@example.org`, address });
        out.push({
          status: res.status,
          body: res.status === 429 ? res.body : undefined,
          retryAfter: res.headers.get('retry-after'),
        });
      }
      return out;
    };
    expect(await attempts('taken@example.org', '203.0.113.1')()).toEqual(
      await attempts('free@example.org', '203.0.113.2')(),
    );
  });
});
