import { createEscapeCounter } from './escape-presses';
import { stopLive } from './live';
import { endServerSession, isLocked, LOCK_KEY, setLocked } from './lock';
import { guardHistoryMoves } from './router';
import { loadMe, locked, me, resetState } from './state';

/** Where to go when nothing better is configured: a blank page says nothing. */
const FALLBACK_URL = 'about:blank';

/** Set once this page has quick-exited: if the browser ever shows it again (back/forward cache), it must not stay. */
let exitedHere = false;

/**
 * Leaves at once and locks the app (SECURITY.md P4): the lock marker first
 * (lock.ts), so the app stays closed even if nothing else gets done; then
 * the session is ended on the server, the live socket closed, in-memory
 * state and session storage forgotten, the page blanked so nothing lingers
 * on screen while the next one loads, and this history entry replaced with
 * the neutral page the server configured. Whatever else the history holds
 * opens on the sign-in screen (see guardLockedPages).
 */
export function quickExit(): void {
  const url = document.querySelector('meta[name="quick-exit-url"]')?.getAttribute('content') || FALLBACK_URL;
  exitedHere = true;
  setLocked();
  endServerSession();
  stopLive();
  resetState();
  try {
    sessionStorage.clear();
  } catch {
    // Storage can be unavailable (private modes); there is then nothing to clear.
  }
  blank();
  location.replace(url);
}

function blank(): void {
  document.title = '';
  document.body.replaceChildren();
}

/** True when this page shows, or may show, a signed-in app while the lock is set. */
function showsTooMuch(): boolean {
  return exitedHere || (isLocked() && me.peek() !== null);
}

/** Blanks this page at once and loads the sign-in screen in its place, which a locked app starts on. */
function closeLockedPage(): void {
  blank();
  location.replace('/signin');
}

/**
 * Keeps a locked app closed in a page that was already open: restored from
 * the back/forward cache (pageshow), moved within by Back/Forward
 * (popstate, checked before the router renders anything), or locked from
 * another tab (storage). A page that shows only the signed-out screens is
 * left as it is, and learns of a lock set or lifted elsewhere.
 */
export function guardLockedPages(): void {
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && showsTooMuch()) closeLockedPage();
  });
  guardHistoryMoves(() => {
    if (!showsTooMuch()) return true;
    closeLockedPage();
    return false;
  });
  window.addEventListener('storage', (event) => {
    if (event.key !== LOCK_KEY) return;
    if (event.newValue !== null) {
      if (me.peek() !== null) closeLockedPage();
      else locked.value = true;
    } else if (locked.peek()) {
      // Someone signed in again in another tab: this one may ask who it is.
      locked.value = false;
      loadMe();
    }
  });
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
