import { describe, expect, inject, test } from 'vitest';
import { launchPerson } from './support/browser';
import { createInviteLink, createSpace, expectHeading, newAccount, screen, signUpFresh } from './support/journeys';

/** What may sit in Cache Storage: the app shell under "/" and the app's own static files. */
const CACHEABLE = /^\/$|^\/assets\/[\w.-]+$|^\/(manifest\.webmanifest|icon[\w.-]*\.(png|svg))$/;

/** Chromium logs each request it could not send while offline; that is the point of this test, not a fault. */
const OFFLINE_ERROR = /net::ERR_INTERNET_DISCONNECTED/;

/**
 * The service worker (packages/web/public/sw.js) with a real Chromium: the
 * app starts offline from its cached shell, and nothing a person wrote or
 * any id or invite token from an address is ever kept in Cache Storage,
 * where someone else holding the device could read it. Without it, a screen
 * whose code (a lazy chunk) cannot be fetched offers Try again.
 */
describe('offline and Cache Storage', () => {
  test('the shell starts offline; Cache Storage holds only the shell and static files, never people’s data', async () => {
    const baseURL = inject('baseURL');
    const sam = await launchPerson('Sam', { serviceWorkers: 'allow' });
    const { page, context } = sam;
    const account = newAccount('Sam Okafor');
    const spaceName = 'Sam and Kai';

    await signUpFresh(page, account);
    const space = await createSpace(page, spaceName, 'Couple');
    const inviteUrl = await createInviteLink(page, space.path);
    const token = new URL(inviteUrl).pathname.split('/').pop() ?? '';
    expect(token.length).toBeGreaterThan(20);
    // Page loads through the service worker, with a space id and an invite token in their addresses.
    await page.goto(space.path);
    await expectHeading(page, spaceName);
    await page.goto(inviteUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The worker is active and this page is under it (it claims open pages when it activates).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    const cached = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
      }
      return paths;
    });
    expect(cached).toContain('/');
    expect(cached.some((path) => path.startsWith('/assets/'))).toBe(true);
    expect(cached.filter((path) => !CACHEABLE.test(path))).toEqual([]);
    expect(cached.filter((path) => path.includes(space.id) || path.includes(token))).toEqual([]);
    // Nothing cached carries what the person wrote or who they are.
    const cachedText = await page.evaluate(async () => {
      let text = '';
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          const type = response?.headers.get('content-type') ?? '';
          if (response && /html|json|javascript|css/.test(type)) text += await response.text();
        }
      }
      return text;
    });
    for (const secret of [spaceName, account.email, account.name, space.id, token]) {
      expect(cachedText.includes(secret), `Cache Storage holds "${secret}"`).toBe(false);
    }

    // Offline: the shell starts from the cache and says so plainly; nothing private shows.
    await context.setOffline(true);
    await page.goto(space.path);
    await page.getByRole('alert').filter({ hasText: 'We could not reach Repairable' }).waitFor();
    await page.getByRole('button', { name: 'Try again', exact: true }).waitFor();
    expect(await page.getByText(spaceName).count(), 'no private data offline').toBe(0);
    await screen(page, 'offline-start', { signedIn: false });

    // Back online, "Try again" picks up where the person was.
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Try again', exact: true }).click();
    await expectHeading(page, spaceName);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL).origin);

    // The requests Chromium could not send while offline are expected here, and only here.
    const problems = sam.problems.filter((problem) => !OFFLINE_ERROR.test(problem));
    sam.problems.splice(0, sam.problems.length, ...problems);
  });

  test('a screen whose code cannot be fetched says so calmly, and Try again fetches it', async () => {
    // No service worker here, so nothing is cached; the timeline's chunk cannot be reached at first.
    const kai = await launchPerson('Kai');
    const { page, context } = kai;
    let reachable = false;
    await context.route(/\/assets\/space-timeline-[\w-]+\.js$/, (route) =>
      reachable ? route.continue() : route.abort('internetdisconnected'),
    );
    await signUpFresh(page, newAccount('Kai Lindgren'));
    const space = await createSpace(page, 'Kai and Sam', 'Couple');
    await page.getByRole('link', { name: 'See the timeline', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'This screen did not load.' }).waitFor();
    expect(new URL(page.url()).pathname, 'the person stays where they were going').toBe(`${space.path}/timeline`);
    await screen(page, 'screen-did-not-load', { signedIn: true });

    reachable = true;
    await page.getByRole('button', { name: 'Try again', exact: true }).click();
    await expectHeading(page, 'Timeline');
    const problems = kai.problems.filter((problem) => !OFFLINE_ERROR.test(problem));
    kai.problems.splice(0, kai.problems.length, ...problems);
  });
});
