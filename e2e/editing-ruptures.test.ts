import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { button, expectHeading, expectPath, makeAttempt, waitForLive } from './support/journeys';
import { apiPost, historyTexts, logInFull, logRupture } from './support/rupture-pages';
import { checkScreen } from './support/screens';
import { couple } from './support/two-people';

/**
 * Editing and deleting one's own entries (issue 8), as two people see it:
 * Alex changes the note of a shared rupture and the words of an attempt;
 * Bea's open page shows the new words marked "edited", and offers her no
 * Edit on what is not hers. A private rupture is deleted after a plain
 * confirmation. The rules themselves are proven in the server's tests.
 */

/** The screen as it is now, from the top once colours have eased in (a full-page shot draws the sticky header mid-page otherwise), looked at by axe. */
async function look(page: Page, name: string): Promise<void> {
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
  await checkScreen(page, `editing-ruptures/${name}`);
}

/** The screen at 390 (as it is) and at 1280, in light and dark; back to 390 light after. */
async function allSizes(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await look(page, `${name}-${width}-${colorScheme}`);
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('editing one’s own entries', () => {
  test('a shared note and an attempt edited by Alex read as edited to Bea; a private one is deleted', async () => {
    const spaceName = 'Alex and Bea';
    const { a, b, apiErrors, bLive } = await couple(spaceName);
    const logged = await logInFull(a, spaceName, {
      kind: 'Dismissive tone',
      topic: 'dishes',
      note: 'I brushed you off.',
      share: true,
    });
    await makeAttempt(a.page, 'Apology', 'Sorry about that');
    await b.page.goto(logged.path);
    await expectHeading(b.page, 'A small rupture');
    await b.page.getByText('I brushed you off.', { exact: true }).waitFor();
    const bEdit = b.page
      .getByRole('link', { name: 'Edit', exact: true })
      .or(b.page.getByRole('button', { name: /^Edit/ }));
    expect(await bEdit.count(), 'nothing of Alex’s is Bea’s to edit').toBe(0);

    // Alex: the quiet Edit, the form prefilled, a new note.
    await a.page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expectHeading(a.page, 'Edit this rupture');
    const note = a.page.getByLabel('Note (optional)', { exact: true });
    expect(await note.inputValue()).toBe('I brushed you off.');
    await note.fill('I brushed you off when you asked about the dishes.');
    await allSizes(a.page, 'form');
    // Meanwhile Bea says something happened: the version Alex opened is no longer the latest.
    await apiPost(b.page, `/api${logged.path}/acknowledge`, {}, 200);
    await button(a.page, 'Save changes').click();
    await a.page
      .getByRole('alert')
      .filter({ hasText: 'Something changed on this rupture while you were editing' })
      .waitFor();
    expect(await note.inputValue(), 'nothing Alex wrote is lost').toBe(
      'I brushed you off when you asked about the dishes.',
    );
    await button(a.page, 'Save changes').click();
    await expectPath(a.page, logged.path);
    await a.page.getByText('I brushed you off when you asked about the dishes.', { exact: true }).waitFor();

    // Bea's open page shows the new note, marked edited, without a reload.
    await waitForLive(b.page.getByText('I brushed you off when you asked about the dishes.', { exact: true }), bLive);
    await b.page
      .locator('.subtitle')
      .getByText(/edited/)
      .waitFor();
    expect(await b.page.getByText('I brushed you off.', { exact: true }).count(), 'the earlier words are gone').toBe(0);

    // Alex changes what the attempt said, in place.
    await a.page.getByRole('button', { name: 'Edit your message', exact: true }).click();
    const message = a.page.getByRole('textbox', { name: 'Your message', exact: true });
    expect(await message.inputValue()).toBe('Sorry about that');
    await message.fill('I am sorry I brushed you off.');
    await look(a.page, 'history-editing-390-light');
    await button(a.page, 'Save').click();
    await message.waitFor({ state: 'detached' });
    const edited = /Alex Rivera: apology — I am sorry I brushed you off\. \(edited \d/;
    await expect.poll(() => historyTexts(a.page)).toContainEqual(expect.stringMatching(/You: apology — I am sorry/));
    await waitForLive(b.page.getByRole('listitem').filter({ hasText: edited }), bLive);
    await allSizes(b.page, 'rupture-seen-by-other');

    // A private one: Delete, a plain confirmation, and back to the space.
    const mine = await logRupture(a.page, `/spaces/${logged.path.split('/')[2]}`, {
      size: 'Tiny',
      kind: 'Eye roll',
      note: 'Only mine',
    });
    await button(a.page, 'Delete').click();
    await a.page.getByRole('heading', { name: 'Delete this? Only you could see it.', exact: true }).waitFor();
    await look(a.page, 'delete-confirm-390-light');
    await a.page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expectHeading(a.page, spaceName);
    await a.page.goto(mine);
    await expectHeading(a.page, 'We could not find this.');

    // The refusals Alex met were the two this journey set up: a stale save, and the deleted rupture gone.
    const [stale, ...gone] = apiErrors.A;
    expect(stale).toMatch(/^PATCH \S+ .*→ 409 .*stale_version/);
    for (const error of gone) expect(error).toMatch(new RegExp(`^GET /api${mine} .*→ 404`));
    expect(apiErrors.B).toEqual([]);
  });
});
