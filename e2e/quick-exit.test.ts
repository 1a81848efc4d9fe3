import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { launchPerson, type Person } from './support/browser';
import {
  type Account,
  createSpace,
  expectHeading,
  expectPath,
  newAccount,
  screen,
  signUpFresh,
} from './support/journeys';
import { logInFull } from './support/rupture-pages';

/**
 * Quick exit locks the app (SECURITY.md P4): whatever the tab's history
 * holds, and whether or not the server could be told, nothing private shows
 * again until the password is given. In-app navigation uses normal history,
 * so Back returns to the previous screen.
 */

const LOCKED_NOTE = 'Sign in to open Repairable again.';

/** What only a signed-in person may see: every one of these must be absent from a locked page. */
interface Private {
  account: Account;
  spaceName: string;
  spaceId: string;
  topic: string;
  note: string;
}

function secrets(p: Private): string[] {
  return [p.account.name, p.account.email, p.spaceName, p.spaceId, p.topic, p.note];
}

/** A signed-up person with a space and a shared rupture in it; the page ends on the rupture. */
async function personWithContent(person: Person, spaceName: string): Promise<Private & { rupturePath: string }> {
  const account = newAccount('Casey Lindqvist');
  await signUpFresh(person.page, account);
  const space = await createSpace(person.page, spaceName, 'Couple');
  const topic = 'the kettle argument';
  const note = 'I left the kitchen before answering';
  const rupture = await logInFull(person, spaceName, { kind: 'Missed bid', topic, note, share: false });
  return { account, spaceName, spaceId: space.id, topic, note, rupturePath: rupture.path };
}

/** The sign-in screen of a locked app, and nothing of the person anywhere in the page, its title or its a11y tree. */
async function expectLockedSignIn(page: Page, hidden: string[], where: string): Promise<void> {
  await expectPath(page, '/signin');
  await expectHeading(page, 'Sign in');
  await page.getByText(LOCKED_NOTE, { exact: true }).waitFor();
  expect(new URL(page.url()).search, `no "next" back into the app (${where})`).toBe('');
  const seen = {
    text: (await page.locator('body').textContent()) ?? '',
    html: await page.content(),
    tree: await page.locator('body').ariaSnapshot(),
    title: await page.title(),
  };
  for (const secret of hidden)
    for (const [what, value] of Object.entries(seen))
      expect(value, `"${secret}" in the ${what} of the locked page (${where})`).not.toContain(secret);
  await page.getByLabel('Password', { exact: true }).waitFor();
}

/** Every API request the page sends but the quick exit's own logout: a locked app asks the server nothing. */
function watchApiRequests(page: Page): { since(): string[] } {
  const sent: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/') && url.pathname !== '/api/auth/logout')
      sent.push(`${request.method()} ${url.pathname}`);
  });
  return { since: () => sent.splice(0) };
}

/**
 * Goes Back through the tab's whole history; every app entry must open on
 * the locked sign-in screen. Returns how many app entries there were.
 */
async function backThroughHistory(page: Page, hidden: string[]): Promise<number> {
  const baseURL = inject('baseURL');
  const neutralURL = new URL(inject('quickExitPath'), baseURL).href;
  let appEntries = 0;
  for (let step = 1; step <= 20; step++) {
    const before = page.url();
    const response = await page.goBack();
    const url = page.url();
    if (response === null && url === before) return appEntries;
    if (url === 'about:blank') return appEntries;
    if (url === neutralURL) continue;
    expect(url.startsWith(`${baseURL}/`), `Back step ${step} went to ${url}`).toBe(true);
    appEntries += 1;
    await expectLockedSignIn(page, hidden, `Back step ${step}, from ${url}`);
  }
  throw new Error('Back never reached the start of the history');
}

async function signIn(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectPath(page, '/');
  await expectHeading(page, 'Your spaces');
}

const lockMarker = (page: Page) => page.evaluate(() => localStorage.getItem('repairable-locked'));

describe('quick exit locks the app', () => {
  test('signed out, the app starts without a console error, and /robots.txt keeps crawlers out', async () => {
    const baseURL = inject('baseURL');
    const { page } = await launchPerson('Noor');
    const errors: string[] = [];
    // Every console error, the 4xx ones launchPerson lets through included.
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    };
    page.on('console', onConsole);
    page.on('pageerror', (error) => errors.push(error.message));
    const api = watchApiRequests(page);

    await page.goto('/');
    await expectHeading(page, 'Repairable');
    await page.goto('/spaces/8d1e6bd4-5d1e-4a36-9a51-7c1e3f0c2b9e');
    await expectPath(page, '/signin');
    await expectHeading(page, 'Sign in');
    expect(await page.getByText(LOCKED_NOTE, { exact: true }).count(), 'not locked, so no lock note').toBe(0);
    expect(errors, 'console errors when starting signed out').toEqual([]);
    expect(api.since()).toEqual(['GET /api/auth/session', 'GET /api/auth/session']);

    const robots = await fetch(new URL('/robots.txt', baseURL));
    expect(robots.status).toBe(200);
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await robots.text()).toBe('User-agent: *\nDisallow: /\n');
    const missing = await fetch(new URL('/favicon.ico', baseURL));
    await missing.body?.cancel();
    expect(missing.status).toBe(404);
  });

  test('in-app Back returns to the previous screen, and Forward comes back', async () => {
    const person = await launchPerson('Robin');
    const { page } = person;
    const content = await personWithContent(person, 'Harbour Lights');
    // Spaces → (New space, saved: replaced) space → (More detail, saved: replaced) rupture.
    await page.goBack();
    await expectPath(page, `/spaces/${content.spaceId}`);
    await expectHeading(page, content.spaceName);
    expect(await page.evaluate(() => document.activeElement?.tagName), 'the heading is announced').toBe('H1');
    await page.goBack();
    await expectPath(page, '/');
    await expectHeading(page, 'Your spaces');
    await page.goForward();
    await expectHeading(page, content.spaceName);
    // A finished form is not in the history: Forward from the space is the rupture, not "Log a rupture".
    await page.goForward();
    await expectPath(page, content.rupturePath);
    await expectHeading(page, 'A small rupture');
  });

  test('Escape ×3 with the app opened twice in one tab: every Back and a reopen show only the sign-in screen', async () => {
    const neutralURL = new URL(inject('quickExitPath'), inject('baseURL')).href;
    const person = await launchPerson('Casey');
    const { page, context } = person;
    const content = await personWithContent(person, 'Harbour Lights');
    const hidden = secrets(content);

    // A second app document in the same tab, moved within by links.
    await page.goto(neutralURL);
    await page.goto(`/spaces/${content.spaceId}`);
    await expectHeading(page, content.spaceName);
    await page.locator(`a[href="${content.rupturePath}"]`).first().click();
    await expectPath(page, content.rupturePath);
    await expectHeading(page, 'A small rupture');
    await page.evaluate(() => sessionStorage.setItem('e2e-marker', 'left behind?'));

    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    await page.waitForURL(neutralURL);
    // From here on (what the page asked for before it left aside), the app must ask nothing.
    const api = watchApiRequests(page);
    expect(await page.evaluate(() => sessionStorage.length), 'sessionStorage is cleared').toBe(0);
    // The server ended the session: the cookie the browser may still hold opens nothing.
    await expect.poll(async () => (await context.request.get('/api/me')).status()).toBe(401);
    expect((await context.request.get('/api/spaces')).status()).toBe(401);

    expect(await backThroughHistory(page, hidden), 'Back reached both app documents').toBeGreaterThanOrEqual(2);
    await page.goto(`/spaces/${content.spaceId}`);
    await expectLockedSignIn(page, hidden, 'reopening the space');
    await page.goto('/');
    await expectLockedSignIn(page, hidden, 'reopening the app');
    expect(api.since(), 'a locked app asks the server nothing').toEqual([]);
    await screen(page, 'quick-exit-locked-sign-in', { signedIn: false });
    await page.emulateMedia({ colorScheme: 'dark' });
    await screen(page, 'quick-exit-locked-sign-in-dark', { signedIn: false });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await screen(page, 'quick-exit-locked-sign-in-1280', { signedIn: false });
    await page.setViewportSize({ width: 390, height: 844 });

    // The password opens it again and lifts the lock.
    await signIn(page, content.account);
    await page.getByRole('link', { name: content.spaceName, exact: true }).waitFor();
    expect(await lockMarker(page), 'signing in clears the lock').toBeNull();
    await page.reload();
    await page.getByRole('link', { name: content.spaceName, exact: true }).waitFor();
  });

  test('the Quick exit button locks too, and another open tab closes with it', async () => {
    const person = await launchPerson('Casey');
    const { page, context } = person;
    const content = await personWithContent(person, 'Harbour Lights');
    const hidden = secrets(content);
    const other = await context.newPage();
    await other.goto(`/spaces/${content.spaceId}`);
    await expectHeading(other, content.spaceName);

    await page.getByRole('button', { name: 'Quick exit', exact: true }).click();
    await page.waitForURL(new URL(inject('quickExitPath'), inject('baseURL')).href);
    await expectLockedSignIn(other, hidden, 'the other tab');
    expect(await backThroughHistory(page, hidden)).toBeGreaterThanOrEqual(1);
    await backThroughHistory(other, hidden);
    await page.goto(content.rupturePath);
    await expectLockedSignIn(page, hidden, 'reopening the rupture');
    await signIn(page, content.account);
    expect(await lockMarker(page)).toBeNull();
  });

  test('a page still open when it finds the lock closes: Back within it, or a return from the back/forward cache', async () => {
    const person = await launchPerson('Casey');
    const { page } = person;
    const content = await personWithContent(person, 'Harbour Lights');
    const hidden = secrets(content);
    // The lock as a quick exit elsewhere leaves it, unheard here (a storage event reaches only other tabs).
    const lockQuietly = () => page.evaluate(() => localStorage.setItem('repairable-locked', '1'));

    await lockQuietly();
    await page.goBack(); // to the space, within this same page: popstate
    await expectLockedSignIn(page, hidden, 'Back within the open page');
    await signIn(page, content.account);

    await page.getByRole('link', { name: content.spaceName, exact: true }).click();
    await expectHeading(page, content.spaceName);
    await lockQuietly();
    // What a browser fires when it shows a page again from its back/forward cache.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expectLockedSignIn(page, hidden, 'shown again from the back/forward cache');
  });

  test('when the quick exit cannot reach the server, the lock alone keeps the app closed', async () => {
    const person = await launchPerson('Casey');
    const { page, context } = person;
    const content = await personWithContent(person, 'Harbour Lights');
    const hidden = secrets(content);

    // The server is out of reach for the logout (offline at the moment of leaving).
    let refused = 0;
    await context.route('**/api/auth/logout', (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    await page.waitForURL(new URL(inject('quickExitPath'), inject('baseURL')).href);
    const api = watchApiRequests(page);
    await expect.poll(() => refused, { message: 'the quick exit tried to end the session' }).toBeGreaterThanOrEqual(1);
    expect((await context.request.get('/api/me')).status(), 'the session still holds on the server').toBe(200);

    await page.goto(`/spaces/${content.spaceId}`);
    await expectLockedSignIn(page, hidden, 'reopened while the server is out of reach');
    expect(api.since(), 'the still-valid session is never used').toEqual([]);

    // Back in reach: the locked app ends the session it could not end before.
    await context.unroute('**/api/auth/logout');
    await page.reload();
    await expectLockedSignIn(page, hidden, 'reopened once the server is in reach');
    await expect.poll(async () => (await context.request.get('/api/me')).status()).toBe(401);
    await signIn(page, content.account);
    expect(await lockMarker(page)).toBeNull();
    // Chromium logs the logouts it could not send; that was the point of this test.
    person.problems.splice(
      0,
      person.problems.length,
      ...person.problems.filter((p) => !/net::ERR_INTERNET_DISCONNECTED/.test(p)),
    );
  });
});
