import { describe, expect, inject, test } from 'vitest';
import { launchPerson } from './support/browser';
import {
  createInviteLink,
  createSpace,
  expectHeading,
  joinSignedIn,
  members,
  newAccount,
  openPeople,
  screen,
  signUpFresh,
  statusWith,
} from './support/journeys';

/**
 * SECURITY.md A4 in a real Chromium: the invite screen lists the links that
 * still work, each can be cancelled, and a cancelled link lets nobody in
 * while the one left open still does.
 */
/** The token of an invite link (`…/join/<token>`). */
const tokenOf = (url: string) => new URL(url).pathname.replace(/^\/join\//, '');

describe('managing invites', () => {
  test('make two links, see them listed, cancel one: it no longer works for another person, the other does', async () => {
    const baseURL = inject('baseURL');
    const a = await launchPerson('Alex invites');
    const b = await launchPerson('Bea joins');
    const alex = newAccount('Alex Moreno');
    const bea = newAccount('Bea Ito');
    const spaceName = 'Alex and Bea';

    await signUpFresh(a.page, alex);
    const { path: spacePath, id: spaceId } = await createSpace(a.page, spaceName, 'Couple');
    const firstUrl = await createInviteLink(a.page, spacePath);

    const openList = a.page.getByRole('list', { name: 'Links still open', exact: true });
    await expect.poll(() => openList.getByRole('listitem').count()).toBe(1);
    await openList.getByText(/^Works until /).waitFor();
    await openList.getByText('You made it just now').waitFor();

    await a.page.getByRole('button', { name: 'Create another link', exact: true }).click();
    const linkBox = a.page.getByRole('textbox', { name: 'Invite link', exact: true });
    await expect.poll(() => linkBox.inputValue()).not.toBe(firstUrl);
    const secondUrl = await linkBox.inputValue();
    await expect.poll(() => openList.getByRole('listitem').count()).toBe(2);
    // Making another link says what happens to the first: it still works until used or expired.
    await a.page.getByText(/doesn't end this one: every link keeps working until it is used or expires/).waitFor();
    // The list says when each link was made and until when it works, never the link itself.
    const listed = (await openList.textContent()) ?? '';
    for (const url of [firstUrl, secondUrl]) expect(listed).not.toContain(tokenOf(url));
    await screen(a.page, 'invite-open-links', { signedIn: true });

    // Newest first: the second row is the first link.
    const cancelButtons = openList.getByRole('button', { name: /^Cancel invite/ });
    await cancelButtons.nth(1).click();
    await statusWith(a.page, 'Invite cancelled. That link no longer works.').waitFor();
    await expect.poll(() => openList.getByRole('listitem').count()).toBe(1);
    await screen(a.page, 'invite-after-cancel', { signedIn: true });

    // Bea, signed in, opens the cancelled link: it lets her nowhere.
    await signUpFresh(b.page, bea);
    await b.page.goto(firstUrl);
    await expectHeading(b.page, 'This invite link no longer works');
    expect(await b.page.getByRole('button', { name: 'Join', exact: true }).count()).toBe(0);
    await screen(b.page, 'join-cancelled-link', { signedIn: true });
    const forced = await b.context.request.post(`${baseURL}/api/invites/${tokenOf(firstUrl)}/accept`, {
      headers: { 'content-type': 'application/json', origin: baseURL },
    });
    expect(forced.status()).toBe(404);
    const bSpaces = await b.context.request.get(`${baseURL}/api/spaces`);
    expect(await bSpaces.text(), 'the cancelled link let Bea into nothing').not.toContain(spaceId);

    // The link still open works.
    await joinSignedIn(b.page, secondUrl, spaceName, spacePath);
    await openPeople(b.page, spacePath);
    await expect.poll(() => members(b.page, [alex.name, bea.name])).toEqual([alex.name, `${bea.name} (you)`]);

    // Used, it leaves the list: nothing is open any more.
    await a.page.reload();
    await expectHeading(a.page, 'Invite someone');
    await a.page.getByText('No invite links are open right now.').waitFor();
    await screen(a.page, 'invite-none-open', { signedIn: true });

    // Open links are bounded: past the bound, a kind word instead of one more link.
    await a.page.getByRole('button', { name: 'Create invite link', exact: true }).click();
    for (let i = 1; i < 5; i++) {
      await expect.poll(() => openList.getByRole('listitem').count()).toBe(i);
      await a.page.getByRole('button', { name: 'Create another link', exact: true }).click();
    }
    await expect.poll(() => openList.getByRole('listitem').count()).toBe(5);
    await a.page.getByRole('button', { name: 'Create another link', exact: true }).click();
    await a.page.getByRole('alert').filter({ hasText: 'There are already enough open invites.' }).waitFor();
    await screen(a.page, 'invite-bound-reached', { signedIn: true });
  });
});
