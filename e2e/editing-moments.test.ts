import { describe, expect, inject, test } from 'vitest';
import { button, choiceGroup, expectHeading, statusWith, waitForLive } from './support/journeys';
import { checkScreen } from './support/screens';
import { couple } from './support/two-people';

/**
 * Issue 8, editing one's own entries: Alex shares a good moment and edits
 * it; Bea, whose page is never reloaded, sees the new words marked
 * "edited"; Alex deletes it and it leaves Bea's timeline; Alex changes a
 * check-in's note in place, then deletes it. Screenshots at 390 and 1280.
 */
describe('editing and deleting one’s own moments and check-ins', () => {
  test('a shared moment edited and deleted, as both people see it; a check-in deleted', async () => {
    const baseURL = inject('baseURL');
    const { a, b, space, bLive, bReceived } = await couple('Alex and Bea');
    const timelineOf = (page: typeof a.page) => page.getByRole('region', { name: 'Timeline', exact: true });

    await a.page.goto(`${space.path}/moments/new`);
    await choiceGroup(a.page, 'What was good?').getByRole('radio', { name: 'Appreciation', exact: true }).check();
    await a.page.getByRole('textbox', { name: 'Note (optional)', exact: true }).fill('Thank you for dinner.');
    await button(a.page, 'Save moment').click();
    await waitForLive(timelineOf(b.page).getByText('Thank you for dinner.'), bLive);
    expect(await timelineOf(b.page).getByRole('link', { name: /^Edit/ }).count(), 'Bea may not edit it').toBe(0);

    await timelineOf(a.page)
      .getByRole('link', { name: /^Edit appreciation, / })
      .click();
    await expectHeading(a.page, 'Edit this moment');
    const note = a.page.getByRole('textbox', { name: 'Note (optional)', exact: true });
    expect(await note.inputValue()).toBe('Thank you for dinner.');
    await checkScreen(a.page, 'editing/edit-moment-390');
    await note.fill('Thank you for dinner, and the walk after.');
    await button(a.page, 'Save changes').click();
    await statusWith(a.page, 'Saved.').waitFor();

    const edited = timelineOf(b.page).getByRole('listitem').filter({ hasText: 'and the walk after' });
    await waitForLive(edited, bLive);
    expect(await edited.textContent()).toMatch(/edited/);
    expect(await timelineOf(b.page).textContent()).not.toContain('Thank you for dinner.');
    await b.page.setViewportSize({ width: 1280, height: 800 });
    await checkScreen(b.page, 'editing/edited-seen-by-bea-1280');

    await timelineOf(a.page)
      .getByRole('button', { name: /^Delete appreciation, / })
      .click();
    await a.page.getByText('Delete this? It can’t be brought back.', { exact: true }).waitFor();
    await checkScreen(a.page, 'editing/delete-asks-390');
    await timelineOf(a.page)
      .getByRole('button', { name: /^Yes, delete appreciation/ })
      .click();
    await statusWith(a.page, 'Deleted.').waitFor();
    await expect.poll(() => timelineOf(a.page).textContent()).not.toContain('the walk after');
    await expect
      .poll(() => b.page.getByText('and the walk after').count(), { message: 'gone from Bea’s timeline' })
      .toBe(0);

    // A check-in (only Alex's to see), deleted from the timeline.
    const made = await a.context.request.post(`${baseURL}/api/spaces/${space.id}/checkins`, {
      headers: { 'content-type': 'application/json', origin: baseURL },
      data: { state: 'activated', intensity: 6, note: 'A long day.' },
    });
    expect(made.status()).toBe(201);
    await a.page.reload();
    await timelineOf(a.page).getByText('A long day.').waitFor();
    await checkScreen(a.page, 'editing/own-entries-390');
    await timelineOf(a.page)
      .getByRole('button', { name: /^Edit check-in, / })
      .click();
    const checkinNote = a.page.getByRole('textbox', { name: 'Note on this check-in', exact: true });
    await checkinNote.fill('A long day. Better after tea.');
    await checkScreen(a.page, 'editing/check-in-note-390');
    await button(a.page, 'Save note').click();
    await statusWith(a.page, 'Saved.').waitFor();
    await timelineOf(a.page).getByText('A long day. Better after tea.').waitFor();
    await timelineOf(a.page)
      .getByRole('button', { name: /^Delete check-in, / })
      .click();
    await timelineOf(a.page)
      .getByRole('button', { name: /^Yes, delete check-in/ })
      .click();
    await expect
      .poll(() =>
        timelineOf(a.page)
          .getByText(/A long day/)
          .count(),
      )
      .toBe(0);
    const confirmations = await a.page.evaluate(() =>
      Array.from(document.querySelectorAll('[role="status"]'))
        .map((el) => (el.textContent ?? '').trim())
        .filter((text) => text !== ''),
    );
    expect(confirmations, 'one "Deleted.", never piling up').toEqual(['Deleted.']);
    // Bea's browser never received a word of Alex's check-in, through the API or the live socket.
    await b.page.reload();
    const received = await bReceived.all();
    expect(received, 'the recorder hears what Bea may see').toContain('and the walk after');
    expect(received).not.toMatch(/A long day|after tea/);
    await a.page.setViewportSize({ width: 1280, height: 800 });
    await checkScreen(a.page, 'editing/after-deletes-1280');
  });
});
