import { signal } from '@preact/signals';

/**
 * A tiny router over a signal. Every in-app navigation replaces the current
 * history entry (never pushes), so Repairable occupies one entry in the
 * browser's history and a quick exit leaves nothing to go "Back" to.
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

/** Goes to an in-app path by replacing the current history entry. */
export function navigate(to: string): void {
  history.replaceState(null, '', to);
  focusRequested = true;
  window.scrollTo(0, 0);
  currentLocation.value = readLocation();
}

/** True once after each navigation: the next screen's heading takes focus so screen readers announce it. */
export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

// Nothing here pushes entries, but keep in step if the browser changes the URL itself.
window.addEventListener('popstate', () => {
  currentLocation.value = readLocation();
});
