import { describe, expect, it } from 'vitest';
import { createSpace, Person, signUp } from '../testing/client';
import { useTestContext } from '../testing/harness';
import { listen } from '../testing/listen';
import { snapshotDatabase } from '../testing/world';

describe('security headers (I5)', () => {
  const ctx = useTestContext();

  it('sends a strict CSP, nosniff, no-referrer and no-store on API responses', async () => {
    for (const path of ['/api/health', '/api/me', '/api/nope']) {
      const res = await ctx().app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('sends them over real HTTP too, on answers, errors and idempotent replays', async () => {
    // @hono/node-server writes simple answers on a fast path of its own; the headers must survive it.
    const ana = await signUp(ctx().app);
    const server = await listen(ctx());
    try {
      const cookie = { cookie: ana.cookie ?? '', 'content-type': 'application/json' };
      const replayed = {
        method: 'POST',
        headers: { ...cookie, 'idempotency-key': 'k1' },
        body: '{"name":"Us","kind":"couple"}',
      };
      await fetch(`${server.url}/api/spaces`, replayed).then((r) => r.text());
      const answers = [
        await fetch(`${server.url}/api/health`),
        await fetch(`${server.url}/api/nope`),
        await fetch(`${server.url}/api/spaces`, { headers: cookie }),
        await fetch(`${server.url}/api/spaces`, replayed),
      ];
      expect(answers.map((r) => r.status)).toEqual([200, 404, 200, 201]);
      expect(answers[3]?.headers.get('idempotent-replayed')).toBe('true');
      for (const res of answers) {
        expect(await res.json()).toBeTruthy();
        expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      }
    } finally {
      await server.close();
    }
  });

  it('answers unknown API paths with the contract error body', async () => {
    const res = await ctx().app.request('/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});

describe('cross-site request guards (S8)', () => {
  const ctx = useTestContext();

  it('refuses a state change sent from another origin, and changes nothing', async () => {
    const ana = await signUp(ctx().app);
    const before = await snapshotDatabase(ctx().db);
    const res = await ana.request(
      'POST',
      '/api/spaces',
      { name: 'Us', kind: 'couple' },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'forbidden_origin' } });
    const fetchMeta = await ana.request(
      'POST',
      '/api/spaces',
      { name: 'Us', kind: 'couple' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(fetchMeta.status).toBe(403);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('accepts the same request from its own origin', async () => {
    const ana = await signUp(ctx().app);
    const res = await ana.request(
      'POST',
      '/api/spaces',
      { name: 'Us', kind: 'couple' },
      { origin: 'http://localhost' },
    );
    expect(res.status).toBe(201);
  });

  it('takes only application/json on writes (415), bodyless ones included', async () => {
    const ana = await signUp(ctx().app);
    const space = await createSpace(ana);
    const before = await snapshotDatabase(ctx().db);
    const noType = await ctx().app.request(`/api/spaces/${space.id}/leave`, {
      method: 'POST',
      headers: { cookie: ana.cookie ?? '' },
    });
    expect(noType.status).toBe(415);
    const textPlain = await ana.request('POST', `/api/spaces/${space.id}/invites`, '{}', {
      'content-type': 'text/plain',
    });
    expect(textPlain.status).toBe(415);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('rejects fields on actions that take none', async () => {
    const ana = await signUp(ctx().app);
    const space = await createSpace(ana);
    const res = await ana.post(`/api/spaces/${space.id}/leave`, { everyone: true });
    expect(res.status).toBe(400);
    expect((await ana.get(`/api/spaces/${space.id}`)).status).toBe(200);
  });

  it('rejects unknown query parameters', async () => {
    const ana = await signUp(ctx().app);
    const res = await ana.get('/api/spaces?include=everything');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'validation_failed' } });
  });
});

describe('logs (I6)', () => {
  const ctx = useTestContext();

  it('carry request ids, route patterns, statuses and timings, never emails, passwords, tokens or names', async () => {
    const email = 'very.private@example.org';
    const password = 'my secret long phrase';
    const ana = await signUp(ctx().app, { email, password, displayName: 'Secret Name' });
    const space = await createSpace(ana, { name: 'Private Space Name' });
    const invite = await ana.post<{ token: string }>(`/api/spaces/${space.id}/invites`);
    const ben = await signUp(ctx().app);
    await ben.post(`/api/invites/${invite.body.token}/accept`);
    await new Person(ctx().app).post('/api/auth/login', { email, password: 'wrong guess here' });

    const lines = ctx().logger.lines;
    const log = lines.join('\n');
    for (const secret of [
      email,
      password,
      'Secret Name',
      'Private Space Name',
      invite.body.token,
      invite.body.token.split('.')[1] ?? '',
      (ana.cookie ?? '').split('=')[1] ?? '',
    ]) {
      expect(log).not.toContain(secret);
    }
    const entry = JSON.parse(lines.find((l) => l.includes('/api/invites/:token/accept')) ?? '{}');
    expect(entry).toMatchObject({
      event: 'request',
      method: 'POST',
      route: '/api/invites/:token/accept',
      status: 200,
      requestId: expect.any(String),
      ms: expect.any(Number),
    });
  });
});
