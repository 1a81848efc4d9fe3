import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { call, myMemberId, register, type SpaceBody } from '../bench/api';
import { launchPerson } from './support/browser';
import { columnProblems, PHONE_COLUMN_PX } from './support/design-checks';
import { expectHeading, newAccount, runningAnimations, signUpFresh } from './support/journeys';

/**
 * The design system of packages/web/DESIGN-SYSTEM.md, in a real Chromium:
 * the two-column utility, and nothing moving for someone who asked for less
 * motion. Its rules for every screen (axe clean, one filled primary, chips
 * big enough to tap, the quick exit in view, columns on desktop) are checked
 * on every stop of the screen tour, e2e/tour.test.ts, in one visit per
 * screen, size and scheme (e2e/support/design-checks.ts).
 */

const VARIANTS = [
  { width: 390, height: 844, colorScheme: 'light' },
  { width: 390, height: 844, colorScheme: 'dark' },
  { width: 1280, height: 800, colorScheme: 'light' },
  { width: 1280, height: 800, colorScheme: 'dark' },
] as const;

type Variant = (typeof VARIANTS)[number];

async function show(page: Page, variant: Variant): Promise<string> {
  await page.setViewportSize({ width: variant.width, height: variant.height });
  await page.emulateMedia({ colorScheme: variant.colorScheme, reducedMotion: 'no-preference' });
  // Colours ease from one scheme to the other: read and photograph them once they have arrived.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  return `${variant.width}-${variant.colorScheme}`;
}

/** Seeds, through the real API: a couple space of the person signed in on `page` and Bea, and a shared rupture. */
async function seedCouple(page: Page): Promise<{ spaceId: string; ruptureId: string }> {
  const baseURL = inject('baseURL');
  const request = page.context().request;
  const post = async <T>(path: string, data?: unknown, status = 201): Promise<T> => {
    const res = await request.post(`${baseURL}${path}`, {
      headers: { 'content-type': 'application/json', origin: baseURL },
      data: data ?? {},
    });
    expect(res.status(), `POST ${path}: ${await res.text()}`).toBe(status);
    return (await res.json()) as T;
  };
  const space = await post<SpaceBody>('/api/spaces', { name: 'Alex & Bea', kind: 'couple' });
  const spaceId = space.space.id;
  const invite = await post<{ token: string }>(`/api/spaces/${spaceId}/invites`);
  const beaCookie = await register(baseURL, {
    email: `bea.${crypto.randomUUID().slice(0, 8)}@example.com`,
    displayName: 'Bea Chen',
  });
  const joined = await call<SpaceBody>(baseURL, 'POST', `/api/invites/${invite.token}/accept`, {
    cookie: beaCookie,
    expect: 200,
  });
  const created = await post<{ rupture: { id: string } }>(`/api/spaces/${spaceId}/ruptures`, {
    size: 'small',
    kinds: ['dismissive_tone'],
    involved: [myMemberId(joined.body)],
    visibility: 'shared',
    topic: 'the dishes',
    note: 'I answered sharply when Bea asked about the evening.',
  });
  return { spaceId, ruptureId: created.rupture.id };
}

describe('the design system', () => {
  test('the two-column utility: side by side from 64 rem, one column on a phone', async () => {
    const person = await launchPerson('Columns');
    const { page } = person;
    await page.goto('/signin');
    await expectHeading(page, 'Sign in');
    // A screen opting in, as DESIGN-SYSTEM.md shows it: the utility alone decides the layout.
    await page.evaluate(() => {
      const main = document.querySelector('main');
      const columns = document.createElement('div');
      columns.className = 'columns';
      columns.innerHTML =
        '<section class="column-main panel">Main</section><aside class="column-aside panel">Aside</aside>';
      main?.append(columns);
    });
    await show(page, VARIANTS[2]);
    expect(await columnProblems(page, 'the utility at 1280 px'), 'side by side, wider than the phone').toEqual([]);
    const mainWidth = await page.locator('main').evaluate((el) => el.getBoundingClientRect().width);
    expect(mainWidth, 'main widens beyond the phone column for columns').toBeGreaterThan(PHONE_COLUMN_PX);

    await show(page, VARIANTS[0]);
    const [first, second] = await page
      .locator('.columns > *')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(second?.top, 'on a phone the aside comes below the main column').toBeGreaterThanOrEqual(first?.bottom ?? 0);
  });

  test('under prefers-reduced-motion nothing animates, even while controls change', async () => {
    const person = await launchPerson('Still');
    const { page } = person;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await signUpFresh(page, newAccount('Sam Still'));
    const { spaceId } = await seedCouple(page);
    await page.goto(`/spaces/${spaceId}`);
    await expectHeading(page, 'Alex & Bea');
    await page.getByRole('button', { name: 'Quick exit', exact: true }).hover();
    expect(await animationsWhileChoosing(page), 'nothing eases when a choice is made').toEqual([]);
    expect(await runningAnimations(page.locator('body')), 'no animation runs anywhere').toEqual([]);

    // With motion welcome the same change does ease (so the check above can fail).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.reload();
    await expectHeading(page, 'Alex & Bea');
    expect(await animationsWhileChoosing(page), 'with motion welcome a choice eases into place').not.toEqual([]);
  });
});

/**
 * Chooses the first choice not yet chosen and, in the same task, asks which
 * animations and transitions that change started: none may run when less
 * motion is wanted.
 */
function animationsWhileChoosing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const choice = Array.from(document.querySelectorAll<HTMLElement>('.choice')).find(
      (el) => !el.querySelector<HTMLInputElement>('input')?.checked,
    );
    if (!choice) throw new Error('no choice to make on this screen');
    choice.querySelector('input')?.click();
    getComputedStyle(choice).backgroundColor; // starts any transition now rather than at the next frame
    return document
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .map((a) => ('transitionProperty' in a ? `transition ${String(a.transitionProperty)}` : a.constructor.name));
  });
}
