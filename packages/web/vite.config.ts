import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(root, 'dist');

/** The line of public/sw.js that the build fills in; in development it stays as written. */
const SW_PLACEHOLDER = /const BUILD = \{ version: 'dev', files: \[\] \};/;

/**
 * Tells the service worker which files make up this build, so it can cache
 * the app shell and every asset for an offline start. The version changes
 * whenever any file does (their names are content-hashed), which retires
 * the previous cache.
 */
function serviceWorkerManifest(): Plugin {
  return {
    name: 'repairable:sw-manifest',
    apply: 'build',
    writeBundle(_options, bundle) {
      const swFile = join(outDir, 'sw.js');
      const source = readFileSync(swFile, 'utf8');
      if (!SW_PLACEHOLDER.test(source)) throw new Error('public/sw.js lost its BUILD placeholder line.');
      const files = Object.keys(bundle)
        .filter((name) => name !== 'index.html' && !name.endsWith('.map'))
        .map((name) => `/${name}`)
        .concat(
          readdirSync(join(root, 'public'))
            .filter((name) => name !== 'sw.js')
            .map((name) => `/${name}`),
        )
        .sort();
      const hash = createHash('sha256');
      for (const name of files) hash.update(name);
      hash.update(readFileSync(join(outDir, 'index.html')));
      const build = { version: hash.digest('hex').slice(0, 12), files };
      writeFileSync(swFile, source.replace(SW_PLACEHOLDER, `const BUILD = ${JSON.stringify(build)};`));
    },
  };
}

export default defineConfig({
  root,
  // Preact's automatic JSX runtime through Vite 8's built-in Oxc transform; no preset plugin needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Every browser we support has <link rel=modulepreload>; skip the polyfill's bytes.
    modulePreload: { polyfill: false },
    // No data: URIs: assets stay files the service worker can cache.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  plugins: [serviceWorkerManifest()],
  logLevel: 'warn',
});
