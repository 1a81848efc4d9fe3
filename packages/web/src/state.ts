import { signal } from '@preact/signals';
import type { UserView } from '@repairable/core';
import { ApiError, api } from './api';

/** Who is signed in: undefined while we ask the server, null when nobody is. */
export const me = signal<UserView | null | undefined>(undefined);

/** Set when the server could not be reached at start (offline), so the app can say so instead of guessing. */
export const startupProblem = signal<string | undefined>(undefined);

/** Asks the server who is signed in. */
export function loadMe(): void {
  startupProblem.value = undefined;
  api.me().then(
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
}
