import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Route } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What the quick-exit control lands on: plain, local, and free of the app (so it cannot navigate on). */
const NEUTRAL_PAGE = '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1><p>Sunny.</p></html>';

/**
 * A browser-level 4xx is an answer the app expects and handles (401 from
 * /api/me when signed out, 410 for a used invite); Chromium still logs it as
 * a console error. Anything else on the console is a failure.
 */
const EXPECTED_CLIENT_ERROR = /^Failed to load resource: the server responded with a status of 4\d\d\b/;

export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Everything that went wrong in this browser so far: foreign requests, console errors, page errors, 5xx. */
  problems: string[];
  /** Closes the browser and removes its profile. Idempotent; also runs when the test finishes. */
  close(): Promise<void>;
}

/**
 * One person with their own Chromium profile (cookies, storage), at a phone
 * sized viewport, pointed at the e2e server. When the test finishes the
 * browser is closed and the test fails if the page talked to any host but
 * this machine, logged a console error, threw, or got a 5xx.
 */
export async function launchPerson(
  name: string,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Person> {
  const baseURL = inject('baseURL');
  const quickExitPath = inject('quickExitPath');
  const profileDir = mkdtempSync(join(tmpdir(), `repairable-e2e-${name.toLowerCase().replace(/\W+/g, '-')}-`));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 390, height: 844 },
    baseURL,
    // A service worker's own fetches bypass route interception, so the no-foreign-host rule cannot
    // cover them: only the offline test allows one (it fetches nothing but this origin).
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  context.setDefaultTimeout(15_000);
  const problems: string[] = [];

  await context.route('**/*', (route: Route) => {
    const url = new URL(route.request().url());
    if (!url.protocol.startsWith('http')) return route.continue();
    if (!LOCAL_HOSTS.has(url.hostname)) {
      problems.push(`request to a non-local host: ${route.request().method()} ${url.href}`);
      return route.abort('blockedbyclient');
    }
    if (url.origin === new URL(baseURL).origin && url.pathname === quickExitPath)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: NEUTRAL_PAGE });
    return route.continue();
  });

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error' || EXPECTED_CLIENT_ERROR.test(message.text())) return;
      problems.push(`console error on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.stack ?? error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 500)
        problems.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
    });
    page.on('websocket', (socket) => {
      if (!LOCAL_HOSTS.has(new URL(socket.url()).hostname))
        problems.push(`WebSocket to a non-local host: ${socket.url()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  };
  onTestFinished(async () => {
    await close();
    expect(problems, `unexpected things happened in ${name}'s browser`).toEqual([]);
  });
  return { name, context, page, problems, close };
}
