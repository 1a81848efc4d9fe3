import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { launchPerson } from './support/browser';
import { checkScreen } from './support/screens';

/**
 * Issue 2 in a real Chromium, two people in two browser profiles, using only
 * the names in briefs/ui-contract.md: invite, join, see each other, leave.
 */

interface Account {
  name: string;
  email: string;
  password: string;
}

const KINDS = ['Couple', 'Parent and child', 'Family', 'Friends', 'Work', 'Other'];

function newAccount(name: string): Account {
  const local = name.toLowerCase().replace(/\W+/g, '.');
  return {
    name,
    email: `${local}.${crypto.randomUUID().slice(0, 8)}@example.com`,
    password: 'a slow walk by the river 42',
  };
}

async function expectPath(page: Page, path: string | RegExp): Promise<void> {
  await page.waitForURL((url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname)));
}

async function expectHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** The contract's promises for every screen, then a screenshot and an accessibility check. */
async function screen(page: Page, name: string, options: { signedIn: boolean }): Promise<void> {
  const quickExit = page.getByRole('button', { name: 'Quick exit', exact: true });
  await quickExit.waitFor();
  const box = await quickExit.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'the Quick exit button has a box').not.toBeNull();
  if (box && viewport) {
    expect(box.x + box.width / 2, `Quick exit sits on the right on "${name}"`).toBeGreaterThan(viewport.width / 2);
    expect(box.y, `Quick exit sits at the top on "${name}"`).toBeLessThan(120);
  }
  if (options.signedIn) {
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Spaces', exact: true }).waitFor();
    await nav.getByRole('link', { name: 'Account', exact: true }).waitFor();
  }
  await checkScreen(page, name);
}

async function signUp(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Your name', { exact: true }).fill(account.name);
  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
}

/**
 * The Members list as "<name>" or "<name> (you)", sorted. Items may hold
 * more (buttons, notes); only the member's name and the "(you)" matter.
 */
async function members(page: Page, knownNames: string[]): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Members', exact: true });
  await list.waitFor();
  const texts = await list.getByRole('listitem').allInnerTexts();
  return texts
    .map((raw) => {
      const text = raw.replace(/\s+/g, ' ').trim();
      const name = knownNames.find((n) => text.includes(n));
      if (!name) return text;
      return text.includes(`${name} (you)`) ? `${name} (you)` : name;
    })
    .sort();
}

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
    const kindGroup = a.page
      .getByRole('radiogroup', { name: 'Kind of relationship', exact: true })
      .or(a.page.getByRole('group', { name: 'Kind of relationship', exact: true }));
    for (const kind of KINDS) await kindGroup.getByRole('radio', { name: kind, exact: true }).waitFor();
    await screen(a.page, 'new-space', { signedIn: true });
    await a.page.getByLabel('Name', { exact: true }).fill(spaceName);
    await kindGroup.getByRole('radio', { name: 'Couple', exact: true }).check();
    await a.page.getByRole('button', { name: 'Create space', exact: true }).click();
    await expectPath(a.page, /^\/spaces\/(?!new$)[^/]+$/);
    const spacePath = new URL(a.page.url()).pathname;
    const spaceId = spacePath.split('/')[2] ?? '';
    await expectHeading(a.page, spaceName);
    await expect.poll(() => members(a.page, names)).toEqual([`${alex.name} (you)`]);
    await screen(a.page, 'space', { signedIn: true });

    // A creates an invite link.
    await a.page.getByRole('link', { name: 'Invite someone', exact: true }).click();
    await expectPath(a.page, `${spacePath}/invite`);
    await a.page.getByRole('button', { name: 'Create invite link', exact: true }).click();
    const linkBox = a.page.getByRole('textbox', { name: 'Invite link', exact: true });
    await linkBox.waitFor();
    const inviteUrl = await linkBox.inputValue();
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
    await expectPath(b.page, joinPath);
    await expectHeading(b.page, `Join ${spaceName}`);
    const join = b.page.getByRole('button', { name: 'Join', exact: true });
    await join.waitFor();
    await screen(b.page, 'join-signed-in', { signedIn: true });
    await join.click();
    await expectPath(b.page, spacePath);
    await expectHeading(b.page, spaceName);
    await expect.poll(() => members(b.page, names)).toEqual([alex.name, `${bea.name} (you)`].sort());

    // A opens the space and sees B.
    await a.page.getByRole('navigation').getByRole('link', { name: 'Spaces', exact: true }).click();
    await expectHeading(a.page, 'Your spaces');
    await a.page.getByRole('link', { name: spaceName, exact: true }).click();
    await expectPath(a.page, spacePath);
    await expectHeading(a.page, spaceName);
    await expect.poll(() => members(a.page, names)).toEqual([`${alex.name} (you)`, bea.name].sort());

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

    // A reloads: B is gone.
    await a.page.reload();
    await expectHeading(a.page, spaceName);
    await expect.poll(() => members(a.page, names)).toEqual([`${alex.name} (you)`]);
  });

  test('Quick exit (button, or Escape three times) leaves for the neutral page with no way back', async () => {
    const baseURL = inject('baseURL');
    const neutralURL = new URL(inject('quickExitPath'), baseURL).href;
    const { page } = await launchPerson('C');
    const isAppScreen = (url: string) => url.startsWith(`${baseURL}/`) && url !== neutralURL;

    // Several screens, moved between with in-app links: a pushState anywhere would leave an entry behind.
    await page.goto('/welcome');
    await expectHeading(page, 'Repairable');
    await page.getByRole('link', { name: 'Create an account', exact: true }).click();
    await expectPath(page, '/signup');
    await signUp(page, newAccount('Casey Lee'));
    await expectHeading(page, 'Your spaces');
    await page.getByRole('link', { name: 'New space', exact: true }).click();
    await expectPath(page, '/spaces/new');
    await page.getByRole('navigation').getByRole('link', { name: 'Account', exact: true }).click();
    await expectPath(page, '/settings');
    await expectHeading(page, 'Your account');
    await page.getByRole('list', { name: 'Sessions', exact: true }).getByText('This device').waitFor();
    await screen(page, 'settings', { signedIn: true });

    await page.evaluate(() => sessionStorage.setItem('e2e-marker', 'left behind?'));
    await page.getByRole('button', { name: 'Quick exit', exact: true }).click();
    await page.waitForURL(neutralURL);
    expect(await page.evaluate(() => sessionStorage.length), 'sessionStorage is cleared').toBe(0);
    await page.goBack();
    expect(isAppScreen(page.url()), `Back after quick exit went to ${page.url()}`).toBe(false);

    // Escape three times, from a fresh load of the home screen.
    const home = await fetch(new URL('/', baseURL));
    await home.body?.cancel();
    expect(home.headers.get('content-type'), 'GET / answers with the app shell').toMatch(/^text\/html/);
    await page.goto('/');
    await expectHeading(page, 'Your spaces');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    await page.waitForURL(neutralURL);
    await page.goBack();
    expect(isAppScreen(page.url()), `Back after Escape ×3 went to ${page.url()}`).toBe(false);
  });
});
