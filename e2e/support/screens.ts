import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Screenshots land here for people to look at; the folder is gitignored. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../.test-output/e2e/', import.meta.url));

/** axe-core's result type, through @axe-core/playwright rather than a direct dependency on axe-core. */
type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Saves a full-page screenshot as `.test-output/e2e/<name>.png` and fails
 * on any WCAG 2.2 A/AA violation axe can find on the screen as it is now.
 * Call it once the screen has settled (after waiting for its heading).
 * A `name` with slashes lands in subfolders (`tour/signin-390-light`).
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  const problems = await accessibilityProblems(page);
  expect(problems, `accessibility violations on "${name}" (${page.url()}):\n${problems}`).toBe('');
}

/** A full-page screenshot at `.test-output/e2e/<name>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = `${SCREENSHOT_DIR}${name}.png`;
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Every WCAG 2.2 A/AA violation axe finds on the screen as it is now, described for a person; '' when none. */
export async function accessibilityProblems(page: Page): Promise<string> {
  // Axe in the page itself (legacy mode): the default opens a blank page per call to merge the results of
  // cross-origin frames, about a second each time, and this app has no frames (its CSP allows only its own
  // origin, which legacy mode still checks). Only violations are read, so axe keeps one example each of
  // what passed or did not apply. (`options` replaces every option, so it comes before `withTags`.)
  // Colours part-way through a 0.15 s transition (a hover or press fading) are not what a person reads, and
  // axe once measured one (3.15:1, neither end state's colours): it checks the page once they have settled.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .analyze();
  return describe(results);
}

/**
 * How this page is shown, for a screenshot's name: its viewport width and
 * colour scheme, e.g. `390-light` or `1280-dark`.
 */
export async function screenVariant(page: Page): Promise<string> {
  const width = page.viewportSize()?.width ?? 0;
  const dark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
  return `${width}-${dark ? 'dark' : 'light'}`;
}

function describe(results: AxeResults): string {
  return results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) =>
            `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replaceAll('\n', '\n      ')}`,
        )
        .join('\n');
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}
