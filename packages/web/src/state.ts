import { signal } from '@preact/signals';
import type { SimilarRuptureView, UserView } from '@repairable/core';
import { ApiError, api } from './api';
import { clearLocked, endServerSession, isLocked } from './lock';

/** Who is signed in: undefined while we ask the server, null when nobody is. */
export const me = signal<UserView | null | undefined>(undefined);

/** Set when the server could not be reached at start (offline), so the app can say so instead of guessing. */
export const startupProblem = signal<string | undefined>(undefined);

/** A confirmation to show on the next screen, e.g. "Saved." after a moment; the screen takes it once. */
export const flash = signal<string | undefined>(undefined);

/** Earlier ruptures the server found alike when one was just logged, by the new rupture's id; in memory only. */
export const similarFound = new Map<string, SimilarRuptureView[]>();

/** Takes the one-time confirmation, if any. */
export function takeFlash(): string | undefined {
  const message = flash.value;
  flash.value = undefined;
  return message;
}

/** True while the app is locked by a quick exit: only the signed-out screens show, until someone signs in. */
export const locked = signal(false);

/**
 * Starts the app: a locked app (lock.ts) does not ask who is signed in, shows
 * the signed-out screens, and tries once more to end the session the quick
 * exit may not have reached; otherwise it asks the server.
 */
export function startApp(): void {
  if (!isLocked()) {
    loadMe();
    return;
  }
  locked.value = true;
  me.value = null;
  endServerSession();
}

/** Someone signed in (or up): the password was given, so the lock is lifted. */
export function unlockOnSignIn(): void {
  if (!me.value || !locked.peek()) return;
  clearLocked();
  locked.value = false;
}

/**
 * Asks the server who is signed in. `GET /api/auth/session` answers 200 with
 * null when nobody is, so starting signed out logs no failed request.
 */
export function loadMe(): void {
  startupProblem.value = undefined;
  api.session().then(
    (user) => {
      me.value = user;
    },
    (err: unknown) => {
      if (err instanceof ApiError && err.status === 0) startupProblem.value = err.message;
      else me.value = null;
    },
  );
}

/** Forgets everything held in memory (quick exit). */
export function resetState(): void {
  me.value = undefined;
  startupProblem.value = undefined;
  flash.value = undefined;
  similarFound.clear();
}
