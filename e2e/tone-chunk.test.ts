import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertBuilt, WEB_DIST } from './support/server-process';

/** Issue 10: the tone check is loaded on demand and stays small. */
const TONE_CHUNK_BUDGET_BYTES = 15 * 1024;

/**
 * The built tone check (`@repairable/core/tone`, which Vite emits as
 * `assets/tone-[hash].js`): at most 15 KB gzipped (level 9, as
 * bench/bundle-size.ts measures the first load), fetched only when a box
 * that shows the hint opens (never preloaded by index.html nor imported by
 * the entry), and with no way to send anything: the text stays on the device.
 */
describe('the tone check chunk', () => {
  assertBuilt(WEB_DIST);
  const assets = join(WEB_DIST, 'assets');
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
  // ToneHint, shared by the rupture page and the conversation screen, is a chunk of its own (tone-hint-[hash].js).
  const tone = files.filter((name) => /^tone-(?!hint-)[\w-]+\.js$/.test(name));

  it('is one chunk of at most 15 KB gzip', () => {
    expect(tone, 'exactly one tone-[hash].js in packages/web/dist/assets').toHaveLength(1);
    const source = readFileSync(join(assets, tone[0] ?? ''));
    const gzip = gzipSync(source, { level: 9 }).length;
    expect(gzip, `tone chunk: ${source.length} bytes raw, ${gzip} gzip`).toBeLessThanOrEqual(TONE_CHUNK_BUDGET_BYTES);
  });

  it('is loaded on demand only, and imports nothing', () => {
    const name = tone[0] ?? '';
    const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    expect(html, 'index.html does not preload or load it').not.toContain(name);
    const staticImport = new RegExp(`(?:import|from)\\s*["'][^"']*${name.replace(/[.-]/g, '\\$&')}["']`);
    const importers = files.filter((file) => staticImport.test(readFileSync(join(assets, file), 'utf8')));
    expect(importers, 'no chunk imports it statically').toEqual([]);
    const dynamic = files.filter((file) => readFileSync(join(assets, file), 'utf8').includes(name));
    expect(dynamic.length, 'some chunk loads it with import()').toBeGreaterThan(0);
    const source = readFileSync(join(assets, name), 'utf8');
    expect(source).not.toMatch(/\bimport\s*[{"'*(]|\bfrom\s*["']/);
  });

  it('cannot send the text anywhere', () => {
    const source = readFileSync(join(assets, tone[0] ?? ''), 'utf8');
    expect(source).not.toMatch(/\b(?:fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|localStorage|indexedDB)\b/);
  });
});
