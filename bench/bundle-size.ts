import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from '../e2e/support/server-process';
import { printFigure } from './figures';

/**
 * What a first visit downloads: the entry module, every module it preloads,
 * and the stylesheets, each gzipped at level 9.
 * Run (after `npm run build`): npx tsx bench/bundle-size.ts
 */
const TARGET_JS_KB = 60;

const webDir = process.env.WEB_DIR ?? WEB_DIST;
const indexFile = join(webDir, 'index.html');
if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run "npm run build" first.`);
const html = readFileSync(indexFile, 'utf8');

/** The value of `name` in one tag's attributes, quoted or not. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function tags(name: string): string[] {
  return html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
}

function isLocal(href: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href);
}

const entryScripts = tags('script')
  .filter((tag) => attribute(tag, 'type') === 'module')
  .map((tag) => attribute(tag, 'src'))
  .filter((src): src is string => src !== undefined && isLocal(src));
const links = tags('link').map((tag) => ({
  rel: (attribute(tag, 'rel') ?? '').toLowerCase(),
  href: attribute(tag, 'href'),
}));
const preloads = links.filter((l) => l.rel === 'modulepreload').map((l) => l.href);
const stylesheets = links.filter((l) => l.rel === 'stylesheet').map((l) => l.href);

if (entryScripts.length === 0) throw new Error(`No <script type="module" src> in ${indexFile}`);

function gzipBytes(href: string): { file: string; raw: number; gzip: number } {
  const file = join(webDir, href.replace(/^\.?\//, '').replace(/[?#].*$/, ''));
  const content = readFileSync(file);
  return { file: href, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function report(label: string, hrefs: (string | undefined)[], target?: number): void {
  const unique = [...new Set(hrefs.filter((h): h is string => h !== undefined && isLocal(h)))];
  const sizes = unique.map(gzipBytes);
  for (const s of sizes)
    console.log(`  ${s.file}: ${(s.raw / 1024).toFixed(1)} KB raw, ${(s.gzip / 1024).toFixed(1)} KB gzip`);
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
  printFigure(
    `${label} (${sizes.length} files)`,
    Math.round(total * 10) / 10,
    'KB gzip',
    target === undefined ? {} : { target },
  );
}

report('initial JS', [...entryScripts, ...preloads], TARGET_JS_KB);
report('CSS', stylesheets);
