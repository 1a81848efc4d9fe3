import { describe, expect, inject, test } from 'vitest';
import { call, register, type SpaceBody } from '../bench/api';
import { launchPerson } from './support/browser';
import { choiceGroup, expectHeading } from './support/journeys';
import { SCREENSHOT_DIR } from './support/screens';

/**
 * Insights as one person meets them (issue 9): a year of sample history
 * made through the real API (POST /api/demo-space), opened from the space
 * home, a window chosen (and kept in the URL), one chart's table opened,
 * and a quiet-wall item followed to its rupture. Every chart is
 * photographed at 390 and 1280 px, light and dark, in
 * .test-output/e2e/insights/. axe runs on the screen in the tour.
 */

const CHARTS = ['quiet-wall', 'repair', 'balance', 'months', 'themes', 'confidence', 'regulation'] as const;

describe('insights', () => {
  test('from the space home to a window, a table and a quiet-wall item', async () => {
    const baseURL = inject('baseURL');
    const cookie = await register(baseURL, {
      email: `sam.${crypto.randomUUID().slice(0, 8)}@example.com`,
      displayName: 'Sam',
    });
    const demo = await call<SpaceBody>(baseURL, 'POST', '/api/demo-space', { cookie, expect: 201 });
    const spaceId = demo.body.space.id;
    const before = await call<{ insights: { quietWall: { count: number } } }>(
      baseURL,
      'GET',
      `/api/spaces/${spaceId}/insights`,
      { cookie, expect: 200 },
    );
    const waiting = before.body.insights.quietWall.count;
    // A harm rupture from ten days ago, still open: it is never on the wall, and "harm" is never printed.
    const other = demo.body.space.members.find((m) => !m.isMe)?.id ?? '';
    const harm = await call<{ rupture: { id: string } }>(baseURL, 'POST', `/api/spaces/${spaceId}/ruptures`, {
      cookie,
      expect: 201,
      body: {
        size: 'small',
        kinds: ['harm'],
        involved: [other],
        visibility: 'private',
        occurredAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      },
    });
    const sam = await launchPerson('Sam');
    const [name = '', value = ''] = cookie.split('=');
    await sam.context.addCookies([{ name, value, url: baseURL }]);
    const page = sam.page;

    // The home says the quiet wall in a line, and leads to insights.
    await page.goto(`/spaces/${spaceId}`);
    // The count comes with the space view: Sam's harm rupture is not in it.
    await page.getByText(new RegExp(`^${waiting} (small )?things have waited more than 3 days`)).waitFor();
    await page.getByRole('link', { name: 'Insights', exact: true }).click();
    await expectHeading(page, 'Insights');
    expect(new URL(page.url()).pathname).toBe(`/spaces/${spaceId}/insights`);

    // Words first: each figure's sentence is there before its chart.
    const repair = page.getByRole('region', { name: 'Time to repair', exact: true });
    await repair
      .getByText(/repaired within/)
      .first()
      .waitFor();
    const balance = page.getByRole('region', { name: 'Good moments beside ruptures', exact: true });
    await balance.getByText('in the last 30 days').waitFor();
    await balance.getByText(/73 couples/).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/\bharm\b/i);

    // The window: a radio group, remembered in the URL.
    const windows = choiceGroup(page, 'Looking back over');
    await windows.getByRole('radio', { name: '7 days', exact: true }).check();
    await balance.getByText('in the last 7 days').waitFor();
    expect(new URL(page.url()).searchParams.get('window')).toBe('7d');
    await page.reload();
    await expect.poll(() => windows.getByRole('radio', { name: '7 days', exact: true }).isChecked()).toBe(true);
    await windows.getByRole('radio', { name: '90 days', exact: true }).check();
    await balance.getByText('in the last 90 days').waitFor();

    // A chart's table, by keyboard.
    await repair.getByText('Show as a table', { exact: true }).focus();
    await page.keyboard.press('Enter');
    const table = repair.getByRole('table', { name: 'Repaired within each span' });
    await table.getByRole('rowheader', { name: 'a day', exact: true }).waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(3);

    // Month by month: both series, each with its table.
    const months = page.getByRole('region', { name: 'Month by month', exact: true });
    await months.getByText(/^In \w+ \d{4}( so far)?: /).waitFor();
    await months.getByText(/^Of the ruptures of \w+ \d{4}, \d+ of \d+ (was|were) repaired within a week\.$/).waitFor();
    expect(await months.getByRole('img').count()).toBe(2);
    await months.getByText('Show as a table', { exact: true }).first().focus();
    await page.keyboard.press('Enter');
    await months.getByRole('table', { name: 'Good moments and ruptures each month' }).waitFor();

    // Every chart, light and dark, phone and desktop (a tall window, so the sticky header and the
    // bottom bar stay clear of the figure in the picture).
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 2400 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const chart of CHARTS) {
          await page
            .locator(`[data-insight="${chart}"]`)
            .screenshot({ path: `${SCREENSHOT_DIR}insights/${chart}-${width}-${colorScheme}.png` });
        }
      }
    }
    await page.setViewportSize({ width: 390, height: 844 });

    // A quiet-wall item opens its rupture; the harm rupture is not among them.
    const wall = page.getByRole('region', { name: 'Waiting quietly', exact: true });
    const hrefs = await wall.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.some((h) => h?.includes(harm.body.rupture.id))).toBe(false);
    await wall.getByText(`${waiting} things left open for more than 3 days.`, { exact: false }).waitFor();
    const item = wall.getByRole('link').first();
    const href = (await item.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^/spaces/${spaceId}/ruptures/`));
    await item.click();
    await page.waitForURL((url) => url.pathname === href);
    await page.locator('main h1').waitFor();
    await expect.poll(() => page.locator('main').textContent()).not.toContain('Loading…');
    await page.goBack();
    await expectHeading(page, 'Insights');
  }, 90_000);
});
