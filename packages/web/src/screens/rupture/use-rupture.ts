import type { RuptureDetailView } from '@repairable/core';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../api';
import { useAction } from '../../components/use-action';
import { useLiveRefresh } from '../../components/use-live';
import { type RuptureTarget, repairApi } from '../../repair-api';

export const STALE_MESSAGE = 'This changed while you were looking. Here is the latest.';

export interface RuptureState {
  rupture: RuptureDetailView | undefined;
  loadError: ApiError | undefined;
  /** The last action found the rupture changed (409 stale_version): the latest is shown now. */
  stale: boolean;
  actionError: string | undefined;
  busy: boolean;
  /** Runs one action at a time with `If-Match` of the version shown; true when it went through. */
  run: (action: (target: RuptureTarget) => Promise<RuptureDetailView>) => Promise<boolean>;
}

/**
 * One rupture, kept current: loaded once, refetched when the live socket
 * names it (unless the message is about a version already shown), and
 * changed only through actions that carry the version the person saw.
 */
export function useRupture(spaceId: string, ruptureId: string): RuptureState {
  const [rupture, setRupture] = useState<RuptureDetailView | undefined>(undefined);
  const [loadError, setLoadError] = useState<ApiError | undefined>(undefined);
  const [stale, setStale] = useState(false);
  const action = useAction();
  const shown = useRef<RuptureDetailView | undefined>(undefined);
  const latestLoad = useRef(0);

  const show = useCallback((next: RuptureDetailView) => {
    // Answers can cross: never replace a newer version with an older one.
    if (shown.current && shown.current.id === next.id && shown.current.version > next.version) return;
    shown.current = next;
    setRupture(next);
  }, []);

  const load = useCallback(async () => {
    const ticket = ++latestLoad.current;
    try {
      const next = await repairApi.rupture(spaceId, ruptureId);
      if (ticket !== latestLoad.current) return;
      setLoadError(undefined);
      show(next);
    } catch (err) {
      if (ticket !== latestLoad.current) return;
      setLoadError(err instanceof ApiError ? err : new ApiError(0, 'unexpected', errorMessage(err)));
    }
  }, [spaceId, ruptureId, show]);

  useEffect(() => {
    void load();
  }, [load]);

  useLiveRefresh(
    spaceId,
    (message) => {
      const version = message?.version;
      if (version !== undefined && shown.current && version <= shown.current.version) return;
      void load();
    },
    ruptureId,
  );

  const runOnce = action.run;
  const run = useCallback(
    async (change: (target: RuptureTarget) => Promise<RuptureDetailView>) => {
      const current = shown.current;
      if (!current) return false;
      let changed = false;
      await runOnce(async () => {
        setStale(false);
        try {
          show(await change({ spaceId, id: current.id, version: current.version }));
          changed = true;
        } catch (err) {
          if (!(err instanceof ApiError && err.code === 'stale_version')) throw err;
          // Not a failure to report: the latest is fetched and shown instead, under the stale notice.
          setStale(true);
          await load();
        }
      });
      return changed;
    },
    [spaceId, load, show, runOnce],
  );

  return { rupture, loadError, stale, actionError: action.error, busy: action.busy, run };
}
