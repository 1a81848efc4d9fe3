import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { button, choiceGroup, expectHeading, expectPath, openRupture, screen, waitForLive } from './support/journeys';
import { backHome, logInFull, texts } from './support/rupture-pages';
import { couple } from './support/two-people';

/**
 * Safety that helps (DESIGN.md rule 9, SECURITY.md P4–P6), in real Chromium
 * with two people: harm saved from the quick log lands on the safety view
 * with tap-to-call helplines; lists name it only as "A private note"; a
 * shared rupture marked "this was harm" later vanishes for the other person;
 * the private safety screen with a concerning answer turns that person's
 * view to support and stops joint prompts; after a quick exit the
 * helplines open without signing in. What the other person's browser
 * receives (every /api/ answer and live frame) is read in full.
 */

const signedIn = { signedIn: true };
const HARM = 'Harm (violence, threats, control)';

function telLinks(page: Page) {
  return page.locator('main a[href^="tel:"]');
}

async function quickLog(page: Page, size: string, kind: string) {
  await choiceGroup(page, 'How big').getByRole('radio', { name: size, exact: true }).check();
  await choiceGroup(page, 'What happened').getByRole('radio', { name: kind, exact: true }).check();
  await button(page, 'Save privately').click();
}

/** The words of the space home's lists (Open, reminders, timeline), where a glance could land. */
async function listTexts(page: Page): Promise<string> {
  return (await page.locator('main ul').allInnerTexts()).join('\n');
}

describe('safety that helps', () => {
  test('harm gets real help and stays out of sight; the safety screen turns one view to support', async () => {
    const spaceName = 'Sam and Alex';
    const { a, b, space, apiErrors, bLive, bReceived } = await couple(spaceName);

    // Harm from the quick log: straight to the safety view, the emergency number first, tap to call.
    await quickLog(a.page, 'Big', HARM);
    await expectPath(a.page, '/safety');
    await expectHeading(a.page, 'Noted, just for you');
    await a.page.getByRole('heading', { name: 'You deserve to be safe' }).waitFor();
    await expect.poll(() => telLinks(a.page).count(), { message: 'helplines with tel: links' }).toBeGreaterThan(1);
    expect(await telLinks(a.page).first().getAttribute('href'), 'the emergency number comes first').toBe('tel:911');
    expect(await telLinks(a.page).nth(1).getAttribute('href')).toBe('tel:18007997233');
    expect(await a.page.title()).toBe('Support — Repairable');
    await screen(a.page, 'safety/after-harm-390', signedIn);

    // Another country, chosen in a plain picker, is remembered on this device.
    await a.page.getByLabel('Where you are', { exact: true }).selectOption('GB');
    await a.page.getByRole('link', { name: 'Call 0808 2000 247' }).waitFor();
    expect(await telLinks(a.page).first().getAttribute('href')).toBe('tel:999');
    await a.page.reload();
    await a.page.getByRole('link', { name: 'Call 0808 2000 247' }).waitFor();

    // The space home names it neutrally, to anyone glancing at the screen.
    await a.page.goto(space.path);
    await expectHeading(a.page, spaceName);
    await openRupture(a.page, 'A private note').waitFor();
    expect(await listTexts(a.page)).not.toMatch(/Harm|violence|Big/);
    await screen(a.page, 'safety/home-private-note-390', signedIn);
    await openRupture(a.page, 'A private note').click();
    await expectHeading(a.page, 'A private note');
    await a.page.getByRole('heading', { name: 'You deserve to be safe' }).waitFor();
    expect(await a.page.title()).toBe('Rupture — Repairable');
    expect(await telLinks(a.page).first().getAttribute('href')).toBe('tel:999');
    await screen(a.page, 'safety/harm-rupture-390', signedIn);
    const harmId = new URL(a.page.url()).pathname.split('/')[4] ?? '';
    await backHome(a.page, spaceName);

    // A shared one, seen live by B, then marked "this was harm" by A: it leaves B's view.
    const note = 'he threw my phone at the wall';
    const shared = await logInFull(a, spaceName, { kind: 'Yelling', topic: 'phone', note, share: true });
    await waitForLive(openRupture(b.page, 'Small · Yelling'), bLive);
    const beforeMark = (await bReceived.all()).length;
    await button(a.page, 'This was harm').click();
    await a.page.getByRole('heading', { name: 'Was this harm?' }).waitFor();
    await screen(a.page, 'safety/mark-harm-confirm-390', signedIn);
    await button(a.page, 'Yes, this was harm').click();
    await expectHeading(a.page, 'A private note');
    await a.page.getByRole('heading', { name: 'You deserve to be safe' }).waitFor();
    await b.page.reload();
    await expectHeading(b.page, spaceName);
    await b.page.getByText("Nothing open. That's okay too.", { exact: true }).waitFor();
    expect(await listTexts(b.page)).not.toMatch(/Yelling|threw my phone|private note/);
    expect(await texts(b.page)).not.toMatch(/Yelling|threw my phone/);
    await b.page.goto(shared.path);
    await expectHeading(b.page, 'We could not find this.');
    await screen(b.page, 'safety/marked-gone-for-b-390', signedIn);
    const afterMark = (await bReceived.all()).slice(beforeMark);
    expect(afterMark, 'B did receive answers after the mark').toContain('/api/spaces/');
    // B asked for it by its address (its own URL holds the id); no answer names it.
    expect(afterMark, 'nothing of the marked rupture reaches B afterwards').not.toContain(`"${shared.id}"`);
    expect(afterMark).not.toContain(note);

    // A private one, not harm: normally its page offers to raise it.
    await a.page.goto(space.path);
    await expectHeading(a.page, spaceName);
    await quickLog(a.page, 'Small', 'Missed bid');
    await openRupture(a.page, 'Small · Missed bid').click();
    await button(a.page, 'Raise it').waitFor();
    const missedBid = a.page.url();

    // The safety screen, from the menu, with one concerning answer.
    const bHomeBefore = await (async () => {
      await b.page.goto(space.path);
      await expectHeading(b.page, spaceName);
      return listTexts(b.page);
    })();
    const beforeScreen = (await bReceived.all()).length;
    await a.page.getByRole('navigation').getByRole('link', { name: 'Support', exact: true }).click();
    await expectPath(a.page, '/safety');
    await expectHeading(a.page, 'Support for you');
    await screen(a.page, 'safety/menu-390', signedIn);
    await a.page.getByRole('link', { name: 'Check in with yourself', exact: true }).click();
    await expectHeading(a.page, 'Check in with yourself');
    for (const question of [
      'Are you afraid of someone close to you?',
      'Has someone close to you hurt you?',
      'Has someone close to you threatened you, or someone or something you love?',
    ]) {
      await choiceGroup(a.page, question).getByRole('radio', { name: 'No', exact: true }).check();
    }
    await button(a.page, 'Done').click();
    await a.page.getByRole('alert').filter({ hasText: 'Please answer each question' }).waitFor();
    await choiceGroup(a.page, 'Does someone close to you control your money, your phone, or who you see?')
      .getByRole('radio', { name: 'Yes', exact: true })
      .check();
    await screen(a.page, 'safety/check-390', signedIn);
    await button(a.page, 'Done').click();
    await a.page.getByText('Thank you for telling us. For now, your view puts your safety first.').waitFor();
    await screen(a.page, 'safety/after-check-390', signedIn);

    // A's home puts support first; A's rupture page no longer offers to raise it.
    await a.page.goto(space.path);
    await a.page.getByRole('heading', { name: 'Your safety comes first', exact: true }).waitFor();
    await screen(a.page, 'safety/home-safety-first-390', signedIn);
    await a.page.goto(missedBid);
    await a.page.getByRole('heading', { name: 'Your safety comes first', exact: true }).waitFor();
    expect(await button(a.page, 'Raise it').count(), 'no joint prompt').toBe(0);
    await screen(a.page, 'safety/rupture-safety-first-390', signedIn);

    // For B nothing differs, and nothing of it reaches B's browser.
    await b.page.reload();
    await expectHeading(b.page, spaceName);
    expect(await listTexts(b.page)).toBe(bHomeBefore);
    expect(await texts(b.page)).not.toMatch(/safety comes first/i);
    const afterScreen = (await bReceived.all()).slice(beforeScreen);
    expect(afterScreen).toContain('/api/spaces/');
    expect(afterScreen).not.toContain('"safetyFirst":true');

    // Switching back when A feels safe.
    await a.page.goto('/safety');
    await button(a.page, 'I feel safe now: switch back').click();
    await a.page.getByText('Your usual view is back.', { exact: false }).waitFor();
    await a.page.goto(missedBid);
    await button(a.page, 'Raise it').waitFor();

    // Over everything B received: no harm rupture, no safety answer.
    const received = await bReceived.all();
    expect(received, 'the record saw B’s answers').toContain(space.id);
    expect(received, 'the quick-log harm rupture never reaches B').not.toContain(harmId);
    expect(received).not.toContain('"harm":true');
    expect(received).not.toContain('"safetyFirst":true');
    expect(apiErrors.A, 'every request of A went through').toEqual([]);
    expect(
      apiErrors.B.filter((e) => !e.includes(shared.id)),
      'B’s only 404 is the vanished rupture',
    ).toEqual([]);

    // After a quick exit the helplines are still a tap away, without signing in: "Support" on the locked sign-in.
    await a.page.getByRole('button', { name: 'Quick exit', exact: true }).click();
    await a.page.waitForURL(new URL(inject('quickExitPath'), inject('baseURL')).href);
    await a.page.goto('/signin');
    await a.page.getByText('Sign in to open Repairable again.', { exact: true }).waitFor();
    await a.page.getByRole('link', { name: 'Support', exact: true }).click();
    await expectPath(a.page, '/safety');
    await expectHeading(a.page, 'Support for you');
    await expect.poll(() => telLinks(a.page).count(), { message: 'helplines signed out' }).toBeGreaterThan(1);
    expect(await telLinks(a.page).first().getAttribute('href'), 'the country chosen before').toBe('tel:999');
    expect(await a.page.getByText('Check in with yourself').count(), 'nothing that needs an account').toBe(0);
    await screen(a.page, 'safety/signed-out-390', { signedIn: false });
  }, 240_000);
});
