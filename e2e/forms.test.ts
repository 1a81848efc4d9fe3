import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axFacts, focused } from './support/accessibility-tree';
import { launchPerson } from './support/browser';
import { errorSummary } from './support/forms';
import {
  button,
  choiceGroup,
  createInviteLink,
  createSpace,
  expectHeading,
  expectPath,
  newAccount,
  signUp,
  signUpFresh,
  statusWith,
} from './support/journeys';
import { checkScreen } from './support/screens';

/**
 * Issue 8, "Forms and the regulation flow" (packages/web/FORMS.md), in
 * Chromium at 390×844: the GOV.UK error pattern read through the real
 * accessibility tree, long text that is never cut, confirmations that do
 * not pile up, show/hide password, joining from an invite in one go, and
 * sessions that can be told apart.
 */

/** The confirmations a screen shows now (role=status regions with words in them). */
function shownStatuses(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[role="status"]'))
      .map((el) => (el.textContent ?? '').trim())
      .filter((text) => text !== ''),
  );
}

describe('forms that help', () => {
  test('sign-up errors: a focused summary whose links focus each field, errors named in the field, gone once fixed', async () => {
    const { page } = await launchPerson('Sam');
    await page.goto('/signup');
    const name = page.getByRole('textbox', { name: 'Your name', exact: true });
    const email = page.getByRole('textbox', { name: 'Email', exact: true });
    const password = page.getByLabel('Password', { exact: true });
    await name.waitFor();
    const historyBefore = await page.evaluate(() => history.length);

    await button(page, 'Create account').click();
    const summary = errorSummary(page);
    await summary.waitFor();
    expect(await focused(summary), 'the summary takes focus on submit').toBe(true);
    const links = summary.getByRole('link');
    expect(await links.allInnerTexts()).toEqual([
      'Please tell us your name. It can be a first name or a nickname.',
      'Please enter your email address.',
      'Please use a password of at least 8 characters.',
    ]);

    // Each field is named by its label alone and carries its error in its description, as a screen reader hears it.
    const nameFacts = await axFacts(name);
    expect(nameFacts).toMatchObject({ name: 'Your name', invalid: true });
    expect(nameFacts.description).toContain('Error: Please tell us your name.');
    expect(nameFacts.description).toContain('The name the people in your spaces will see.');
    expect((await axFacts(email)).description).toContain('Error: Please enter your email address.');
    const passwordFacts = await axFacts(password);
    expect(passwordFacts).toMatchObject({ name: 'Password', invalid: true });
    expect(passwordFacts.description).toContain('Error: Please use a password of at least 8 characters.');
    await checkScreen(page, 'forms/sign-up-errors');

    // Each summary link focuses its field, in place: no fragment in the URL, no history entry.
    await links.nth(1).click();
    expect(await focused(email), 'the email link focuses Email').toBe(true);
    await links.nth(2).click();
    expect(await focused(password), 'the password link focuses Password').toBe(true);
    await links.nth(0).click();
    expect(await focused(name), 'the name link focuses Your name').toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => history.length), 'following the summary adds no history entry').toBe(
      historyBefore,
    );

    // Fixing a field removes its error at once, before any new submit; the others stay.
    await name.fill('Sam');
    expect(await axFacts(name)).toMatchObject({ invalid: false });
    expect((await axFacts(name)).description).not.toContain('Error');
    await expect.poll(() => links.count()).toBe(2);
    await email.fill('not an address');
    expect((await axFacts(email)).description, 'a field still wrong says what is wrong now').toContain(
      'Error: Please enter an email address like name@example.com.',
    );
    await email.fill(newAccount('Sam').email);
    await password.fill('a slow walk by the river 42');
    await expect.poll(() => summary.count(), { message: 'the summary goes with the last error' }).toBe(0);
    await button(page, 'Create account').click();
    await expectPath(page, '/');
    await expectHeading(page, 'Your spaces');
  });

  test('show/hide password: a button in the field, by pointer or keyboard, keeping focus, caret and text', async () => {
    const { page } = await launchPerson('Kit');
    await page.goto('/signin');
    const password = page.getByLabel('Password', { exact: true });
    await password.fill('river stones');
    await password.evaluate((el: HTMLInputElement) => el.setSelectionRange(3, 3));
    expect(await password.getAttribute('type')).toBe('password');

    await button(page, 'Show password').click();
    expect(await password.getAttribute('type')).toBe('text');
    expect(await password.inputValue()).toBe('river stones');
    expect(await focused(password), 'a tap on Show leaves the focus in the field').toBe(true);
    expect(await password.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(3);
    await page.getByRole('textbox', { name: 'Password', exact: true }).waitFor();
    await statusWith(page, 'Your password is shown.').waitFor();
    await checkScreen(page, 'forms/password-shown');

    // By keyboard: Tab to the button, Enter hides, Space shows; the button keeps focus.
    await page.keyboard.press('Tab');
    const hide = button(page, 'Hide password');
    expect(await focused(hide)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await password.getAttribute('type')).toBe('password');
    const show = button(page, 'Show password');
    expect(await focused(show), 'the button keeps focus, now named "Show password"').toBe(true);
    await page.keyboard.press('Space');
    expect(await password.getAttribute('type')).toBe('text');
    expect(await password.inputValue()).toBe('river stones');
  });

  test('a long note is never cut: a count near the limit, an error over it, nothing saved until it fits', async () => {
    const baseURL = inject('baseURL');
    const { page, context } = await launchPerson('Noor');
    await signUpFresh(page, newAccount('Noor Haddad'));
    const space = await createSpace(page, 'Noor and Lee', 'Couple');
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/checkins')) posts.push(r.url());
    });
    await page.goto(`${space.path}/check-in`);
    await expectHeading(page, 'Check in');
    await choiceGroup(page, 'Where are you right now?').getByRole('radio', { name: 'Connected' }).check();
    const note = page.getByRole('textbox', { name: 'Note (optional)', exact: true });

    // From 80% of the 5,000, the room left is shown and is part of the field's description.
    await note.fill('a'.repeat(4_880));
    await page.getByText('120 characters left', { exact: true }).waitFor();
    expect((await axFacts(note)).description).toContain('120 characters left');

    // Pasting 6,720 characters keeps all of them, and the field says so at once.
    await note.fill('');
    await note.focus();
    await page.keyboard.insertText('b'.repeat(6_720));
    expect((await note.inputValue()).length, 'nothing was cut').toBe(6_720);
    const over =
      'is 1,720 characters too long. Please shorten it to 5,000 or fewer. Everything you wrote is still here.';
    const noteFacts = await axFacts(note);
    expect(noteFacts).toMatchObject({ name: 'Note (optional)', invalid: true });
    expect(noteFacts.description).toContain(`Error: This ${over}`);

    await button(page, 'Save check-in').click();
    const summary = errorSummary(page);
    // The summary says which field it is about.
    await summary.getByRole('link', { name: `Your note ${over}`, exact: true }).waitFor();
    expect(await focused(summary)).toBe(true);
    expect((await note.inputValue()).length, 'still all there after trying to save').toBe(6_720);
    await checkScreen(page, 'forms/note-over-limit');
    expect(posts, 'nothing is sent while the note is too long').toEqual([]);
    const before = await context.request.get(`${baseURL}/api/spaces/${space.id}/regulation`);
    expect((await before.json()).regulation.latest, 'no check-in was saved').toBeNull();

    // Shortened to fit: the error goes at once, and then it saves, whole.
    await note.fill('b'.repeat(5_000));
    expect(await axFacts(note)).toMatchObject({ invalid: false });
    await page.getByText('0 characters left', { exact: true }).waitFor();
    await expect.poll(() => summary.count()).toBe(0);
    await button(page, 'Save check-in').click();
    await statusWith(page, 'Thanks for checking in.').waitFor();
    expect(posts).toHaveLength(1);
    const after = await context.request.get(`${baseURL}/api/spaces/${space.id}/regulation`);
    expect((await after.json()).regulation.latest.note).toHaveLength(5_000);
  });

  test('confirmations do not pile up: after three saves the space home shows one, the latest', async () => {
    const { page } = await launchPerson('Ira');
    await signUpFresh(page, newAccount('Ira Bell'));
    const space = await createSpace(page, 'Ira and Jo', 'Couple');

    await page.getByRole('link', { name: 'Something good', exact: true }).click();
    await expectHeading(page, 'Something good');
    await choiceGroup(page, 'What was good?').getByRole('radio').first().check();
    await button(page, 'Save moment').click();
    await expectPath(page, space.path);
    await statusWith(page, 'Saved.').waitFor();

    const quickLog = page.getByRole('region', { name: 'Quick log', exact: true });
    for (const round of [1, 2]) {
      await choiceGroup(quickLog, 'How big').getByRole('radio', { name: 'Small', exact: true }).click();
      await choiceGroup(quickLog, 'What happened').getByRole('radio', { name: 'Missed bid', exact: true }).click();
      await button(quickLog, 'Save privately').click();
      await statusWith(page, 'Noted, just for you.').waitFor();
      expect(await shownStatuses(page), `after save ${round + 1}, one confirmation`).toEqual(['Noted, just for you.']);
    }
    await checkScreen(page, 'forms/one-confirmation');
  });

  test('signing up or in from an invite link joins at once; a link cancelled meanwhile is said plainly', async () => {
    const baseURL = inject('baseURL');
    const a = await launchPerson('A');
    await signUpFresh(a.page, newAccount('Alex Rivera'));
    const space = await createSpace(a.page, 'Alex and Bea', 'Couple');
    const firstLink = await createInviteLink(a.page, space.path);

    // Bea creates her account from the link and is in the space, told so, without a second "Join".
    const b = await launchPerson('B');
    await b.page.goto(firstLink);
    await expectHeading(b.page, 'Join Alex and Bea');
    await b.page.getByRole('link', { name: 'Create an account', exact: true }).click();
    await expectPath(b.page, '/signup');
    await signUp(b.page, newAccount('Bea Chen'));
    await expectPath(b.page, space.path);
    await expectHeading(b.page, 'Alex and Bea');
    await statusWith(b.page, "You've joined Alex and Bea.").waitFor();
    await checkScreen(b.page, 'forms/joined-from-sign-up');

    // Cy has an account already: signing in from a link does the same.
    const cy = newAccount('Cy Okafor');
    const c = await launchPerson('C');
    await signUpFresh(c.page, cy);
    await c.context.clearCookies();
    const newLink = async () => {
      const made = await a.context.request.post(`${baseURL}/api/spaces/${space.id}/invites`, {
        headers: { 'content-type': 'application/json', origin: baseURL },
      });
      expect(made.status()).toBe(201);
      return new URL((await made.json()).path, baseURL).href;
    };
    await c.page.goto(await newLink());
    await c.page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await expectPath(c.page, '/signin');
    await c.page.getByLabel('Email', { exact: true }).fill(cy.email);
    await c.page.getByLabel('Password', { exact: true }).fill(cy.password);
    await button(c.page, 'Sign in').click();
    await expectPath(c.page, space.path);
    await statusWith(c.page, "You've joined Alex and Bea.").waitFor();

    // Dee starts from a link that is cancelled while she signs up: she is told plainly, and is in nothing.
    const thirdLink = await newLink();
    const d = await launchPerson('D');
    await d.page.goto(thirdLink);
    await d.page.getByRole('link', { name: 'Create an account', exact: true }).click();
    await expectPath(d.page, '/signup');
    const open = await a.context.request.get(`${baseURL}/api/spaces/${space.id}/invites`);
    for (const invite of (await open.json()).invites as { id: string }[]) {
      const gone = await a.context.request.delete(`${baseURL}/api/spaces/${space.id}/invites/${invite.id}`, {
        headers: { origin: baseURL },
      });
      expect(gone.status()).toBe(204);
    }
    await signUp(d.page, newAccount('Dee Park'));
    await expectPath(d.page, new URL(thirdLink).pathname);
    await expectHeading(d.page, 'This invite link no longer works');
    const dSpaces = await d.context.request.get(`${baseURL}/api/spaces`);
    expect(await dSpaces.text()).not.toContain(space.id);
  });

  test('sessions can be told apart: this one "in use now", another "last used 5 minutes ago", each with when it began', async () => {
    const account = newAccount('Lou Marsh');
    const phone = await launchPerson('Phone');
    await signUpFresh(phone.page, account);
    const laptop = await launchPerson('Laptop');
    await laptop.page.goto('/signin');
    await laptop.page.getByLabel('Email', { exact: true }).fill(account.email);
    await laptop.page.getByLabel('Password', { exact: true }).fill(account.password);
    await button(laptop.page, 'Sign in').click();
    await expectHeading(laptop.page, 'Your spaces');

    // Five minutes later, on the phone.
    await phone.page.clock.setFixedTime(new Date(Date.now() + 5 * 60_000));
    await phone.page.goto('/settings');
    const list = phone.page.getByRole('list', { name: 'Sessions', exact: true });
    await list.getByText('In use now', { exact: false }).waitFor();
    const items = (await list.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(items).toHaveLength(2);
    const mine = items.find((t) => t.includes('This device'));
    const other = items.find((t) => !t.includes('This device'));
    expect(mine).toMatch(/In use now · signed in \S/);
    expect(other).toMatch(/Last used 5 minutes ago · signed in \S/);
    await checkScreen(phone.page, 'forms/sessions');
  });
});
