import { describe, expect, inject, test } from 'vitest';
import { launchPerson } from './support/browser';
import { createSpace, expectHeading, newAccount, screen, signUpFresh } from './support/journeys';
import { SCREENSHOT_DIR } from './support/screens';

/**
 * Lists come a bounded page at a time (SECURITY.md R6); a person still
 * reaches everything with a plain "Show more" where a page is full.
 */
describe('long lists', () => {
  test('the Open list and Your spaces show a full page, then the rest with Show more', async () => {
    const baseURL = inject('baseURL');
    const person = await launchPerson('Sam');
    const { page, context } = person;
    await signUpFresh(page, newAccount('Sam Lee'));
    const space = await createSpace(page, 'Sam and Kit', 'Couple');
    const post = async (path: string, data: unknown) => {
      const res = await context.request.post(`${baseURL}${path}`, {
        headers: { 'content-type': 'application/json', origin: baseURL },
        data,
      });
      expect(res.status(), `POST ${path}`).toBe(201);
    };

    // 53 open ruptures: one full page of 50, then three more.
    for (let i = 0; i < 53; i++) {
      await post(`/api/spaces/${space.id}/ruptures`, {
        size: 'tiny',
        kinds: ['missed_bid'],
        involved: [],
        visibility: 'private',
        topic: `moment ${i + 1}`,
      });
    }
    await page.reload();
    const open = page.getByRole('list', { name: 'Open', exact: true }).getByRole('listitem');
    await expect.poll(() => open.count()).toBe(50);
    const more = page.getByRole('region', { name: 'Open', exact: true }).getByRole('button', { name: 'Show more' });
    // What a person sees at the end of the first page: the last ruptures, then Show more.
    await more.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}open-list-show-more.png` });
    await more.click();
    await expect.poll(() => open.count()).toBe(53);
    expect(await more.count(), 'no Show more once everything is there').toBe(0);
    await screen(page, 'open-list-after-show-more', { signedIn: true });

    // 51 spaces in all: a full page, then one more.
    for (let i = 0; i < 50; i++) await post('/api/spaces', { name: `Space ${i + 1}`, kind: 'friends' });
    await page.getByRole('navigation').getByRole('link', { name: 'Spaces', exact: true }).click();
    await expectHeading(page, 'Your spaces');
    const cards = page.getByRole('list', { name: 'Spaces', exact: true }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(50);
    await page.getByRole('button', { name: 'Show more', exact: true }).click();
    await expect.poll(() => cards.count()).toBe(51);
    await page.getByRole('link', { name: 'Sam and Kit', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Show more', exact: true }).count()).toBe(0);
    await screen(page, 'spaces-after-show-more', { signedIn: true });
  });
});
