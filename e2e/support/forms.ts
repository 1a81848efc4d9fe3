import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A form's error summary: the alert headed "There is a problem" (packages/web/FORMS.md). */
export function errorSummary(page: Page): Locator {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
}

/**
 * Fails unless `target` is wholly inside the viewport as it is scrolled now,
 * and, on a phone, above the bottom navigation (a sticky action bar's Save).
 */
export async function expectOnScreen(page: Page, target: Locator, what: string): Promise<void> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  expect(box, `${what} is laid out`).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y, `${what} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what} ends inside the viewport`).toBeLessThanOrEqual(viewport.height);
  const nav = await page.getByRole('navigation').last().boundingBox();
  if (nav && nav.y > viewport.height / 2)
    expect(box.y + box.height, `${what} is above the bottom navigation`).toBeLessThanOrEqual(nav.y);
}
