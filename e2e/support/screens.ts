import { mkdirSync } from 'node:fs';
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
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.length,
    `accessibility violations on "${name}" (${page.url()}):\n${describe(results)}`,
  ).toBe(0);
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
