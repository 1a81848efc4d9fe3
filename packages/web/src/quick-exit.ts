import { createEscapeCounter } from './escape-presses';
import { stopLive } from './live';
import { resetState } from './state';

/** Where to go when nothing better is configured: a blank page says nothing. */
const FALLBACK_URL = 'about:blank';

/**
 * Leaves at once (SECURITY.md P4): close the live socket, forget in-memory
 * state and session storage, blank the page so nothing lingers on screen while the next one
 * loads, then replace this history entry with the neutral page the server
 * configured.
 */
export function quickExit(): void {
  const url = document.querySelector('meta[name="quick-exit-url"]')?.getAttribute('content') || FALLBACK_URL;
  stopLive();
  resetState();
  try {
    sessionStorage.clear();
  } catch {
    // Storage can be unavailable (private modes); there is then nothing to clear.
  }
  document.title = '';
  document.body.replaceChildren();
  location.replace(url);
}

/** Escape pressed three times within 1.5 s triggers the quick exit, wherever focus is. */
export function listenForEscapeExit(): void {
  const press = createEscapeCounter({ count: 3, withinMs: 1500 });
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.repeat) return;
      if (press(event.timeStamp)) quickExit();
    },
    { capture: true },
  );
}
