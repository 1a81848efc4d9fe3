import { describe, expect, test } from 'vitest';
import {
  button,
  expectHeading,
  expectPath,
  makeAttempt,
  markPage,
  openRupture,
  screen,
  statusWith,
  waitForLive,
  watchApiErrors,
  watchLive,
} from './support/journeys';
import { backHome, logInFull, stepRegion, suggestions, texts } from './support/rupture-pages';
import { couple } from './support/two-people';

/**
 * DESIGN.md rule 8 ("is this like …?") with rule 9 and SECURITY.md A4, as
 * two people live it in real Chromium: a rupture marked as harm is never
 * offered nor linked, a link to a private rupture is never shown to someone
 * who cannot see it, and a recurrence linked in the open reaches the other
 * person live, with the earlier repair marked as one that did not hold.
 * What the other person's browser receives (every /api/ answer and every
 * /api/live frame) is read in full, not only what the screen shows.
 */

const signedIn = { signedIn: true };
const LIKE_EARLIER = 'This is like an earlier rupture.';
const DID_NOT_HOLD = 'Something like this came back later. It may be worth another gentle look together.';
const HARM_LABEL = 'Harm (violence, threats, control)';

describe('linking recurring ruptures never reveals a hidden one', () => {
  test('harm is never offered; a link to a private rupture is never shown to the other person', async () => {
    const spaceName = 'Alex and Bea';
    const { a, b, bea, apiErrors, bLive, bReceived } = await couple(spaceName);
    const bHome = await markPage(b.page);

    // A logs, privately and marked as harm, something about money.
    const harmNote = 'he took my card and kept it';
    const harm = await logInFull(a, spaceName, {
      kind: HARM_LABEL,
      topic: 'money',
      note: harmNote,
      share: false,
      shot: 'linking-harm-form',
    });
    await statusWith(a.page, 'Only you can see this.').waitFor();
    await screen(a.page, 'linking-harm-rupture-a', signedIn);
    await backHome(a.page, spaceName);

    // Then a shared one about money: nothing is offered, the harm one least of all.
    const shared = await logInFull(a, spaceName, {
      kind: 'Criticism',
      topic: 'money',
      note: 'the bills again',
      share: true,
    });
    expect(shared.similar, 'the server suggests nothing for the shared money rupture').toEqual([]);
    await statusWith(a.page, `Shared with ${bea.name}.`).waitFor();
    expect(await suggestions(a.page).count(), 'A is not asked "is this like …?"').toBe(0);
    expect(await a.page.getByRole('heading', { name: 'Is this like an earlier one?' }).count()).toBe(0);
    expect(await texts(a.page)).not.toContain(LIKE_EARLIER);
    await screen(a.page, 'linking-shared-money-a', signedIn);

    // B's open home gets the shared one live, and nothing of the harm one.
    await waitForLive(openRupture(b.page, 'Small · Criticism'), bLive);
    await bHome.stillSamePage();
    const bOpen = b.page.getByRole('list', { name: 'Open', exact: true }).getByRole('listitem');
    expect(await bOpen.count(), "B's open list holds only the shared rupture").toBe(1);
    expect(await texts(b.page)).not.toMatch(/Harm|card and kept/);
    await screen(b.page, 'linking-home-b', signedIn);
    // B's timeline, a screen of its own, holds only the shared one too.
    await b.page.getByRole('link', { name: 'See the timeline', exact: true }).click();
    await expectHeading(b.page, 'Timeline');
    const bTimeline = b.page.getByRole('list', { name: 'Timeline', exact: true }).getByRole('listitem');
    await expect.poll(() => bTimeline.count(), { message: "B's timeline holds only the shared rupture" }).toBe(1);
    expect(await texts(b.page)).not.toMatch(/Harm|card and kept/);
    await b.page.goBack();
    await expectHeading(b.page, spaceName);

    await openRupture(b.page, 'Small · Criticism').click();
    await expectPath(b.page, shared.path);
    await b.page.getByText('Topic: money', { exact: true }).waitFor();
    await statusWith(b.page, /^Shared with /).waitFor();
    expect(await texts(b.page)).not.toContain(LIKE_EARLIER);
    expect(await texts(b.page)).not.toMatch(/Harm|card and kept/);
    await screen(b.page, 'linking-shared-money-b', signedIn);

    // A's own private one about money is offered the shared one, never the harm one.
    await backHome(a.page, spaceName);
    const mineNote = 'I hid the receipt';
    const mine = await logInFull(a, spaceName, { kind: 'Defensiveness', topic: 'money', note: mineNote, share: false });
    expect(mine.similar, 'only the shared money rupture is offered, not the harm one').toEqual([shared.id]);
    expect(await suggestions(a.page).allInnerTexts()).toEqual([expect.stringContaining('Same topic: money')]);
    await screen(a.page, 'linking-private-money-offer-a', signedIn);
    await button(a.page, 'No').click();
    await expect.poll(() => suggestions(a.page).count(), { message: '"No" puts the question away' }).toBe(0);

    // A links two private ones about sleep, then raises the newer: B sees it, never the link.
    await backHome(a.page, spaceName);
    const firstNote = 'I stayed up alone waiting';
    const first = await logInFull(a, spaceName, {
      kind: 'Withdrawal or silence',
      topic: 'sleep',
      note: firstNote,
      share: false,
    });
    expect(first.similar, 'nothing else is about sleep').toEqual([]);
    await backHome(a.page, spaceName);
    const again = await logInFull(a, spaceName, {
      kind: 'Missed bid',
      topic: 'sleep',
      note: 'lights out early',
      share: false,
    });
    expect(again.similar, 'the server offers only the earlier private sleep rupture').toEqual([first.id]);
    expect(await suggestions(a.page).allInnerTexts()).toEqual([expect.stringContaining('Same topic: sleep')]);
    await screen(a.page, 'linking-private-offer-a', signedIn);
    await button(a.page, 'Yes, link them').click();
    await a.page.getByText(LIKE_EARLIER, { exact: true }).waitFor();
    await button(a.page, 'Raise it').click();
    await statusWith(a.page, `Shared with ${bea.name}.`).waitFor();
    await a.page.getByText(LIKE_EARLIER, { exact: true }).waitFor();
    await screen(a.page, 'linking-private-linked-raised-a', signedIn);

    await backHome(b.page, spaceName);
    await waitForLive(openRupture(b.page, 'Small · Missed bid'), bLive);
    await openRupture(b.page, 'Small · Missed bid').click();
    await expectPath(b.page, again.path);
    await b.page.getByText('Topic: sleep', { exact: true }).waitFor();
    expect(await texts(b.page), 'B is not told of a link to a rupture B cannot see').not.toContain(LIKE_EARLIER);
    expect(await texts(b.page)).not.toContain(firstNote);
    await screen(b.page, 'linking-private-linked-raised-b', signedIn);

    // What B's browser received, in full: the shared ones are there, the hidden ones nowhere.
    const received = await bReceived.all();
    expect(received, 'the record did see the ruptures B may see').toContain(shared.id);
    expect(received, 'the record did see live frames').toContain('frame ');
    expect(received).toContain(again.id);
    expect(received, "the harm rupture's id never reaches B").not.toContain(harm.id);
    expect(received, "the private earlier rupture's id never reaches B").not.toContain(first.id);
    expect(received, "A's private money rupture never reaches B").not.toContain(mine.id);
    expect(received).not.toContain(harmNote);
    expect(received).not.toContain(mineNote);
    expect(received).not.toContain(firstNote);
    expect(received, 'no rupture marked as harm reaches B').not.toContain('"harm":true');
    expect(apiErrors, 'no API request failed').toEqual({ A: [], B: [] });
  }, 180_000);

  test('a recurrence linked in the open: B sees the link and the repair that did not hold, live', async () => {
    const spaceName = 'Alex and Bea again';
    const { a, b, alex, space, apiErrors, aLive, bLive } = await couple(spaceName);

    // A shared rupture about chores, repaired together.
    const earlier = await logInFull(a, spaceName, {
      kind: 'Criticism',
      topic: 'chores',
      note: 'dishes left in the sink',
      share: true,
    });
    expect(earlier.similar).toEqual([]);
    await waitForLive(openRupture(b.page, 'Small · Criticism'), bLive);
    await openRupture(b.page, 'Small · Criticism').click();
    await expectPath(b.page, earlier.path);
    await makeAttempt(a.page, 'Apology');
    await waitForLive(stepRegion(b.page, 'How did that land?').getByText(`${alex.name}: apology`).first(), bLive);
    await button(a.page, 'I feel repaired').click();
    const said = b.page.getByRole('list', { name: 'What was said', exact: true });
    await waitForLive(said.getByRole('listitem').filter({ hasText: `${alex.name}: feels repaired` }), bLive);
    await button(b.page, 'I feel repaired').click();
    await statusWith(b.page, 'Repaired. Everyone feels it.').waitFor();
    await waitForLive(statusWith(a.page, 'Repaired. Everyone feels it.'), aLive);
    expect(await texts(b.page)).not.toContain(DID_NOT_HOLD);
    const bEarlier = await markPage(b.page);

    // B also keeps the space home open in a second tab.
    const home = await b.context.newPage();
    const homeErrors = watchApiErrors({ ...b, page: home });
    const homeLive = watchLive(home);
    await home.goto(space.path);
    await expectHeading(home, spaceName);

    // It comes back: A logs another about chores and is asked whether it is like the earlier one.
    await backHome(a.page, spaceName);
    const recurrence = await logInFull(a, spaceName, {
      kind: 'Broken promise',
      topic: 'chores',
      note: 'the laundry sat all week',
      share: true,
    });
    expect(recurrence.similar, 'the earlier chores rupture is offered').toEqual([earlier.id]);
    const offered = await suggestions(a.page).allInnerTexts();
    expect(offered).toEqual([expect.stringMatching(/^Small rupture, [\s\S]*Same topic: chores/)]);
    await screen(a.page, 'linking-offer-a', signedIn);

    await waitForLive(openRupture(home, 'Small · Broken promise'), homeLive);
    await openRupture(home, 'Small · Broken promise').click();
    await expectPath(home, recurrence.path);
    await statusWith(home, /^Shared with /).waitFor();
    expect(await texts(home)).not.toContain(LIKE_EARLIER);
    const bRecurrence = await markPage(home);

    await button(a.page, 'Yes, link them').click();
    await a.page.getByText(LIKE_EARLIER, { exact: true }).waitFor();
    expect(await suggestions(a.page).count(), 'the question goes once answered').toBe(0);
    await screen(a.page, 'linking-linked-a', signedIn);

    // Both of B's open pages change live, without a reload.
    await waitForLive(home.getByText(LIKE_EARLIER, { exact: true }), homeLive);
    await waitForLive(b.page.getByText(DID_NOT_HOLD, { exact: true }), bLive);
    await bRecurrence.stillSamePage();
    await bEarlier.stillSamePage();
    await screen(home, 'linking-linked-b', signedIn);
    await screen(b.page, 'linking-did-not-hold-b', signedIn);

    // Following the link leads B to the earlier one, which says the same.
    await home.getByRole('link', { name: 'an earlier rupture', exact: true }).click();
    await expectPath(home, earlier.path);
    await home.getByText(DID_NOT_HOLD, { exact: true }).waitFor();
    await statusWith(home, 'Repaired. Everyone feels it.').waitFor();
    expect({ ...apiErrors, home: homeErrors }, 'no API request failed').toEqual({ A: [], B: [], home: [] });
  }, 180_000);
});
