import { describe, expect, it } from 'vitest';
import { useTestContext } from '../testing/harness';
import { SHELL, webDirWith } from '../testing/web-dir';

describe('serving the web app', () => {
  const ctx = useTestContext({
    options: {
      webDir: webDirWith({
        'index.html': SHELL,
        'assets/app-1234.js': 'console.log(1)',
        'assets/fonts/a-99.woff2': 'font',
        'sw.js': 'self.x=1',
      }),
      quickExitUrl: 'https://example.org/weather?a=1&b="x"',
    },
  });
  const app = () => ctx().app;

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
