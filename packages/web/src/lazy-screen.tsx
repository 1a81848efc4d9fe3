import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * A screen whose code is fetched the first time it is shown (a dynamic
 * `import()`, which Vite turns into a chunk of its own), so the first page
 * someone opens, usually sign-in, evaluates only the shell and its own form.
 * While the chunk loads the screen says "Loading…", as every screen does
 * while it fetches; when it cannot load (offline, or a new version replaced
 * the file) it says so and offers Try again, which fetches it anew. Once
 * loaded, the screen renders straight away from then on.
 */
export interface LazyScreen<P> extends FunctionComponent<P> {
  /** Fetches the screen's code now, if it is not here yet; never throws. */
  preload(): Promise<void>;
}

type Loading<P> = { kind: 'waiting' } | { kind: 'failed' } | { kind: 'ready'; view: FunctionComponent<P> };

/**
 * @example
 * const SpaceScreen = lazyScreen(() => import('./screens/space').then((m) => m.SpaceScreen));
 */
export function lazyScreen<P extends object>(load: () => Promise<FunctionComponent<P>>): LazyScreen<P> {
  const state = signal<Loading<P>>({ kind: 'waiting' });
  let pending: Promise<void> | undefined;

  function preload(): Promise<void> {
    if (state.peek().kind === 'ready') return Promise.resolve();
    if (pending) return pending;
    state.value = { kind: 'waiting' };
    pending = load().then(
      (view) => {
        state.value = { kind: 'ready', view };
      },
      () => {
        pending = undefined;
        state.value = { kind: 'failed' };
      },
    );
    return pending;
  }

  function Lazy(props: P) {
    const current = state.value;
    // Each time the screen is opened, a chunk that failed before is asked for again.
    useEffect(() => {
      void preload();
    }, []);
    if (current.kind === 'ready') return <current.view {...props} />;
    if (current.kind === 'failed') return <ScreenDidNotLoad retry={preload} />;
    return <p class="loading">Loading…</p>;
  }
  return Object.assign(Lazy, { preload });
}

/** Offline, or the file is gone: say so calmly, and let them try again where they are. */
function ScreenDidNotLoad(props: { retry: () => Promise<void> }) {
  return (
    <div class="stack">
      <p role="alert" class="alert">
        This screen did not load. Check your connection, then try again.
      </p>
      <button type="button" class="button" onClick={() => void props.retry()}>
        Try again
      </button>
    </div>
  );
}
