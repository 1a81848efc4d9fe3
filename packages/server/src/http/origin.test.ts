import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { Person, signUp } from '../testing/client';
import { type TestContext, useTestContext } from '../testing/harness';
import { listen } from '../testing/listen';
import { liveUpgradeStatus, rawRequest } from '../testing/raw-http';
import { snapshotDatabase } from '../testing/world';

const register = (email: string) =>
  JSON.stringify({ email, password: 'a calm and long passphrase', displayName: 'Someone' });

function useServer(ctx: () => TestContext) {
  const open: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of open.splice(0)) await close();
  });
  return async () => {
    const server = await listen(ctx());
    open.push(() => server.close());
    return { url: server.url, port: new URL(server.url).port };
  };
}

describe('the Origin check compares scheme, host and port (S8)', () => {
  const ctx = useTestContext();
  const server = useServer(ctx);

  it('refuses a write from another scheme, port or host in-process, and changes nothing', async () => {
    const ana = await signUp(ctx().app);
    const before = await snapshotDatabase(ctx().db);
    for (const origin of [
      'https://localhost',
      'http://localhost:8080',
      'http://localhost.evil.example',
      'http://evil.example',
      'null',
    ]) {
      const res = await ana.request('POST', '/api/spaces', { name: 'Us', kind: 'couple' }, { origin });
      expect({ origin, status: res.status }).toEqual({ origin, status: 403 });
      expect(res.body).toMatchObject({ error: { code: 'forbidden_origin' } });
    }
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    const same = await ana.request(
      'POST',
      '/api/spaces',
      { name: 'Us', kind: 'couple' },
      { origin: 'http://localhost' },
    );
    expect(same.status).toBe(201);
  });

  it('over real HTTP: only the exact origin the request was sent to may write', async () => {
    const { url, port } = await server();
    const before = await snapshotDatabase(ctx().db);
    const post = (origin: string, host = `127.0.0.1:${port}`) =>
      rawRequest(url, {
        method: 'POST',
        path: '/api/auth/register',
        headers: { host, origin, 'content-type': 'application/json' },
        body: register(`p${Math.random()}@example.org`),
      });
    for (const origin of [
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${Number(port) + 1}`,
      `http://localhost:${port}`,
    ]) {
      expect({ origin, status: (await post(origin)).status }).toEqual({ origin, status: 403 });
    }
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    expect((await post(`http://127.0.0.1:${port}`)).status).toBe(201);
    expect((await post(`http://localhost:${port}`, `localhost:${port}`)).status).toBe(201);
  });

  it('refuses a socket from another scheme of the same host', async () => {
    const { url } = await server();
    const ana = await signUp(ctx().app);
    const upgrade = (origin: string) => liveUpgradeStatus(url, { cookie: ana.cookie ?? '', origin });
    expect(await upgrade(url.replace('http:', 'https:'))).toBe(403);
    expect(await upgrade(url)).toBe(101);
  });
});

describe('behind a trusted proxy, the scheme is the one the browser used', () => {
  const ctx = useTestContext({ options: { trustProxy: true, proxyHops: 1, allowedHosts: ['app.example'] } });

  it("takes X-Forwarded-Proto and X-Forwarded-Host as the browser's origin", async () => {
    let n = 0;
    const write = (headers: Record<string, string>) =>
      new Person(ctx().app).request(
        'POST',
        '/api/auth/register',
        JSON.parse(register(`proxied${++n}@example.org`)),
        headers,
      );
    const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'app.example' };
    const before = await snapshotDatabase(ctx().db);
    expect((await write({ ...proxied, origin: 'http://app.example' })).status).toBe(403);
    expect((await write({ 'x-forwarded-host': 'app.example', origin: 'https://app.example' })).status).toBe(403);
    const rebound = { ...proxied, 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' };
    expect((await write(rebound)).status).toBe(421);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    expect((await write({ ...proxied, origin: 'https://app.example' })).status).toBe(201);
    const chained = { ...proxied, 'x-forwarded-proto': 'https, http', origin: 'https://app.example' };
    expect((await write(chained)).status).toBe(201);
  });
});

describe('the Host must be our own, against DNS rebinding', () => {
  const ctx = useTestContext();
  const server = useServer(ctx);

  it('refuses a rebound name even when the page and Host agree, and changes nothing', async () => {
    const { url, port } = await server();
    const before = await snapshotDatabase(ctx().db);
    // A page of evil.example whose name now points at this server: same-origin as far as the browser knows.
    const rebound = { host: `evil.example:${port}`, origin: `http://evil.example:${port}` };
    const write = await rawRequest(url, {
      method: 'POST',
      path: '/api/auth/register',
      headers: { ...rebound, 'content-type': 'application/json' },
      body: register('rebound@example.org'),
    });
    expect(write.status).toBe(421);
    expect(JSON.parse(write.body)).toMatchObject({ error: { code: 'unknown_host' } });
    for (const path of ['/api/me', '/api/spaces', '/', '/api/openapi.json']) {
      expect({ path, status: (await rawRequest(url, { path, headers: rebound })).status }).toEqual({
        path,
        status: 421,
      });
    }
    for (const host of [
      'evil.example',
      `127.0.0.1.evil.example:${port}`,
      'localhost.evil.example',
      '192.168.1.20.nip.io',
    ]) {
      expect({ host, status: (await rawRequest(url, { path: '/api/me', headers: { host } })).status }).toEqual({
        host,
        status: 421,
      });
    }
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('answers on IP addresses and localhost, with any port, as `npm start` and a phone on the LAN use it', async () => {
    const { url, port } = await server();
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, '[::1]:8080', '192.168.1.20:8080', '10.0.0.5']) {
      expect({ host, status: (await rawRequest(url, { path: '/api/me', headers: { host } })).status }).toEqual({
        host,
        status: 401,
      });
    }
  });

  it('keeps health answering whatever the Host, for probes that use a service name', async () => {
    const { url } = await server();
    expect((await rawRequest(url, { path: '/api/health', headers: { host: 'repairable-svc:8080' } })).status).toBe(200);
  });

  it('refuses a socket upgrade to a rebound name', async () => {
    const { url, port } = await server();
    const ana = await signUp(ctx().app);
    const status = await liveUpgradeStatus(url, {
      cookie: ana.cookie ?? '',
      host: `evil.example:${port}`,
      origin: `http://evil.example:${port}`,
    });
    expect(status).toBe(421);
  });
});

describe('ALLOWED_HOSTS', () => {
  const ctx = useTestContext({ options: { allowedHosts: ['repairable.example'] } });
  const server = useServer(ctx);

  it('adds host names, on any port; other names stay refused', async () => {
    const { url } = await server();
    const status = async (host: string) => (await rawRequest(url, { path: '/api/me', headers: { host } })).status;
    expect(await status('repairable.example')).toBe(401);
    expect(await status('repairable.example:8443')).toBe(401);
    expect(await status('other.example')).toBe(421);
    expect(await status('sub.repairable.example')).toBe(421);
  });

  it('is read from the environment: comma-separated, trimmed, lower-cased; * for any', async () => {
    expect(readConfig([], { ALLOWED_HOSTS: ' Repairable.example, app.example ,' }).allowedHosts).toEqual([
      'repairable.example',
      'app.example',
    ]);
    expect(readConfig([], {}).allowedHosts).toEqual([]);
    expect(readConfig([], { ALLOWED_HOSTS: '*' }).allowedHosts).toEqual(['*']);
  });
});

describe('ALLOWED_HOSTS=*', () => {
  const ctx = useTestContext({ options: { allowedHosts: ['*'] } });
  const server = useServer(ctx);

  it('answers to any Host, for a proxy in front that already does the choosing', async () => {
    const { url } = await server();
    expect((await rawRequest(url, { path: '/api/me', headers: { host: 'anything.example' } })).status).toBe(401);
  });
});
