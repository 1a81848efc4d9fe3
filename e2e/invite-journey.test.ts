import { describe, expect, inject, test } from 'vitest';
import { launchPerson } from './support/browser';
import {
  choiceGroup,
  createInviteLink,
  expectHeading,
  expectPath,
  fillNewSpace,
  markPage,
  members,
  newAccount,
  openPeople,
  SPACE_KINDS,
  screen,
  signUp,
} from './support/journeys';

/**
 * Issue 2 in a real Chromium, two people in two browser profiles, using only
 * the names in briefs/ui-contract.md: invite, join, see each other, leave.
 */

function nextParam(href: string | null): string | null {
  return href === null ? null : new URL(href, 'http://x.invalid').searchParams.get('next');
}

describe('invites', () => {
  test('A invites B to a couple space; B joins, both see each other; B leaves and is gone for A', async () => {
    const baseURL = inject('baseURL');
    const a = await launchPerson('A');
    const b = await launchPerson('B');
    const alex = newAccount('Alex Rivera');
    const bea = newAccount('Bea Chen');
    const names = [alex.name, bea.name];
    const spaceName = 'Alex and Bea';

    // A signs up from the landing page.
    await a.page.goto('/welcome');
    await expectHeading(a.page, 'Repairable');
    await a.page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    await screen(a.page, 'welcome', { signedIn: false });
    await a.page.getByRole('link', { name: 'Create an account', exact: true }).click();
    await expectPath(a.page, '/signup');
    await a.page.getByLabel('Your name', { exact: true }).waitFor();
    await screen(a.page, 'sign-up', { signedIn: false });
    await signUp(a.page, alex);
    await expectPath(a.page, '/');
    await expectHeading(a.page, 'Your spaces');
    await screen(a.page, 'spaces-empty', { signedIn: true });

    // A creates a couple space.
    await a.page.getByRole('link', { name: 'New space', exact: true }).click();
    await expectPath(a.page, '/spaces/new');
    const kindGroup = choiceGroup(a.page, 'Kind of relationship');
    for (const kind of SPACE_KINDS) await kindGroup.getByRole('radio', { name: kind, exact: true }).waitFor();
    await screen(a.page, 'new-space', { signedIn: true });
    const { path: spacePath, id: spaceId } = await fillNewSpace(a.page, spaceName, 'Couple');
    // Alone in the new space, inviting the other person is the first thing the home offers.
    const inviteFirst = a.page.getByRole('region', { name: 'Invite the other person', exact: true });
    await inviteFirst.getByRole('link', { name: 'Invite someone', exact: true }).waitFor();
    await screen(a.page, 'space', { signedIn: true });
    await openPeople(a.page, spacePath);
    await expect.poll(() => members(a.page, names)).toEqual([`${alex.name} (you)`]);
    await screen(a.page, 'space-people', { signedIn: true });

    // A creates an invite link.
    const inviteUrl = await createInviteLink(a.page, spacePath);
    const linkBox = a.page.getByRole('textbox', { name: 'Invite link', exact: true });
    expect(inviteUrl).toMatch(new RegExp(`^${baseURL.replaceAll('.', '\\.')}/join/[^/?#]+$`));
    expect(await linkBox.isEditable(), 'the invite link is read-only').toBe(false);
    await a.page.getByRole('button', { name: 'Copy link', exact: true }).waitFor();
    await a.page.getByRole('img', { name: 'QR code for the invite link', exact: true }).waitFor();
    // "It works once, for 7 days": worded freely, so only the two facts are looked for.
    await a.page
      .getByText(/\bonce\b/i)
      .first()
      .waitFor();
    await a.page
      .getByText(/\b(7|seven) days\b/i)
      .first()
      .waitFor();
    await screen(a.page, 'invite-with-link', { signedIn: true });
    const joinPath = new URL(inviteUrl).pathname;

    // A goes back to the people screen and stays there: B's arrival shows up live, with no reload.
    await a.page.getByRole('link', { name: 'People and settings', exact: true }).click();
    await expectHeading(a.page, 'People and settings');
    const aStays = await markPage(a.page);

    // B opens the link signed out, creates an account, and comes back to it.
    await b.page.goto(inviteUrl);
    await expectHeading(b.page, `Join ${spaceName}`);
    await b.page.getByText(`${alex.name} invited you`).waitFor();
    const createAccount = b.page.getByRole('link', { name: 'Create an account', exact: true });
    const signIn = b.page.getByRole('link', { name: 'Sign in', exact: true });
    expect(nextParam(await createAccount.getAttribute('href'))).toBe(joinPath);
    expect(nextParam(await signIn.getAttribute('href'))).toBe(joinPath);
    await screen(b.page, 'join-signed-out', { signedIn: false });
    await createAccount.click();
    await expectPath(b.page, '/signup');
    await signUp(b.page, bea);
    // Signing up from the link joins at once (issue 8): no second "Join".
    await expectPath(b.page, spacePath);
    await expectHeading(b.page, spaceName);
    await openPeople(b.page, spacePath);
    await expect.poll(() => members(b.page, names)).toEqual([alex.name, `${bea.name} (you)`].sort());

    // A sees B arrive, live.
    await expect.poll(() => members(a.page, names)).toEqual([`${alex.name} (you)`, bea.name].sort());
    await aStays.stillSamePage();

    // B leaves, alone and without anyone's approval (SECURITY.md P3).
    await b.page.getByRole('button', { name: 'Leave this space', exact: true }).click();
    const leave = b.page.getByRole('button', { name: 'Leave', exact: true });
    await leave.waitFor();
    await b.page.getByRole('button', { name: 'Stay', exact: true }).waitFor();
    await screen(b.page, 'leave-confirm', { signedIn: true });
    await leave.click();
    await expectPath(b.page, '/');
    await expectHeading(b.page, 'Your spaces');
    await expect.poll(() => b.page.getByRole('link', { name: spaceName, exact: true }).count()).toBe(0);
    const bSpaces = await b.context.request.get(`${baseURL}/api/spaces`);
    expect(bSpaces.status()).toBe(200);
    expect(await bSpaces.text(), 'the server no longer lists the space for B').not.toContain(spaceId);
    await screen(b.page, 'spaces-after-leave', { signedIn: true });

    // A, still on the people screen, sees B go, live.
    await expect.poll(() => members(a.page, names)).toEqual([`${alex.name} (you)`]);
    await aStays.stillSamePage();
  });
});
