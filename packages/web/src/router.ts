import { signal } from '@preact/signals';

/**
 * A tiny router over a signal, with normal browser history: following a
 * link adds an entry, so Back returns to the previous in-app screen.
 * `navigate()` replaces the current entry instead; it is for going on after
 * something is done (a form saved, a redirect such as signed-out → sign in),
 * where Back should not return to a finished form. A quick exit locks the
 * app, so whatever the history holds opens on the sign-in screen
 * (quick-exit.ts, SECURITY.md P4).
 */

export interface AppLocation {
  path: string;
  query: URLSearchParams;
}

function readLocation(): AppLocation {
  return { path: location.pathname, query: new URLSearchParams(location.search) };
}

export const currentLocation = signal<AppLocation>(readLocation());

let focusRequested = false;

/**
 * Goes to an in-app path. By default it replaces the current history entry
 * (after an action, or a redirect); `{ push: true }` adds one, as a link does.
 */
export function navigate(to: string, options: { push?: boolean } = {}): void {
  if (options.push) history.pushState(null, '', to);
  else history.replaceState(null, '', to);
  focusRequested = true;
  window.scrollTo(0, 0);
  currentLocation.value = readLocation();
}

/**
 * Changes only the query of the current entry (a choice remembered in the
 * URL, such as the insights window): no new history entry, no scroll, and
 * focus stays on the control that changed it.
 */
export function replaceQuery(query: URLSearchParams): void {
  const search = query.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  currentLocation.value = readLocation();
}

/** True once after each navigation: the next screen's heading takes focus so screen readers announce it. */
export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

let allowHistoryMove: () => boolean = () => true;

/** Asked on every Back/Forward before anything renders; answering false stops the router showing the entry. */
export function guardHistoryMoves(check: () => boolean): void {
  allowHistoryMove = check;
}

// Back and Forward: show the entry the browser moved to, its heading announced like any navigation.
window.addEventListener('popstate', () => {
  if (!allowHistoryMove()) return;
  focusRequested = true;
  currentLocation.value = readLocation();
});
