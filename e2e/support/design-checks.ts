import type { Page } from 'playwright-core';
import { filledButtons } from './rupture-pages';

/**
 * The design system's rules for one screen as it is shown now
 * (packages/web/DESIGN-SYSTEM.md): at most one filled (primary) button,
 * choice cards and chips at least 44 px tall, the quick exit in view at the
 * top and at the bottom of the page, and on a wide screen, columns side by
 * side when the screen opts into them. The screen tour runs them on every
 * stop, size and scheme; each broken rule comes back as one line.
 */

/** The phone column: 40rem at the 16 px root size. */
export const PHONE_COLUMN_PX = 640;

export interface DesignFindings {
  problems: string[];
  /** Whether the screen opts into `.columns` (then checked side by side, wider than the phone column). */
  columns: boolean;
}

export async function designProblems(page: Page, where: string): Promise<DesignFindings> {
  const problems = await quickExitProblems(page, where);
  const filled = await filledButtons(page);
  if (filled.length > 1)
    problems.push(`${filled.length} filled (primary) buttons on "${where}": ${filled.join(' | ')}`);
  for (const choice of await choiceHeights(page))
    if (choice.height < 44) problems.push(`the choice "${choice.label}" on "${where}" is ${choice.height} px tall`);
  const columns = await columnProblems(page, where);
  if (columns) problems.push(...columns);
  return { problems, columns: columns !== undefined };
}

/** Heights of the visible choice cards and chips (each is one tap target). */
function choiceHeights(page: Page): Promise<{ label: string; height: number }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.choice'))
      .filter((el) => el.checkVisibility())
      .map((el) => ({ label: (el.textContent ?? '').trim(), height: el.getBoundingClientRect().height })),
  );
}

/** The quick exit is a 44 px target on screen at the top, and still on screen after scrolling to the very end. */
async function quickExitProblems(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  const quickExit = page.getByRole('button', { name: 'Quick exit', exact: true });
  const viewport = page.viewportSize();
  for (const end of ['top', 'bottom'] as const) {
    await page.evaluate((e) => window.scrollTo(0, e === 'top' ? 0 : document.body.scrollHeight), end);
    const box = await quickExit.boundingBox();
    if (!box || !viewport) {
      problems.push(`the quick exit has no box at the ${end} of "${where}"`);
      continue;
    }
    if (box.y < 0 || box.y + box.height > 120)
      problems.push(`the quick exit is out of view at the ${end} of "${where}" (y ${box.y}, height ${box.height})`);
    if (box.height < 44) problems.push(`the quick exit on "${where}" is ${box.height} px tall, not a 44 px target`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return problems;
}

/**
 * At 1280 px, a screen that opts into `.columns` shows a main and an aside
 * column side by side, wider than the phone column. Undefined when the
 * screen has no `.columns` (or is narrower).
 */
export async function columnProblems(page: Page, where: string): Promise<string[] | undefined> {
  if ((page.viewportSize()?.width ?? 0) < 1280) return undefined;
  const layout = await page.evaluate(() => {
    const columns = document.querySelector('.columns');
    if (!columns) return undefined;
    const [first, second] = Array.from(columns.children).map((c) => c.getBoundingClientRect().toJSON() as DOMRect);
    return { width: columns.getBoundingClientRect().width, first, second };
  });
  if (!layout) return undefined;
  const problems: string[] = [];
  if (layout.width <= PHONE_COLUMN_PX)
    problems.push(`the columns on "${where}" are ${layout.width} px wide, no wider than the phone column`);
  if (!layout.first || !layout.second) problems.push(`"${where}" has no main and aside column`);
  else if (layout.second.left < layout.first.right)
    problems.push(`the aside on "${where}" does not sit beside the main column`);
  return problems;
}
