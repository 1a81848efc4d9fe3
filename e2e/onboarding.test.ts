import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchPerson } from './support/browser';
import {
  button,
  expectHeading,
  expectPath,
  fillNewSpace,
  newAccount,
  openPeople,
  screen,
  signUp,
} from './support/journeys';

/**
 * First use (issue 8): someone new learns in three calm screens what a
 * rupture is, what repair is and that private means private (Back, Next,
 * skippable, dots not numbers), then makes a space, and inviting the other
 * person is the next thing offered.
 */
describe('first use', () => {
  test('sign up, the introduction, a first space, then the invite', async () => {
    const { page } = await launchPerson('New');
    await page.goto('/signup');
    await signUp(page, newAccount('Noa Weiss'));
    await expectPath(page, '/');
    await expectHeading(page, 'Your spaces');

    const intro = page.getByRole('region', { name: 'Small breaks happen', exact: true });
    await intro.waitFor();
    const dots = page.getByRole('list', { name: 'Where you are in the introduction', exact: true });
    expect(await dots.getByRole('listitem').count()).toBe(3);
    expect(await dots.textContent()).not.toMatch(/\d/);
    await screen(page, 'onboarding-1', { signedIn: true });

    await button(page, 'Next').click();
    const repair = page.getByRole('heading', { name: 'Repair is how you come back', exact: true });
    await repair.waitFor();
    await expect.poll(() => repair.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByText('It is finished when you both feel it is.', { exact: false }).waitFor();
    await screen(page, 'onboarding-2', { signedIn: true });
    await button(page, 'Back').click();
    await page.getByRole('heading', { name: 'Small breaks happen', exact: true }).waitFor();
    await button(page, 'Next').click();
    await button(page, 'Next').click();
    await page.getByRole('heading', { name: 'Private means private', exact: true }).waitFor();
    await screen(page, 'onboarding-3', { signedIn: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await screen(page, 'onboarding-3-1280', { signedIn: true });
    await page.setViewportSize({ width: 390, height: 844 });

    await page.getByRole('link', { name: 'Create your first space', exact: true }).click();
    await expectPath(page, '/spaces/new');
    const space = await fillNewSpace(page, 'Noa and Eli', 'Couple');
    // Alone in it, the home offers the invite first.
    const invite = page.getByRole('region', { name: 'Invite the other person', exact: true });
    await invite.getByRole('link', { name: 'Invite someone', exact: true }).click();
    await expectPath(page, `${space.path}/invite`);
    await button(page, 'Create invite link').click();
    await page.getByRole('textbox', { name: 'Invite link', exact: true }).waitFor();

    // Seen once, the introduction does not come back.
    await page.goto('/');
    await expectHeading(page, 'Your spaces');
    await page.getByRole('link', { name: 'Noa and Eli', exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Small breaks happen' }).count()).toBe(0);
  });

  test('the introduction can be skipped, and stays away', async () => {
    const { page } = await launchPerson('Skipper');
    await page.goto('/signup');
    await signUp(page, newAccount('Ola Berg'));
    await expectHeading(page, 'Your spaces');
    await button(page, 'Skip the introduction').click();
    await page.getByText('A space is one relationship').waitFor();
    await page.reload();
    await expectHeading(page, 'Your spaces');
    await page.getByText('A space is one relationship').waitFor();
    expect(await page.getByRole('region', { name: 'Small breaks happen' }).count()).toBe(0);
    await screen(page, 'spaces-empty-after-skip', { signedIn: true });

    // Try with sample data: a labelled space with a year of made-up history, one at a time, gone when left.
    await button(page, 'Try with sample data').click();
    await expectHeading(page, 'Sample space (demo)');
    await page.getByText('Nothing needs you right now.', { exact: true }).waitFor();
    expect(
      await page.getByRole('region', { name: 'Invite the other person' }).count(),
      'no invite into made-up history',
    ).toBe(0);
    await page.getByRole('link', { name: 'See the timeline', exact: true }).click();
    await expectHeading(page, 'Timeline');
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    await expect
      .poll(() => timeline.getByRole('listitem').count(), { message: 'a year of sample history' })
      .toBeGreaterThan(5);
    await screen(page, 'sample-space-timeline', { signedIn: true });
    await page.goto('/');
    await page.getByRole('link', { name: 'Sample space (demo)', exact: true }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Sample space (demo)' })
      .getByText('Sample', { exact: true })
      .waitFor();
    await button(page, 'Try with sample data').click();
    await page.getByText('You already have a sample space in your list.', { exact: false }).waitFor();
    const samplePath = `/spaces/${await sampleSpaceId(page)}`;
    await page.getByRole('link', { name: 'Sample space (demo)', exact: true }).click();
    await expectHeading(page, 'Sample space (demo)');
    await openPeople(page, samplePath);
    await button(page, 'Leave this space').click();
    await page.getByText('the space and everything in it will be deleted', { exact: false }).waitFor();
    await button(page, 'Leave').click();
    await expectHeading(page, 'Your spaces');
    await page.getByText('A space is one relationship').waitFor();
    expect(await page.getByRole('link', { name: 'Sample space (demo)' }).count()).toBe(0);
  });
});

/** The id of the sample space, read from its link on the spaces list. */
async function sampleSpaceId(page: Page): Promise<string> {
  const href = await page.getByRole('link', { name: 'Sample space (demo)', exact: true }).getAttribute('href');
  return (href ?? '').split('/').pop() ?? '';
}
