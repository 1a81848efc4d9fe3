import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { launchPerson } from './support/browser';
import {
  button,
  choiceGroup,
  createSpace,
  expectHeading,
  expectPath,
  markPage,
  newAccount,
  screen,
  signUpFresh,
  statusWith,
  waitForLive,
} from './support/journeys';
import { addChild, apiPost, filledButtons } from './support/rupture-pages';
import { saveScreenshot } from './support/screens';
import { couple } from './support/two-people';

/**
 * Issue 10 in Chromium: a guided conversation, live between two phones, and
 * the parent do-over done alone. Each person has a browser of their own;
 * the other's screen moves on through the live socket, never a reload.
 */

const signedIn = { signedIn: true };
const conversationUrl = /^\/spaces\/[^/]+\/conversations\/(?!new$)[^/]+$/;

/** The step heading at the top of the turn screen (what to do, or what the other is doing). */
function stepHeading(page: Page, text: string | RegExp) {
  return page.getByRole('heading', { level: 2, name: text, exact: typeof text === 'string' });
}

/** Whose turn, said first. */
function whose(page: Page, text: string | RegExp) {
  return page.locator('.conv-whose', { hasText: text });
}

async function say(page: Page, heading: string, words: string, send = 'Send'): Promise<void> {
  await stepHeading(page, heading).waitFor();
  await page.getByRole('textbox', { name: 'Your words', exact: true }).fill(words);
  await button(page, send).click();
}

async function choose(page: Page, heading: string, option: string): Promise<void> {
  await stepHeading(page, heading).waitFor();
  await button(page, option).click();
}

/** The shared breath, then the private check-in. */
async function breatheAndCheckIn(page: Page, state = 'Connected', intensity = '3'): Promise<void> {
  await stepHeading(page, 'First, breathe').waitFor();
  await button(page, "I'm ready").click();
  await stepHeading(page, 'Before we start: how are you right now?').waitFor();
  await choiceGroup(page, 'Where are you right now?').getByRole('radio', { name: state }).check();
  await page.getByRole('slider', { name: 'Intensity', exact: true }).fill(intensity);
  await button(page, 'Continue').click();
}

describe('guided conversations', () => {
  test('talk it through, live: a break at the gate, the mirror loop, answers revealed together, the rupture repaired on both screens', async () => {
    const started = Date.now();
    const baseURL = inject('baseURL');
    const { a, b, alex, bea, space, aLive, bLive, bReceived } = await couple('Alex and Bea');
    const members = (await (await a.context.request.get(`${baseURL}/api/spaces/${space.id}`)).json()).space.members as {
      id: string;
      isMe: boolean;
    }[];
    const beaId = members.find((m) => !m.isMe)?.id;
    const made = await apiPost<{ rupture: { id: string } }>(a.page, `/api/spaces/${space.id}/ruptures`, {
      size: 'small',
      kinds: ['missed_bid'],
      involved: [beaId],
      visibility: 'shared',
    });
    const rupturePath = `${space.path}/ruptures/${made.rupture.id}`;

    // A starts from the rupture: talk it through with Bea is already chosen.
    await a.page.goto(rupturePath);
    await a.page.getByRole('link', { name: 'Talk it through, step by step', exact: true }).click();
    await expectHeading(a.page, 'Start a conversation');
    const protocols = choiceGroup(a.page, 'Which conversation?');
    expect(await protocols.getByRole('radio', { name: 'Talk it through' }).isChecked()).toBe(true);
    await expect.poll(() => protocols.getByRole('radio', { name: 'Parent do-over' }).isDisabled()).toBe(true);
    await a.page.getByText(`With ${bea.name}.`).waitFor();
    await screen(a.page, 'conversation-pick-390', signedIn);
    await button(a.page, 'Start').click();
    await expectPath(a.page, conversationUrl);
    const aScreen = await markPage(a.page);
    await breatheAndCheckIn(a.page);

    // B finds it on the space home, live: it needs them, and it is listed; then from the rupture, and joins.
    const needs = b.page.getByRole('region', { name: 'Something needs you', exact: true });
    await waitForLive(needs.getByText(`A conversation with ${alex.name} is waiting for you.`), bLive);
    await b.page.getByRole('link', { name: new RegExp(`^Talk it through with ${alex.name}`) }).waitFor();
    await screen(b.page, 'conversation-needs-you-390', signedIn);
    await b.page.goto(rupturePath);
    await b.page.getByRole('link', { name: 'Back to your conversation', exact: true }).click();
    await expectPath(b.page, conversationUrl);
    const bScreen = await markPage(b.page);
    await screen(b.page, 'conversation-breathe-390', signedIn);
    // B is flooded (rule 6): a break is offered first; A sees only that B is on a break, and until when.
    await breatheAndCheckIn(b.page, 'Activated', '8');
    await stepHeading(b.page, /^Your body is working hard right now/).waitFor();
    await button(b.page, 'Take a break').click();
    await waitForLive(whose(a.page, new RegExp(`^${bea.name} is taking a break until `)), aLive);
    await stepHeading(a.page, 'Nothing is asked of you until then.').waitFor();
    await button(b.page, "I'm back").click();

    // A names the topic; B is ready to listen.
    await whose(a.page, 'Your turn').waitFor();
    await say(a.page, 'What would you like to talk about? A few words are enough.', 'dinner last night');
    await waitForLive(
      stepHeading(b.page, `${alex.name} would like to talk about this. Are you ready to listen now?`),
      bLive,
    );
    await choose(
      b.page,
      `${alex.name} would like to talk about this. Are you ready to listen now?`,
      'I am ready to listen',
    );

    // A speaks; B waits, with a way out, then mirrors.
    const share = 'I felt alone when you were on your phone at dinner.';
    await say(a.page, 'Share one thing that is on your mind. Start with "I".', share);
    await whose(a.page, `${bea.name}'s turn`).waitFor();
    await screen(a.page, 'conversation-waiting-390', signedIn);
    expect(await filledButtons(a.page), 'waiting: nothing filled, the ways out are quiet').toEqual([]);
    await button(a.page, 'Pause').waitFor();
    await button(a.page, 'Stop here').waitFor();
    const mirror = 'Say back what you heard, in your own words. You do not have to agree.';
    await waitForLive(stepHeading(b.page, mirror), bLive);
    await b.page.getByRole('blockquote').getByText(share).waitFor();
    await screen(b.page, 'conversation-mirror-390', signedIn);
    await say(b.page, mirror, 'You felt alone because I was on my phone.');

    // "Not quite": A says it again; B mirrors again.
    await waitForLive(stepHeading(a.page, `Did ${bea.name} get it?`), aLive);
    await choose(a.page, `Did ${bea.name} get it?`, 'Not quite');
    await say(a.page, 'What did they miss? Say it once more, a little differently.', 'It was that I missed you.');
    await waitForLive(stepHeading(b.page, mirror), bLive);
    // B's first try says "you always": the tone check, on B's device, names it and offers a gentler way.
    const words = b.page.getByRole('textbox', { name: 'Your words', exact: true });
    const hint = b.page.locator('.tone-hint');
    await words.fill('You always want all of my attention.');
    await expect.poll(async () => (await hint.textContent()) ?? '', { timeout: 5000 }).toContain('“You always”');
    expect(await hint.textContent()).toContain('“I feel … about …, and I need …”');
    await screen(b.page, 'conversation-tone-390', signedIn);
    await say(b.page, mirror, 'You missed me at dinner, more than the phone itself.');

    // A confirms; that is all. B sums up, validates and empathizes.
    await waitForLive(stepHeading(a.page, `Did ${bea.name} get it?`), aLive);
    await choose(a.page, `Did ${bea.name} get it?`, 'Yes, that is it');
    await choose(a.page, 'Is there more about this?', 'That is all');
    await waitForLive(stepHeading(b.page, 'Now sum up the whole of what you heard.'), bLive);
    await say(b.page, 'Now sum up the whole of what you heard.', 'At dinner you missed me, and felt alone.');
    await say(
      b.page,
      `Say what makes sense to you in what ${alex.name} shared. Making sense is not agreeing.`,
      'It makes sense to me, because we had not seen each other all day.',
    );
    await say(b.page, `Imagine how ${alex.name} might feel about this, and say it.`, 'I imagine you felt lonely.');
    await waitForLive(stepHeading(a.page, 'Is that how you feel?'), aLive);
    await choose(a.page, 'Is that how you feel?', 'Yes, that is how I feel');
    await waitForLive(stepHeading(b.page, `Would you like a turn to share, with ${alex.name} listening?`), bLive);
    await choose(b.page, `Would you like a turn to share, with ${alex.name} listening?`, 'Not now');

    // The closing question: A answers first; B hears only that A has answered.
    await waitForLive(stepHeading(a.page, 'Thank you for doing this. Do you feel repaired?'), aLive);
    await button(a.page, 'I feel repaired').click();
    await a.page
      .getByText(`You've answered. You'll both see your answers once ${bea.name} has answered too.`)
      .waitFor();
    await waitForLive(
      b.page.getByText(`${alex.name} has answered. You'll both see your answers once you've answered too.`),
      bLive,
    );
    await screen(b.page, 'conversation-reveal-390', signedIn);
    const sofar = b.page.getByRole('region', { name: 'So far', exact: true });
    expect(await sofar.textContent(), 'B does not see A’s answer before answering').not.toContain('I feel repaired');
    await button(b.page, 'I feel repaired').click();

    // Both: finished, and the rupture repaired, without a reload.
    for (const [page, live] of [
      [a.page, aLive],
      [b.page, bLive],
    ] as const) {
      await waitForLive(statusWith(page, 'Repaired. Everyone feels it.'), live);
      await stepHeading(page, 'You went through it together. Thank you both.').waitFor();
    }
    const said = a.page.getByRole('region', { name: 'What you said', exact: true });
    await said.getByText('You missed me at dinner, more than the phone itself.').waitFor();
    const last = (await said.getByRole('listitem').last().textContent()) ?? '';
    expect(last).toContain(bea.name);
    expect(last).toContain('I feel repaired.');
    await screen(a.page, 'conversation-done-390', signedIn);
    await a.page.setViewportSize({ width: 1280, height: 800 });
    await screen(a.page, 'conversation-done-1280', signedIn);
    await aScreen.stillSamePage();
    await bScreen.stillSamePage();
    // The live pushes B received named the conversation, never what was said.
    expect(await bReceived.all()).toContain('conversation.changed');

    // A marks another rupture, one they had started to talk through, as harm: B's open conversation
    // ends on B's screen, live, saying only that it stopped; nothing there names the rupture, harm or safety.
    const second = await apiPost<{ rupture: { id: string } }>(a.page, `/api/spaces/${space.id}/ruptures`, {
      size: 'big',
      kinds: ['yelling'],
      involved: [beaId],
      visibility: 'shared',
    });
    const talk = await apiPost<{ conversation: { id: string } }>(a.page, `/api/spaces/${space.id}/conversations`, {
      protocol: 'talk-it-through',
      participants: [beaId],
      ruptureId: second.rupture.id,
    });
    await b.page.goto(`${space.path}/conversations/${talk.conversation.id}`);
    await stepHeading(b.page, 'First, breathe').waitFor();
    const marked = await a.context.request.post(
      `${baseURL}/api/spaces/${space.id}/ruptures/${second.rupture.id}/harm`,
      {
        headers: { origin: baseURL, 'content-type': 'application/json' },
      },
    );
    expect(marked.status()).toBe(200);
    await waitForLive(stepHeading(b.page, 'This conversation stopped here.'), bLive);
    await b.page.getByRole('link', { name: 'Back to the space', exact: true }).waitFor();
    expect(await b.page.locator('main').textContent()).not.toMatch(/harm|safety/i);
    const hrefs = await b.page.locator('a').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.includes(second.rupture.id))).toBe(false);
    await screen(b.page, 'conversation-ended-for-other-390', signedIn);
    console.info(`talk it through, live: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 120_000);

  test('the parent do-over for a 4-year-old, alone: nothing waits on anyone', async () => {
    const started = Date.now();
    const parent = await launchPerson('Parent');
    const page = parent.page;
    await signUpFresh(page, newAccount('Robin Park'));
    const space = await createSpace(page, 'Home with Mia', 'Parent and child');
    await addChild(page, space.id, 'Mia');
    await page.goto(space.path);
    await expectHeading(page, 'Home with Mia');
    await page.getByRole('link', { name: 'Talk it through', exact: true }).click();
    await expectHeading(page, 'Start a conversation');
    await choiceGroup(page, 'Which conversation?').getByRole('radio', { name: 'Parent do-over' }).check();
    await choiceGroup(page, 'How old is Mia?').getByRole('radio', { name: '3 to 6' }).check();
    await screen(page, 'do-over-pick-390', signedIn);
    await button(page, 'Start').click();
    await expectPath(page, conversationUrl);
    await breatheAndCheckIn(page);

    await whose(page, 'At your own pace').waitFor();
    await choose(
      page,
      'You first. Three slow breaths, longer out than in. Unclench your jaw and hands.',
      'I have taken a moment',
    );
    await stepHeading(page, 'Name only your part, briefly, in words Mia knows.').waitFor();
    await page.getByText('"I yelled."').waitFor();
    await screen(page, 'do-over-my-part-390', signedIn);
    await say(page, 'Name only your part, briefly, in words Mia knows.', 'I yelled.', 'Next');
    await choose(page, 'Tell Mia: "It is not your fault. You do not deserve to be yelled at."', 'I said it');
    await say(
      page,
      'Try it again: say what you meant to say.',
      'Let us try again. I wanted shoes on so we are not late.',
      'Next',
    );
    await stepHeading(page, 'What did Mia do afterwards? Pick what you saw.').waitFor();
    await choiceGroup(page, 'Pick what fits').getByRole('checkbox', { name: 'Hugged me' }).check();
    await button(page, 'Next').click();
    await stepHeading(page, 'Anything you want to remember? (optional)').waitFor();
    await button(page, 'Next').click();
    await button(page, 'I feel repaired').click();

    await stepHeading(page, 'You went through it. Thank you.').waitFor();
    const said = page.getByRole('region', { name: 'What you said', exact: true });
    expect(await said.textContent()).toContain('Hugged me');
    await parent.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await button(page, 'Copy').click();
    await statusWith(page, 'Copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Parent do-over, /);
    expect(copied).toContain('You: I yelled.');
    await screen(page, 'do-over-done-390', signedIn);
    // On paper: the summary alone, without the app around it.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await said.isVisible()).toBe(true);
    await saveScreenshot(page, 'do-over-print');
    await page.emulateMedia({ media: 'screen' });
    console.info(`parent do-over, alone: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 60_000);
});
