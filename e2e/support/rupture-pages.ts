import type { Page } from 'playwright-core';
import type { Person } from './browser';
import { button, choiceGroup, expectHeading, expectPath, screen } from './journeys';

const signedIn = { signedIn: true };
const ruptureUrl = /^\/spaces\/[^/]+\/ruptures\/(?!new$)[^/]+$/;

export interface Logged {
  path: string;
  id: string;
  /** The ids the server suggested as "is this like …?" in its answer to the log. */
  similar: string[];
}

/** From a rupture page, its "Back to <space>" link (no reload). */
export async function backHome(page: Page, spaceName: string): Promise<void> {
  await page.getByRole('link', { name: `Back to ${spaceName}`, exact: true }).click();
  await expectHeading(page, spaceName);
}

/** From the space home, "More detail" and the full form; lands on the new rupture's page. */
export async function logInFull(
  person: Person,
  spaceName: string,
  rupture: { kind: string; topic: string; note: string; share: boolean; shot?: string },
): Promise<Logged> {
  const { page } = person;
  await expectHeading(page, spaceName);
  await page.getByRole('link', { name: 'More detail', exact: true }).click();
  await expectHeading(page, 'Log a rupture');
  await choiceGroup(page, 'How big').getByRole('radio', { name: 'Small', exact: true }).check();
  await choiceGroup(page, 'What happened').getByRole('checkbox', { name: rupture.kind, exact: true }).check();
  await page.getByLabel('Topic (optional)', { exact: true }).fill(rupture.topic);
  await page.getByLabel('Note (optional)', { exact: true }).fill(rupture.note);
  if (rupture.share)
    await choiceGroup(page, 'Who can see this')
      .getByRole('radio', { name: 'Share with them now', exact: true })
      .check();
  if (rupture.shot) await screen(page, rupture.shot, signedIn);
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /^\/api\/spaces\/[^/]+\/ruptures$/.test(new URL(r.url()).pathname),
  );
  await button(page, 'Save').click();
  const body = (await (await answer).json()) as { similar: { id: string }[] };
  await expectPath(page, ruptureUrl);
  // One marked as harm is a private note, its heading neutral (SECURITY.md P6).
  await expectHeading(page, rupture.kind.startsWith('Harm') ? 'A private note' : 'A small rupture');
  const path = new URL(page.url()).pathname;
  return { path, id: path.split('/')[4] ?? '', similar: body.similar.map((s) => s.id) };
}

/** The "is this like …?" list on a rupture page, each suggestion's words collapsed. */
export function suggestions(page: Page) {
  return page.getByRole('list', { name: 'Is this like an earlier one?', exact: true }).getByRole('listitem');
}

export async function texts(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}
