import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env';
import { AppError } from './errors';

/**
 * Serves the built web app. Files are served only from `/assets/` (hashed,
 * cached for good) and the handful of files at the top of the build
 * (service worker, manifest, icons); a missing one is a 404, never the
 * shell. Every other GET outside /api gets the app shell, so client routes
 * such as `/join/<token>` survive a reload.
 */
export function mountWebApp(app: Hono<AppEnv>, props: { webDir: string; quickExitUrl: string }): void {
  let topFiles: Set<string>;
  let shell: string;
  try {
    topFiles = new Set(
      readdirSync(props.webDir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name !== 'index.html')
        .map((entry) => `/${entry.name}`),
    );
    shell = readFileSync(join(props.webDir, 'index.html'), 'utf8');
  } catch {
    throw new Error(`The web app is not built in ${props.webDir}. Run "npm run build".`);
  }
  shell = shell.replace(
    /<meta name="quick-exit-url" content="[^"]*"/,
    `<meta name="quick-exit-url" content="${escapeAttribute(props.quickExitUrl)}"`,
  );

  const files = serveStatic({ root: props.webDir, index: '' });
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/')) return next();
    if (path.startsWith('/assets/') || topFiles.has(path)) {
      const res = await files(c, async () => {
        throw new AppError('not_found');
      });
      if (res && path.startsWith('/assets/')) res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
      else if (res) res.headers.set('Cache-Control', 'no-cache');
      return res;
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(shell);
  });
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
