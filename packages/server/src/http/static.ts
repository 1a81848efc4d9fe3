import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env';

/**
 * Serves the built web app: hashed assets cached for good, everything else
 * revalidated, and any other GET outside /api answered with the app shell
 * so client-side routes survive a reload.
 */
export function mountWebApp(app: Hono<AppEnv>, props: { webDir: string; quickExitUrl: string }): void {
  const indexFile = join(props.webDir, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`The web app is not built: ${indexFile} is missing. Run "npm run build".`);
  const shell = readFileSync(indexFile, 'utf8').replace(
    /<meta name="quick-exit-url" content="[^"]*"/,
    `<meta name="quick-exit-url" content="${escapeAttribute(props.quickExitUrl)}"`,
  );

  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    return serveStatic({ root: props.webDir, index: '' })(c, next);
  });
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    c.header('Cache-Control', 'no-cache');
    return c.html(shell);
  });
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
