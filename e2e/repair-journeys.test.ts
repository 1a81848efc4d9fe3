import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchPerson } from './support/browser';
import {
  button,
  choiceGroup,
  createSpace,
  expectHeading,
  expectNoPartnerWording,
  expectPath,
  fillAttempt,
  markPage,
  newAccount,
  runningAnimations,
  screen,
  signUpFresh,
  statusWith,
  waitForLive,
  watchApiErrors,
} from './support/journeys';
import { addChild, filledButtons, historyTexts, logRupture, stepRegion } from './support/rupture-pages';
import { couple } from './support/two-people';

/**
 * Issues 3 and 8 in a real Chromium: the repair cycle of DESIGN.md §4, each
 * person seeing the step that is theirs (one filled button, their own), what
 * was said kept in order, parent mode in one step, and rule 6 on the page.
 * Live updates arrive over /api/live while the other person's page stays
 * open, never reloaded.
 */

const signedIn = { signedIn: true };
const ruptureUrl = /^\/spaces\/[^/]+\/ruptures\/(?!new$)[^/]+$/;

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

describe('the repair cycle', () => {
  test.each(SIZES)(
    'a couple at $width px: each sees the step that is theirs, all live',
    async (size) => {
      const spaceName = 'Alex and Bea';
      const { a, b, alex, bea, space, apiErrors, aLive, bLive } = await couple(spaceName);
      await a.page.setViewportSize(size);
      await b.page.setViewportSize(size);
      const shot = (page: Page, name: string) => screen(page, `couple-${name}-${size.width}`, signedIn);

      // A logs it privately (the full form; the quick log has its own tests) and lands on its page.
      const rupturePath = await logRupture(a.page, space.path, { size: 'Tiny', kind: 'Eye roll' });
      const ruptureId = rupturePath.split('/')[4] ?? '';
      await statusWith(a.page, 'Only you can see this.').waitFor();
      await stepRegion(a.page, 'Only you know about this so far').waitFor();
      await expect.poll(() => filledButtons(a.page)).toEqual(['Raise it']);
      await shot(a.page, 'rupture-noted');

      // B does not see it, on screen or from the API.
      const bList = await b.context.request.get(`/api/spaces/${space.id}/ruptures?status=all`);
      expect(await bList.text(), "B's API list holds no private rupture of A").not.toContain(ruptureId);
      expect((await b.context.request.get(`/api/spaces/${space.id}/ruptures/${ruptureId}`)).status()).toBe(404);

      // A raises it. A waits for B, and says for what.
      const aRupture = await markPage(a.page);
      await button(a.page, 'Raise it').click();
      await statusWith(a.page, `Shared with ${bea.name}.`).waitFor();
      await stepRegion(a.page, `Waiting for ${bea.name} to see that something happened.`).waitFor();
      expect(await filledButtons(a.page), 'nothing is A’s to do but wait (or make a move, quietly)').toEqual([]);

      // B opens it: recognizing it is B's step. Then either of them may make the first move (rule 3).
      await b.page.goto(rupturePath);
      await stepRegion(b.page, `${alex.name} raised this with you`).waitFor();
      await expect.poll(() => filledButtons(b.page)).toEqual(['Something happened between us']);
      await shot(b.page, 'rupture-raised-b');
      const bRupture = await markPage(b.page);
      await button(b.page, 'Something happened between us').click();
      await statusWith(b.page, 'You both see that something happened.').waitFor();
      await waitForLive(statusWith(a.page, 'You both see that something happened.'), aLive);
      for (const page of [a.page, b.page]) {
        await stepRegion(page, 'Ready when you are').waitFor();
        await expect.poll(() => filledButtons(page)).toEqual(['Make a repair attempt']);
      }

      // B apologises, with wording that fits an eye roll.
      await button(b.page, 'Make a repair attempt').click();
      await choiceGroup(b.page, 'Kind of attempt').getByRole('radio', { name: 'Apology', exact: true }).check();
      const example = await b.page.locator('.example-text').textContent();
      expect(example).toContain('rolled my eyes');
      expect(example).not.toMatch(/snap/i);
      await fillAttempt(b.page, 'Apology');
      await shot(b.page, 'attempt-form');
      await button(b.page, 'Send attempt').click();

      // B, who just reached, is never handed "I feel repaired" as the main action: B waits, and reads for what.
      await stepRegion(b.page, `Waiting for ${alex.name} to say how it landed.`).waitFor();
      expect(await filledButtons(b.page), 'the attempter has no filled "I feel repaired"').toEqual([]);
      const waiting = stepRegion(b.page, `Waiting for ${alex.name} to say how it landed.`);
      const offered = await waiting.getByRole('button').allInnerTexts();
      expect(offered.at(-1), 'while waiting, "I feel repaired" comes last').toBe('I feel repaired');
      await b.page.getByText("It's repaired when you both feel it.", { exact: true }).waitFor();
      await shot(b.page, 'attempted-b');
      // A, reached toward, is asked how it landed, live.
      const landed = stepRegion(a.page, 'How did that land?');
      await waitForLive(landed, aLive);
      await landed.getByText(/rolled my eyes/).waitFor();
      await expect.poll(() => filledButtons(a.page)).toEqual(['I feel repaired']);
      await shot(a.page, 'attempted-a');

      // A: not yet, with what would help. A now waits for B to try again; B sees the need, prominently.
      const need = 'to hear that you meant it';
      await button(a.page, 'Not yet').click();
      await a.page.getByRole('textbox', { name: 'What would help?', exact: true }).fill(need);
      await button(a.page, 'Send').click();
      await stepRegion(a.page, `Waiting for ${bea.name} to try again.`).waitFor();
      expect(await filledButtons(a.page)).toEqual([]);
      const retry = stepRegion(b.page, `${alex.name} isn't there yet`);
      await waitForLive(retry, bLive);
      await retry
        .getByRole('listitem')
        .filter({ hasText: `${alex.name} needs: ${need}` })
        .waitFor();
      await expect
        .poll(() => filledButtons(b.page), { message: 'the one who reached: "Try again" is the main action' })
        .toEqual(['Try again']);
      await shot(a.page, 'not-yet-a');
      await shot(b.page, 'not-yet-b');

      // B tries again; the earlier not yet and its need stay in the history, on both sides.
      const clarification = "I meant it. I'm sorry I rolled my eyes.";
      await button(b.page, 'Try again').click();
      await fillAttempt(b.page, 'Clarification', clarification);
      await button(b.page, 'Send attempt').click();
      await stepRegion(b.page, `Waiting for ${alex.name} to say how it landed.`).waitFor();
      const again = stepRegion(a.page, 'How did that land?');
      await waitForLive(again.getByText(clarification, { exact: false }), aLive);
      await expect.poll(() => filledButtons(a.page)).toEqual(['I feel repaired']);
      const said = (reached: string, answered: string) => [
        expect.stringMatching(new RegExp(`· ${reached}: apology — .*rolled my eyes`)),
        expect.stringContaining(`· ${answered}: not yet — needs: ${need}`),
        expect.stringContaining(`· ${reached}: clarification — ${clarification}`),
      ];
      expect(await historyTexts(a.page)).toEqual(said(bea.name, 'You'));
      expect(await historyTexts(b.page)).toEqual(said('You', alex.name));

      // A feels repaired; now B is asked for B's own answer, and A waits for it, named.
      await button(a.page, 'I feel repaired').click();
      await stepRegion(a.page, `Waiting for ${bea.name} to say it feels repaired for them too.`).waitFor();
      const own = stepRegion(b.page, 'Does it feel repaired for you too?');
      await waitForLive(own, bLive);
      await expect.poll(() => filledButtons(b.page)).toEqual(['I feel repaired']);
      await button(b.page, 'I feel repaired').click();

      // Both see the quiet moment of recognition, B at once and A live.
      const moment = (page: Page) => page.getByRole('region', { name: 'You found your way back to each other.' });
      await statusWith(b.page, 'Repaired. Everyone feels it.').waitFor();
      await moment(b.page).waitFor();
      await waitForLive(moment(a.page), aLive);
      expect(await filledButtons(a.page)).toEqual([]);
      await shot(a.page, 'repaired-a');
      await shot(b.page, 'repaired-b');

      await aRupture.stillSamePage();
      await bRupture.stillSamePage();
      expect(apiErrors, 'no API request failed').toEqual({ A: [], B: [] });
    },
    240_000,
  );

  test('a parent and a 4-year-old without an account: no raise, the do-over, what Mia did and my answer in one step', async () => {
    const p = await launchPerson('P');
    const apiErrors = watchApiErrors(p);
    const parent = newAccount('Sam Okafor');
    const spaceName = 'Me and Mia';

    await signUpFresh(p.page, parent);
    const space = await createSpace(p.page, spaceName, 'Parent and child');
    await addChild(p.page, space.id, 'Mia');

    // The full form.
    await p.page.goto(`${space.path}/ruptures/new`);
    await expectHeading(p.page, 'Log a rupture');
    await choiceGroup(p.page, 'How big').getByRole('radio', { name: 'Small', exact: true }).check();
    await choiceGroup(p.page, 'What happened').getByRole('checkbox', { name: 'Yelling', exact: true }).check();
    const mia = choiceGroup(p.page, 'Who was involved').getByRole('checkbox', { name: 'Mia', exact: true });
    expect(await mia.isChecked(), 'the other members are involved by default').toBe(true);
    const onlyMe = choiceGroup(p.page, 'Who can see this').getByRole('radio', { name: 'Only me for now', exact: true });
    expect(await onlyMe.isChecked(), '"Only me for now" is the default').toBe(true);
    await screen(p.page, 'parent-full-form', signedIn);
    await button(p.page, 'Save').click();

    // The rupture page: nothing to raise (nobody could be told), the parent's move is the step.
    await expectPath(p.page, ruptureUrl);
    await expectHeading(p.page, 'A small rupture');
    await stepRegion(p.page, 'Ready when you are').waitFor();
    expect(await button(p.page, 'Raise it').count(), 'no "Raise it" when nobody else could be told').toBe(0);
    await expect.poll(() => filledButtons(p.page)).toEqual(['Make a repair attempt']);
    await button(p.page, 'Make a repair attempt').click();
    await choiceGroup(p.page, 'Kind of attempt').getByRole('radio', { name: 'Do-over', exact: true }).check();
    expect(await p.page.locator('.example-text').textContent()).toMatch(/yelled/);
    await fillAttempt(p.page, 'Do-over');
    await button(p.page, 'Send attempt').click();

    // One step: what Mia did (chips and a note) and the parent's own answer, sent together.
    const seen = stepRegion(p.page, 'What did you see Mia do?');
    await seen.waitFor();
    expect(await button(p.page, 'Raise it').count()).toBe(0);
    await screen(p.page, 'parent-rupture-attempt', signedIn);
    await expectNoPartnerWording(p.page, 'rupture page with attempt');
    await choiceGroup(seen, 'What Mia did').getByRole('checkbox', { name: 'Came back to play', exact: true }).check();
    await seen.getByRole('textbox', { name: 'Anything else you noticed', exact: true }).fill('brought me her teddy');
    await choiceGroup(seen, 'And you?')
      .getByRole('radio', { name: 'It feels repaired for me too', exact: true })
      .check();
    await p.page.emulateMedia({ reducedMotion: 'reduce' });
    const saved = p.page.waitForResponse((r) => r.url().endsWith('/reconnected') && r.request().method() === 'POST');
    await button(seen, 'Save').click();
    expect((await saved).status()).toBe(201);
    await statusWith(p.page, 'Repaired. Everyone feels it.').waitFor();
    const moment = p.page.getByRole('region', { name: 'You and Mia found your way back to each other.' });
    await moment.waitFor();
    expect(await runningAnimations(moment), 'the moment is still under reduced motion').toEqual([]);
    // The observed reconnection stays in the history, with its note.
    const history = await historyTexts(p.page);
    expect(history).toEqual([
      expect.stringMatching(/· You: do-over — .*yelled/),
      expect.stringContaining('· You: saw Mia come back — came back to play — brought me her teddy'),
      expect.stringContaining('· You: feels repaired'),
    ]);
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
    await addChild(c.page, space.id, 'Robin');

    // A rupture with a long note to come back to. Robin has no account: nobody to raise it with.
    const longNote = Array.from(
      { length: 12 },
      () => 'I kept talking about my day and missed that you were tired.',
    ).join(' ');
    const rupturePath = await logRupture(c.page, space.path, { size: 'Small', kind: 'Missed bid', note: longNote });

    // A flooded check-in.
    await c.page.goto(`${space.path}/check-in`);
    await choiceGroup(c.page, 'Where are you right now?').getByRole('radio', { name: 'Activated' }).check();
    await c.page.getByRole('slider', { name: 'Intensity', exact: true }).fill('8');
    await button(c.page, 'Save check-in').click();
    const checkinBreath = c.page.getByRole('region', { name: 'Breathe with this', exact: true });
    await checkinBreath.waitFor();
    await c.page.getByText("It's okay to wait before talking.").waitFor();
    await screen(c.page, 'regulation-check-in-flooded', signedIn);

    // The offer of a break comes before the attempt button, not below it, and is the filled one.
    await c.page.goto(rupturePath);
    await expectHeading(c.page, 'A small rupture');
    const flooded = c.page.getByRole('region', { name: 'You might be flooded', exact: true });
    await flooded.waitFor();
    const attempt = button(c.page, 'Make a repair attempt');
    const [gateBox, attemptBox] = await Promise.all([flooded.boundingBox(), attempt.boundingBox()]);
    expect(
      gateBox && attemptBox && gateBox.y + gateBox.height <= attemptBox.y,
      'the offer sits above the attempt button',
    ).toBe(true);
    await expect.poll(() => filledButtons(c.page)).toEqual(['Take a break first']);
    expect(await choiceGroup(c.page, 'Kind of attempt').count(), 'no attempt form before the choice').toBe(0);
    await screen(c.page, 'regulation-offer', signedIn);
    await button(flooded, 'Take a break first').click();
    await choiceGroup(c.page, 'Back in').getByRole('radio', { name: '20 minutes', exact: true }).check();
    await button(c.page, 'Start break').click();
    await statusWith(c.page, /Taking a break — back at /).waitFor();
    const breath = c.page.getByRole('region', { name: 'Breathe with this', exact: true });
    // During the break the breathing sits above the long note.
    const [breathBox, noteBox] = await Promise.all([breath.boundingBox(), c.page.getByText(longNote).boundingBox()]);
    expect(breathBox && noteBox && breathBox.y < noteBox.y, 'the breathing comes before the note').toBe(true);
    await button(breath, 'Start breathing').click();
    await expect
      .poll(() => runningAnimations(breath), { message: 'the breathing circle moves when motion is welcome' })
      .not.toEqual([]);
    await screen(c.page, 'regulation-break-breathing', signedIn);

    // The same page with prefers-reduced-motion: words, no movement.
    await c.page.emulateMedia({ reducedMotion: 'reduce' });
    await c.page.reload();
    await statusWith(c.page, /Taking a break — back at /).waitFor();
    await button(breath, 'Start breathing').click();
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
