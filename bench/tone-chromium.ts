import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { assertBuilt, WEB_DIST } from '../e2e/support/server-process';
import { percentile, printFigure } from './figures';

/** Each message is checked this many times in a row (its time is the mean, under the timer's coarse resolution), in three rounds. */
const REPEATS = 50;

/**
 * The built tone chunk (packages/web/dist/assets/tone-[hash].js, what the app
 * fetches) loaded in headless Chromium from a blank page on a local static
 * server, then every message checked REPEATS times after a warm-up pass,
 * three rounds, keeping each message's best round. Prints the chunk's gzip size and the time per message (mean, p99, max).
 */
export async function measureInChromium(messages: readonly { text: string }[]): Promise<void> {
  assertBuilt(WEB_DIST);
  const assets = join(WEB_DIST, 'assets');
  const chunk = readdirSync(assets).find((name) => /^tone-[\w-]+\.js$/.test(name));
  if (!chunk) throw new Error('No tone-[hash].js in packages/web/dist/assets: run "npm run build".');
  const source = readFileSync(join(assets, chunk));
  console.log(`\n## Chromium: ${chunk}, ${(source.length / 1024).toFixed(1)} KB raw`);
  printFigure('tone chunk', gzipSync(source, { level: 9 }).length / 1024, 'KB gzip', { target: 15 });

  const server = createServer((req, res) => {
    if (req.url === `/assets/${chunk}`) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(source);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>tone bench</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const texts = messages.map((m) => m.text);
    const { best: perMessage, cold } = await page.evaluate(
      async ({ url, texts, repeats }) => {
        const module = (await import(url)) as Record<string, unknown>;
        const check = Object.values(module).find((value) => typeof value === 'function') as (text: string) => unknown;
        const coldStart = performance.now();
        for (const text of texts) check(text);
        const cold = (performance.now() - coldStart) / texts.length;
        // The best of three rounds per message: a busy machine only ever adds time.
        // (No named functions in here: the bench runs through tsx, whose helpers the page does not have.)
        const best = texts.map(() => Number.POSITIVE_INFINITY);
        for (let round = 0; round < 3; round++)
          texts.forEach((text, i) => {
            const started = performance.now();
            for (let r = 0; r < repeats; r++) check(text);
            best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, (performance.now() - started) / repeats);
          });
        return { best, cold };
      },
      { url: `/assets/${chunk}`, texts, repeats: REPEATS },
    );
    const mean = perMessage.reduce((sum, ms) => sum + ms, 0) / perMessage.length;
    console.log(`${perMessage.length} messages × ${REPEATS} × 3 rounds in Chromium ${browser.version()}`);
    const slowest = perMessage
      .map((ms, i) => ({ ms, text: texts[i] ?? '' }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3);
    for (const { ms, text } of slowest) console.log(`  ${(ms * 1000).toFixed(0)} µs: ${text}`);
    // In microseconds: the target is 1 ms (1000 µs) per message.
    printFigure('time per message, first pass (cold, includes compiling the patterns)', cold * 1000, 'µs');
    printFigure('time per message, mean', mean * 1000, 'µs');
    printFigure('time per message, p99', percentile(perMessage, 99) * 1000, 'µs', { target: 1000 });
    printFigure('time per message, max', Math.max(...perMessage) * 1000, 'µs');
  } finally {
    await browser.close();
    server.close();
  }
}
