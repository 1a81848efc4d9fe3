import { useCallback, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../api';

export interface ActionOptions {
  /**
   * The action ends by navigating away. Busy then stays on after success, so
   * a second tap while the next screen comes does nothing; only a failure
   * frees the button again.
   */
  leaves?: boolean;
  /** The words for a failure; by default the server's own message. */
  describeError?: (err: unknown) => string;
}

export interface ActionState {
  isBusy: () => boolean;
  setBusy: (busy: boolean) => void;
  setError: (message: string | undefined) => void;
}

/**
 * Runs `work` unless one is already under way, clearing the last error first
 * and showing the new one if it fails. True when the work went through.
 */
export async function runAction(
  state: ActionState,
  work: () => Promise<unknown>,
  options: ActionOptions = {},
): Promise<boolean> {
  if (state.isBusy()) return false;
  state.setBusy(true);
  state.setError(undefined);
  try {
    await work();
  } catch (err) {
    state.setError((options.describeError ?? errorMessage)(err));
    state.setBusy(false);
    return false;
  }
  if (!options.leaves) state.setBusy(false);
  return true;
}

export interface Action {
  /** For `aria-disabled`: the button stays focusable and announced while it waits. */
  busy: boolean;
  error: string | undefined;
  /** For the screen's own checks before it runs anything. */
  setError: (message: string | undefined) => void;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
}

/**
 * One submit button's busy flag and error message, and the guarded way to run
 * its action. A screen that checks its form first tests `busy` itself before
 * checking, so a tap while a submit is under way does not judge the form anew.
 */
export function useAction(options: ActionOptions = {}): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  // Rendered state lags a tick behind: the ref lets a second call in the same tick see the first.
  const busyNow = useRef(false);
  const latestOptions = useRef(options);
  latestOptions.current = options;
  const run = useCallback(
    (work: () => Promise<unknown>) =>
      runAction(
        {
          isBusy: () => busyNow.current,
          setBusy: (next) => {
            busyNow.current = next;
            setBusy(next);
          },
          setError,
        },
        work,
        latestOptions.current,
      ),
    [],
  );
  return { busy, error, setError, run };
}
