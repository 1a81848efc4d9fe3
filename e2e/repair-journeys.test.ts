import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchPerson } from './support/browser';
import {
  addMemberWithoutAccount,
  button,
  choiceGroup,
  countTaps,
  createSpace,
  expectHeading,
  expectNoPartnerWording,
  expectPath,
  fillAttempt,
  listTexts,
  makeAttempt,
  markPage,
  newAccount,
  openRupture,
  runningAnimations,
  screen,
  signUpFresh,
  statusWith,
  waitForLive,
  watchApiErrors,
} from './support/journeys';
import { couple } from './support/two-people';

/**
 * Issue 3 in a real Chromium: the repair cycle of DESIGN.md §4, using only
 * the names in briefs/ui-contract-3.md. Live updates arrive over /api/live
 * while the other person's page stays open, never reloaded.
 */

const signedIn = { signedIn: true };
const ruptureUrl = /^\/spaces\/[^/]+\/ruptures\/(?!new$)[^/]+$/;

describe('the repair cycle', () => {
  test('a couple: a tiny private rupture, raised, not yet, repaired together, all live', async () => {
    const spaceName = 'Alex and Bea';
    const { a, b, alex, bea, space, apiErrors, aLive, bLive } = await couple(spaceName);
    const bHome = await markPage(b.page);

    // A is on the space home, with B already a member, and logs in three taps.
    const quickLog = a.page.getByRole('region', { name: 'Quick log', exact: true });
    const tiny = choiceGroup(quickLog, 'How big').getByRole('radio', { name: 'Tiny', exact: true });
    await tiny.waitFor();
    await screen(a.page, 'couple-space-home-quick-log', signedIn);
    const pageTaps = await countTaps(a.page);
    let taps = 0;
    const tap = async (target: Locator) => {
      taps++;
      await target.click();
    };
    await tap(tiny);
    await tap(choiceGroup(quickLog, 'What happened').getByRole('radio', { name: 'Eye roll', exact: true }));
    await tap(button(quickLog, 'Save privately'));
    await statusWith(a.page, 'Noted, just for you.').waitFor();
    expect(taps, 'clicks the test made from the space home to "Noted"').toBe(3);
    expect(await pageTaps.count(), 'pointer presses the page saw from the space home to "Noted"').toBe(3);
    expect(await tiny.isChecked(), 'the quick log resets after saving').toBe(false);
    await openRupture(a.page, 'Tiny · Eye roll').waitFor();
    await screen(a.page, 'couple-space-home-noted', signedIn);

    // A opens it: private, only A sees it.
    await openRupture(a.page, 'Tiny · Eye roll').click();
    await expectPath(a.page, ruptureUrl);
    const rupturePath = new URL(a.page.url()).pathname;
    const ruptureId = rupturePath.split('/')[4] ?? '';
    await expectHeading(a.page, 'A tiny rupture');
    await statusWith(a.page, 'Only you can see this.').waitFor();
    await screen(a.page, 'couple-rupture-noted', signedIn);

    // B, whose space home stayed open, does not see it, on screen or from the API.
    expect(await openRupture(b.page, 'Tiny').count(), 'B sees no private rupture of A').toBe(0);
    const bTimeline = b.page.getByRole('list', { name: 'Timeline', exact: true }).getByRole('link', { name: /^Tiny/ });
    expect(await bTimeline.count(), "nor in B's timeline").toBe(0);
    await b.page.getByText("Nothing open. That's okay too.", { exact: true }).waitFor();
    const bList = await b.context.request.get(`/api/spaces/${space.id}/ruptures?status=all`);
    expect(bList.status()).toBe(200);
    expect(await bList.text(), "B's API list holds no private rupture of A").not.toContain(ruptureId);
    expect((await b.context.request.get(`/api/spaces/${space.id}/ruptures/${ruptureId}`)).status()).toBe(404);

    // A raises it; it appears on B's open space home without a reload.
    const aRupture = await markPage(a.page);
    const framesBefore = bLive.frames();
    await button(a.page, 'Raise it').click();
    await statusWith(a.page, `Shared with ${bea.name}.`).waitFor();
    await waitForLive(openRupture(b.page, 'Tiny · Eye roll'), bLive);
    await bHome.stillSamePage();
    expect(bLive.frames(), 'B got the change as a message on /api/live').toBeGreaterThan(framesBefore);
    await screen(b.page, 'couple-space-home-live-b', signedIn);

    // B opens it and recognizes it; A sees that live.
    await openRupture(b.page, 'Tiny · Eye roll').click();
    await expectPath(b.page, rupturePath);
    await expectHeading(b.page, 'A tiny rupture');
    await statusWith(b.page, /^Shared with /).waitFor();
    await screen(b.page, 'couple-rupture-raised-b', signedIn);
    const bRupture = await markPage(b.page);
    await button(b.page, 'Something happened between us').click();
    await statusWith(b.page, 'You both see that something happened.').waitFor();
    await waitForLive(statusWith(a.page, 'You both see that something happened.'), aLive);

    // B makes an apology; A, with the rupture open, sees it arrive.
    await button(b.page, 'Make a repair attempt').click();
    await fillAttempt(b.page, 'Apology');
    await screen(b.page, 'couple-attempt-form', signedIn);
    await button(b.page, 'Send attempt').click();
    const aAttempts = a.page.getByRole('list', { name: 'Attempts', exact: true });
    await waitForLive(aAttempts.getByRole('listitem').filter({ hasText: `Apology from ${bea.name}` }), aLive);
    await statusWith(a.page, 'Repairing.').waitFor();

    // A: not yet, with what A still needs; B sees it live.
    const need = 'to hear that you meant it';
    await button(a.page, 'Not yet').click();
    await a.page.getByRole('textbox', { name: 'What I still need', exact: true }).fill(need);
    await button(a.page, 'Send').click();
    const notYet = `${alex.name}: not yet — needs: ${need}`;
    await expect.poll(() => listTexts(a.page, 'Where everyone is')).toContain(notYet);
    await screen(a.page, 'couple-not-yet-a', signedIn);
    const bWhere = b.page.getByRole('list', { name: 'Where everyone is', exact: true });
    await waitForLive(bWhere.getByRole('listitem').filter({ hasText: notYet }), bLive);
    expect(await listTexts(b.page, 'Where everyone is')).toEqual(
      expect.arrayContaining([notYet, `${bea.name}: waiting`]),
    );
    await screen(b.page, 'couple-not-yet-b', signedIn);

    // B tries again; A sees it, and each answers "I feel repaired".
    const clarification = "I meant it. I'm sorry I rolled my eyes.";
    await makeAttempt(b.page, 'Clarification', clarification);
    const clarified = aAttempts
      .getByRole('listitem')
      .filter({ hasText: `Clarification from ${bea.name}: ${clarification}` });
    await waitForLive(clarified, aLive);
    await button(a.page, 'I feel repaired').click();
    await expect.poll(() => listTexts(b.page, 'Where everyone is')).toContain(`${alex.name}: repaired`);
    await button(b.page, 'I feel repaired').click();
    await statusWith(b.page, 'Repaired. Everyone feels it.').waitFor();
    await waitForLive(statusWith(a.page, 'Repaired. Everyone feels it.'), aLive);
    await screen(a.page, 'couple-repaired-a', signedIn);
    await screen(b.page, 'couple-repaired-b', signedIn);

    await aRupture.stillSamePage();
    await bRupture.stillSamePage();
    expect(apiErrors, 'no API request failed').toEqual({ A: [], B: [] });
  }, 180_000);

  test('a parent and a 4-year-old without an account: full form, do-over, observed reconnection', async () => {
    const p = await launchPerson('P');
    const apiErrors = watchApiErrors(p);
    const parent = newAccount('Sam Okafor');
    const spaceName = 'Me and Mia';

    await signUpFresh(p.page, parent);
    const space = await createSpace(p.page, spaceName, 'Parent and child');
    await addMemberWithoutAccount(p.page, 'Mia');
    await p.page.getByRole('region', { name: 'Quick log', exact: true }).waitFor();
    await screen(p.page, 'parent-space-home', signedIn);
    await expectNoPartnerWording(p.page, 'parent space home');

    // The full form.
    await p.page.getByRole('link', { name: 'More detail', exact: true }).click();
    await expectPath(p.page, `${space.path}/ruptures/new`);
    await choiceGroup(p.page, 'How big').getByRole('radio', { name: 'Small', exact: true }).check();
    await choiceGroup(p.page, 'What happened').getByRole('checkbox', { name: 'Yelling', exact: true }).check();
    const mia = choiceGroup(p.page, 'Who was involved').getByRole('checkbox', { name: 'Mia', exact: true });
    expect(await mia.isChecked(), 'the other members are involved by default').toBe(true);
    await mia.check();
    const onlyMe = choiceGroup(p.page, 'Who can see this').getByRole('radio', { name: 'Only me for now', exact: true });
    expect(await onlyMe.isChecked(), '"Only me for now" is the default').toBe(true);
    await screen(p.page, 'parent-full-form', signedIn);
    await expectNoPartnerWording(p.page, 'full form');
    await button(p.page, 'Save').click();

    // The rupture page: a do-over, then Mia's reconnection and the parent's own answer.
    await expectPath(p.page, ruptureUrl);
    await expectHeading(p.page, 'A small rupture');
    await statusWith(p.page, 'Only you can see this.').waitFor();
    await makeAttempt(p.page, 'Do-over');
    const attempts = p.page.getByRole('list', { name: 'Attempts', exact: true });
    await attempts
      .getByRole('listitem')
      .filter({ hasText: `Do-over from ${parent.name}` })
      .waitFor();
    await button(p.page, 'Record reconnection with Mia').waitFor();
    await screen(p.page, 'parent-rupture-attempt', signedIn);
    await expectNoPartnerWording(p.page, 'rupture page with attempt');

    await button(p.page, 'Record reconnection with Mia').click();
    await p.page.getByRole('textbox', { name: 'What did you notice?', exact: true }).fill('came back to play');
    await button(p.page, 'Save reconnection').click();
    await expect.poll(() => listTexts(p.page, 'Where everyone is')).toContain('Mia: repaired');
    // Completion needs every involved member: Mia's reconnection and the parent's own answer.
    await button(p.page, 'I feel repaired').click();
    await statusWith(p.page, 'Repaired. Everyone feels it.').waitFor();
    await screen(p.page, 'parent-repaired', signedIn);
    await expectNoPartnerWording(p.page, 'repaired rupture');
    expect(apiErrors, 'no API request failed').toEqual([]);
  }, 120_000);

  test('regulation gate: a flooded check-in offers a break before an attempt; breathing respects reduced motion', async () => {
    const c = await launchPerson('C');
    const apiErrors = watchApiErrors(c);
    const spaceName = 'Casey and Robin';

    await signUpFresh(c.page, newAccount('Casey Lee'));
    const space = await createSpace(c.page, spaceName, 'Couple');
    await addMemberWithoutAccount(c.page, 'Robin');

    // A raised rupture to come back to.
    const quickLog = c.page.getByRole('region', { name: 'Quick log', exact: true });
    await choiceGroup(quickLog, 'How big').getByRole('radio', { name: 'Small', exact: true }).click();
    await choiceGroup(quickLog, 'What happened').getByRole('radio', { name: 'Missed bid', exact: true }).click();
    await button(quickLog, 'Save privately').click();
    await openRupture(c.page, 'Small · Missed bid').click();
    await expectPath(c.page, ruptureUrl);
    const rupturePath = new URL(c.page.url()).pathname;
    await button(c.page, 'Raise it').click();
    await statusWith(c.page, /^(Shared with |You both see|Everyone involved sees|You've named it)/).waitFor();

    // A flooded check-in.
    await c.page.goto(`${space.path}/check-in`);
    await choiceGroup(c.page, 'Where are you right now?').getByRole('radio', { name: 'Activated' }).check();
    await c.page.getByRole('slider', { name: 'Intensity', exact: true }).fill('8');
    await button(c.page, 'Save check-in').click();
    const checkinBreath = c.page.getByRole('region', { name: 'Breathe with this', exact: true });
    await checkinBreath.waitFor();
    await c.page.getByText("It's okay to wait before talking.").waitFor();
    await screen(c.page, 'regulation-check-in-flooded', signedIn);

    // An attempt first offers a break.
    await c.page.goto(rupturePath);
    await expectHeading(c.page, 'A small rupture');
    await button(c.page, 'Make a repair attempt').click();
    const flooded = c.page.getByRole('region', { name: 'You might be flooded', exact: true });
    await button(flooded, 'Go on anyway').waitFor();
    expect(await choiceGroup(c.page, 'Kind of attempt').count(), 'no attempt form before the choice').toBe(0);
    await screen(c.page, 'regulation-offer', signedIn);
    await button(flooded, 'Take a break first').click();
    await choiceGroup(c.page, 'Back in').getByRole('radio', { name: '20 minutes', exact: true }).check();
    await button(c.page, 'Start break').click();
    await statusWith(c.page, /Taking a break — back at /).waitFor();
    const breath = c.page.getByRole('region', { name: 'Breathe with this', exact: true });
    await breath.waitFor();
    await expect
      .poll(() => runningAnimations(breath), { message: 'the breathing circle moves when motion is welcome' })
      .not.toEqual([]);
    await screen(c.page, 'regulation-break-breathing', signedIn);

    // The same page with prefers-reduced-motion: words, no movement.
    await c.page.emulateMedia({ reducedMotion: 'reduce' });
    await c.page.reload();
    await statusWith(c.page, /Taking a break — back at /).waitFor();
    await breath.waitFor();
    await breath
      .getByText(/Breathe in|and out/)
      .first()
      .waitFor();
    for (let i = 0; i < 6; i++) {
      expect(await runningAnimations(breath), 'nothing moves with reduced motion').toEqual([]);
      await c.page.waitForTimeout(500);
    }
    await screen(c.page, 'regulation-break-breathing-reduced-motion', signedIn);
    expect(apiErrors, 'no API request failed').toEqual([]);
  }, 120_000);
});
