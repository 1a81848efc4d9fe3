import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { expectOnScreen } from './support/forms';
import { button, choiceGroup, expectHeading, markPage, openPeople, screen, statusWith } from './support/journeys';
import { couple } from './support/two-people';

/**
 * The space home with one focus (issue 8): what needs you first, the quick
 * log with Save always on screen and Undo after it, and "needs you" on the
 * partner's home and spaces list, live, without read receipts or counts.
 */

/** POST as this page's person, through the real API (same origin, JSON). */
async function post(page: Page, path: string, data?: unknown) {
  const baseURL = inject('baseURL');
  const res = await page.context().request.post(`${baseURL}${path}`, {
    headers: { 'content-type': 'application/json', origin: baseURL },
    data: data ?? {},
  });
  expect(res.status(), `POST ${path}`).toBeLessThan(300);
  return res.json() as Promise<{ rupture: { id: string; version: number } }>;
}

/** The other member of a two-person space, as this page's person sees them. */
async function otherMemberId(page: Page, spaceId: string): Promise<string> {
  const res = await page.context().request.get(`${inject('baseURL')}/api/spaces/${spaceId}`);
  const body = (await res.json()) as { space: { members: { id: string; isMe: boolean }[] } };
  const other = body.space.members.find((m) => !m.isMe);
  if (!other) throw new Error('nobody else is in the space');
  return other.id;
}

async function rupturesOf(page: Page, spaceId: string): Promise<string[]> {
  const res = await page.context().request.get(`${inject('baseURL')}/api/spaces/${spaceId}/ruptures?status=all`);
  const body = (await res.json()) as { ruptures: { id: string }[] };
  return body.ruptures.map((r) => r.id);
}

describe('the space home', () => {
  test('quick log: Save is on screen once size and kind are chosen; Undo takes it back, by keyboard', async () => {
    const { a, space } = await couple('Alex and Bea');
    const page = a.page;
    const quickLog = page.getByRole('region', { name: 'Quick log', exact: true });
    await choiceGroup(quickLog, 'How big').getByRole('radio', { name: 'Small', exact: true }).check();
    await choiceGroup(quickLog, 'What happened').getByRole('radio', { name: 'Missed bid', exact: true }).check();
    // The plain explanation of what was chosen is right there.
    await quickLog.getByText('One of you reached out').first().waitFor();

    const save = button(quickLog, 'Save privately');
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await expectOnScreen(page, save, 'Save privately');
    await page.screenshot({ path: '.test-output/e2e/home-quick-log-chosen-390.png' });

    await save.click();
    await statusWith(page, 'Noted, just for you.').waitFor();
    const undo = button(quickLog, 'Undo');
    await expect
      .poll(() => undo.evaluate((el) => el === document.activeElement), { message: 'Undo has focus' })
      .toBe(true);
    const [saved] = await rupturesOf(page, space.id);
    expect(saved).toBeDefined();
    await screen(page, 'home-undo-offered', { signedIn: true });

    await page.keyboard.press('Enter');
    await statusWith(page, 'Taken back. Nothing was kept.').waitFor();
    await expect.poll(() => rupturesOf(page, space.id)).toEqual([]);
    await page.getByText("Nothing open. That's okay too.", { exact: true }).waitFor();
    expect(await undo.count()).toBe(0);

    // Saved and left alone, Undo goes after a few seconds and the rupture stays.
    await choiceGroup(quickLog, 'How big').getByRole('radio', { name: 'Tiny', exact: true }).check();
    await quickLog.getByRole('button', { name: 'More kinds', exact: true }).click();
    await choiceGroup(quickLog, 'What happened').getByRole('radio', { name: 'Eye roll', exact: true }).check();
    await button(quickLog, 'Save privately').click();
    await undo.waitFor();
    await undo.waitFor({ state: 'detached', timeout: 12_000 });
    expect(await rupturesOf(page, space.id)).toHaveLength(1);
  });

  test('"needs you" reaches the partner live on the spaces list and the home, and goes once they act', async () => {
    const { a, b, alex, space, bReceived } = await couple('Alex and Bea');
    const bea = b.page;
    const beaId = await otherMemberId(a.page, space.id);

    // Something Alex keeps private changes nothing for Bea.
    const secret = await post(a.page, `/api/spaces/${space.id}/ruptures`, {
      size: 'small',
      kinds: ['missed_bid'],
      involved: [beaId],
      visibility: 'private',
      note: 'ALEX-PRIVATE-NOTE',
    });
    await bea.getByText('Nothing needs you right now.').waitFor();

    // Bea looks at her spaces; Alex raises something with her.
    await bea.getByRole('navigation').getByRole('link', { name: 'Spaces', exact: true }).click();
    await expectHeading(bea, 'Your spaces');
    const stays = await markPage(bea);
    const shared = await post(a.page, `/api/spaces/${space.id}/ruptures`, {
      size: 'small',
      kinds: ['harsh_words'],
      involved: [beaId],
      visibility: 'shared',
    });
    const card = bea.getByRole('list', { name: 'Spaces', exact: true }).getByRole('listitem');
    await card.getByText('Needs you', { exact: true }).waitFor();
    await card.getByText(`${alex.name} raised something with you.`).waitFor();
    await stays.stillSamePage();
    await screen(bea, 'spaces-needs-you', { signedIn: true });

    // Her home says so first, with the way to it; never what it is about, never how many.
    await bea.getByRole('link', { name: 'Alex and Bea', exact: true }).click();
    const needs = bea.getByRole('region', { name: 'Something needs you', exact: true });
    await needs.getByText(`${alex.name} raised something with you.`).waitFor();
    expect(await needs.getByRole('link', { name: 'Open it', exact: true }).getAttribute('href')).toBe(
      `${space.path}/ruptures/${shared.rupture.id}`,
    );
    expect(await needs.textContent()).not.toMatch(/\d/);
    await screen(bea, 'home-needs-you', { signedIn: true });
    await bea.setViewportSize({ width: 1280, height: 800 });
    await screen(bea, 'home-needs-you-1280', { signedIn: true });
    await bea.setViewportSize({ width: 390, height: 844 });

    // She recognises it (from anywhere); the home updates live.
    const home = await markPage(bea);
    await post(bea, `/api/spaces/${space.id}/ruptures/${shared.rupture.id}/acknowledge`);
    await bea.getByText('Nothing needs you right now.').waitFor();
    expect(await needs.count()).toBe(0);
    await home.stillSamePage();

    // Bea moves toward Alex: now it is Alex's to answer, on his home.
    await post(bea, `/api/spaces/${space.id}/ruptures/${shared.rupture.id}/attempts`, { kind: 'apology' });
    await a.page
      .getByRole('region', { name: 'Something needs you', exact: true })
      .getByText('Bea Chen reached out to repair something.')
      .waitFor();

    // A break: Alex reads who and until when.
    const returnAt = new Date(Date.now() + 45 * 60_000).toISOString();
    await post(bea, `/api/spaces/${space.id}/ruptures/${shared.rupture.id}/break`, { returnAt });
    await a.page
      .getByText(/Bea Chen is taking a break until /)
      .waitFor()
      .catch(async (err) => {
        throw new Error(`${err}\n${await a.page.locator('main').textContent()}`);
      });
    await screen(a.page, 'home-partner-on-break', { signedIn: true });

    // Nothing of Alex's private rupture ever reached Bea's browser.
    const received = await bReceived.all();
    expect(received).not.toContain(secret.rupture.id);
    expect(received).not.toContain('ALEX-PRIVATE-NOTE');
  });

  test('people and settings live on their own screen, linked from the space header', async () => {
    const { a, space } = await couple('Alex and Bea');
    await openPeople(a.page, space.path);
    await a.page.getByRole('list', { name: 'Members', exact: true }).waitFor();
    await a.page.getByRole('button', { name: 'Leave this space', exact: true }).waitFor();
    await screen(a.page, 'people', { signedIn: true });
    await a.page.setViewportSize({ width: 1280, height: 800 });
    await screen(a.page, 'people-1280', { signedIn: true });
    await a.page.goto(space.path);
    await expectHeading(a.page, 'Alex and Bea');
    await screen(a.page, 'home-1280', { signedIn: true });
    // The home holds no settings any more.
    expect(await a.page.getByRole('button', { name: 'Leave this space', exact: true }).count()).toBe(0);
    expect(await a.page.getByRole('list', { name: 'Members', exact: true }).count()).toBe(0);
  });
});
