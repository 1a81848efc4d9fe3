import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { chooseEncoding, compress, compressedFiles } from './compressed-files';
import type { AppEnv } from './env';
import { AppError } from './errors';

/**
 * Serves the built web app. Files are served only from `/assets/` (hashed,
 * cached for good) and the handful of files at the top of the build
 * (service worker, manifest, icons); a missing one is a 404, never the
 * shell. `/robots.txt` asks every crawler to stay out (invite links and
 * the app have nothing to index). A path that names a file the build does
 * not have (one top-level name with a dot, such as `/favicon.ico`, or any
 * segment starting with a dot, such as `/.well-known/…`) is a 404 too: no
 * client route looks like that. Every other GET outside /api gets the app
 * shell, so client routes such as `/join/<token>` survive a reload. The
 * shell is `no-store`, so a page restored from the HTTP cache is always the
 * server's answer of now (SECURITY.md P4). Text files and the shell go out
 * brotli- or gzip-compressed when the browser accepts it (compressed-files.ts).
 *
 * Both sets of files are listed once at start (the build does not change
 * under a running server), so only a path naming a built file reaches the
 * file server: a folder such as `/assets/` would otherwise be opened as a
 * file, answered 200 and then cut off.
 */
export function mountWebApp(app: Hono<AppEnv>, props: { webDir: string; quickExitUrl: string }): void {
  let topFiles: Set<string>;
  let assetFiles: Set<string>;
  let shell: string;
  try {
    topFiles = new Set(
      readdirSync(props.webDir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name !== 'index.html')
        .map((entry) => `/${entry.name}`),
    );
    assetFiles = listAssets(props.webDir);
    shell = readFileSync(join(props.webDir, 'index.html'), 'utf8');
  } catch {
    throw new Error(`The web app is not built in ${props.webDir}. Run "npm run build".`);
  }
  shell = shell.replace(
    /<meta name="quick-exit-url" content="[^"]*"/,
    `<meta name="quick-exit-url" content="${escapeAttribute(props.quickExitUrl)}"`,
  );

  const files = serveStatic({ root: props.webDir, index: '' });
  // Text files go out brotli- or gzip-compressed to browsers that accept it (compressed-files.ts).
  const packed = compressedFiles(props.webDir, new Set([...topFiles, ...assetFiles]));
  const packedShell = compress(shell);
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/')) return next();
    const asset = assetFiles.has(path);
    if (asset || topFiles.has(path)) {
      const cacheControl = asset ? 'public, max-age=31536000, immutable' : 'no-cache';
      const copy = packed.get(path);
      const encoding = copy && chooseEncoding(c.req.header('accept-encoding'));
      if (copy && encoding)
        return c.body(copy[encoding], 200, {
          'Content-Type': copy.type,
          'Content-Encoding': encoding,
          Vary: 'Accept-Encoding',
          'Cache-Control': cacheControl,
        });
      const res = await files(c, async () => {
        throw new AppError('not_found');
      });
      res?.headers.set('Cache-Control', cacheControl);
      if (copy) res?.headers.set('Vary', 'Accept-Encoding');
      return res;
    }
    if (path === '/robots.txt') {
      c.header('Cache-Control', 'no-cache');
      return c.text(ROBOTS);
    }
    if (path.startsWith('/assets/') || namesAFile(path)) throw new AppError('not_found');
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Accept-Encoding');
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (encoding)
      return c.body(packedShell[encoding], 200, {
        'Content-Type': 'text/html; charset=UTF-8',
        'Content-Encoding': encoding,
      });
    return c.html(shell);
  });
}

const ROBOTS = 'User-agent: *\nDisallow: /\n';

/** `/favicon.ico`, `/notes.txt`, `/.well-known/x`: shaped like a file, never like a client route. */
function namesAFile(path: string): boolean {
  const segments = path.split('/').filter((part) => part !== '');
  if (segments.some((part) => part.startsWith('.'))) return true;
  return segments.length === 1 && (segments[0] ?? '').includes('.');
}

/** Every file under `assets/`, as the path it is requested by (`/assets/index-1a2b.js`). */
function listAssets(webDir: string): Set<string> {
  try {
    return new Set(
      readdirSync(join(webDir, 'assets'), { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile())
        .map((entry) => `/${relative(webDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`),
    );
  } catch {
    return new Set();
  }
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
