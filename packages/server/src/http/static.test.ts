import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { argon2Hasher } from '../auth/passwords';
import { LoginThrottle } from '../auth/throttle';
import { memoryLogger } from '../logger';
import { manualClock } from '../ports/clock';
import { inProcessBus } from '../ports/event-bus';
import { useTestContext } from '../testing/harness';

function fakeWebDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'repairable-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta name="quick-exit-url" content=""><title>Repairable</title>',
  );
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  mkdirSync(join(dir, 'assets', 'fonts'));
  writeFileSync(join(dir, 'assets', 'fonts', 'a-99.woff2'), 'font');
  writeFileSync(join(dir, 'sw.js'), 'self.x=1');
  return dir;
}

describe('serving the web app', () => {
  const ctx = useTestContext();

  function app() {
    const clock = manualClock();
    return createApp({
      db: ctx().db,
      dialect: ctx().dialect,
      write: (work) => ctx().db.transaction().execute(work),
      clock,
      passwords: argon2Hasher(),
      throttle: new LoginThrottle(clock),
      logger: memoryLogger(),
      bus: inProcessBus(),
      options: { trustProxy: false, webDir: fakeWebDir(), quickExitUrl: 'https://example.org/weather?a=1&b="x"' },
    }).app;
  }

  it('answers "/" and client routes with the app shell, quick-exit address filled in and escaped', async () => {
    const web = app();
    for (const path of ['/', '/spaces/123', '/join/abc.def', '/assets']) {
      const res = await web.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toContain(
        '<meta name="quick-exit-url" content="https://example.org/weather?a=1&amp;b=&quot;x&quot;"',
      );
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('answers /robots.txt with a robots file that keeps every crawler out, not the shell', async () => {
    const res = await app().request('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('User-agent: *\nDisallow: /\n');
  });

  it('answers a missing file-like path with a 404, never the shell', async () => {
    const web = app();
    for (const path of [
      '/favicon.ico',
      '/something.txt',
      '/apple-touch-icon.png',
      '/.well-known/security.txt',
      '/.env',
    ]) {
      const res = await web.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('quick-exit-url');
    }
    // A client route may hold a dot deeper down (an invite token, say): that stays the shell.
    expect((await web.request('/join/abc.def')).status).toBe(200);
  });

  it('serves built files, hashed assets cached for good', async () => {
    const web = app();
    const asset = await web.request('/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toBe('console.log(1)');
    expect((await web.request('/sw.js')).status).toBe(200);
    expect((await web.request('/assets/missing-9.js')).status).toBe(404);
  });

  it('answers a folder under /assets/ with a plain 404, never a cached 200 it cannot finish', async () => {
    const web = app();
    for (const path of ['/assets/', '/assets/fonts', '/assets/fonts/', '/assets//']) {
      const res = await web.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control') ?? '', path).not.toContain('immutable');
      expect(await res.json(), path).toMatchObject({ error: { code: 'not_found' } });
    }
    const nested = await web.request('/assets/fonts/a-99.woff2');
    expect(nested.status).toBe(200);
    expect(await nested.text()).toBe('font');
  });

  it('never answers an unknown API path with the app shell', async () => {
    const res = await app().request('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});
