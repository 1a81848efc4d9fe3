import type { Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { Person } from './browser';
import { button, choiceGroup, expectHeading, expectPath, screen } from './journeys';

const signedIn = { signedIn: true };
const ruptureUrl = /^\/spaces\/[^/]+\/ruptures\/(?!new$)[^/]+$/;

export interface Logged {
  path: string;
  id: string;
  /** The ids the server suggested as "is this like …?" in its answer to the log. */
  similar: string[];
}

/** From a rupture page, the back link above its title, named for the space (no reload). */
export async function backHome(page: Page, spaceName: string): Promise<void> {
  await page.getByRole('link', { name: spaceName, exact: true }).click();
  await expectHeading(page, spaceName);
}

/** From the space home, "More detail" and the full form; lands on the new rupture's page. */
export async function logInFull(
  person: Person,
  spaceName: string,
  rupture: { kind: string; topic: string; note: string; share: boolean; shot?: string },
): Promise<Logged> {
  const { page } = person;
  await expectHeading(page, spaceName);
  await page.getByRole('link', { name: 'More detail', exact: true }).click();
  await expectHeading(page, 'Log a rupture');
  await choiceGroup(page, 'How big').getByRole('radio', { name: 'Small', exact: true }).check();
  await choiceGroup(page, 'What happened').getByRole('checkbox', { name: rupture.kind, exact: true }).check();
  await page.getByLabel('Topic (optional)', { exact: true }).fill(rupture.topic);
  await page.getByLabel('Note (optional)', { exact: true }).fill(rupture.note);
  if (rupture.share)
    await choiceGroup(page, 'Who can see this')
      .getByRole('radio', { name: 'Share with them now', exact: true })
      .check();
  if (rupture.shot) await screen(page, rupture.shot, signedIn);
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /^\/api\/spaces\/[^/]+\/ruptures$/.test(new URL(r.url()).pathname),
  );
  await button(page, 'Save').click();
  const body = (await (await answer).json()) as { similar: { id: string }[] };
  await expectPath(page, ruptureUrl);
  // One marked as harm is a private note, its heading neutral (SECURITY.md P6).
  await expectHeading(page, rupture.kind.startsWith('Harm') ? 'A private note' : 'A small rupture');
  const path = new URL(page.url()).pathname;
  return { path, id: path.split('/')[4] ?? '', similar: body.similar.map((s) => s.id) };
}

/** The "is this like …?" list on a rupture page, each suggestion's words collapsed. */
export function suggestions(page: Page) {
  return page.getByRole('list', { name: 'Is this like an earlier one?', exact: true }).getByRole('listitem');
}

export async function texts(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}

/**
 * The viewer's own step on a rupture page: the region named by its heading
 * ("How did that land?", "Waiting for Bea to say how it landed.").
 */
export function stepRegion(page: Page, heading: string | RegExp): Locator {
  return page.getByRole('region', { name: heading, exact: typeof heading === 'string' });
}

/**
 * The names of the visible buttons and links drawn filled (the accent, its
 * hover shade, or the danger colour): a screen's one primary action, or none.
 */
export function filledButtons(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // Colours ease in (the design system's transitions): read them once they have arrived.
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    const resolve = (value: string) => {
      const probe = document.createElement('div');
      probe.style.background = value;
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    };
    const fills = new Set([resolve('var(--accent)'), resolve('var(--accent-hover)'), resolve('var(--caution)')]);
    return Array.from(document.querySelectorAll<HTMLElement>('button, a, [role="button"], input[type="submit"]'))
      .filter(
        (el) => el.checkVisibility({ visibilityProperty: true }) && fills.has(getComputedStyle(el).backgroundColor),
      )
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() || el.outerHTML.slice(0, 80));
  });
}

/** The entries of the rupture page's history, "14:02 · Sam: apology — …", whitespace collapsed. */
export async function historyTexts(page: Page): Promise<string[]> {
  const items = await page
    .getByRole('list', { name: 'What was said', exact: true })
    .getByRole('listitem')
    .allInnerTexts();
  return items.map((t) => t.replace(/\s+/g, ' ').trim());
}

/** A POST to the API as the person signed in on `page`, from this origin; fails unless it answers `status`. */
export async function apiPost<T>(page: Page, path: string, data: unknown = {}, status = 201): Promise<T> {
  const baseURL = inject('baseURL');
  const res = await page.context().request.post(`${baseURL}${path}`, {
    headers: { 'content-type': 'application/json', origin: baseURL },
    data,
  });
  expect(res.status(), `POST ${path}: ${await res.text()}`).toBe(status);
  return (await res.json()) as T;
}

/** Adds a member without an account (a child) through the API, so rupture tests need no space-settings screen. */
export async function addChild(page: Page, spaceId: string, name: string): Promise<void> {
  await apiPost(page, `/api/spaces/${spaceId}/members`, { displayName: name });
}

/** The full form, opened by its address; lands on the new rupture's page and returns its path. */
export async function logRupture(
  page: Page,
  spacePath: string,
  rupture: { size: string; kind: string; note?: string },
): Promise<string> {
  await page.goto(`${spacePath}/ruptures/new`);
  await expectHeading(page, 'Log a rupture');
  await choiceGroup(page, 'How big').getByRole('radio', { name: rupture.size, exact: true }).check();
  await choiceGroup(page, 'What happened').getByRole('checkbox', { name: rupture.kind, exact: true }).check();
  if (rupture.note) await page.getByLabel('Note (optional)', { exact: true }).fill(rupture.note);
  await button(page, 'Save').click();
  await expectPath(page, ruptureUrl);
  await expectHeading(page, `A ${rupture.size.toLowerCase()} rupture`);
  return new URL(page.url()).pathname;
}
