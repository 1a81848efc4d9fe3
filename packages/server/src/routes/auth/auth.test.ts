import type { SessionView, UserView } from '@repairable/core';
import { DURATIONS } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

const DAY = 24 * 60 * 60 * 1000;
const PASSWORD = 'a calm and long passphrase';

describe('register', () => {
  const ctx = useTestContext();

  it('creates an account, signs the person in, and stores only an argon2id hash (S1)', async () => {
    const ana = new Person(ctx().app);
    const res = await ana.post<{ user: UserView }>('/api/auth/register', {
      email: ' Ana@Example.org ',
      password: PASSWORD,
      displayName: '  Ana  ',
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: 'ana@example.org', displayName: 'Ana' });
    expect((await ana.get('/api/me')).body).toEqual({ user: res.body.user });

    const row = await ctx().db.selectFrom('account').select('password_hash').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it.each([
    ['seven c', 'password_too_short'],
    ['password1', 'password_too_common'],
    ['iloveyou', 'password_too_common'],
    ['x'.repeat(513), 'password_too_long'],
  ])('refuses the password %j with %s and creates nothing (S2)', async (password, code) => {
    const res = await new Person(ctx().app).post('/api/auth/register', {
      email: 'sam@example.org',
      password,
      displayName: 'Sam',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code } });
    expect(await ctx().db.selectFrom('account').selectAll().execute()).toHaveLength(0);
  });

  it('accepts long passphrases of any composition, 64 characters and more (S2)', async () => {
    for (const password of ['a'.repeat(64), `correct horse battery staple ${'🙂'.repeat(40)}`, 'ŝŝŝŝŝŝŝŝ']) {
      const res = await new Person(ctx().app).post('/api/auth/register', {
        email: `p${password.length}@example.org`,
        password,
        displayName: 'P',
      });
      expect(res.status).toBe(201);
    }
  });

  it('answers the same status and shape for an email that already has an account, without signing in (S3)', async () => {
    await signUp(ctx().app, { email: 'taken@example.org' });
    const fresh = await new Person(ctx().app).post<{ user: UserView }>('/api/auth/register', {
      email: 'free@example.org',
      password: PASSWORD,
      displayName: 'Sam',
    });
    const intruder = new Person(ctx().app);
    const taken = await intruder.post<{ user: UserView }>('/api/auth/register', {
      email: 'taken@example.org',
      password: PASSWORD,
      displayName: 'Sam',
    });
    expect(taken.status).toBe(fresh.status);
    expect(Object.keys(taken.body.user).sort()).toEqual(Object.keys(fresh.body.user).sort());
    // The same cookies (a session and a known-device token), values aside.
    const shape = (r: typeof taken) => r.headers.getSetCookie().map((c) => c.replace(/=[^;]+/, '=X'));
    expect(shape(taken)).toEqual(shape(fresh));
    expect(shape(taken)).toHaveLength(2);
    expect((await intruder.get('/api/me')).status).toBe(401);
    expect(await ctx().db.selectFrom('account').selectAll().execute()).toHaveLength(2);
  });
});

describe('login', () => {
  const ctx = useTestContext();

  it('signs in with the right password, case-insensitively on the email', async () => {
    await signUp(ctx().app, { email: 'ben@example.org' });
    const ben = new Person(ctx().app);
    const res = await ben.post<{ user: UserView }>('/api/auth/login', { email: 'BEN@example.org', password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe('ben@example.org');
    expect((await ben.get('/api/me')).status).toBe(200);
  });

  it('answers a wrong password and an unknown email identically (S3)', async () => {
    await signUp(ctx().app, { email: 'ben@example.org' });
    const wrong = await new Person(ctx().app).post('/api/auth/login', {
      email: 'ben@example.org',
      password: 'nope nope',
    });
    const unknown = await new Person(ctx().app).post('/api/auth/login', {
      email: 'who@example.org',
      password: 'nope nope',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.headers.get('set-cookie')).toBe(wrong.headers.get('set-cookie'));
  });

  it('does the same password work for known and unknown emails (one argon2 verification each)', async () => {
    // The time equality of S3 rests on this: both paths run exactly one argon2 verification.
    const { argon2Hasher } = await import('../../auth/passwords');
    const real = argon2Hasher();
    let verifications = 0;
    const counted = {
      hash: real.hash,
      verify: (h: string, p: string) => {
        verifications++;
        return real.verify(h, p);
      },
      verifyNothing: (p: string) => {
        verifications++;
        return real.verifyNothing(p);
      },
    };
    const { authenticate } = await import('../../auth/accounts');
    const { LoginThrottle } = await import('../../auth/throttle');
    await signUp(ctx().app, { email: 'ben@example.org' });
    const { db, write, dialect, clock } = ctx();
    const deps = { db, write, dialect, clock, passwords: counted, throttle: new LoginThrottle(clock) };
    const attempt = { password: 'wrong one', ip: 'a', deviceTokens: [] };
    await expect(authenticate(deps, { ...attempt, email: 'ben@example.org' })).rejects.toThrow();
    expect(verifications).toBe(1);
    await expect(authenticate(deps, { ...attempt, email: 'ghost@example.org' })).rejects.toThrow();
    expect(verifications).toBe(2);
  });
});

describe('sessions', () => {
  const ctx = useTestContext();

  it('issues a 256-bit token in an HttpOnly, SameSite=Lax cookie and stores only its hash (S5, S7)', async () => {
    const ana = await signUp(ctx().app);
    const [name, token = ''] = (ana.cookie ?? '').split('=');
    expect(name).toBe('session');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const res = await ana.post('/api/auth/login', { email: ana.user?.email, password: PASSWORD });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const rows = await ctx().db.selectFrom('session').select('token_hash').execute();
    for (const row of rows) expect(row.token_hash).not.toBe(token);
  });

  it('over HTTPS the cookie is Secure with the __Host- prefix (S7)', async () => {
    const res = await ctx().app.request('https://localhost/api/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'tls@example.org', password: PASSWORD, displayName: 'T' }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-session=/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('re-issues the token at login and ends the old one (S5)', async () => {
    const ana = await signUp(ctx().app);
    const before = ana.cookie;
    const stale = new Person(ctx().app);
    stale.cookie = before;
    await ana.post('/api/auth/login', { email: ana.user?.email, password: PASSWORD });
    expect(ana.cookie).not.toBe(before);
    expect((await stale.get('/api/me')).status).toBe(401);
    expect((await ana.get('/api/me')).status).toBe(200);
  });

  it('ends the session on the server at logout (S5)', async () => {
    const ana = await signUp(ctx().app);
    const copy = new Person(ctx().app);
    copy.cookie = ana.cookie;
    expect((await ana.post('/api/auth/logout')).status).toBe(204);
    expect(ana.cookie).toBeUndefined();
    expect((await copy.get('/api/me')).status).toBe(401);
  });

  it('expires after 14 days idle (S5)', async () => {
    const ana = await signUp(ctx().app);
    ctx().clock.advance(DURATIONS.sessionIdle - 60_000);
    expect((await ana.get('/api/me')).status).toBe(200);
    ctx().clock.advance(DURATIONS.sessionIdle + 1);
    expect((await ana.get('/api/me')).status).toBe(401);
  });

  it('expires 90 days after sign-in however active (S5)', async () => {
    const ana = await signUp(ctx().app);
    for (let day = 1; day < 90; day++) {
      ctx().clock.advance(DAY);
      if (day % 10 === 0) expect((await ana.get('/api/me')).status).toBe(200);
      else await ana.get('/api/me');
    }
    ctx().clock.advance(DAY);
    expect((await ana.get('/api/me')).status).toBe(401);
  });

  it('lists my sessions and ends another one (S6)', async () => {
    const phone = await signUp(ctx().app, { email: 'ana@example.org' });
    const laptop = new Person(ctx().app);
    await laptop.request(
      'POST',
      '/api/auth/login',
      { email: 'ana@example.org', password: PASSWORD },
      {
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36',
      },
    );
    const list = await laptop.get<{ sessions: SessionView[] }>('/api/auth/sessions');
    expect(list.body.sessions).toHaveLength(2);
    const current = list.body.sessions.find((s) => s.current);
    const other = list.body.sessions.find((s) => !s.current);
    expect(current?.device).toBe('Chrome on Linux');
    expect(other).toBeDefined();
    expect((await laptop.delete(`/api/auth/sessions/${other?.id}`)).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(200);
  });

  it("cannot end someone else's session: 404 (S6, A1)", async () => {
    const ana = await signUp(ctx().app);
    const ben = await signUp(ctx().app);
    const anas = await ana.get<{ sessions: SessionView[] }>('/api/auth/sessions');
    const res = await ben.delete(`/api/auth/sessions/${anas.body.sessions[0]?.id}`);
    expect(res.status).toBe(404);
    expect((await ana.get('/api/me')).status).toBe(200);
  });

  it('changes the password, optionally ending every other session (S6)', async () => {
    const phone = await signUp(ctx().app, { email: 'ana@example.org' });
    const laptop = new Person(ctx().app);
    await laptop.post('/api/auth/login', { email: 'ana@example.org', password: PASSWORD });

    const wrong = await laptop.post('/api/auth/password', {
      currentPassword: 'not it at all',
      newPassword: 'new long phrase!',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { code: 'wrong_password' } });

    const common = await laptop.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'qwertyuiop' });
    expect(common.body).toMatchObject({ error: { code: 'password_too_common' } });

    const ok = await laptop.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a brand new long phrase',
      endOtherSessions: true,
    });
    expect(ok.status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(200);
    expect(
      (await new Person(ctx().app).post('/api/auth/login', { email: 'ana@example.org', password: PASSWORD })).status,
    ).toBe(401);
    const again = new Person(ctx().app);
    expect(
      (await again.post('/api/auth/login', { email: 'ana@example.org', password: 'a brand new long phrase' })).status,
    ).toBe(200);
  });
});
