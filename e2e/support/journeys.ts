import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Person } from './browser';
import { checkScreen } from './screens';

/**
 * Steps the browser journeys share, written only against the accessible
 * names in briefs/ui-contract.md (issue 2) and briefs/ui-contract-3.md.
 */

export interface Account {
  name: string;
  email: string;
  password: string;
}

export const SPACE_KINDS = ['Couple', 'Parent and child', 'Family', 'Friends', 'Work', 'Other'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export function newAccount(name: string): Account {
  const local = name.toLowerCase().replace(/\W+/g, '.');
  return {
    name,
    email: `${local}.${crypto.randomUUID().slice(0, 8)}@example.com`,
    password: 'a slow walk by the river 42',
  };
}

export async function expectPath(page: Page, path: string | RegExp): Promise<void> {
  await page.waitForURL((url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname)));
}

export async function expectHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** A named set of radios or checkboxes: a fieldset+legend (group) or an ARIA radiogroup. */
export function choiceGroup(scope: Page | Locator, name: string): Locator {
  return scope
    .getByRole('radiogroup', { name, exact: true })
    .or(scope.getByRole('group', { name, exact: true }))
    .first();
}

/** The contract's promises for every screen, then a screenshot and an accessibility check. */
export async function screen(page: Page, name: string, options: { signedIn: boolean }): Promise<void> {
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
  // From the top, or a full-page screenshot draws the sticky header over the middle of the page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkScreen(page, name);
}

/** Fills and sends the sign-up form that is already on screen. */
export async function signUp(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Your name', { exact: true }).fill(account.name);
  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
}

/** Opens /signup directly, creates the account and lands on "Your spaces". */
export async function signUpFresh(page: Page, account: Account): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Your name', { exact: true }).waitFor();
  await signUp(page, account);
  await expectPath(page, '/');
  await expectHeading(page, 'Your spaces');
}

/** Fills and sends the "create a space" form that is already on screen; returns the new space's path and id. */
export async function fillNewSpace(page: Page, name: string, kind: SpaceKind): Promise<{ path: string; id: string }> {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await choiceGroup(page, 'Kind of relationship').getByRole('radio', { name: kind, exact: true }).check();
  await page.getByRole('button', { name: 'Create space', exact: true }).click();
  await expectPath(page, /^\/spaces\/(?!new$)[^/]+$/);
  const path = new URL(page.url()).pathname;
  await expectHeading(page, name);
  return { path, id: path.split('/')[2] ?? '' };
}

/** From "Your spaces": "New space", then the form. */
export async function createSpace(page: Page, name: string, kind: SpaceKind): Promise<{ path: string; id: string }> {
  await page.getByRole('link', { name: 'New space', exact: true }).click();
  await expectPath(page, '/spaces/new');
  return fillNewSpace(page, name, kind);
}

/** From the space home: "People and settings" (members, invites, rename, leave live there). */
export async function openPeople(page: Page, spacePath: string): Promise<void> {
  await page.getByRole('link', { name: 'People and settings', exact: true }).click();
  await expectPath(page, `${spacePath}/people`);
  await expectHeading(page, 'People and settings');
}

/** From the space home or its people screen: "Invite someone", "Create invite link"; returns the link's absolute URL. */
export async function createInviteLink(page: Page, spacePath: string): Promise<string> {
  if (new URL(page.url()).pathname !== `${spacePath}/people`) await openPeople(page, spacePath);
  await page.getByRole('link', { name: 'Invite someone', exact: true }).click();
  await expectPath(page, `${spacePath}/invite`);
  await page.getByRole('button', { name: 'Create invite link', exact: true }).click();
  const linkBox = page.getByRole('textbox', { name: 'Invite link', exact: true });
  await linkBox.waitFor();
  return linkBox.inputValue();
}

/** A signed-in person opens an invite link and joins; lands on the space home. */
export async function joinSignedIn(page: Page, inviteUrl: string, spaceName: string, spacePath: string) {
  await page.goto(inviteUrl);
  await expectHeading(page, `Join ${spaceName}`);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expectPath(page, spacePath);
  await expectHeading(page, spaceName);
}

/**
 * The Members list as "<name>" or "<name> (you)", sorted. Items may hold
 * more (buttons, notes); only the member's name and the "(you)" matter.
 */
export async function members(page: Page, knownNames: string[]): Promise<string[]> {
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

/** Adds a member without an account from the people screen ("Their name" + "Add"). */
export async function addMemberWithoutAccount(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Their name', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('list', { name: 'Members', exact: true }).getByText(name).waitFor();
}

/**
 * Every API answer of 4xx/5xx this person's browser gets, with the request
 * body and the answer, so a journey can say exactly what the server did.
 * The signed-out 401 from GET /api/me is expected and left out.
 */
export function watchApiErrors(person: Person): string[] {
  const errors: string[] = [];
  person.page.on('response', async (response) => {
    const request = response.request();
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/') || response.status() < 400) return;
    if (response.status() === 401 && url.pathname === '/api/me') return;
    const body = await response.text().catch(() => '(no body)');
    errors.push(
      `${request.method()} ${url.pathname}${url.search} ${request.postData() ?? ''} → ${response.status()} ${body}`,
    );
  });
  return errors;
}

/**
 * Marks the window so a later check can tell the page was neither reloaded
 * nor navigated away from (a full load would drop the marker).
 */
export async function markPage(page: Page): Promise<{ stillSamePage(): Promise<void> }> {
  const url = page.url();
  const marker = crypto.randomUUID();
  await page.evaluate((m) => {
    (window as unknown as { e2eMarker?: string }).e2eMarker = m;
  }, marker);
  return {
    async stillSamePage() {
      expect(page.url(), 'the page stayed on the same URL').toBe(url);
      const now = await page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker);
      expect(now, 'the page was not reloaded or navigated (window marker survived)').toBe(marker);
    },
  };
}

/**
 * Counts real pointer presses in the page from now on (taps and clicks;
 * a label forwarding its click to its input is not a second press).
 */
export async function countTaps(page: Page): Promise<{ count(): Promise<number> }> {
  await page.evaluate(() => {
    const w = window as unknown as { e2eTaps: number };
    w.e2eTaps = 0;
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted) w.e2eTaps++;
      },
      true,
    );
  });
  return { count: () => page.evaluate(() => (window as unknown as { e2eTaps: number }).e2eTaps) };
}

/** Fails if the page's words, visible or spoken (labels, alt, placeholders, title), say "partner". */
export async function expectNoPartnerWording(page: Page, where: string): Promise<void> {
  const words = await page.evaluate(() => {
    const attributes = ['aria-label', 'placeholder', 'title', 'alt', 'aria-description'];
    const spoken = Array.from(document.querySelectorAll('*')).flatMap((el) =>
      attributes.map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.textContent, ...spoken].join('\n');
  });
  expect(words, `the wording on "${where}" never says partner`).not.toMatch(/partner/i);
}

/** Animations (CSS animations, transitions, Web Animations) running inside the locator's element. */
export function runningAnimations(locator: Locator): Promise<string[]> {
  return locator.evaluate((el) =>
    el
      .getAnimations({ subtree: true })
      .filter((a) => a.playState === 'running')
      .map((a) => ('animationName' in a ? String(a.animationName) : a.constructor.name)),
  );
}

/**
 * Watches the page's /api/live sockets (register before the page opens
 * one): frames received, and why any socket failed, for a clear message
 * when a live update does not arrive.
 */
export function watchLive(page: Page): { frames(): number; failures(): string[] } {
  let frames = 0;
  const failures: string[] = [];
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname !== '/api/live') return;
    socket.on('framereceived', () => {
      frames++;
    });
    socket.on('socketerror', (error) => failures.push(`${socket.url()}: ${error}`));
  });
  return { frames: () => frames, failures: () => failures };
}

/** Waits for something a live message should bring, saying what went wrong with /api/live if it never comes. */
export async function waitForLive(target: Locator, live: { failures(): string[] }): Promise<void> {
  try {
    await target.waitFor();
  } catch (error) {
    const failures = live.failures();
    if (failures.length === 0) throw error;
    throw new Error(`No live update arrived; the /api/live socket failed:\n${failures.join('\n')}`, {
      cause: error,
    });
  }
}

/** The role=status element whose text matches: several status regions may be on a page at once. */
export function statusWith(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').filter({ hasText: text }).first();
}

export function button(page: Page | Locator, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

/** The link to a rupture in the space home's "Open" list, e.g. "Tiny · Eye roll". */
export function openRupture(page: Page, label: string): Locator {
  return page.getByRole('list', { name: 'Open', exact: true }).getByRole('link', { name: new RegExp(`^${label}`) });
}

/** "Make a repair attempt" → kind → wording (the example, or a message) → "Send attempt". */
export async function makeAttempt(page: Page, kind: string, message?: string): Promise<void> {
  await button(page, 'Make a repair attempt').click();
  await fillAttempt(page, kind, message);
  await button(page, 'Send attempt').click();
}

/** Fills the attempt form already open: a kind, then the example wording or the message given. */
export async function fillAttempt(page: Page, kind: string, message?: string): Promise<void> {
  await choiceGroup(page, 'Kind of attempt').getByRole('radio', { name: kind, exact: true }).check();
  const box = page.getByRole('textbox', { name: 'Message', exact: true });
  if (message === undefined) {
    await page.getByRole('button', { name: 'Use this wording', exact: true }).filter({ visible: true }).click();
    await expect.poll(() => box.inputValue(), { message: '"Use this wording" fills the Message' }).not.toBe('');
  } else {
    await box.fill(message);
  }
}

/** The items of the rupture page's list "Where everyone is" / "Attempts", whitespace collapsed. */
export async function listTexts(page: Page, name: string): Promise<string[]> {
  const items = await page.getByRole('list', { name, exact: true }).getByRole('listitem').allInnerTexts();
  return items.map((t) => t.replace(/\s+/g, ' ').trim());
}
