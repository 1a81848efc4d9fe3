import { describe, expect, test } from 'vitest';
import { launchPerson } from './support/browser';
import {
  addMemberWithoutAccount,
  createSpace,
  expectHeading,
  expectPath,
  members,
  newAccount,
  openPeople,
  screen,
  signUpFresh,
} from './support/journeys';

/**
 * The small forms around a space and an account, in a real Chromium:
 * renaming the space, renaming and removing a member without an account,
 * ending a session on another device, and signing out.
 */
describe('housekeeping', () => {
  test('rename the space and a member, remove the member, end another session, sign out', async () => {
    const phone = await launchPerson('Robin phone');
    const laptop = await launchPerson('Robin laptop');
    const { page } = phone;
    const robin = newAccount('Robin Park');

    await signUpFresh(page, robin);
    const space = await createSpace(page, 'Home', 'Parent and child');

    // The space's name, on its people and settings screen.
    await openPeople(page, space.path);
    await page.getByRole('button', { name: 'Rename this space', exact: true }).click();
    const spaceName = page.getByRole('textbox', { name: 'Space name', exact: true });
    await spaceName.fill('   ');
    await page.getByRole('button', { name: 'Save name', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Please give the space a name.' }).waitFor();
    await spaceName.fill('Robin and Mia');
    await page.getByRole('button', { name: 'Save name', exact: true }).click();
    await expect.poll(() => spaceName.count(), { message: 'the form closes once saved' }).toBe(0);
    await page.getByRole('link', { name: 'Robin and Mia', exact: true }).waitFor();

    // A member without an account: renamed, then removed.
    await addMemberWithoutAccount(page, 'Mia');
    await page.getByRole('button', { name: 'Rename Mia', exact: true }).click();
    await page.getByRole('textbox', { name: 'New name for Mia', exact: true }).fill('Mia (4)');
    await screen(page, 'space-rename-member', { signedIn: true });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Remove Mia (4)', exact: true }).waitFor();
    expect(await members(page, ['Robin Park', 'Mia (4)'])).toEqual(['Mia (4)', 'Robin Park (you)']);
    await page.getByRole('button', { name: 'Remove Mia (4)', exact: true }).click();
    await expect.poll(() => members(page, ['Robin Park', 'Mia (4)'])).toEqual(['Robin Park (you)']);

    // A second device signs in; the phone ends that session.
    await laptop.page.goto('/signin');
    await laptop.page.getByLabel('Email', { exact: true }).fill(robin.email);
    await laptop.page.getByLabel('Password', { exact: true }).fill(robin.password);
    await laptop.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectHeading(laptop.page, 'Your spaces');

    const laptopConsole: string[] = [];
    laptop.page.on('console', (message) => {
      if (message.type() === 'error') laptopConsole.push(message.text());
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Account', exact: true }).click();
    await expectPath(page, '/settings');
    const sessions = page.getByRole('list', { name: 'Sessions', exact: true });
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(2);
    await sessions.getByRole('button', { name: 'End session', exact: true }).click();
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(1);
    await sessions.getByText('This device').waitFor();
    await screen(page, 'settings-one-session', { signedIn: true });
    // The laptop notices by itself: its live socket closes, the reconnection finds nobody signed in,
    // and it shows the signed-out screens without logging a failed request.
    await expectPath(laptop.page, /^\/(welcome|signin)/);
    expect(laptopConsole).toEqual([]);
    // Its next load lands on the welcome screen.
    await laptop.page.reload();
    await expectPath(laptop.page, '/welcome');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expectPath(page, '/welcome');
    await page.reload();
    await expectPath(page, '/welcome');
  });
});
