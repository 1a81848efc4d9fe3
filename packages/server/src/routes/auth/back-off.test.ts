import { describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { POLICIES } from '../../auth/throttle';
import { hashToken } from '../../auth/tokens';
import { Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

const PASSWORD = 'a calm and long passphrase';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The app sits behind one trusted proxy here, so a test says where each
 * request comes from the way the proxy would: as the last X-Forwarded-For
 * entry (http/client-ip.test.ts shows the same through a real proxy).
 */
function from(address: string | undefined): Record<string, string> {
  return address ? { 'x-forwarded-for': address } : {};
}

function login(person: Person, props: { email: string; password: string; address?: string }) {
  return person.request(
    'POST',
    '/api/auth/login',
    { email: props.email, password: props.password },
    from(props.address),
  );
}

/** A signed-up person who has signed out again: their browser is now a known device of the account. */
async function knownBrowser(app: App, email: string): Promise<Person> {
  const person = await signUp(app, { email });
  expect(person.device).toMatch(/^device=/);
  await person.post('/api/auth/logout');
  return person;
}

describe('sign-in back-off (S4)', () => {
  const ctx = useTestContext({ options: { trustProxy: true, proxyHops: 1 } });
  const email = 'ben@example.org';

  it('while someone hammers my email every 50 ms, my correct password gets me in from my known browser, every time', async () => {
    const ben = await knownBrowser(ctx().app, email);
    const attacker = new Person(ctx().app);
    let gotIn = 0;
    let heard = 0;
    for (let round = 0; round < 19; round++) {
      for (let i = 0; i < 20; i++) {
        // From ever new addresses, so the per-account ceiling is what holds them back.
        const address = `203.0.${round}.${i}`;
        const res = await login(attacker, { email, password: `guess ${round}/${i}`, address });
        if (res.status === 401) heard += 1;
        else expect(res.status).toBe(429);
        ctx().clock.advance(50);
      }
      if ((await login(ben, { email, password: PASSWORD, address: '198.51.100.7' })).status === 200) gotIn += 1;
      await ben.post('/api/auth/logout');
    }
    expect(gotIn).toBe(19);
    // The hammering itself was slowed: of 380 guesses, only the account's free ones and a few more were heard.
    expect(heard).toBeLessThan(POLICIES.account.freeFailures + 10);
    // And my password change is not held up by it either.
    await login(ben, { email, password: PASSWORD, address: '198.51.100.7' });
    const change = await ben.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a fresh long phrase',
    });
    expect(change.status).toBe(204);
  });

  it('while someone behind my own address guesses other accounts and mine, my correct password still gets me in', async () => {
    const home = '192.0.2.10';
    const ben = await knownBrowser(ctx().app, email);
    const housemate = new Person(ctx().app);
    let heard = 0;
    for (let round = 0; round < 10; round++) {
      for (const target of ['ana@example.org', 'cy@example.org', email, `someone${round}@example.org`]) {
        const res = await login(housemate, { email: target, password: `guess ${round}`, address: home });
        if (res.status === 401) heard += 1;
        ctx().clock.advance(50);
      }
      expect((await login(ben, { email, password: PASSWORD, address: home })).status).toBe(200);
      await ben.post('/api/auth/logout');
    }
    // The housemate was slowed: of 40 guesses, little more than the address's free attempts were heard.
    expect(heard).toBeLessThanOrEqual(POLICIES.address.freeFailures + 2);
  });

  it('slows one address guessing one account, with a wait that grows', async () => {
    await signUp(ctx().app, { email });
    const attacker = new Person(ctx().app);
    const guess = () => login(attacker, { email, password: 'not the one', address: '203.0.113.9' });
    for (let i = 0; i < POLICIES.pair.freeFailures; i++) expect((await guess()).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const refused = await guess();
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ error: { code: 'too_many_attempts' } });
      const wait = Number(refused.headers.get('retry-after'));
      waits.push(wait);
      ctx().clock.advance(wait * 1000);
      expect((await guess()).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
  });

  it('never locks out: past the longest wait, the correct password gets in even from a new browser at the same address', async () => {
    await signUp(ctx().app, { email });
    const attacker = new Person(ctx().app);
    for (let i = 0; i < 40; i++) {
      await login(attacker, { email, password: `more ${i}!`, address: '203.0.113.9' });
      ctx().clock.advance(POLICIES.pair.maxDelayMs + 1);
    }
    const refused = await login(attacker, { email, password: 'again!', address: '203.0.113.9' });
    expect(Number(refused.headers.get('retry-after')) * 1000).toBeLessThanOrEqual(POLICIES.pair.maxDelayMs);
    ctx().clock.advance(POLICIES.pair.maxDelayMs);
    const owner = new Person(ctx().app);
    expect((await login(owner, { email, password: PASSWORD, address: '203.0.113.9' })).status).toBe(200);
  });

  it('guesses spread over many addresses meet the per-account ceiling; my known browser still gets in', async () => {
    const ben = await knownBrowser(ctx().app, email);
    for (let i = 0; i < POLICIES.account.freeFailures; i++) {
      const res = await login(new Person(ctx().app), { email, password: 'x guess x', address: `10.1.${i}.1` });
      expect(res.status).toBe(401);
    }
    const next = await login(new Person(ctx().app), { email, password: 'x guess x', address: '10.2.0.1' });
    expect(next.status).toBe(429);
    expect((await login(ben, { email, password: PASSWORD, address: '10.3.0.1' })).status).toBe(200);
  });

  it('keeps the back-off across a restart: a new app instance on the same database still makes the guesser wait', async () => {
    await signUp(ctx().app, { email });
    const attacker = new Person(ctx().app);
    for (let i = 0; i < POLICIES.pair.freeFailures; i++) {
      await login(attacker, { email, password: 'wrong wrong', address: '203.0.113.9' });
    }
    const restarted = new Person(ctx().anotherInstance());
    const res = await login(restarted, { email, password: 'wrong wrong', address: '203.0.113.9' });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rotating the client-written part of X-Forwarded-For does not bypass the limit, and naming my address does not lock me out', async () => {
    await signUp(ctx().app, { email });
    const attacker = new Person(ctx().app);
    const statuses: number[] = [];
    for (let i = 0; i < POLICIES.address.freeFailures + 5; i++) {
      // The attacker writes any address; the proxy appends the one it saw.
      const spoofed = `${i % 2 ? '198.51.100.7' : `10.9.${i}.1`}, 203.0.113.9`;
      const res = await attacker.request(
        'POST',
        '/api/auth/login',
        { email: `user${i}@example.org`, password: 'spray spray' },
        { 'x-forwarded-for': spoofed },
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, POLICIES.address.freeFailures).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(POLICIES.address.freeFailures).every((s) => s === 429)).toBe(true);
    // The address the attacker kept naming is mine; my first sign-in from a new browser there goes straight in.
    expect((await login(new Person(ctx().app), { email, password: PASSWORD, address: '198.51.100.7' })).status).toBe(
      200,
    );
  });

  it('another account’s device token, or the decoy from registering a taken email, gives no allowance on mine', async () => {
    await signUp(ctx().app, { email });
    const intruder = new Person(ctx().app);
    const decoy = await intruder.request(
      'POST',
      '/api/auth/register',
      { email, password: PASSWORD, displayName: 'Not Ben' },
      from('203.0.113.9'),
    );
    expect(decoy.status).toBe(201);
    expect(intruder.device).toMatch(/^device=/);
    await signUp(ctx().app, { email: 'intruder@example.org' }).then(async (own) => {
      intruder.device = `${intruder.device}.${own.device?.split('=')[1]}`;
    });
    for (let i = 0; i < POLICIES.pair.freeFailures; i++) {
      expect((await login(intruder, { email, password: `guess ${i}`, address: '203.0.113.9' })).status).toBe(401);
    }
    expect((await login(intruder, { email, password: 'guess again', address: '203.0.113.9' })).status).toBe(429);
  });

  it('the device cookie is HttpOnly, SameSite=Lax, long-lived, __Host- over HTTPS, and stored only as a hash', async () => {
    const res = await ctx().app.request('https://localhost/api/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD, displayName: 'B' }),
    });
    const device = res.headers.getSetCookie().find((c) => c.startsWith('__Host-device='));
    expect(device).toMatch(/HttpOnly/);
    expect(device).toMatch(/SameSite=Lax/);
    expect(device).toMatch(/Secure/);
    expect(device).toMatch(/Path=\//);
    expect(device).not.toMatch(/Domain=/);
    expect(Number(/Max-Age=(\d+)/.exec(device ?? '')?.[1])).toBeGreaterThan(365 * 24 * 3600);
    const token = /^__Host-device=([^;]+)/.exec(device ?? '')?.[1] ?? '';
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await ctx().db.selectFrom('known_device').select('token_hash').execute();
    expect(rows.map((r) => r.token_hash)).toEqual([hashToken(token)]);
  });

  it('ending my other sessions with a password change also takes the other browsers’ allowance away', async () => {
    const phone = await signUp(ctx().app, { email });
    const laptop = new Person(ctx().app);
    await login(laptop, { email, password: PASSWORD });
    expect(await ctx().db.selectFrom('known_device').select('id').execute()).toHaveLength(2);
    const change = await phone.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a brand new long phrase',
      endOtherSessions: true,
    });
    expect(change.status).toBe(204);
    const left = await ctx().db.selectFrom('known_device').select('token_hash').execute();
    expect(left.map((r) => r.token_hash)).toEqual([hashToken(phone.device?.split('=')[1] ?? '')]);
  });

  it('throttles unknown emails the same way, so the 429 reveals nothing (S3)', async () => {
    await signUp(ctx().app, { email });
    const statuses = async (target: string) => {
      const out: number[] = [];
      for (let i = 0; i < 7; i++)
        out.push((await login(new Person(ctx().app), { email: target, password: `x${i}xxxxxxx` })).status);
      return out;
    };
    const known = await statuses(email);
    ctx().clock.advance(2 * DAY);
    expect(await statuses('ghost@example.org')).toEqual(known);
    expect(known).toContain(429);
  });
});

describe('current-password guessing on a password change', () => {
  const ctx = useTestContext();

  it('is slowed per session, and cannot slow the owner’s sign-in or their own password change', async () => {
    const email = 'ana@example.org';
    const ana = await signUp(ctx().app, { email });
    // Someone holding a copy of one of Ana's sessions (her phone, left unlocked).
    const holder = new Person(ctx().app);
    await holder.post('/api/auth/login', { email, password: PASSWORD });
    const guess = () =>
      holder.post('/api/auth/password', { currentPassword: 'is it this', newPassword: 'mine now mine' });
    for (let i = 0; i < POLICIES.password.freeFailures; i++) {
      expect((await guess()).body).toMatchObject({ error: { code: 'wrong_password' } });
    }
    const refused = await guess();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBe(1);
    ctx().clock.advance(1000);
    expect((await guess()).status).toBe(400);
    expect(Number((await guess()).headers.get('retry-after'))).toBe(2);

    // Ana signs in at once from a new browser, and changes her password from her own session.
    const fresh = new Person(ctx().app);
    expect((await fresh.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
    const change = await ana.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'only ana knows this',
      endOtherSessions: true,
    });
    expect(change.status).toBe(204);
    expect((await holder.get('/api/me')).status).toBe(401);
  });
});
