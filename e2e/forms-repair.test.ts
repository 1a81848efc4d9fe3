import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axFacts, focused } from './support/accessibility-tree';
import { launchPerson } from './support/browser';
import { errorSummary, expectOnScreen } from './support/forms';
import { button, choiceGroup, expectHeading, expectPath, newAccount, screen, signUpFresh } from './support/journeys';
import { addChild } from './support/rupture-pages';
import { SCREENSHOT_DIR, saveScreenshot } from './support/screens';

/**
 * The GOV.UK error pattern (packages/web/FORMS.md) on the repair forms, in
 * Chromium at 390×844: a new space, the full rupture form with its radio
 * and chip groups and its Save kept in view, and the attempt form with the
 * tone check under its message. One person, one browser, one journey.
 */

/** The screen as it is now in dark, and at 1280 in both schemes, then back to the phone in light. */
async function otherVariants(page: Page, name: string): Promise<void> {
  // Colours ease from one scheme to the other: photograph them once they have arrived.
  const settled = () => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.emulateMedia({ colorScheme: 'dark' });
  await settled();
  await screen(page, `${name}-390-dark`, signedIn);
  await page.setViewportSize({ width: 1280, height: 800 });
  await saveScreenshot(page, `${name}-1280-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
  await settled();
  await saveScreenshot(page, `${name}-1280-light`);
  await page.setViewportSize({ width: 390, height: 844 });
}

const signedIn = { signedIn: true };

describe('forms that help, on the repair forms', () => {
  test('new space, new rupture and an attempt: the summary, errors in each field or group, gone once fixed; Save in view', async () => {
    const { page } = await launchPerson('Rosa');
    await signUpFresh(page, newAccount('Rosa Diaz'));

    // A new space with an empty name: the summary leads to the name, which carries its error.
    await page.getByRole('link', { name: 'New space', exact: true }).click();
    await expectPath(page, '/spaces/new');
    await button(page, 'Create space').click();
    const summary = errorSummary(page);
    await summary.waitFor();
    expect(await focused(summary), 'the summary takes focus').toBe(true);
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Please give the space a name.',
      'Please choose the kind of relationship.',
    ]);
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    expect(await axFacts(name)).toMatchObject({
      invalid: true,
      description: expect.stringContaining('Error: Please give the space a name.'),
    });
    const kindGroup = choiceGroup(page, 'Kind of relationship');
    expect((await axFacts(kindGroup)).description).toContain('Error: Please choose the kind of relationship.');
    await summary.getByRole('link', { name: 'Please give the space a name.' }).click();
    expect(await focused(name), 'the link focuses the name').toBe(true);
    await screen(page, 'forms/new-space-errors', signedIn);
    await name.fill('Rosa and Mia');
    expect(await axFacts(name)).toMatchObject({ invalid: false });
    await kindGroup.getByRole('radio', { name: 'Parent and child', exact: true }).check();
    await expect.poll(() => summary.count(), { message: 'the summary goes with the last error' }).toBe(0);
    await button(page, 'Create space').click();
    await expectHeading(page, 'Rosa and Mia');
    const spacePath = new URL(page.url()).pathname;
    await addChild(page, spacePath.split('/')[2] ?? '', 'Mia');

    // The full rupture form, saved with nothing chosen.
    await page.goto(`${spacePath}/ruptures/new`);
    await expectHeading(page, 'Log a rupture');
    const save = button(page, 'Save');
    await expectOnScreen(page, save, 'Save, before anything is chosen');
    await save.click();
    await summary.waitFor();
    expect(await focused(summary)).toBe(true);
    const links = summary.getByRole('link');
    expect(await links.allInnerTexts()).toEqual([
      'Please choose how big it felt.',
      'Please choose at least one thing that happened.',
    ]);
    const size = choiceGroup(page, 'How big');
    const sizeFacts = await axFacts(size);
    expect(sizeFacts, 'the size group is an invalid radiogroup named by its legend').toMatchObject({
      role: 'radiogroup',
      name: 'How big',
      invalid: true,
    });
    expect(sizeFacts.description, 'its error is in its description').toContain('Error: Please choose how big it felt.');
    const kinds = choiceGroup(page, 'What happened');
    expect((await axFacts(kinds)).description).toContain('Error: Please choose at least one thing that happened.');
    expect(await axFacts(kinds.getByRole('checkbox').first()), 'each kind is invalid').toMatchObject({ invalid: true });
    await screen(page, 'forms/new-rupture-errors-390-light', signedIn);
    await otherVariants(page, 'forms/new-rupture-errors');

    // The size line focuses the first size, in place; choosing one takes its error away at once.
    await links.first().click();
    expect(await focused(size.getByRole('radio', { name: 'Tiny', exact: true })), 'focus is on the first size').toBe(
      true,
    );
    expect(new URL(page.url()).hash).toBe('');
    await size.getByRole('radio', { name: 'Small', exact: true }).check();
    const fixed = await axFacts(size);
    expect(fixed.invalid).toBe(false);
    expect(fixed.description, 'the error is gone from the description').not.toContain('Error');
    await expect.poll(() => links.count()).toBe(1);

    // With size and kinds chosen, Save is in view, where the chips left the page and at the top.
    for (const kind of ['Eye roll', 'Criticism', 'Harsh words'])
      await kinds.getByRole('checkbox', { name: kind, exact: true }).check();
    await expect.poll(() => summary.count()).toBe(0);
    await expectOnScreen(page, save, 'Save, after choosing kinds');
    await page.screenshot({ path: `${SCREENSHOT_DIR}forms/new-rupture-kinds-chosen-390-light.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectOnScreen(page, save, 'Save, at the top of the form');
    await page.screenshot({ path: `${SCREENSHOT_DIR}forms/new-rupture-chosen-390-light.png` });
    await save.click();
    await expectHeading(page, 'A small rupture');

    // The attempt form: Send with no kind; the group carries the error until a kind is chosen.
    await button(page, 'Make a repair attempt').click();
    await button(page, 'Send attempt').click();
    await summary.waitFor();
    const attemptKind = choiceGroup(page, 'Kind of attempt');
    expect(await axFacts(attemptKind)).toMatchObject({
      invalid: true,
      description: expect.stringContaining('Error: Please choose a kind of attempt.'),
    });
    await summary.getByRole('link', { name: 'Please choose a kind of attempt.' }).click();
    expect(await focused(attemptKind.getByRole('radio').first())).toBe(true);
    await screen(page, 'forms/attempt-errors', signedIn);
    await attemptKind.getByRole('radio').first().check();
    expect(await axFacts(attemptKind)).toMatchObject({ invalid: false });
    await expect.poll(() => summary.count()).toBe(0);

    // The tone check under the message, on this device: a "you always" gets its why and a gentler
    // template once typing pauses, a polite live region says so, and Send stays as it was.
    const message = page.getByRole('textbox', { name: 'Message', exact: true });
    const hint = page.locator('.tone-hint');
    const hintText = async () => (await hint.textContent()) ?? '';
    expect(await hint.getAttribute('aria-live')).toBe('polite');
    await message.fill('you always ignore me');
    await expect.poll(hintText, { timeout: 5000 }).toContain('“I feel … about …, and I need …”');
    expect(await hintText()).toContain('“You always” can sound like a verdict');
    expect(await button(page, 'Send attempt').getAttribute('aria-disabled')).not.toBe('true');
    await screen(page, 'forms/attempt-tone-hint-390-light', signedIn);
    await otherVariants(page, 'forms/attempt-tone-hint');
    // A gentle start-up is named as what went well; the words are sent as written.
    const gentle = 'I felt alone at dinner, and I need us to put our phones away tonight.';
    await message.fill(gentle);
    await expect.poll(hintText, { timeout: 5000 }).toContain('What went well');
    await saveScreenshot(page, 'forms/attempt-tone-went-well-390-light');
    await button(page, 'Send attempt').click();
    await expect.poll(() => page.getByText(gentle, { exact: false }).count()).toBeGreaterThan(0);
  });
});
