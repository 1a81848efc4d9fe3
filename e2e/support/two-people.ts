import type { Page } from 'playwright-core';
import { launchPerson } from './browser';
import {
  createInviteLink,
  createSpace,
  expectHeading,
  joinSignedIn,
  newAccount,
  signUpFresh,
  watchApiErrors,
  watchLive,
} from './journeys';

/** Everything a page receives from this server's API and live socket, kept as text to search. */
export function recordReceived(page: Page): { all(): Promise<string> } {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    bodies.push(
      response.text().then(
        (body) => `${response.url()} ${body}`,
        () => '',
      ),
    );
  });
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      bodies.push(Promise.resolve(`frame ${payload.toString()}`));
    });
  });
  return { all: async () => (await Promise.all(bodies)).join('\n') };
}

/**
 * A and B, signed up, sharing a couple space; B waits on its home. The
 * watchers start before any page loads, so they see B's socket from its start.
 */
export async function couple(spaceName: string) {
  const a = await launchPerson('A');
  const b = await launchPerson('B');
  const apiErrors = { A: watchApiErrors(a), B: watchApiErrors(b) };
  const aLive = watchLive(a.page);
  const bLive = watchLive(b.page);
  const bReceived = recordReceived(b.page);
  const alex = newAccount('Alex Rivera');
  const bea = newAccount('Bea Chen');
  await signUpFresh(a.page, alex);
  await signUpFresh(b.page, bea);
  const space = await createSpace(a.page, spaceName, 'Couple');
  const inviteUrl = await createInviteLink(a.page, space.path);
  await joinSignedIn(b.page, inviteUrl, spaceName, space.path);
  await b.page.getByText("Nothing open. That's okay too.", { exact: true }).waitFor();
  await a.page.goto(space.path);
  await expectHeading(a.page, spaceName);
  return { a, b, alex, bea, space, apiErrors, aLive, bLive, bReceived };
}
