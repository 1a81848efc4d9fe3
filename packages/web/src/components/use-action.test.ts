import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { runAction } from './use-action';

/** A stand-in for the hook's state that records every change, in order. */
function fakeState(busy = false) {
  const calls: string[] = [];
  const state = {
    busy,
    error: undefined as string | undefined,
    isBusy: () => state.busy,
    setBusy: (next: boolean) => {
      state.busy = next;
      calls.push(`busy ${next}`);
    },
    setError: (message: string | undefined) => {
      state.error = message;
      calls.push(`error ${message}`);
    },
  };
  return { state, calls };
}

describe('runAction', () => {
  it('marks busy and clears the last error before the work starts, and frees the button after', async () => {
    const { state, calls } = fakeState();
    state.error = 'An earlier problem.';
    const seen: string[] = [];
    const ok = await runAction(state, async () => {
      seen.push(`busy ${state.busy}, error ${state.error}`);
    });
    expect(ok).toBe(true);
    expect(seen).toEqual(['busy true, error undefined']);
    expect(calls).toEqual(['busy true', 'error undefined', 'busy false']);
    expect(state.busy).toBe(false);
  });

  it('stays busy after success when the action leaves the screen', async () => {
    const { state, calls } = fakeState();
    expect(await runAction(state, async () => undefined, { leaves: true })).toBe(true);
    expect(calls).toEqual(['busy true', 'error undefined']);
    expect(state.busy).toBe(true);
  });

  it('does nothing while busy', async () => {
    const { state, calls } = fakeState(true);
    let ran = false;
    const ok = await runAction(state, async () => {
      ran = true;
    });
    expect(ok).toBe(false);
    expect(ran).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses a second call made before the first is done', async () => {
    const { state } = fakeState();
    let release = () => {};
    const first = runAction(state, () => new Promise<void>((resolve) => (release = resolve)));
    expect(await runAction(state, async () => undefined)).toBe(false);
    release();
    expect(await first).toBe(true);
  });

  it("shows the server's message on failure and frees the button, leaving or not", async () => {
    for (const leaves of [false, true]) {
      const { state, calls } = fakeState();
      const ok = await runAction(
        state,
        async () => {
          throw new ApiError(409, 'conflict', 'That name is taken.');
        },
        { leaves },
      );
      expect(ok).toBe(false);
      expect(calls).toEqual(['busy true', 'error undefined', 'error That name is taken.', 'busy false']);
    }
  });

  it('falls back to calm words for an error that is not from the API', async () => {
    const { state } = fakeState();
    await runAction(state, async () => {
      throw new TypeError('x is undefined');
    });
    expect(state.error).toBe('Something went wrong on our side. Please try again.');
  });

  it('lets the screen choose its own words for a failure', async () => {
    const { state } = fakeState();
    const describeError = (err: unknown) => (err instanceof ApiError && err.status === 401 ? 'Please sign in.' : 'No.');
    await runAction(
      state,
      async () => {
        throw new ApiError(401, 'unauthenticated', 'Not signed in.');
      },
      { describeError },
    );
    expect(state.error).toBe('Please sign in.');
  });
});
