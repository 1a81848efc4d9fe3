import type { LiveMessage } from '@repairable/core';
import { useEffect, useRef } from 'preact/hooks';
import { onLive } from '../live';

/**
 * Calls `onChange` when the live socket says something changed in this
 * space (and, with `ruptureId`, in that rupture), or after a reconnection
 * when anything may have. The message itself carries no content.
 */
export function useLiveRefresh(
  spaceId: string,
  onChange: (message: LiveMessage | null) => void,
  ruptureId?: string,
): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(
    () =>
      onLive((message) => {
        if (message === null) return latest.current(null);
        if (message.spaceId !== spaceId) return;
        if (ruptureId !== undefined && message.ruptureId !== ruptureId) return;
        latest.current(message);
      }),
    [spaceId, ruptureId],
  );
}
