import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../testing/harness';
import { SHELL, webDirWith } from '../testing/web-dir';
import { chooseEncoding } from './compressed-files';

/** A script big enough to be worth compressing, and a small one that is not. */
const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i}`))};\n`;
const TINY = 'self.x=1';
const ICON = Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array.from({ length: 2000 }, () => 7)]);

function decode(encoding: string | null, body: Buffer): string {
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
  return body.toString('utf8');
}

describe('compressed web app files', () => {
  const ctx = useTestContext({
    options: {
      webDir: webDirWith({
        'index.html': `${SHELL}${'<!-- shell -->'.repeat(100)}`,
        'assets/index-1a2b.js': SCRIPT,
        'icon.png': ICON,
        'sw.js': TINY,
      }),
      quickExitUrl: '/weather',
    },
  });

  const app = () => ctx().app;

  const get = async (web: ReturnType<typeof app>, path: string, acceptEncoding?: string) => {
    const res = await web.request(path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  it('sends a script brotli- or gzip-compressed, as accepted, with its type and cache headers kept', async () => {
    const web = app();
    for (const [accept, want] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0.8', 'gzip'],
    ] as const) {
      const { res, body } = await get(web, '/assets/index-1a2b.js', accept);
      expect(res.status, accept).toBe(200);
      expect(res.headers.get('content-encoding'), accept).toBe(want);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(body.length, 'smaller than the file').toBeLessThan(SCRIPT.length / 2);
      expect(decode(want, body)).toBe(SCRIPT);
    }
  });

  it('sends the file as it is to a client that accepts no compression, saying the answer varies', async () => {
    const { res, body } = await get(app(), '/assets/index-1a2b.js', 'identity');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(body.toString('utf8')).toBe(SCRIPT);
    const none = await get(app(), '/assets/index-1a2b.js');
    expect(none.res.headers.get('content-encoding')).toBeNull();
    expect(none.body.toString('utf8')).toBe(SCRIPT);
  });

  it('leaves images and files too small to gain alone', async () => {
    const web = app();
    const icon = await get(web, '/icon.png', 'br, gzip');
    expect(icon.res.headers.get('content-encoding')).toBeNull();
    expect(icon.body.equals(ICON)).toBe(true);
    const tiny = await get(web, '/sw.js', 'br, gzip');
    expect(tiny.res.headers.get('content-encoding')).toBeNull();
    expect(tiny.body.toString('utf8')).toBe(TINY);
    expect(tiny.res.headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses the app shell, quick-exit address filled in, still no-store', async () => {
    const { res, body } = await get(app(), '/spaces/abc', 'gzip, br');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(decode('br', body)).toContain('<meta name="quick-exit-url" content="/weather"');
  });

  it('reads Accept-Encoding as RFC 9110 says: q=0 refuses, * stands for the rest', () => {
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding('')).toBeUndefined();
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding('GZIP')).toBe('gzip');
    expect(chooseEncoding('br;q=0.1, gzip')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('br;q=0, *')).toBe('gzip');
  });
});
