import { existsSync } from 'node:fs';

/**
 * How this repository starts Chromium, shared by the browser journeys
 * (browser.ts) and the Lighthouse benchmark (bench/lighthouse.ts). Free of
 * Vitest, so scripts outside the test run can import it.
 */

/** Flags that keep Debian's Chromium quiet and working here (ARCHITECTURE.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`No Chromium at ${path}: run "node scripts/ensure-chromium.mjs" or set CHROME_PATH.`);
  return path;
}
