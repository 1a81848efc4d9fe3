/**
 * The quick-exit lock (SECURITY.md P4). A quick exit sets a marker in
 * localStorage before anything else, so that even when the server could
 * not be told (offline) this browser keeps the app closed: a locked app
 * never asks who is signed in and shows only the signed-out screens until
 * someone signs in with the password, which clears the marker. The marker
 * says only "locked"; no name, no session id.
 */

export const LOCK_KEY = 'repairable-locked';

export function isLocked(): boolean {
  try {
    return localStorage.getItem(LOCK_KEY) !== null;
  } catch {
    // Storage can be unavailable (private modes); then only the server's ended session keeps the app closed.
    return false;
  }
}

export function setLocked(): void {
  try {
    localStorage.setItem(LOCK_KEY, '1');
  } catch {
    // See isLocked.
  }
}

export function clearLocked(): void {
  try {
    localStorage.removeItem(LOCK_KEY);
  } catch {
    // See isLocked.
  }
}

/**
 * Ends this browser's session on the server without waiting for the answer.
 * `keepalive` lets the request finish after the page has gone (quick exit
 * leaves at once). The API takes state-changing requests as JSON only, so
 * the bodyless POST still says so; a failure (offline) is left to the marker.
 */
export function endServerSession(): void {
  fetch('/api/auth/logout', {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
  }).catch(() => {
    // Offline: the marker keeps the app closed, and the next locked start tries again.
  });
}
